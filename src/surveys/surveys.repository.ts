import { sql, type Selectable } from "kysely";
import type { Db } from "../db/database.js";
import type { SurveyAnswersTable, SurveyInvitationsTable } from "../db/schema.js";
import type { GroupBy } from "./survey.js";

export type InvitationRow = Selectable<SurveyInvitationsTable>;
export type AnswerRow = Selectable<SurveyAnswersTable>;

/** One invitation per case and closure (resolution cycle); false when it exists already. */
export async function insertInvitation(
  tx: Db,
  i: { tokenHash: string; caseId: string; resolutionCycle: number; email: string | null; phone: string | null; createdAt: Date; expiresAt: Date },
) {
  return tx.insertInto("surveyInvitations").values(i).onConflict((oc) => oc.columns(["caseId", "resolutionCycle"]).doNothing()).returningAll().executeTakeFirst();
}

export const findInvitationByHash = (db: Db, hash: string) =>
  db
    .selectFrom("surveyInvitations")
    .selectAll()
    .where((eb) => eb.or([eb("tokenHash", "=", hash), eb("reminderTokenHash", "=", hash)]))
    .executeTakeFirst();

export const findInvitation = (db: Db, id: string) => db.selectFrom("surveyInvitations").selectAll().where("id", "=", id).executeTakeFirst();

/** Marks the invitation used, only if nobody used it first. */
export const useInvitation = (tx: Db, id: string, now: Date) =>
  tx.updateTable("surveyInvitations").set({ usedAt: now }).where("id", "=", id).where("usedAt", "is", null).returning("id").executeTakeFirst();

/** Marks every unused invitation of the case used (the portal answered for them all). */
export const closeInvitationsOf = (tx: Db, caseId: string, now: Date) =>
  tx.updateTable("surveyInvitations").set({ usedAt: now }).where("caseId", "=", caseId).where("usedAt", "is", null).execute();

/** Sets the reminder's link, once. */
export const setReminder = (tx: Db, id: string, reminderTokenHash: string, now: Date) =>
  tx
    .updateTable("surveyInvitations")
    .set({ reminderTokenHash, remindedAt: now })
    .where("id", "=", id)
    .where("remindedAt", "is", null)
    .returning("id")
    .executeTakeFirst();

/** The case's answer, if it has one; undefined also when another answer won the race (one per case). */
export async function insertAnswer(tx: Db, a: Omit<AnswerRow, "id">) {
  return tx.insertInto("surveyAnswers").values(a).onConflict((oc) => oc.column("caseId").doNothing()).returningAll().executeTakeFirst();
}

export const findAnswerByCase = (db: Db, caseId: string) => db.selectFrom("surveyAnswers").selectAll().where("caseId", "=", caseId).executeTakeFirst();

export type ResultRow = { key: string | null; engineerName: string | null; count: number; responseSpeed: number | string | null; professionalism: number | string | null; resolution: number | string | null; overall: number | string | null };

const average = (column: "responseSpeed" | "professionalism" | "resolution" | "overall") =>
  sql<number | string | null>`round(avg(${sql.ref(`surveyAnswers.${column}`)})::numeric, 2)::float8`.as(column);
/** How many answers, and each score's average (two decimals). */
const scores = () => [
  sql<number>`count(*)::int`.as("count"),
  average("responseSpeed"), average("professionalism"), average("resolution"), average("overall"),
] as const;

/** Counts and average scores per group over answers given in [from, to). */
export function surveyResultRows(db: Db, q: { groupBy: GroupBy; from?: Date; to?: Date; timeZone: string }): Promise<ResultRow[]> {
  const key =
    q.groupBy === "engineer" ? sql<string | null>`survey_answers.engineer_id::text`
    : q.groupBy === "vendor" ? sql<string>`survey_answers.vendor`
    : q.groupBy === "caseType" ? sql<string>`survey_answers.case_type`
    : sql<string>`to_char(survey_answers.answered_at AT TIME ZONE ${q.timeZone}, 'YYYY-MM')`;
  let query = db
    .selectFrom("surveyAnswers")
    .leftJoin("users", "users.id", "surveyAnswers.engineerId")
    .select([key.as("key"), sql<string | null>`max(users.name)`.as("engineerName"), ...scores()]);
  if (q.from) query = query.where("surveyAnswers.answeredAt", ">=", q.from);
  if (q.to) query = query.where("surveyAnswers.answeredAt", "<", q.to);
  // by position: the month's expression carries a parameter, and two placeholders are two expressions to PostgreSQL
  return query.groupBy(sql`1`).orderBy(sql`1`).limit(1000).execute();
}

/** The same over all answers in range, as one row. */
export async function surveyTotals(db: Db, q: { from?: Date; to?: Date }): Promise<Omit<ResultRow, "key" | "engineerName">> {
  let query = db.selectFrom("surveyAnswers").select([...scores()]);
  if (q.from) query = query.where("answeredAt", ">=", q.from);
  if (q.to) query = query.where("answeredAt", "<", q.to);
  return query.executeTakeFirstOrThrow();
}
