import { sql, type RawBuilder } from "kysely";
import type { Db } from "../db/database.js";
import { calendarsOf, elapsedBusinessMs } from "./business-time.js";
import { scopeOf, type Range, type ReportScope } from "./reports.repository.js";
import { durationFiguresSql, type DurationFigures } from "./statistics.js";

/**
 * The SLA figures of a range, counted in the database: compliance from every clock cycle the
 * range judges, and the measured times (median, p90, max) of the cycles that ended in it. Only the
 * cycles whose calendar is a business one come to Node, for the calendar arithmetic; their times
 * go back as parameters and are summed with the 7×24 cycles', whose business time is wall time.
 */
export type ClockMetric = "response" | "first_response" | "resolution";
/** A group's key: all of a metric, one fault level, or one person (the case's opener, the cycle's assignee). */
export type GroupKey = { metric: ClockMetric; by: "metric" | "faultLevel" | "person"; key: string | null };
export type ComplianceCount = GroupKey & { measured: number; breached: number };
export type TimesGroup = GroupKey & { figures: DurationFigures };

const groupKey = (row: { metric: ClockMetric; gLevel: number; gPerson: number; faultLevel: string | null; person: string | null }): GroupKey =>
  !row.gLevel ? { metric: row.metric, by: "faultLevel", key: row.faultLevel } : !row.gPerson ? { metric: row.metric, by: "person", key: row.person } : { metric: row.metric, by: "metric", key: null };

/** ms since the epoch, as a JavaScript Date holds it (whole milliseconds) */
const ms = (column: string) => sql`floor(extract(epoch FROM ${sql.ref(column)}) * 1000)::float8`;

/**
 * The clock cycles a range judges: those that ended in it, and those still running at its end
 * that breached within it; each with the calendar it counts in (the contract's; the clock's own,
 * frozen in its policy, only when the contract names none). Both halves are ranges of an index
 * that carries every column read here (migration 0036). A case with such a cycle was unfinished
 * at the range's start (resolving or closing stops every clock; reopening clears resolved_at) and
 * opened before its end: said, so that the planner may read only those cases (a customer's, or
 * the centre's recent ones) instead of every case.
 */
function judged(scope: ReportScope, range: Range): RawBuilder<unknown> {
  const columns = sql`k.case_id, k.metric, c.fault_level, k.assignee_id, c.created_by, k.started_at, k.stopped_at, k.paused_at, k.paused_ms,
    k.breached_at, CASE WHEN ct.calendar_id IS NOT NULL THEN ct.calendar_id::text ELSE k.calendar_ref END AS calendar_ref`;
  const from = sql`report_clocks k JOIN report_cases c ON c.id = k.case_id LEFT JOIN report_contracts ct ON ct.id = c.contract_id`;
  const cases = sql`${scopeOf(scope)} AND c.finished_at >= ${range.from} AND c.created_at < ${range.to}`;
  return sql`SELECT ${columns} FROM ${from} WHERE ${cases} AND k.stopped_at >= ${range.from} AND k.stopped_at < ${range.to}
    UNION ALL
    SELECT ${columns} FROM ${from} WHERE ${cases} AND k.breached_at >= ${range.from} AND k.breached_at < ${range.to}
      AND (k.stopped_at IS NULL OR k.stopped_at >= ${range.to})`;
}

type BusinessRow = { metric: ClockMetric; faultLevel: string | null; assigneeId: string | null; calendarRef: string; startedMs: number; stoppedMs: number; pausedAtMs: number | null; pausedMs: number };
type FigureRow = { compliance: boolean; gLevel: number; gPerson: number; metric: ClockMetric; faultLevel: string | null; person: string | null; measured: number; breached: number } & DurationFigures;

/**
 * Compliance (judged and breached cycles) and the measured times of the cycles that ended in the
 * range, for `metrics`: per metric, per metric and fault level, and (when `byPerson`) per metric
 * and person — the case's opener for compliance, the cycle's assignee for times. Two statements:
 * the business-calendar cycles to work out in Node, then everything counted over one reading of
 * the judged cycles.
 */
export async function clockFigures(db: Db, scope: ReportScope, range: Range, metrics: readonly ClockMetric[], byPerson: boolean) {
  const ended = sql`k.stopped_at < ${range.to} AND k.metric IN (${sql.join(metrics)})`;
  // business-time arithmetic is the report's dearest part: only the ended cycles of a business calendar, only the metrics shown
  const { rows: business } = await sql<BusinessRow>`
    SELECT k.metric, k.fault_level, k.assignee_id, k.calendar_ref, ${ms("k.started_at")} AS started_ms, ${ms("k.stopped_at")} AS stopped_ms,
      ${ms("k.paused_at")} AS paused_at_ms, k.paused_ms::float8 AS paused_ms
    FROM (${judged(scope, range)}) k WHERE k.calendar_ref <> 'always' AND ${ended}`.execute(db);
  const calendars = await calendarsOf(db, business.map((row) => row.calendarRef));
  const elapsed = business.map((row) => elapsedBusinessMs({
    startedAt: new Date(row.startedMs), stoppedAt: new Date(row.stoppedMs), pausedAt: row.pausedAtMs === null ? null : new Date(row.pausedAtMs), pausedMs: row.pausedMs,
  }, calendars.get(row.calendarRef)!, range.to));
  // a 7×24 cycle's business time is wall time: start to stop, less the pauses given back and a pause still open at the stop
  const wall = sql`greatest(0, greatest(0, ${ms("k.stopped_at")} - ${ms("k.started_at")}) - k.paused_ms
    - CASE WHEN k.paused_at < k.stopped_at THEN ${ms("k.stopped_at")} - ${ms("k.paused_at")} ELSE 0 END)`;
  const grouped = (person: string) => ({
    sets: byPerson ? sql`(k.metric), (k.metric, k.fault_level), (k.metric, ${sql.ref(`k.${person}`)})` : sql`(k.metric), (k.metric, k.fault_level)`,
    keys: sql`grouping(k.fault_level)::int AS g_level, ${byPerson ? sql`grouping(${sql.ref(`k.${person}`)})::int` : sql`1`} AS g_person, k.metric, k.fault_level,
      ${byPerson ? sql.ref(`k.${person}`) : sql`NULL::uuid`} AS person`,
  });
  const times = grouped("assignee_id");
  const compliance = grouped("created_by");
  const { rows } = await sql<FigureRow>`
    WITH judged AS (${judged(scope, range)}),
    measured AS (
      SELECT k.metric, k.fault_level, k.assignee_id, ${wall} AS elapsed FROM judged k WHERE k.calendar_ref = 'always' AND ${ended}
      UNION ALL
      SELECT * FROM unnest(${business.map((r) => r.metric)}::text[], ${business.map((r) => r.faultLevel)}::text[],
        ${business.map((r) => r.assigneeId)}::uuid[], ${elapsed}::float8[]) AS b(metric, fault_level, assignee_id, elapsed))
    SELECT false AS compliance, ${times.keys}, ${durationFiguresSql(sql.ref("k.elapsed"))}, NULL::int AS measured, NULL::int AS breached
    FROM measured k GROUP BY GROUPING SETS (${times.sets})
    UNION ALL
    SELECT true, ${compliance.keys}, NULL::int, NULL::float8, NULL::float8, NULL::float8,
      count(*)::int, count(*) FILTER (WHERE k.breached_at IS NOT NULL)::int
    FROM judged k GROUP BY GROUPING SETS (${compliance.sets})`.execute(db);
  return {
    compliance: rows.filter((row) => row.compliance).map((row): ComplianceCount => ({ ...groupKey(row), measured: row.measured, breached: row.breached })),
    times: rows.filter((row) => !row.compliance).map((row): TimesGroup => ({ ...groupKey(row), figures: { count: row.count, medianMs: row.medianMs, p90Ms: row.p90Ms, maxMs: row.maxMs } })),
  };
}
