import { sql } from "kysely";
import type { Db } from "../db/database.js";

/** Proactive calls (R32): Kysely queries only. */
export type NewCall = {
  customerId: string; contactId: string | null; contactName: string; engineerId: string | null; direction: "outbound" | "inbound";
  summary: string; calledAt: Date; followUpOn: string | null; createdAt: Date; isDemo?: boolean;
};

export const insertCall = (tx: Db, call: NewCall) =>
  tx.insertInto("proactiveCalls").values({ ...call, isDemo: call.isDemo ?? false }).returningAll().executeTakeFirstOrThrow();

const callView = (db: Db) => db.selectFrom("proactiveCalls as p")
  .innerJoin("customers as c", "c.id", "p.customerId")
  .leftJoin("users as u", "u.id", "p.engineerId")
  .selectAll("p").select(["c.name as customerName", "u.name as engineerName"]);

export const findCallView = (db: Db, id: string) => callView(db).where("p.id", "=", id).executeTakeFirstOrThrow();

export function listCallViews(db: Db, filter: { customerId?: string; engineerId?: string; from?: Date; to?: Date; limit: number }) {
  let query = callView(db);
  if (filter.customerId) query = query.where("p.customerId", "=", filter.customerId);
  if (filter.engineerId) query = query.where("p.engineerId", "=", filter.engineerId);
  if (filter.from) query = query.where("p.calledAt", ">=", filter.from);
  if (filter.to) query = query.where("p.calledAt", "<", filter.to);
  return query.orderBy("p.calledAt", "desc").orderBy("p.id").limit(filter.limit).execute();
}

export async function callsSince(db: Db, customerId: string, since: Date): Promise<number> {
  const row = await db.selectFrom("proactiveCalls").select(sql<number>`count(*)::int`.as("n")).where("customerId", "=", customerId).where("calledAt", ">=", since).executeTakeFirst();
  return row?.n ?? 0;
}

/** Active plans asking for a monthly call, with their customer and engineer, of one engineer or customer if asked. */
export function callingPlans(db: Db, filter: { engineerId?: string; customerId?: string }) {
  let query = db.selectFrom("maintenancePlans as p")
    .innerJoin("customers as c", "c.id", "p.customerId")
    .leftJoin("users as u", "u.id", "p.engineerId")
    .select(["p.id", "p.customerId", "p.engineerId", "p.frequency", "p.timeZone", "p.callDueDays", "c.name as customerName", "u.name as engineerName"])
    .where("p.asksMonthlyCall", "=", true).where("p.isActive", "=", true);
  if (filter.engineerId) query = query.where("p.engineerId", "=", filter.engineerId);
  if (filter.customerId) query = query.where("p.customerId", "=", filter.customerId);
  return query.orderBy("c.name").orderBy("p.id").limit(500).execute();
}
