import type { Actor } from "../auth/index.js";
import { inTransaction } from "../db/transaction.js";
import type { Deps } from "../shared/deps.js";
import { AppError } from "../shared/errors.js";
import { recordCreation, type ChangeSource } from "./change-trail.repository.js";
import { assertCanCustomer } from "./customer.policy.js";
import { findCustomerByName } from "./customers.repository.js";

export type CreateCustomerInput = {
  actor: Actor;
  name: string;
  shortName?: string | null;
  phone?: string | null;
  email?: string | null;
  address?: string | null;
  notes?: string | null;
  isDemo?: boolean;
  source?: ChangeSource;
};

/** Registers a customer company. */
export async function createCustomer(deps: Deps, input: CreateCustomerInput) {
  assertCanCustomer(input.actor, "create");
  if (await findCustomerByName(deps.db, input.name)) throw new AppError("duplicate", { field: "name" });
  const now = deps.clock.now();
  return inTransaction(deps.db, async (tx) => {
    const customer = await tx
      .insertInto("customers")
      .values({
        name: input.name,
        shortName: input.shortName ?? null,
        phone: input.phone ?? null,
        email: input.email ?? null,
        address: input.address ?? null,
        notes: input.notes ?? null,
        isDemo: input.isDemo ?? false,
        createdAt: now,
        updatedAt: now,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await recordCreation(tx, { entity: "customer", entityId: customer.id, customerId: customer.id, actor: input.actor, at: now, source: input.source }, customer);
    return customer;
  });
}
