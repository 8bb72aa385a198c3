import type { Selectable } from "kysely";
import type { VendorRequestsTable } from "../../db/schema.js";

const iso = (d: Date | null) => (d ? d.toISOString() : null);

export const presentVendorRequest = (r: Selectable<VendorRequestsTable>) => ({
  id: r.id, caseId: r.caseId, vendor: r.vendor, reason: r.reason, status: r.status, vendorCaseRef: r.vendorCaseRef,
  vendorContact: r.vendorContact, summary: r.summary, requestedBy: r.requestedBy, confirmedBy: r.confirmedBy,
  requestedAt: r.requestedAt.toISOString(), confirmedAt: iso(r.confirmedAt), openedAt: iso(r.openedAt),
  answeredAt: iso(r.answeredAt), doneAt: iso(r.doneAt), version: r.version,
});
