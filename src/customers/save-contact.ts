import type { Actor } from "../auth/index.js";
import { inTransaction } from "../db/transaction.js";
import type { Deps } from "../shared/deps.js";
import { AppError, notFound } from "../shared/errors.js";
import { recordCreation, recordUpdate, type ChangeSource } from "./change-trail.repository.js";
import { assertCanCustomer, assertCanEdit } from "./customer.policy.js";
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
export async function createContact(
  deps: Deps,
  input: { actor: Actor; customerId: string; isDemo?: boolean; source?: ChangeSource } & ContactFields & { name: string },
) {
  assertCanCustomer(input.actor, "create");
  if (!(await findCustomer(deps.db, input.customerId))) throw notFound("customer");
  const now = deps.clock.now();
  const phones = phoneFields(input);
  return inTransaction(deps.db, async (tx) => {
    const contact = await tx
      .insertInto("contacts")
      .values({
        customerId: input.customerId,
        name: input.name,
        email: input.email?.toLowerCase() ?? null,
        address: input.address ?? null,
        title: input.title ?? null,
        isDesignated: input.isDesignated ?? false,
        isDemo: input.isDemo ?? false,
        ...phones,
        createdAt: now,
        updatedAt: now,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await recordCreation(tx, { entity: "contact", entityId: contact.id, customerId: contact.customerId, actor: input.actor, at: now, source: input.source }, contact);
    return contact;
  });
}

/** Changes a contact; a stale version is refused, and the change goes into the trail. */
export async function updateContact(
  deps: Deps,
  input: { actor: Actor; contactId: string; expectedVersion?: number; source?: ChangeSource } & ContactFields,
) {
  const contact = await findContact(deps.db, input.contactId);
  if (!contact) throw notFound("contact");
  assertCanEdit(input.actor, "update", contact.customerId, "contact");
  const now = deps.clock.now();
  const phones = phoneFields(input);
  return inTransaction(deps.db, async (tx) => {
    const updated = await tx
      .updateTable("contacts")
      .set((eb) => ({
        name: input.name,
        email: input.email === undefined ? undefined : (input.email?.toLowerCase() ?? null),
        address: input.address,
        title: input.title,
        isDesignated: input.isDesignated,
        ...phones,
        updatedAt: now,
        version: eb("version", "+", 1),
      }))
      .where("id", "=", contact.id)
      .where("version", "=", input.expectedVersion ?? contact.version)
      .returningAll()
      .executeTakeFirst();
    if (!updated) throw new AppError("version_conflict");
    await recordUpdate(tx, { entity: "contact", entityId: contact.id, customerId: contact.customerId, actor: input.actor, at: now, source: input.source }, contact, updated);
    return updated;
  });
}
