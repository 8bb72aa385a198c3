import type { Actor } from "../auth/index.js";
import type { Deps } from "../shared/deps.js";
import { AppError } from "../shared/errors.js";
import { assertCanCustomer } from "./customer.policy.js";

export type CreateCustomerInput = {
  actor: Actor;
  name: string;
  shortName?: string | null;
  phone?: string | null;
  email?: string | null;
  address?: string | null;
  notes?: string | null;
  isDemo?: boolean;
};

/** Registers a customer company. */
export async function createCustomer(deps: Deps, input: CreateCustomerInput) {
  assertCanCustomer(input.actor, "create");
  const existing = await deps.db
    .selectFrom("customers")
    .select("id")
    .where((eb) => eb(eb.fn("lower", ["name"]), "=", input.name.toLowerCase()))
    .executeTakeFirst();
  if (existing) throw new AppError("duplicate", { field: "name" });
  const now = deps.clock.now();
  return deps.db
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
}
