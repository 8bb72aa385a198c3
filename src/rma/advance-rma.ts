import type { Actor } from "../auth/index.js";
import { appendSystemEntry } from "../cases/index.js";
import { dispatchReplacement, findDepot, findPart, recordMovement } from "../inventory/index.js";
import type { Deps } from "../shared/deps.js";
import { AppError, forbidden, notFound } from "../shared/errors.js";
import { canAdvance, isTerminal } from "./rma.js";
import { appendRmaEvent, findRma, lockRma } from "./rmas.repository.js";
import { timeStep } from "./rma-steps.js";
import type { RmaStatus } from "./tables.js";

export type AdvanceRmaInput = {
  to: RmaStatus; version: number; vendorRmaNo?: string; trackingNo?: string; note?: string;
  /** the replacement sent from this depot's stock (one unit; a serialised part names its serial) */
  fromDepotId?: string; replacementSerial?: string;
  /** the replacement (or the repaired part) received into a depot's stock with this step */
  receiveIntoDepotId?: string; receivedSerials?: string[];
};

const field = (path: string, code: string) => new AppError("validation_failed", {}, [{ path: `body.${path}`, code }]);

/** What a step's body may carry beyond its state: refused with the field named, before anything is written. */
async function checkStep(deps: Deps, step: AdvanceRmaInput, partId: string | null) {
  if (step.to === "vendor_approved" && !step.vendorRmaNo) throw field("vendorRmaNo", "required");
  if (step.to === "rejected" && !step.note) throw field("note", "required");
  if (step.fromDepotId && step.to !== "replacement_dispatched") throw field("fromDepotId", "unknown_field");
  if (step.replacementSerial && !step.fromDepotId) throw field("replacementSerial", "unknown_field");
  if (step.fromDepotId && !partId) throw field("fromDepotId", "unknown_part");
  const fromDepot = step.fromDepotId ? await findDepot(deps.db, step.fromDepotId) : undefined;
  if (step.fromDepotId && !fromDepot) throw field("fromDepotId", "unknown_depot");
  const receives = Boolean(step.receiveIntoDepotId);
  if (receives && !["faulty_returned", "closed", "replacement_dispatched"].includes(step.to)) throw field("receiveIntoDepotId", "unknown_field");
  if (receives && !partId) throw field("receiveIntoDepotId", "unknown_part");
  if (receives && !(await findDepot(deps.db, step.receiveIntoDepotId!))) throw field("receiveIntoDepotId", "unknown_depot");
  const part = partId && fromDepot ? await findPart(deps.db, partId) : undefined;
  if (fromDepot && !part) throw field("fromDepotId", "unknown_part");
  return { fromDepot, part };
}

/**
 * One step of an RMA by the RMA admin: requested → vendor approved (the vendor's RMA number) →
 * replacement dispatched (from a depot's stock or by the vendor, tracking) → faulty returned
 * (tracking) → closed, or rejected. An illegal step is 409; a stale version is 409. The step is
 * logged on the RMA and on its case, the next target is timed, a replacement sent from a depot
 * leaves its stock and one received goes into stock, all in one transaction.
 */
export async function advanceRma(deps: Deps, input: { actor: Actor; rmaId: string; step: AdvanceRmaInput }) {
  if (input.actor.kind === "user" && input.actor.role === "customer") throw notFound("rma");
  if (input.actor.kind === "user" && !["rma_admin", "manager", "admin"].includes(input.actor.role)) throw forbidden("rma.advance");
  const { step } = input;
  const current = await findRma(deps.db, input.rmaId);
  if (!current) throw notFound("rma");
  const { fromDepot, part } = await checkStep(deps, step, current.partId);
  const sent = fromDepot ? { fromDepotName: fromDepot.name, partNumber: part?.partNumber ?? null, serials: step.replacementSerial ? [step.replacementSerial] : [] } : {};
  const now = deps.clock.now();
  return deps.db.transaction().execute(async (tx) => {
    const rma = await lockRma(tx, input.rmaId);
    if (!rma) throw notFound("rma");
    if (rma.version !== step.version) throw new AppError("version_conflict");
    if (isTerminal(rma.status) || !canAdvance(rma.status, step.to, rma.warrantyTerm)) throw new AppError("rma_step_not_allowed", { from: rma.status, to: step.to });
    // the case's lock before any stock row's, as every case flow takes them
    await appendSystemEntry(deps, tx, {
      caseId: rma.caseId, kind: "rma.advanced", visibility: "public", actorId: input.actor.id, at: now, data: { rmaId: rma.id, rmaNumber: rma.number, from: rma.status, status: step.to },
    });
    // the depot and the unit on the case's staff-only log: a customer hears of no depot
    if (fromDepot && part) {
      await appendSystemEntry(deps, tx, {
        caseId: rma.caseId, kind: "part.issued", actorId: input.actor.id, at: now,
        data: { rmaId: rma.id, rmaNumber: rma.number, partNumber: part.partNumber, description: part.description, quantity: 1, serials: sent.serials ?? [], depotName: fromDepot.name },
      });
    }
    const stepDueAt = await timeStep(deps, tx, { id: rma.id, from: rma.status, to: step.to }, now);
    const set = {
      status: step.to, stepStartedAt: now, stepDueAt, lateSince: null, updatedAt: now,
      ...(step.vendorRmaNo ? { vendorRmaNo: step.vendorRmaNo } : {}),
      ...(step.to === "replacement_dispatched" ? { replacementTrackingNo: step.trackingNo ?? null, fromDepotId: step.fromDepotId ?? null } : {}),
      ...(step.to === "faulty_returned" ? { returnTrackingNo: step.trackingNo ?? null } : {}),
      ...(isTerminal(step.to) ? { closedAt: now } : {}),
    };
    const updated = await tx.updateTable("rmas").set((eb) => ({ ...set, version: eb("version", "+", 1) })).where("id", "=", rma.id).returningAll().executeTakeFirstOrThrow();
    const dispatched = fromDepot
      ? await dispatchReplacement(deps, tx, { actor: input.actor, at: now, dispatch: { partId: rma.partId!, depotId: fromDepot.id, serial: step.replacementSerial, caseId: rma.caseId, rmaId: rma.id, rmaNumber: rma.number } })
      : undefined;
    const received = step.receiveIntoDepotId
      ? await recordMovement(deps, {
        actor: input.actor, tx,
        movement: { type: "receive", partId: rma.partId!, depotId: step.receiveIntoDepotId, quantity: Math.max(1, step.receivedSerials?.length ?? 1), serials: step.receivedSerials, reason: `RMA ${rma.number}`, rmaId: rma.id },
      })
      : undefined;
    const detail = {
      vendorRmaNo: step.vendorRmaNo ?? null, trackingNo: step.trackingNo ?? null, fromDepotId: step.fromDepotId ?? null, note: step.note ?? null, ...sent,
      dispatchMovementId: dispatched?.id ?? null, receivedIntoDepotId: step.receiveIntoDepotId ?? null, receivedSerials: step.receivedSerials ?? [], movementId: received?.id ?? null,
    };
    await appendRmaEvent(tx, { rmaId: rma.id, kind: "step", fromStatus: rma.status, toStatus: step.to, actorId: input.actor.id, at: now, data: detail });
    return updated;
  });
}
