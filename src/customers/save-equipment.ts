import type { Actor } from "../auth/index.js";
import { inTransaction } from "../db/transaction.js";
import type { Deps } from "../shared/deps.js";
import { AppError, notFound } from "../shared/errors.js";
import { recordUpdate, type ChangeSource } from "./change-trail.repository.js";
import { assertSitesOf, insertEquipment, type EquipmentInput } from "./contract-rules.js";
import { assertCanEdit } from "./customer.policy.js";
import { findContract, findEquipment } from "./customers.repository.js";

/** Adds covered equipment (vendor, model, serial, site, warranty end) to a contract. */
export async function addEquipment(deps: Deps, input: { actor: Actor; contractId: string; source?: ChangeSource } & EquipmentInput) {
  const contract = await findContract(deps.db, input.contractId);
  if (!contract) throw notFound("contract");
  assertCanEdit(input.actor, "manage_contracts", contract.customerId, "contract");
  await assertSitesOf(deps.db, contract.customerId, input.siteId ? [input.siteId] : [], "body.siteId");
  const now = deps.clock.now();
  return inTransaction(deps.db, (tx) =>
    insertEquipment(tx, { contractId: contract.id, customerId: contract.customerId, actor: input.actor, at: now, source: input.source }, input));
}

export type EquipmentFields = Partial<EquipmentInput> & { contractId?: string };

/**
 * Changes a piece of equipment; it may move to another contract of the same company (a renewal
 * under a new number). A stale version is refused; the change goes into the trail.
 */
export async function updateEquipment(
  deps: Deps,
  input: { actor: Actor; equipmentId: string; expectedVersion?: number; source?: ChangeSource } & EquipmentFields,
) {
  const equipment = await findEquipment(deps.db, input.equipmentId);
  const contract = equipment ? await findContract(deps.db, equipment.contractId) : undefined;
  if (!equipment || !contract) throw notFound("equipment");
  assertCanEdit(input.actor, "manage_contracts", contract.customerId, "equipment");
  if (input.contractId !== undefined && input.contractId !== contract.id) {
    const target = await findContract(deps.db, input.contractId);
    if (!target || target.customerId !== contract.customerId) throw new AppError("validation_failed", {}, [{ path: "body.contractId", code: "unknown_contract" }]);
  }
  await assertSitesOf(deps.db, contract.customerId, input.siteId ? [input.siteId] : [], "body.siteId");
  const now = deps.clock.now();
  return inTransaction(deps.db, async (tx) => {
    const updated = await tx
      .updateTable("equipment")
      .set((eb) => ({
        contractId: input.contractId, siteId: input.siteId, vendor: input.vendor, model: input.model, serial: input.serial,
        description: input.description, warrantyEndsOn: input.warrantyEndsOn, updatedAt: now, version: eb("version", "+", 1),
      }))
      .where("id", "=", equipment.id)
      .where("version", "=", input.expectedVersion ?? equipment.version)
      .returningAll()
      .executeTakeFirst();
    if (!updated) throw new AppError("version_conflict");
    await recordUpdate(tx, { entity: "equipment", entityId: equipment.id, customerId: contract.customerId, actor: input.actor, at: now, source: input.source }, equipment, updated);
    return updated;
  });
}
