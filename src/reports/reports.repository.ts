import { sql, type RawBuilder } from "kysely";
import type { Db } from "../db/database.js";

/**
 * The queries of the reports, over the reporting views of migrations 0030 and 0035 only (never
 * another module's tables). Each takes the scope (a customer, a contract, or the whole centre) and the
 * instants [from, to).
 */
export type ReportScope = { customerId?: string | null; contractId?: string | null };
export type Range = { from: Date; to: Date };

export const scopeOf = (scope: ReportScope): RawBuilder<boolean> => {
  const parts: RawBuilder<boolean>[] = [sql<boolean>`true`];
  if (scope.customerId) parts.push(sql<boolean>`c.customer_id = ${scope.customerId}::uuid`);
  if (scope.contractId) parts.push(sql<boolean>`c.contract_id = ${scope.contractId}::uuid`);
  return sql.join(parts, sql` AND `) as RawBuilder<boolean>;
};

export type DimensionCount = { dimension: "vendor" | "caseType" | "faultLevel" | "channel" | "total"; key: string | null; count: number };

/**
 * Cases opened (or closed) in the range, counted by vendor, case type, fault level and channel, and in all.
 * Closed, as the log recorded it: its last closure in the range was not undone by a reopening before the
 * range's end (whatever happened after), each case once.
 */
export async function casesByDimension(db: Db, scope: ReportScope, range: Range, on: "created" | "closed"): Promise<DimensionCount[]> {
  const inRange = on === "created"
    ? sql`c.created_at >= ${range.from} AND c.created_at < ${range.to}`
    : sql`c.id IN (SELECT h.case_id FROM report_case_closures h WHERE h.closed_at >= ${range.from} AND h.closed_at < ${range.to}
        AND NOT EXISTS (SELECT 1 FROM report_case_reopenings r WHERE r.case_id = h.case_id AND r.reopened_at > h.closed_at AND r.reopened_at < ${range.to}))`;
  const { rows } = await sql<{ gVendor: number; gType: number; gLevel: number; gChannel: number; vendor: string | null; caseType: string | null; faultLevel: string | null; channel: string | null; count: number }>`
    SELECT grouping(c.vendor)::int AS g_vendor, grouping(c.case_type)::int AS g_type, grouping(c.fault_level)::int AS g_level,
           grouping(c.channel)::int AS g_channel, c.vendor, c.case_type, c.fault_level, c.channel, count(*)::int AS count
    FROM report_cases c
    WHERE ${scopeOf(scope)} AND ${inRange}
    GROUP BY GROUPING SETS ((c.vendor), (c.case_type), (c.fault_level), (c.channel), ())`.execute(db);
  return rows.map((row) => {
    if (!row.gVendor) return { dimension: "vendor", key: row.vendor, count: row.count };
    if (!row.gType) return { dimension: "caseType", key: row.caseType, count: row.count };
    if (!row.gLevel) return { dimension: "faultLevel", key: row.faultLevel, count: row.count };
    if (!row.gChannel) return { dimension: "channel", key: row.channel, count: row.count };
    return { dimension: "total", key: null, count: row.count };
  });
}

export type BreachRow = { caseId: string; caseNumber: string; subject: string; faultLevel: string; metric: string; cycle: number; dueAt: Date; breachedAt: Date };

/** The breaches recorded in the range, oldest first, at most `limit`, and how many there are. */
export async function breachesIn(db: Db, scope: ReportScope, range: Range, limit: number): Promise<{ total: number; items: BreachRow[] }> {
  const where = sql`${scopeOf(scope)} AND b.breached_at >= ${range.from} AND b.breached_at < ${range.to}`;
  const [items, total] = await Promise.all([
    sql<BreachRow>`
      SELECT b.case_id, c.number AS case_number, c.subject, c.fault_level, b.metric, b.cycle, b.due_at, b.breached_at
      FROM report_breaches b JOIN report_cases c ON c.id = b.case_id
      WHERE ${where} ORDER BY b.breached_at, c.number, b.metric LIMIT ${limit}`.execute(db),
    sql<{ total: number }>`SELECT count(*)::int AS total FROM report_breaches b JOIN report_cases c ON c.id = b.case_id WHERE ${where}`.execute(db),
  ]);
  return { total: total.rows[0]?.total ?? 0, items: items.rows };
}

export type MonthFlow = { month: string; open: number; opened: number; closed: number };

/**
 * For each month: the cases open at its end, opened in it and closed in it, as they were then. Open
 * at the end: opened before it and neither resolved nor closed at that instant — a case finished
 * then and reopened later is taken off (finishedEarlierAt). Closed: as in casesByDimension, per month.
 */
export async function monthlyFlow(db: Db, scope: ReportScope, months: { month: string; startsAt: Date; endsAt: Date }[], timeZone: string): Promise<MonthFlow[]> {
  if (months.length === 0) return [];
  const first = months[0]!.startsAt;
  const last = months.at(-1)!.endsAt;
  const openAt = months.map((m, i) => sql`count(*) FILTER (WHERE c.created_at < ${m.endsAt} AND c.finished_at >= ${m.endsAt})::int AS ${sql.ref(`open${i}`)}`);
  const [backlog, opened, closed, reopenedLater] = await Promise.all([
    sql<Record<string, number>>`SELECT ${sql.join(openAt)} FROM report_cases c
      WHERE ${scopeOf(scope)} AND c.finished_at >= ${months[0]!.endsAt} AND c.created_at < ${last}`.execute(db),
    sql<{ month: string; count: number }>`SELECT to_char(c.created_at AT TIME ZONE ${timeZone}, 'YYYY-MM') AS month, count(*)::int AS count
      FROM report_cases c WHERE ${scopeOf(scope)} AND c.created_at >= ${first} AND c.created_at < ${last} GROUP BY 1`.execute(db),
    sql<{ month: string; count: number }>`SELECT to_char(h.closed_at AT TIME ZONE ${timeZone}, 'YYYY-MM') AS month, count(DISTINCT h.case_id)::int AS count
      FROM report_case_closures h JOIN report_cases c ON c.id = h.case_id
      WHERE ${scopeOf(scope)} AND h.closed_at >= ${first} AND h.closed_at < ${last}
        AND NOT EXISTS (SELECT 1 FROM report_case_reopenings r WHERE r.case_id = h.case_id AND r.reopened_at > h.closed_at
          AND to_char(r.reopened_at AT TIME ZONE ${timeZone}, 'YYYY-MM') = to_char(h.closed_at AT TIME ZONE ${timeZone}, 'YYYY-MM'))
      GROUP BY 1`.execute(db),
    finishedEarlierAt(db, scope, months.map((m) => m.endsAt)),
  ]);
  const counts = (rows: { month: string; count: number }[]) => new Map(rows.map((r) => [r.month, r.count]));
  const openedIn = counts(opened.rows);
  const closedIn = counts(closed.rows);
  const open = backlog.rows[0] ?? {};
  return months.map((m, i) => ({ month: m.month, open: Number(open[`open${i}`] ?? 0) - reopenedLater[i]!, opened: openedIn.get(m.month) ?? 0, closed: closedIn.get(m.month) ?? 0 }));
}

export type SurveyRow = { caseNumber: string; responseSpeed: number; professionalism: number; resolution: number; overall: number; comment: string | null; engineerId: string | null; answeredAt: Date };

/** Surveys sent in the range, and the answers given in it. */
export async function surveysIn(db: Db, scope: ReportScope, range: Range): Promise<{ sent: number; answers: SurveyRow[] }> {
  const [sent, answers] = await Promise.all([
    sql<{ sent: number }>`SELECT count(*)::int AS sent FROM report_survey_invitations i JOIN report_cases c ON c.id = i.case_id
      WHERE ${scopeOf(scope)} AND i.created_at >= ${range.from} AND i.created_at < ${range.to}`.execute(db),
    sql<SurveyRow>`SELECT c.number AS case_number, a.response_speed, a.professionalism, a.resolution, a.overall, a.comment, a.engineer_id, a.answered_at
      FROM report_survey_answers a JOIN report_cases c ON c.id = a.case_id
      WHERE ${scopeOf(scope)} AND a.answered_at >= ${range.from} AND a.answered_at < ${range.to} ORDER BY a.answered_at, c.number`.execute(db),
  ]);
  return { sent: sent.rows[0]?.sent ?? 0, answers: answers.rows };
}

export type VisitRow = { caseId: string; engineerId: string | null; arrivedAt: Date | null; departedAt: Date | null };

/** On-site visits logged in the range. */
export async function visitsIn(db: Db, scope: ReportScope, range: Range): Promise<VisitRow[]> {
  const { rows } = await sql<VisitRow>`SELECT v.case_id, coalesce(v.engineer_id::uuid, v.actor_id) AS engineer_id, v.arrived_at, v.departed_at
    FROM report_onsite_visits v JOIN report_cases c ON c.id = v.case_id
    WHERE ${scopeOf(scope)} AND v.at >= ${range.from} AND v.at < ${range.to}`.execute(db);
  return rows;
}

/**
 * For each instant, the cases in scope that were resolved or closed then and reopened after it: open
 * as they are now, finished as their log tells (report_case_reopenings, at most one per case and instant).
 */
export async function finishedEarlierAt(db: Db, scope: ReportScope, instants: readonly Date[]): Promise<number[]> {
  if (instants.length === 0) return [];
  const times = instants.map((at) => at.getTime());
  const counts = instants.map((at, i) => sql`count(*) FILTER (WHERE r.finished_since < ${at} AND r.reopened_at >= ${at})::int AS ${sql.ref(`at${i}`)}`);
  const { rows } = await sql<Record<string, number>>`SELECT ${sql.join(counts)} FROM report_case_reopenings r JOIN report_cases c ON c.id = r.case_id
    WHERE ${scopeOf(scope)} AND r.reopened_at >= ${new Date(Math.min(...times))} AND r.finished_since < ${new Date(Math.max(...times))}`.execute(db);
  return instants.map((_, i) => Number(rows[0]?.[`at${i}`] ?? 0));
}
