import type { Actor } from "../auth/index.js";
import { linkCaseContact } from "../cases/index.js";
import { createContact, findContactsBy } from "../customers/index.js";
import type { Deps } from "../shared/deps.js";
import { AppError, notFound } from "../shared/errors.js";
import { decodeCursor, encodeCursor, type Page } from "../shared/pagination.js";
import { findUnverifiedCaller, listPendingUnverified, markCallerConfirmed } from "./inbound.repository.js";
import { assertCanReadIntake } from "./intake.policy.js";

type Pending = Awaited<ReturnType<typeof listPendingUnverified>>[number];

/** Cases opened from mail or fax whose sender the customer database did not know, newest first. */
export async function listUnverifiedCallers(deps: Deps, input: { actor: Actor; limit: number; cursor?: string }): Promise<Page<Pending>> {
  assertCanReadIntake(input.actor);
  const after = input.cursor ? decodeCursor(input.cursor) : undefined;
  const rows = await listPendingUnverified(deps.db, { limit: input.limit + 1, after: after ? { createdAt: new Date(String(after.v)), caseId: after.id } : undefined });
  const items = rows.slice(0, input.limit);
  const last = items.at(-1);
  return { items, nextCursor: rows.length > input.limit && last ? encodeCursor({ v: last.createdAt.toISOString(), id: last.caseId }) : null };
}

export type ConfirmCallerInput = {
  actor: Actor;
  caseId: string;
  /** an existing contact, or … */
  contactId?: string;
  /** … a new contact of this company with the sender's address */
  newContact?: { customerId: string; name?: string; phone?: string | null };
};

/**
 * A dispatcher confirms who an unverified sender is: an existing contact, or a new contact of a
 * company made from the sender's address. The case takes the contact (logged), and later mail
 * from that address is recognised.
 */
export async function confirmCaller(deps: Deps, input: ConfirmCallerInput) {
  assertCanReadIntake(input.actor);
  const pending = await findUnverifiedCaller(deps.db, input.caseId);
  if (!pending) throw notFound("unverified_caller");
  if (pending.confirmedAt) throw new AppError("conflict", { reason: "caller_already_confirmed" });
  if (Boolean(input.contactId) === Boolean(input.newContact)) {
    throw new AppError("validation_failed", {}, [{ path: "body", code: "contact_or_new_contact" }]);
  }
  let contactId = input.contactId;
  if (input.newContact) {
    const [existing] = pending.email ? (await findContactsBy(deps.db, { email: pending.email }, 20)).filter((c) => c.customerId === input.newContact!.customerId) : [];
    contactId = existing?.id ?? (await createContact(deps, {
      actor: input.actor,
      customerId: input.newContact.customerId,
      name: input.newContact.name ?? pending.name ?? pending.email ?? "—",
      email: pending.email,
      phone: input.newContact.phone ?? null,
    })).id;
  }
  const now = deps.clock.now();
  return linkCaseContact(deps, {
    actor: input.actor,
    caseId: input.caseId,
    contactId: contactId!,
    also: (tx) => markCallerConfirmed(tx, input.caseId, { confirmedAt: now, confirmedBy: input.actor.id, contactId: contactId! }),
  });
}
