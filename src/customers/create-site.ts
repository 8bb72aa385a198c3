import type { Actor } from "../auth/index.js";
import type { Deps } from "../shared/deps.js";
import { notFound } from "../shared/errors.js";
import { assertCanCustomer } from "./customer.policy.js";
import { findCustomer } from "./customers.repository.js";

/** Adds a site (a machine room, an office) where a customer's equipment stands. */
export async function createSite(
  deps: Deps,
  input: { actor: Actor; customerId: string; name: string; address?: string | null; city?: string | null; isDemo?: boolean },
) {
  assertCanCustomer(input.actor, "create");
  if (!(await findCustomer(deps.db, input.customerId))) throw notFound("customer");
  const now = deps.clock.now();
  return deps.db
    .insertInto("sites")
    .values({
      customerId: input.customerId,
      name: input.name,
      address: input.address ?? null,
      city: input.city ?? null,
      isDemo: input.isDemo ?? false,
      createdAt: now,
      updatedAt: now,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}
