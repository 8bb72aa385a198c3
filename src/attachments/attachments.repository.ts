import type { Insertable } from "kysely";
import type { Db } from "../db/database.js";
import type { CaseAttachmentsTable } from "../db/schema.js";

/** Kysely queries of case_attachments; no rules here. */
export const insertAttachments = (tx: Db, rows: Insertable<CaseAttachmentsTable>[]) =>
  tx.insertInto("caseAttachments").values(rows).returningAll().execute();

export const findAttachment = (db: Db, id: string) =>
  db.selectFrom("caseAttachments").selectAll().where("id", "=", id).executeTakeFirst();

export async function caseAttachmentBytes(db: Db, caseId: string): Promise<number> {
  const row = await db
    .selectFrom("caseAttachments")
    .select((eb) => eb.fn.coalesce(eb.fn.sum<number>("sizeBytes"), eb.lit(0)).as("total"))
    .where("caseId", "=", caseId)
    .executeTakeFirstOrThrow();
  return Number(row.total);
}

export function listCaseAttachmentRows(db: Db, caseId: string, options: { publicOnly: boolean; activityId?: string; limit: number; afterSeq?: number }) {
  let query = db
    .selectFrom("caseAttachments")
    .selectAll()
    .where("caseId", "=", caseId)
    .orderBy("seq")
    .limit(options.limit + 1);
  if (options.publicOnly) query = query.where("visibility", "=", "public");
  if (options.activityId) query = query.where("activityId", "=", options.activityId);
  if (options.afterSeq !== undefined) query = query.where("seq", ">", options.afterSeq);
  return query.execute();
}

export const findEntryOfCase = (db: Db, caseId: string, activityId: string) =>
  db.selectFrom("caseActivities").select(["id", "visibility"]).where("caseId", "=", caseId).where("id", "=", activityId).executeTakeFirst();

export const findOpeningEntry = (db: Db, caseId: string) =>
  db.selectFrom("caseActivities").select(["id", "visibility"]).where("caseId", "=", caseId).where("kind", "=", "case.opened").orderBy("seq").limit(1).executeTakeFirstOrThrow();

/** The case's row lock: every log append takes it too, so totals per case are counted without a race. */
export const lockCaseRow = (tx: Db, caseId: string) =>
  tx.selectFrom("cases").select("id").where("id", "=", caseId).forUpdate().executeTakeFirst();
