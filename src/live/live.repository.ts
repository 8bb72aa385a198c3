import { sql } from "kysely";
import type { Db } from "../db/database.js";
import { LIVE_CHANNEL } from "./live.js";

/** NOTIFY inside the caller's transaction: PostgreSQL delivers it on commit, and never on rollback. */
export async function notifyLive(tx: Db, text: string): Promise<void> {
  await sql`SELECT pg_notify(${LIVE_CHANNEL}, ${text})`.execute(tx);
}

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
