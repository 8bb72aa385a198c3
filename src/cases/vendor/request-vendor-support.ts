import type { Actor } from "../../auth/index.js";
import { inTransaction } from "../../db/transaction.js";
import type { Deps } from "../../shared/deps.js";
import { AppError, notFound } from "../../shared/errors.js";
import { assertKnownCodes } from "../../lists/index.js";
import { recordEntry } from "../case-change.js";
import { assertCan, assertOpen } from "../case.policy.js";
import { lockCase } from "../cases.repository.js";
import { loadCase } from "../load-case.js";
import { isVendorRequestOpen } from "./vendor-request.js";
import { vendorRequestsOf } from "./vendor-requests.repository.js";

/** Asks for the vendor's support on a case (F5); nothing goes to the vendor until an expert confirms. */
export async function requestVendorSupport(deps: Deps, input: { actor: Actor; caseId: string; reason: string; vendor?: string }) {
  const found = await loadCase(deps, input.actor, input.caseId);
  assertCan(input.actor, "vendor_request", found);
  assertOpen(found);
  if (found.status === "resolved") throw new AppError("illegal_transition", { from: found.status, action: "vendor_request" });
  if (input.vendor !== undefined && input.vendor !== found.vendor) await assertKnownCodes(deps, { vendor: input.vendor });
  const vendor = input.vendor ?? found.vendor;
  const now = deps.clock.now();
  return inTransaction(deps.db, async (tx) => {
    if (!(await lockCase(tx, found.id))) throw notFound("case");
    const open = (await vendorRequestsOf(tx, found.id)).find((r) => r.vendor === vendor && isVendorRequestOpen(r.status));
    if (open) throw new AppError("conflict", { reason: "vendor_request_open" });
    const request = await tx
      .insertInto("vendorRequests")
      .values({ caseId: found.id, vendor, reason: input.reason, status: "requested", requestedBy: input.actor.id, requestedAt: now, updatedAt: now })
      .returningAll()
      .executeTakeFirstOrThrow();
    await recordEntry(deps, tx, {
      caseId: found.id,
      kind: "vendor.requested",
      visibility: "internal",
      actorId: input.actor.id,
      at: now,
      data: { vendorRequestId: request.id, vendor, reason: input.reason },
    });
    return request;
  });
}
