import type { CaseActivityRow } from "../db/schema.js";
import type { CaseWithNames } from "./cases.repository.js";

const iso = (d: Date | null) => (d ? d.toISOString() : null);

// contract dates are dates in China (UTC+8 all year): the day a case was opened there
const CHINA_OFFSET_MS = 8 * 3_600_000;
const chinaDay = (at: Date) => new Date(at.getTime() + CHINA_OFFSET_MS).toISOString().slice(0, 10);

/** Opened after its contract's last day: the dispatcher is warned (the case is still taken). */
export const isOnExpiredContract = (c: Pick<CaseWithNames, "createdAt" | "contractEndsOn">) =>
  c.contractEndsOn !== null && chinaDay(c.createdAt) > String(c.contractEndsOn).slice(0, 10);

/** A case as staff see it. */
export function presentCase(c: CaseWithNames) {
  return {
    id: c.id,
    number: c.number,
    subject: c.subject,
    description: c.description,
    channel: c.channel,
    vendor: c.vendor,
    caseType: c.caseType,
    faultLevel: c.faultLevel,
    priority: c.priority,
    status: c.status,
    customerId: c.customerId,
    customerName: c.customerName,
    contactId: c.contactId,
    contractId: c.contractId,
    contractEndsOn: c.contractEndsOn ? String(c.contractEndsOn).slice(0, 10) : null,
    contractExpired: isOnExpiredContract(c),
    siteId: c.siteId,
    equipmentId: c.equipmentId,
    caller: c.caller,
    assigneeId: c.assigneeId,
    assigneeName: c.assigneeName,
    expertId: c.expertId,
    createdBy: c.createdBy,
    createdAt: c.createdAt.toISOString(),
    updatedAt: c.updatedAt.toISOString(),
    respondedAt: iso(c.respondedAt),
    resolvedAt: iso(c.resolvedAt),
    closedAt: iso(c.closedAt),
    resolution: c.resolution,
    resolutionCycle: c.resolutionCycle,
    rmaRequestedAt: iso(c.rmaRequestedAt),
    responseCycle: c.responseCycle,
    version: c.version,
  };
}

/** The narrower view of the customer portal: no internal people or bookkeeping. */
export function presentCaseForCustomer(c: CaseWithNames) {
  const { expertId: _expertId, createdBy: _createdBy, contractId: _contractId, ...rest } = presentCase(c);
  return { ...rest, expertId: null, createdBy: null, contractId: null, contractEndsOn: null, contractExpired: false };
}

type EntryWithActor = CaseActivityRow & { actorName: string | null; actorRole: string | null };

export function presentEntry(e: EntryWithActor) {
  return {
    id: e.id,
    seq: e.seq,
    kind: e.kind,
    visibility: e.visibility,
    actor: e.actorId ? { id: e.actorId, name: e.actorName, role: e.actorRole } : null,
    at: e.at.toISOString(),
    data: e.data,
    correctsId: e.correctsId,
    hash: e.hash,
    prevHash: e.prevHash,
  };
}
