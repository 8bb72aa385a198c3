import type { Actor } from "../auth/index.js";
import { findContact } from "../customers/index.js";
import { inTransaction } from "../db/transaction.js";
import type { Deps } from "../shared/deps.js";
import { notFound } from "../shared/errors.js";
import { recordEntry } from "./case-change.js";
import { assertCan } from "./case.policy.js";
import { deleteCcContact, insertCcContact, listCcContacts, type CcContact } from "./customer-mail.repository.js";
import { loadCase } from "./load-case.js";

/** The contacts copied (CC) on the mail a case sends its caller; staff only. */
export async function listCaseCc(deps: Deps, input: { actor: Actor; caseId: string }): Promise<CcContact[]> {
  const found = await loadCase(deps, input.actor, input.caseId);
  assertCan(input.actor, "note_internal", found);
  return listCcContacts(deps.db, found.id);
}

/**
 * Copies a contact of the case's own company on the case's mail to its caller, with a log entry.
 * A contact of another company (or any contact, on a case with no company yet) is "not found".
 */
export async function addCaseCc(deps: Deps, input: { actor: Actor; caseId: string; contactId: string }): Promise<CcContact[]> {
  const found = await loadCase(deps, input.actor, input.caseId);
  assertCan(input.actor, "update", found);
  const contact = await findContact(deps.db, input.contactId);
  if (!contact || !found.customerId || contact.customerId !== found.customerId) throw notFound("contact");
  const now = deps.clock.now();
  await inTransaction(deps.db, async (tx) => {
    if (!(await insertCcContact(tx, { caseId: found.id, contactId: contact.id, addedBy: input.actor.id, createdAt: now }))) return;
    await recordEntry(deps, tx, {
      caseId: found.id, kind: "cc.added", visibility: "internal", actorId: input.actor.id, at: now,
      data: { contactId: contact.id, name: contact.name, email: contact.email },
    });
  });
  return listCcContacts(deps.db, found.id);
}

/** Stops copying a contact on the case's mail, with a log entry. */
export async function removeCaseCc(deps: Deps, input: { actor: Actor; caseId: string; contactId: string }): Promise<void> {
  const found = await loadCase(deps, input.actor, input.caseId);
  assertCan(input.actor, "update", found);
  const contact = await findContact(deps.db, input.contactId);
  const now = deps.clock.now();
  await inTransaction(deps.db, async (tx) => {
    if (!(await deleteCcContact(tx, found.id, input.contactId))) throw notFound("contact");
    await recordEntry(deps, tx, {
      caseId: found.id, kind: "cc.removed", visibility: "internal", actorId: input.actor.id, at: now,
      data: { contactId: input.contactId, name: contact?.name ?? null, email: contact?.email ?? null },
    });
  });
}
