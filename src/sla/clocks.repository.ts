import { sql, type CompiledQuery, type Insertable, type Selectable, type Updateable } from "kysely";
import type { Db } from "../db/database.js";
import { insertByShape } from "../db/statement-shapes.js";
import { insertTimersStatement } from "../jobs/index.js";
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

/**
 * The statements that insert the clocks of a case that has none (its opening's, written with the
 * case): plain rows, which PostgreSQL plans and runs in a fraction of the time the conditional
 * joins of `clocksWithEventsStatement` take.
 */
export function newCaseClocksStatements(
  db: Db,
  clocks: (Insertable<SlaClocksTable> & { event: { type: SlaClockEventsTable["type"]; at: Date; data: Record<string, unknown> } })[],
  timers: { key: string; kind: string; dueAt: Date; payload: object }[],
  now: Date,
): CompiledQuery[] {
  return [
    insertByShape("sla-clocks", clocks.map(({ event: _event, ...clock }) => clock), (rows) => db.insertInto("slaClocks").values([...rows])),
    insertByShape(
      "sla-clock-events",
      clocks.map(({ caseId, metric, cycle, event }) => ({ caseId, metric, cycle, ...event, data: JSON.stringify(event.data) })),
      (rows) => db.insertInto("slaClockEvents").values([...rows]),
    ),
    ...(timers.length ? [insertTimersStatement(db, timers, now)] : []),
  ];
}

/**
 * The statement that inserts new clocks, each with its first event and its timers; an existing
 * (case, metric, cycle) is left as it is and gets no event and no timers.
 */
export function clocksWithEventsStatement(
  db: Db,
  clocks: (Insertable<SlaClocksTable> & { event: { type: SlaClockEventsTable["type"]; at: Date; data: Record<string, unknown> } })[],
  timers: { clock: ClockKey; key: string; kind: string; dueAt: Date; payload: object }[],
  now: Date,
): CompiledQuery {
  const timerRows = timers.map((t) => ({ case_id: t.clock.caseId, metric: t.clock.metric, cycle: t.clock.cycle, key: t.key, kind: t.kind, due_at: t.dueAt, payload: t.payload }));
  const rows = clocks.map(({ event, ...c }) => ({
    case_id: c.caseId, metric: c.metric, cycle: c.cycle, policy_id: c.policyId ?? null, policy_version: c.policyVersion, policy: JSON.parse(String(c.policy)) as unknown,
    assignee_id: c.assigneeId ?? null, started_at: c.startedAt, target_ms: c.targetMs, status: c.status, due_at: c.dueAt ?? null,
    event_type: event.type, event_at: event.at, event_data: event.data,
  }));
  return sql`
    WITH given AS (
      SELECT * FROM jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) AS g(
        case_id uuid, metric text, cycle integer, policy_id uuid, policy_version integer, policy jsonb, assignee_id uuid,
        started_at timestamptz, target_ms bigint, status text, due_at timestamptz, event_type text, event_at timestamptz, event_data jsonb)
    ), clock AS (
      INSERT INTO sla_clocks (case_id, metric, cycle, policy_id, policy_version, policy, assignee_id, started_at, target_ms, status, due_at)
      SELECT case_id, metric, cycle, policy_id, policy_version, policy, assignee_id, started_at, target_ms, status, due_at FROM given
      ON CONFLICT DO NOTHING
      RETURNING case_id, metric, cycle
    ), event AS (
      INSERT INTO sla_clock_events (case_id, metric, cycle, type, at, data)
      SELECT given.case_id, given.metric, given.cycle, given.event_type, given.event_at, given.event_data
      FROM given JOIN clock USING (case_id, metric, cycle)
    ), timer AS (
      -- as scheduleTimers does it (src/jobs): a key fires at most once, ever
      INSERT INTO timers (key, kind, due_at, scheduled_at, payload, created_at)
      SELECT t.key, t.kind, t.due_at, t.due_at, t.payload, ${now}::timestamptz
      FROM jsonb_to_recordset(${JSON.stringify(timerRows)}::jsonb) AS t(case_id uuid, metric text, cycle integer, key text, kind text, due_at timestamptz, payload jsonb)
      JOIN clock USING (case_id, metric, cycle)
      ON CONFLICT (key) DO NOTHING
    )
    SELECT count(*) FROM clock`.compile(db);
}

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
