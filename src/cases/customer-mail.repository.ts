import { sql } from "kysely";
import type { Db } from "../db/database.js";

/** The Message-IDs of the customer's e-mails on a case (entries that came in by mail), oldest first, the last `limit`. */
export async function findCustomerMessageIds(db: Db, caseId: string, limit = 10): Promise<string[]> {
  const rows = await db
    .selectFrom("caseActivities")
    .select(sql<string>`data->>'messageId'`.as("messageId"))
    .where("caseId", "=", caseId)
    .where("kind", "=", "note.added")
    .where("actorId", "is", null)
    .where(sql<boolean>`data->>'via' = 'email' AND data->>'messageId' IS NOT NULL`)
    .orderBy("seq", "desc")
    .limit(limit)
    .execute();
  return rows.map((row) => row.messageId).reverse();
}

/** The text of the customer's last e-mail on a case, if any (its language decides the reply's). */
export const findLastCustomerMailText = async (db: Db, caseId: string): Promise<string | null> =>
  (await db
    .selectFrom("caseActivities")
    .select(sql<string>`data->>'body'`.as("body"))
    .where("caseId", "=", caseId)
    .where("kind", "=", "note.added")
    .where("actorId", "is", null)
    .orderBy("seq", "desc")
    .limit(1)
    .executeTakeFirst())?.body ?? null;

export type CcContact = { contactId: string; name: string; email: string | null; createdAt: Date };

/** The contacts a case copies its mail to, in the order they were added. */
export const listCcContacts = (db: Db, caseId: string): Promise<CcContact[]> =>
  db
    .selectFrom("caseCcContacts as cc")
    .innerJoin("contacts as c", "c.id", "cc.contactId")
    .select(["cc.contactId", "c.name", "c.email", "cc.createdAt"])
    .where("cc.caseId", "=", caseId)
    .orderBy("cc.createdAt")
    .orderBy("c.name")
    .limit(50)
    .execute();

/** Adds a CC contact; one already there is left alone. */
/** true when the contact was not copied yet */
export const insertCcContact = async (tx: Db, row: { caseId: string; contactId: string; addedBy: string | null; createdAt: Date }): Promise<boolean> =>
  (await tx.insertInto("caseCcContacts").values(row).onConflict((oc) => oc.columns(["caseId", "contactId"]).doNothing()).returning("contactId").executeTakeFirst()) !== undefined;

export const deleteCcContact = async (tx: Db, caseId: string, contactId: string): Promise<boolean> =>
  (await tx.deleteFrom("caseCcContacts").where("caseId", "=", caseId).where("contactId", "=", contactId).executeTakeFirst()).numDeletedRows > 0n;
