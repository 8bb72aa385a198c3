import type { Actor } from "../auth/index.js";
import { appendSystemEntry, getCase } from "../cases/index.js";
import { findEquipment } from "../customers/index.js";
import { findPart } from "../inventory/index.js";
import type { Deps } from "../shared/deps.js";
import { AppError, forbidden } from "../shared/errors.js";
import { warrantyOf } from "./rma.js";
import { rmaAdminIds, appendRmaEvent, nextRmaNumber } from "./rmas.repository.js";
import { timeStep } from "./rma-steps.js";
import type { WarrantyTerm } from "./tables.js";
import { notify } from "../notify/index.js";

export type OpenRmaInput = { partId?: string; faultySerial: string; vendor: string; faultDescription: string; warrantyTerm: WarrantyTerm };

/**
 * Sends a faulty item back to its vendor under a case (F6): requested, with the 三包 term and
 * whether it is under warranty (the equipment's warranty end, else the contract's), logged on the
 * RMA and on the case, the RMA admins told, and the first step's target timed.
 */
export async function openRma(deps: Deps, input: { actor: Actor; caseId: string; rma: OpenRmaInput; isDemo?: boolean }) {
  const found = await getCase(deps, { actor: input.actor, caseId: input.caseId });
  if (input.actor.kind === "user" && input.actor.role === "customer") throw forbidden("rma.open");
  if (input.rma.partId && !(await findPart(deps.db, input.rma.partId))) {
    throw new AppError("validation_failed", {}, [{ path: "body.partId", code: "unknown_part" }]);
  }
  const now = deps.clock.now();
  const equipment = found.equipmentId ? await findEquipment(deps.db, found.equipmentId) : undefined;
  const warranty = warrantyOf({ equipmentWarrantyEndsOn: equipment?.warrantyEndsOn ?? null, contractEndsOn: found.contractEndsOn, today: now.toISOString().slice(0, 10) });
  return deps.db.transaction().execute(async (tx) => {
    const number = await nextRmaNumber(tx, now);
    const rma = await tx.insertInto("rmas").values({
      number, caseId: found.id, caseNumber: found.number, customerId: found.customerId, partId: input.rma.partId ?? null, faultySerial: input.rma.faultySerial,
      vendor: input.rma.vendor, faultDescription: input.rma.faultDescription, warrantyTerm: input.rma.warrantyTerm, isUnderWarranty: warranty.isUnderWarranty,
      warrantyBasis: warranty.basis, warrantyEndsOn: warranty.endsOn, status: "requested", stepStartedAt: now, requestedBy: input.actor.id, requestedAt: now,
      isDemo: input.isDemo ?? false, updatedAt: now,
    }).returningAll().executeTakeFirstOrThrow();
    await appendSystemEntry(deps, tx, { caseId: found.id, kind: "rma.opened", visibility: "public", actorId: input.actor.id, at: now, data: { rmaId: rma.id, rmaNumber: number, status: "requested" } });
    await appendRmaEvent(tx, { rmaId: rma.id, kind: "step", fromStatus: null, toStatus: "requested", actorId: input.actor.id, at: now, data: { faultySerial: rma.faultySerial, warrantyTerm: rma.warrantyTerm } });
    const stepDueAt = await timeStep(deps, tx, { id: rma.id, from: null, to: "requested" }, now);
    await notify(tx, {
      key: `rma:${rma.id}:opened`, recipients: (await rmaAdminIds(tx)).map((userId) => ({ userId })), channels: ["inapp", "email"], template: "case.rma_requested", caseId: found.id, now,
      params: { caseNumber: found.number, url: deps.config.publicUrl ? `${deps.config.publicUrl.replace(/\/$/, "")}/rma/${rma.id}` : null },
    });
    return tx.updateTable("rmas").set({ stepDueAt }).where("id", "=", rma.id).returningAll().executeTakeFirstOrThrow();
  });
}
