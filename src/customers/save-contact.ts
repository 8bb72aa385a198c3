import type { Actor } from "../auth/index.js";
import type { Deps } from "../shared/deps.js";
import { AppError, notFound } from "../shared/errors.js";
import { assertCanCustomer } from "./customer.policy.js";
import { findContact, findCustomer } from "./customers.repository.js";
import { normalizePhone } from "./phone.js";

export type ContactFields = {
  name?: string;
  phone?: string | null;
  mobile?: string | null;
  email?: string | null;
  address?: string | null;
  title?: string | null;
  isDesignated?: boolean;
};

function phoneFields(fields: ContactFields) {
  const out: { phone?: string | null; phoneNormalized?: string | null; mobile?: string | null; mobileNormalized?: string | null } = {};
  for (const key of ["phone", "mobile"] as const) {
    const value = fields[key];
    if (value === undefined) continue;
    const normalized = normalizePhone(value);
    if (value && !normalized) throw new AppError("validation_failed", {}, [{ path: `body.${key}`, code: "invalid_phone" }]);
    out[key] = value || null;
    out[`${key}Normalized`] = normalized;
  }
  return out;
}

/** Adds a contact (a person at a customer company) with numbers normalised for caller look-up. */
export async function createContact(deps: Deps, input: { actor: Actor; customerId: string; isDemo?: boolean } & ContactFields & { name: string }) {
  assertCanCustomer(input.actor, "create");
  if (!(await findCustomer(deps.db, input.customerId))) throw notFound("customer");
  const now = deps.clock.now();
  return deps.db
    .insertInto("contacts")
    .values({
      customerId: input.customerId,
      name: input.name,
      email: input.email?.toLowerCase() ?? null,
      address: input.address ?? null,
      title: input.title ?? null,
      isDesignated: input.isDesignated ?? false,
      isDemo: input.isDemo ?? false,
      ...phoneFields(input),
      createdAt: now,
      updatedAt: now,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** Changes a contact; a stale version is refused. */
export async function updateContact(deps: Deps, input: { actor: Actor; contactId: string; expectedVersion?: number } & ContactFields) {
  assertCanCustomer(input.actor, "update");
  const contact = await findContact(deps.db, input.contactId);
  if (!contact) throw notFound("contact");
  const updated = await deps.db
    .updateTable("contacts")
    .set((eb) => ({
      name: input.name,
      email: input.email === undefined ? undefined : (input.email?.toLowerCase() ?? null),
      address: input.address,
      title: input.title,
      isDesignated: input.isDesignated,
      ...phoneFields(input),
      updatedAt: deps.clock.now(),
      version: eb("version", "+", 1),
    }))
    .where("id", "=", contact.id)
    .where("version", "=", input.expectedVersion ?? contact.version)
    .returningAll()
    .executeTakeFirst();
  if (!updated) throw new AppError("version_conflict");
  return updated;
}
