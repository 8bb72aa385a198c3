import type { Actor } from "../auth/index.js";
import { inTransaction } from "../db/transaction.js";
import type { Deps } from "../shared/deps.js";
import { AppError, notFound } from "../shared/errors.js";
import { recordUpdate, type ChangeSource } from "./change-trail.repository.js";
import { assertCanEdit } from "./customer.policy.js";
import { findCustomer, findCustomerByName } from "./customers.repository.js";

export type CustomerFields = {
  name?: string; shortName?: string | null; phone?: string | null; email?: string | null; address?: string | null; notes?: string | null;
};

/** Changes a company's details; a stale version is refused, and the change goes into the trail. */
export async function updateCustomer(
  deps: Deps,
  input: { actor: Actor; customerId: string; expectedVersion?: number; source?: ChangeSource } & CustomerFields,
) {
  const customer = await findCustomer(deps.db, input.customerId);
  if (!customer) throw notFound("customer");
  assertCanEdit(input.actor, "update", customer.id, "customer");
  if (input.name !== undefined) {
    const namesake = await findCustomerByName(deps.db, input.name);
    if (namesake && namesake.id !== customer.id) throw new AppError("duplicate", { field: "name" });
  }
  const now = deps.clock.now();
  return inTransaction(deps.db, async (tx) => {
    const updated = await tx
      .updateTable("customers")
      .set((eb) => ({
        name: input.name, shortName: input.shortName, phone: input.phone, email: input.email, address: input.address, notes: input.notes,
        updatedAt: now, version: eb("version", "+", 1),
      }))
      .where("id", "=", customer.id)
      .where("version", "=", input.expectedVersion ?? customer.version)
      .returningAll()
      .executeTakeFirst();
    if (!updated) throw new AppError("version_conflict");
    await recordUpdate(tx, { entity: "customer", entityId: customer.id, customerId: customer.id, actor: input.actor, at: now, source: input.source }, customer, updated);
    return updated;
  });
}
