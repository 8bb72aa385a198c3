import { sql } from "kysely";
import type { Db } from "../db/database.js";
import { compiledByShape } from "../db/statement-shapes.js";
import type { Language } from "../db/schema.js";

export type ReplyContext = {
  id: string; number: string; subject: string; description: string;
  /** the caller's address as the case has it, null when it has none */
  callerEmail: string | null;
  writerName: string | null; writerRole: string | null;
  /** the Message-IDs of the customer's e-mails on the case (entries that came in by mail), oldest first, the last ten */
  thread: string[];
  /** the CC contacts' addresses, in the order they were added */
  cc: (string | null)[];
  /** the portal account with the caller's address, if any */
  accountRole: string | null; accountLanguage: Language | null;
  /** the text of the customer's last e-mail on the case, if any (its language decides the reply's) */
  lastMailText: string | null;
};

/** What a reply by mail needs of the case, its writer and the customer's mail, in one statement (every public note reads it). */
export const findReplyContext = async (db: Db, caseId: string, writerId: string): Promise<ReplyContext | undefined> =>
  (await db.executeQuery(compiledByShape("reply-context", [caseId, writerId], ([caseId, writerId]) => ({ compile: () => replyContextQuery(caseId, writerId).compile(db) })))).rows[0];

const replyContextQuery = (caseId: unknown, writerId: unknown) =>
  sql<ReplyContext>`
    SELECT c.id, c.number, c.subject, c.description, c.caller->>'email' AS caller_email,
      w.name AS writer_name, w.role AS writer_role,
      ARRAY(
        SELECT t.message_id FROM (
          SELECT a.data->>'messageId' AS message_id, a.seq FROM case_activities a
          WHERE a.case_id = c.id AND a.kind = 'note.added' AND a.actor_id IS NULL AND a.data->>'via' = 'email' AND a.data->>'messageId' IS NOT NULL
          ORDER BY a.seq DESC LIMIT 10
        ) t ORDER BY t.seq
      ) AS thread,
      ARRAY(
        SELECT k.email FROM case_cc_contacts cc JOIN contacts k ON k.id = cc.contact_id
        WHERE cc.case_id = c.id ORDER BY cc.created_at, k.name LIMIT 50
      ) AS cc,
      account.role AS account_role, account.language AS account_language,
      (
        SELECT a.data->>'body' FROM case_activities a
        WHERE a.case_id = c.id AND a.kind = 'note.added' AND a.actor_id IS NULL
        ORDER BY a.seq DESC LIMIT 1
      ) AS last_mail_text
    FROM cases c
    LEFT JOIN users w ON w.id = ${writerId}
    LEFT JOIN LATERAL (SELECT u.role, u.language FROM users u WHERE lower(u.email) = lower(btrim(c.caller->>'email', E' \t\r\n')) LIMIT 1) account ON true
    WHERE c.id = ${caseId}`;

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
