import type { Insertable, Selectable, Updateable } from "kysely";
import type { Db } from "../db/database.js";
import type { SlaClockEventsTable, SlaClocksTable, SlaMetric } from "../db/schema.js";

export type ClockRow = Selectable<SlaClocksTable>;
export type ClockKey = { caseId: string; metric: SlaMetric; cycle: number };

export const findClock = (db: Db, key: ClockKey) =>
  db
    .selectFrom("slaClocks")
    .selectAll()
    .where("caseId", "=", key.caseId)
    .where("metric", "=", key.metric)
    .where("cycle", "=", key.cycle)
    .executeTakeFirst();

export const clocksOf = (db: Db, caseId: string) =>
  db.selectFrom("slaClocks").selectAll().where("caseId", "=", caseId).orderBy("metric").orderBy("cycle").limit(500).execute();

export const runningClocksOf = (db: Db, caseId: string) =>
  db.selectFrom("slaClocks").selectAll().where("caseId", "=", caseId).where("status", "!=", "stopped").execute();

export const insertClock = (db: Db, row: Insertable<SlaClocksTable>) =>
  db.insertInto("slaClocks").values(row).onConflict((oc) => oc.doNothing()).returningAll().executeTakeFirst();

export const updateClock = (db: Db, key: ClockKey, set: Updateable<SlaClocksTable>) =>
  db
    .updateTable("slaClocks")
    .set(set)
    .where("caseId", "=", key.caseId)
    .where("metric", "=", key.metric)
    .where("cycle", "=", key.cycle)
    .execute();

export const appendClockEvent = (db: Db, event: Omit<Insertable<SlaClockEventsTable>, "data"> & { data?: Record<string, unknown> }) =>
  db.insertInto("slaClockEvents").values({ ...event, data: JSON.stringify(event.data ?? {}) }).execute();

export const clockEventsOf = (db: Db, key: ClockKey) =>
  db
    .selectFrom("slaClockEvents")
    .selectAll()
    .where("caseId", "=", key.caseId)
    .where("metric", "=", key.metric)
    .where("cycle", "=", key.cycle)
    .orderBy("id")
    .limit(10_000)
    .execute();

/** Records a breach once; false when this cycle of this metric had already breached. */
export async function recordBreach(db: Db, key: ClockKey, dueAt: Date, breachedAt: Date): Promise<boolean> {
  const row = await db
    .insertInto("slaBreaches")
    .values({ ...key, dueAt, breachedAt })
    .onConflict((oc) => oc.doNothing())
    .returning("caseId")
    .executeTakeFirst();
  return Boolean(row);
}

/** Engineers whose response cycles on this case ended without a response: not to be picked again. */
export async function lapsedAssignees(db: Db, caseId: string): Promise<string[]> {
  const rows = await db
    .selectFrom("slaClocks")
    .select("assigneeId")
    .where("caseId", "=", caseId)
    .where("metric", "=", "response")
    .where((eb) => eb.or([eb("stopReason", "is", null), eb("stopReason", "!=", "responded")]))
    .where("assigneeId", "is not", null)
    .execute();
  return [...new Set(rows.map((r) => r.assigneeId!))];
}

export type { SlaMetric };

/** Breaches recorded in [from, to), newest first, with their case and the assignee of the clock. */
export async function breachesBetween(db: Db, from: Date, to: Date, limit: number) {
  return db
    .selectFrom("slaBreaches")
    .innerJoin("cases", "cases.id", "slaBreaches.caseId")
    .leftJoin("slaClocks", (join) => join
      .onRef("slaClocks.caseId", "=", "slaBreaches.caseId")
      .onRef("slaClocks.metric", "=", "slaBreaches.metric")
      .onRef("slaClocks.cycle", "=", "slaBreaches.cycle"))
    .leftJoin("users", "users.id", "slaClocks.assigneeId")
    .select([
      "slaBreaches.caseId", "cases.number as caseNumber", "cases.subject", "cases.faultLevel", "cases.status", "slaBreaches.metric",
      "slaBreaches.cycle", "slaBreaches.dueAt", "slaBreaches.breachedAt", "slaClocks.assigneeId", "users.name as assigneeName",
    ])
    .where("slaBreaches.breachedAt", ">=", from)
    .where("slaBreaches.breachedAt", "<", to)
    .orderBy("slaBreaches.breachedAt", "desc")
    .limit(limit)
    .execute();
}

/** How many breaches of each metric were recorded in [from, to). */
export async function countBreachesBetween(db: Db, from: Date, to: Date) {
  return db
    .selectFrom("slaBreaches")
    .select(["metric", (eb) => eb.fn.countAll<number>().as("count")])
    .where("breachedAt", ">=", from)
    .where("breachedAt", "<", to)
    .groupBy("metric")
    .execute();
}
/** The clocks still counting (running or paused) of many cases at once: the dispatcher's board. */
export const unstoppedClocksOfCases = (db: Db, caseIds: readonly string[]) =>
  caseIds.length === 0
    ? Promise.resolve([] as ClockRow[])
    : db.selectFrom("slaClocks").selectAll().where("caseId", "in", caseIds).where("status", "!=", "stopped").orderBy("caseId").orderBy("metric").limit(caseIds.length * 6).execute();
