import { CompiledQuery } from "kysely";
import type { Db } from "../db/database.js";
import { LIVE_CHANNEL } from "./live.js";

/** NOTIFY inside the transaction it runs in: PostgreSQL delivers it on commit, and never on rollback. */
export const notifyLiveStatement = (text: string) => CompiledQuery.raw("SELECT pg_notify($1, $2)", [LIVE_CHANNEL, text]);

/** The case's number and company, and the visibility of the log entry behind an event. */
export async function findCaseAudience(tx: Db, caseId: string, entryId: string | undefined, visibility?: "public" | "internal") {
  const found = await tx.selectFrom("cases").select(["number", "customerId"]).where("id", "=", caseId).executeTakeFirst();
  if (!found) return undefined;
  if (visibility) return { ...found, visibility };
  const entry = entryId
    ? await tx.selectFrom("caseActivities").select("visibility").where("id", "=", entryId).where("caseId", "=", caseId).executeTakeFirst()
    : undefined;
  return { ...found, visibility: entry?.visibility ?? "internal" };
}
