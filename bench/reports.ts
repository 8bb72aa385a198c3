import { openForCommand } from "../src/app.js";
import { systemActor } from "../src/auth/index.js";
import { centreReport, monthlyReport } from "../src/reports/index.js";
import { DEFAULT_POLICY } from "../src/sla/index.js";
import { createDatabase, dropDatabase, benchConfig, openSession, redact, withDatabase, type Target } from "./engines.js";
import { seed } from "./seed.js";
import { ceilingRatio, measureCeiling, recordStatements, type Ceiling } from "./report-ceiling.js";
import { percentiles, round, type Percentiles } from "./stats.js";

/**
 * The reports at scale on PostgreSQL: `cases` cases over 24 months (2025-01 … 2026-12) among
 * twenty customers, of which the first customer has `monthCases` in November 2026, each case with
 * its first-response, response and resolution clock (5 % breached) and one survey in five; the
 * first customer's contract counts in a Mon–Fri 09:00–18:00 calendar, so its report does the
 * business-time arithmetic. The rows are made by INSERT … SELECT over generate_series (the app's
 * use cases would take hours for a million). Then the customer's monthly report and the centre's
 * report for the month, each `requests` times, through the use cases the routes call.
 */
export const REPORT_TARGETS = { customerMonthP95Ms: 1000, centreMonthP95Ms: 3000, atCases: 1_000_000, monthCases: 10_000 };
const MONTH = "2026-11";
/** the customer bench/seed.ts creates first, who gets the month's cases */
const FIRST_CUSTOMER = "华北电力信息中心";

export type ReportsBench = {
  cases: number; monthCases: number; loadSeconds: number; centreMonthCases: number;
  customerMonth: Measured; centreMonth: Measured; targets: typeof REPORT_TARGETS; met: { customerMonth: boolean; centreMonth: boolean };
};
/** A report's latencies, those of its statements alone (the raw ceiling) and the ratio of the two p95s */
type Measured = Percentiles & { databaseOnly: Ceiling; ratio: number };

const BULK_SQL = `
WITH params AS (SELECT $1::int AS total, $2::int AS month_cases),
customers AS (SELECT $3::uuid || array_agg(c.id ORDER BY c.id) AS ids, $4::uuid || array_agg(k.id ORDER BY c.id) AS contracts
  FROM customers c JOIN contracts k ON k.customer_id = c.id WHERE c.id <> $3::uuid),
engineers AS (SELECT array_agg(id ORDER BY name) AS ids FROM users WHERE role = 'engineer'),
dispatcher AS (SELECT id FROM users WHERE role = 'dispatcher' LIMIT 1)
INSERT INTO cases (number, subject, channel, vendor, case_type, fault_level, priority, status, customer_id, contract_id, caller,
  assignee_id, created_by, created_at, updated_at, responded_at, resolved_at, closed_at, resolution)
SELECT 'R' || lpad(g::text, 8, '0'), '硬盘告警 ' || g, (ARRAY['phone','email','web','fax'])[1 + g % 4],
  (ARRAY['IBM','HPE','Dell','华为','浪潮','Cisco'])[1 + g % 6], (ARRAY['hardware','software','network','consultation'])[1 + g % 4],
  (ARRAY['S1','S2','S3','S4'])[1 + g % 4], (ARRAY['P1','P2','P3','P4'])[1 + g % 4],
  CASE WHEN g % 33 = 0 THEN 'in_progress' ELSE 'closed' END,
  cu.ids[c_ix], cu.contracts[c_ix], '{"name":"王建国"}'::jsonb, en.ids[1 + g % array_length(en.ids, 1)], d.id,
  created, created, created + (10 + g % 50) * interval '1 minute',
  CASE WHEN g % 33 = 0 THEN NULL ELSE created + (2 + g % 40) * interval '1 hour' END,
  CASE WHEN g % 33 = 0 THEN NULL ELSE created + (2 + g % 40) * interval '1 hour' + interval '7 days' END, '更换硬盘'
FROM params p, customers cu, engineers en, dispatcher d,
  LATERAL generate_series(1, p.total) AS g,
  LATERAL (SELECT CASE WHEN g <= p.month_cases THEN 1 ELSE 2 + g % (array_length(cu.ids, 1) - 1) END AS c_ix,
    CASE WHEN g <= p.month_cases THEN timestamptz '2026-10-31 16:00:00+00' + (g % 28) * interval '1 day' + interval '17 hours' + (g % 9) * interval '1 hour'
      ELSE timestamptz '2024-12-31 16:00:00+00' + (g::bigint * 7919 % (730 * 24 * 60)) * interval '1 minute' END AS created) AS x`;

const CLOCKS_SQL = `
INSERT INTO sla_clocks (case_id, metric, cycle, policy_version, policy, assignee_id, started_at, target_ms, status, paused_ms, due_at, stopped_at, stop_reason)
SELECT c.id, m.metric, 1, 0, CASE WHEN c.contract_id = $1::uuid THEN $2::jsonb ELSE $3::jsonb END, c.assignee_id, c.created_at,
  CASE m.metric WHEN 'resolution' THEN 14400000 ELSE 3600000 END,
  CASE WHEN stop IS NULL THEN 'running' ELSE 'stopped' END, 0, NULL, stop, CASE WHEN stop IS NULL THEN NULL ELSE 'done' END
FROM cases c CROSS JOIN (VALUES ('first_response'), ('response'), ('resolution')) AS m(metric)
CROSS JOIN LATERAL (SELECT CASE WHEN m.metric = 'resolution' THEN c.resolved_at ELSE c.responded_at END AS stop) s`;

// one clock in twenty breached at its target, recorded as the sla module does: the breach row and the clock's instant
const BREACHES_SQL = `
WITH breached AS (
  UPDATE sla_clocks SET breached_at = started_at + target_ms * interval '1 millisecond'
  WHERE abs(hashtext(case_id::text || metric)) % 20 = 0 RETURNING case_id, metric, cycle, breached_at)
INSERT INTO sla_breaches (case_id, metric, cycle, due_at, breached_at) SELECT case_id, metric, cycle, breached_at, breached_at FROM breached`;

const SURVEYS_SQL = `
WITH invited AS (
  INSERT INTO survey_invitations (token_hash, case_id, resolution_cycle, phone, created_at, expires_at, used_at)
  SELECT md5(c.id::text), c.id, 1, '13800138000', c.closed_at, c.closed_at + interval '14 days',
    CASE WHEN c.number::text LIKE '%0' THEN c.closed_at + interval '1 day' END
  FROM cases c WHERE c.closed_at IS NOT NULL AND right(c.number, 1) IN ('0', '5')
  RETURNING id, case_id, used_at)
INSERT INTO survey_answers (case_id, invitation_id, response_speed, professionalism, resolution, overall, comment, via, vendor, case_type, answered_at)
SELECT i.case_id, i.id, 4, 5, 4, 4, '满意', 'link', 'IBM', 'hardware', i.used_at FROM invited i WHERE i.used_at IS NOT NULL`;

export async function measureReports(
  adminUrl: string,
  options: { cases: number; monthCases: number; requests: number; keep: boolean; reuse: boolean; database: string; log: (m: string) => void },
): Promise<ReportsBench> {
  const { log, database } = options;
  const url = options.reuse ? withDatabase(adminUrl, database) : await createDatabase(adminUrl, database);
  const target = { engine: "postgres" as const, url };
  try {
    const loadSeconds = options.reuse ? 0 : await load(target, options);
    return await measure(target, options, loadSeconds);
  } finally {
    if (options.keep || options.reuse) log(`kept database ${redact(url)}`);
    else await dropDatabase(adminUrl, database).catch((error: Error) => log(`could not drop ${database}: ${error.message}`));
  }
}

/** Seeds the cast and bulk-loads the cases, clocks, breaches and surveys; returns the seconds it took. */
async function load(target: Target, options: { cases: number; monthCases: number; log: (m: string) => void }): Promise<number> {
  const { log } = options;
  {
    log(`reports: seeding ${redact(target.engine === "postgres" ? target.url : "")}`);
    const seeded = await seed(target);
    const session = await openSession(target);
    const started = performance.now();
    try {
      const [calendar] = await session.query<{ id: string }>(`INSERT INTO calendars (name, time_zone, weekly, created_at, updated_at)
        VALUES ('工作日 9-18', 'Asia/Shanghai', $1::jsonb, now(), now()) RETURNING id`, [JSON.stringify([1, 2, 3, 4, 5].map((day) => ({ day, start: "09:00", end: "18:00" })))]);
      await session.query(`INSERT INTO calendar_days (calendar_id, date, kind, name) VALUES ($1, '2026-11-11', 'holiday', '假日'), ($1, '2026-11-14', 'workday', '调休')`, [calendar!.id]);
      const first = seeded.customers[0]!;
      await session.query(`UPDATE contracts SET calendar_id = $1 WHERE id = $2`, [calendar!.id, first.contractId]);
      log(`reports: ${options.cases.toLocaleString("en")} cases (${options.monthCases.toLocaleString("en")} of ${first.name} in ${MONTH})`);
      await session.query(BULK_SQL, [options.cases, options.monthCases, first.id, first.contractId]);
      log(`reports: clocks, breaches and surveys`);
      await session.query(CLOCKS_SQL, [first.contractId, JSON.stringify({ ...DEFAULT_POLICY, calendar: calendar!.id }), JSON.stringify(DEFAULT_POLICY)]);
      await session.query(BREACHES_SQL);
      await session.query(SURVEYS_SQL);
      await session.query("VACUUM ANALYZE");
    } finally {
      await session.close();
    }
    const loadSeconds = round((performance.now() - started) / 1000, 1);
    log(`reports: loaded in ${loadSeconds}s`);
    return loadSeconds;
  }
}

/** The customer's and the centre's report for the month, `requests` times each after a warm-up. */
async function measure(target: { engine: "postgres"; url: string }, options: { cases: number; monthCases: number; requests: number; log: (m: string) => void }, loadSeconds: number): Promise<ReportsBench> {
  const { log } = options;
  {
    const { deps, database } = await openForCommand(benchConfig(target), { migrate: false });
    try {
      const [{ count }] = await deps.db.selectFrom("cases").select((eb) => eb.fn.countAll<string>().as("count"))
        .where("createdAt", ">=", new Date("2026-10-31T16:00:00Z")).where("createdAt", "<", new Date("2026-11-30T16:00:00Z")).execute() as [{ count: string }];
      const [first] = await deps.db.selectFrom("customers").select("id").where("name", "=", FIRST_CUSTOMER).execute();
      const customerId = first!.id;
      const [{ total }] = await deps.db.selectFrom("cases").select((eb) => eb.fn.countAll<string>().as("total")).execute() as [{ total: string }];
      const time = async (name: string, run: () => Promise<unknown>): Promise<Measured> => {
        await run(); // warm-up
        const times: number[] = [];
        for (let i = 0; i < options.requests; i++) {
          const t = performance.now();
          await run();
          times.push(performance.now() - t);
        }
        const report = percentiles(times);
        const databaseOnly = await measureCeiling(target.url, await recordStatements(run), options.requests);
        const ratio = ceilingRatio(databaseOnly, report);
        log(`reports: ${name} p50 ${report.p50} ms, p95 ${report.p95} ms; its ${databaseOnly.statements} statements alone p50 ${databaseOnly.p50} ms, p95 ${databaseOnly.p95} ms: ratio ${ratio}`);
        return { ...report, databaseOnly, ratio };
      };
      const customerMonth = await time("customer month", () => monthlyReport(deps, {}, { actor: systemActor, customerId, fromMonth: MONTH, toMonth: MONTH }));
      const centreMonth = await time("centre month", () => centreReport(deps, {}, { actor: systemActor, fromMonth: MONTH, toMonth: MONTH }));
      return {
        cases: Number(total), monthCases: options.monthCases, loadSeconds, centreMonthCases: Number(count), customerMonth, centreMonth, targets: REPORT_TARGETS,
        met: { customerMonth: customerMonth.p95 <= REPORT_TARGETS.customerMonthP95Ms, centreMonth: centreMonth.p95 <= REPORT_TARGETS.centreMonthP95Ms },
      };
    } finally {
      await database.close();
    }
  }
}
