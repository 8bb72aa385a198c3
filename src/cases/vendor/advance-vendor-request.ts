import type { Actor } from "../../auth/index.js";
import { inTransaction } from "../../db/transaction.js";
import type { VendorRequestsTable } from "../../db/schema.js";
import type { Updateable } from "kysely";
import type { Deps } from "../../shared/deps.js";
import { AppError, notFound } from "../../shared/errors.js";
import { recordEntry } from "../case-change.js";
import type { ActivityKind } from "../case-events.js";
import { assertCan } from "../case.policy.js";
import { lockCase } from "../cases.repository.js";
import { loadCase } from "../load-case.js";
import { canTakeVendorStep, vendorStepTarget, type VendorStep } from "./vendor-request.js";
import { findVendorRequest } from "./vendor-requests.repository.js";

export type AdvanceVendorRequestInput = {
  actor: Actor;
  caseId: string;
  requestId: string;
  step: VendorStep;
  expectedVersion?: number;
  vendorCaseRef?: string;
  vendorContact?: string;
  summary?: string;
  reason?: string;
};

const KIND: Record<VendorStep, ActivityKind> = {
  confirm: "vendor.confirmed",
  reject: "vendor.rejected",
  open: "vendor.opened",
  answer: "vendor.answered",
  complete: "vendor.done",
};

/**
 * Moves a vendor request one step: an expert confirms or rejects it; then the engineer records
 * that the case was opened with the vendor (their case reference and contact), the vendor's
 * answers, and that the vendor's part is done. Opening without confirmation is refused.
 */
export async function advanceVendorRequest(deps: Deps, input: AdvanceVendorRequestInput) {
  const found = await loadCase(deps, input.actor, input.caseId);
  const isExpertStep = input.step === "confirm" || input.step === "reject";
  assertCan(input.actor, isExpertStep ? "vendor_confirm" : "vendor_track", found);
  const request = await findVendorRequest(deps.db, found.id, input.requestId);
  if (!request) throw notFound("vendor_request");
  if (!canTakeVendorStep(input.step, request.status)) {
    throw new AppError("illegal_transition", { from: request.status, action: `vendor.${input.step}` });
  }
  const missing = (field: string) => new AppError("validation_failed", {}, [{ path: `body.${field}`, code: "required" }]);
  if (input.step === "open" && !input.vendorCaseRef) throw missing("vendorCaseRef");
  if ((input.step === "answer" || input.step === "complete") && !input.summary) throw missing("summary");
  if (input.step === "reject" && !input.reason) throw missing("reason");
  const now = deps.clock.now();
  const to = vendorStepTarget(input.step);
  const set: Updateable<VendorRequestsTable> = { status: to, updatedAt: now };
  if (input.step === "confirm") Object.assign(set, { confirmedBy: input.actor.id, confirmedAt: now });
  if (input.step === "open") Object.assign(set, { openedAt: now, vendorCaseRef: input.vendorCaseRef, vendorContact: input.vendorContact ?? null });
  if (input.step === "answer") Object.assign(set, { answeredAt: now, summary: input.summary });
  if (input.step === "complete") Object.assign(set, { doneAt: now, summary: input.summary });
  return inTransaction(deps.db, async (tx) => {
    if (!(await lockCase(tx, found.id))) throw notFound("case");
    const updated = await tx
      .updateTable("vendorRequests")
      .set((eb) => ({ ...set, version: eb("version", "+", 1) }))
      .where("id", "=", request.id)
      .where("version", "=", input.expectedVersion ?? request.version)
      .returningAll()
      .executeTakeFirst();
    if (!updated) throw new AppError("version_conflict");
    await recordEntry(deps, tx, {
      caseId: found.id,
      kind: KIND[input.step],
      visibility: input.step === "open" || input.step === "complete" ? "public" : "internal",
      actorId: input.actor.id,
      at: now,
      data: {
        vendorRequestId: request.id,
        vendor: request.vendor,
        status: { before: request.status, after: to },
        ...(input.vendorCaseRef ? { vendorCaseRef: input.vendorCaseRef } : {}),
        ...(input.vendorContact ? { vendorContact: input.vendorContact } : {}),
        ...(input.summary ? { summary: input.summary } : {}),
        ...(input.reason ? { reason: input.reason } : {}),
      },
    });
    return updated;
  });
}
