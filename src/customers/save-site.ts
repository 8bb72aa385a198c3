import type { Actor } from "../auth/index.js";
import { inTransaction } from "../db/transaction.js";
import type { Deps } from "../shared/deps.js";
import { AppError, notFound } from "../shared/errors.js";
import { recordCreation, recordUpdate, type ChangeSource } from "./change-trail.repository.js";
import { assertCanCustomer, assertCanEdit } from "./customer.policy.js";
import { findCustomer, findSite } from "./customers.repository.js";

export type SiteFields = { name?: string; address?: string | null; city?: string | null };

/** Adds a site (a machine room, an office) where a customer's equipment stands. */
export async function createSite(
  deps: Deps,
  input: { actor: Actor; customerId: string; name: string; address?: string | null; city?: string | null; isDemo?: boolean; source?: ChangeSource },
) {
  assertCanCustomer(input.actor, "create");
  if (!(await findCustomer(deps.db, input.customerId))) throw notFound("customer");
  const now = deps.clock.now();
  return inTransaction(deps.db, async (tx) => {
    const site = await tx
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
    await recordCreation(tx, { entity: "site", entityId: site.id, customerId: site.customerId, actor: input.actor, at: now, source: input.source }, site);
    return site;
  });
}

/** Changes a site; a stale version is refused, and the change goes into the trail. */
export async function updateSite(deps: Deps, input: { actor: Actor; siteId: string; expectedVersion?: number } & SiteFields) {
  const site = await findSite(deps.db, input.siteId);
  if (!site) throw notFound("site");
  assertCanEdit(input.actor, "update", site.customerId, "site");
  const now = deps.clock.now();
  return inTransaction(deps.db, async (tx) => {
    const updated = await tx
      .updateTable("sites")
      .set((eb) => ({ name: input.name, address: input.address, city: input.city, updatedAt: now, version: eb("version", "+", 1) }))
      .where("id", "=", site.id)
      .where("version", "=", input.expectedVersion ?? site.version)
      .returningAll()
      .executeTakeFirst();
    if (!updated) throw new AppError("version_conflict");
    await recordUpdate(tx, { entity: "site", entityId: site.id, customerId: site.customerId, actor: input.actor, at: now }, site, updated);
    return updated;
  });
}
