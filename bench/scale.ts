/**
 * `--only scale` (PostgreSQL): the case page's log, the case, filtered lists and searches, and
 * `casedesk verify`, over `cases` cases with `entries` activity-log entries, and the same at a
 * small baseline scale in the same run, so that the two can be compared on one machine state.
 * Each scale has its own database (casedesk_bench_scale_<cases>); --keep keeps it and --reuse
 * measures again on a kept one of the same size without loading.
 */
import { spawnSync } from "node:child_process";
import os from "node:os";
import { fileURLToPath } from "node:url";
import { listEntries } from "../src/cases/activity-log.js";
import { encodeCursor } from "../src/shared/pagination.js";
import { bulkLoadActivities, type ActivityLoadResult } from "./activities.js";
import { rng } from "./corpus.js";
import { createDatabase, dropDatabase, openSession, withDatabase, type Session, type Target } from "./engines.js";
import { capturedSql, explainQuery, measureSql, type Plan } from "./explain.js";
import { measureLatency, request, startServer, type Latency } from "./http.js";
import { bulkLoadCases, type LoadResult } from "./load.js";
import { LIST_SEED, SEARCH_TERMS, listFilters, measureHttp, searchFilter } from "./queries.js";
import { seed, type Seeded } from "./seed.js";
import { percentiles, round, type Percentiles } from "./stats.js";

export const SCALE_TARGETS = { caseLogP95Ms: 10, atCases: 1_000_000, atEntries: 10_000_000 };
const LOG_PAGE = 200; // the activities route's default page, which the case page asks for

export type ScaleOptions = {
  cases: number; entries: number; baselineCases: number; baselineEntries: number;
  requests: number; warmup: number; keep: boolean; reuse: boolean; verify: boolean; log: (message: string) => void;
};

type Stored = { seeded: Seeded; caseLoad: LoadResult | null; logLoad: ActivityLoadResult };

export async function measureScale(adminUrl: string, options: ScaleOptions) {
  const sizes: [number, number][] = [[options.cases, options.entries]];
  if (options.baselineCases > 0 && options.baselineCases !== options.cases) sizes.unshift([options.baselineCases, options.baselineEntries]);
  const measured: Awaited<ReturnType<typeof measureAt>>[] = [];
  try {
    // every scale loaded and its requests measured first, so the latencies are close in time; then
    // verify, the large scale first
    for (const [cases, entries] of sizes) measured.push(await measureAt(adminUrl, cases, entries, options));
    for (const scale of options.verify ? [...measured].reverse() : []) {
      options.log(`casedesk verify over ${scale.entries.toLocaleString("en")} entries`);
      scale.verify = runVerify(withDatabase(adminUrl, scale.database));
      options.log(`verify: ${scale.verify.seconds}s, peak RSS ${scale.verify.peakRssMb} MB: ${scale.verify.output}`);
    }
  } finally {
    for (const scale of measured) {
      if (options.keep || scale.reused) options.log(`kept database ${scale.database}`);
      else await dropDatabase(adminUrl, scale.database).catch((error: Error) => options.log(`could not drop ${scale.database}: ${error.message}`));
    }
  }
  const scales = measured;
  const [baseline, large] = scales.length === 2 ? scales : [undefined, scales[0]!];
  const p95 = (s: (typeof scales)[number]) => ({
    caseLog: s.latency.caseLog.p95, caseLogLong: s.latency.caseLogLong.p95, case: s.latency.case.p95, list: s.latency.list.p95,
    queue: s.latency.queue.p95, engineerList: s.latency.engineerList.p95, ...Object.fromEntries(Object.entries(s.latency.search).map(([t, l]) => [`search ${t}`, l.p95])),
  });
  const largeP95 = p95(large!);
  const baselineP95 = baseline ? p95(baseline) : undefined;
  return {
    scales,
    comparison: baselineP95 && {
      note: `p95 in ms at ${baseline!.cases} cases / ${baseline!.entries} entries and at ${large!.cases} / ${large!.entries}, and their ratio`,
      p95: Object.fromEntries(Object.entries(largeP95).map(([k, v]) => [k, { baseline: baselineP95[k as keyof typeof baselineP95], large: v, ratio: round(v / Math.max(0.01, baselineP95[k as keyof typeof baselineP95] ?? 1), 2) }])),
    },
    targets: {
      ...SCALE_TARGETS,
      caseLogP95: { targetMs: SCALE_TARGETS.caseLogP95Ms, p95: largeP95.caseLog, met: largeP95.caseLog <= SCALE_TARGETS.caseLogP95Ms, measuredAtCases: large!.cases, measuredAtEntries: large!.entries },
    },
  };
}

async function measureAt(adminUrl: string, cases: number, entries: number, options: ScaleOptions) {
  const { log } = options;
  const name = `casedesk_bench_scale_${cases}`;
  const url = withDatabase(adminUrl, name);
  const target: Target = { engine: "postgres", url };
  const loadAverageBefore = os.loadavg().map((l) => round(l, 2));
  const started = performance.now();
  let stored = options.reuse ? await storedRun(target, cases, entries) : null;
  const reused = stored !== null;
  if (stored) log(`reusing ${name}: ${cases.toLocaleString("en")} cases, ${entries.toLocaleString("en")} entries`);
  else stored = await load(adminUrl, name, target, cases, entries, log);
  const session = await openSession(target);
  let sampleIds: string[];
  let plans: Record<string, Plan>;
  let databaseOnly: Record<string, Percentiles & { requests: number }>;
  let sizes: Record<string, string>;
  try {
    sampleIds = await sampleCases(session, cases, 2 * (options.requests + options.warmup));
    const logSql = (id: string) => capturedSql((db) => listEntries(db, id, { publicOnly: false, limit: LOG_PAGE }));
    plans = { caseLog: await explainQuery(session, await logSql(sampleIds[0]!)), caseLogLong: await explainQuery(session, await logSql(stored.logLoad.longCaseIds[0]!)) };
    let next = 0;
    databaseOnly = {
      caseLog: await measureQuery(session, async () => logSql(sampleIds[next++ % sampleIds.length]!), options.requests, options.warmup),
      list: await measureSql(session, listFilters(LIST_SEED), options.requests, options.warmup),
    };
    for (const term of SEARCH_TERMS) databaseOnly[term] = await measureSql(session, () => searchFilter(term), options.requests, options.warmup);
    const [row] = await session.query<Record<string, string>>(`SELECT pg_size_pretty(pg_database_size(current_database())) AS database,
      pg_size_pretty(pg_total_relation_size('cases')) AS cases, pg_size_pretty(pg_total_relation_size('case_activities')) AS case_activities`);
    sizes = row!;
  } finally {
    await session.close();
  }

  log(`HTTP at ${cases.toLocaleString("en")} cases: case log, case, lists, searches (${options.requests} requests each)`);
  const server = await startServer(target);
  let latency;
  try {
    latency = await measureRequests(server.baseUrl, stored.seeded, sampleIds, stored.logLoad.longCaseIds, options);
  } finally {
    await server.stop();
  }
  return {
    cases, entries, database: name, reused, caseLoad: stored.caseLoad, logLoad: { ...stored.logLoad, longCaseIds: undefined }, sizes,
    latency, databaseOnly, verify: null as ReturnType<typeof runVerify> | null, plans,
    loadAverage: { before: loadAverageBefore, after: os.loadavg().map((l) => round(l, 2)) },
    seconds: round((performance.now() - started) / 1000, 1),
  };
}

/** What a kept database of this size was loaded with, or null when there is none (or another size). */
async function storedRun(target: Target, cases: number, entries: number): Promise<Stored | null> {
  const session = await openSession(target).catch(() => null);
  if (!session) return null;
  try {
    const rows = await session.query<{ run: Stored }>("SELECT run FROM bench_scale WHERE cases = $1 AND entries = $2", [cases, entries]).catch(() => []);
    return rows[0]?.run ?? null;
  } finally {
    await session.close();
  }
}

async function load(adminUrl: string, name: string, target: Target, cases: number, entries: number, log: (m: string) => void): Promise<Stored> {
  await createDatabase(adminUrl, name);
  log(`created ${name}; migrating and seeding customers, users and an API token`);
  const seeded = await seed(target);
  const read = await openSession(target);
  const write = await openSession(target);
  const second = await openSession(target);
  try {
    log(`bulk-loading ${cases.toLocaleString("en")} cases`);
    const caseLoad = await bulkLoadCases(read, seeded, cases, { postgres: true, log });
    log(`loaded in ${caseLoad.seconds}s; ${entries.toLocaleString("en")} log entries`);
    const logLoad = await bulkLoadActivities({ read, write: [write, second] }, seeded, entries, { log });
    log(`logged in ${logLoad.seconds}s (${logLoad.rowsPerSecond}/s), table ${logLoad.tableSize}`);
    const stored = { seeded, caseLoad, logLoad };
    // what --reuse needs, in the benchmark's own database
    await write.query("CREATE TABLE bench_scale (cases integer NOT NULL, entries bigint NOT NULL, run jsonb NOT NULL)");
    await write.query("INSERT INTO bench_scale VALUES ($1, $2, $3)", [cases, entries, JSON.stringify(stored)]);
    return stored;
  } finally {
    await read.close();
    await write.close();
    await second.close();
  }
}

/** About `count` case ids spread over the table (a block sample, shuffled). */
async function sampleCases(session: Session, cases: number, count: number): Promise<string[]> {
  const percent = Math.min(100, (100 * count * 1.5) / Math.max(1, cases));
  const rows = await session.query<{ id: string }>(`SELECT id FROM cases TABLESAMPLE SYSTEM (${percent}) REPEATABLE (7)`);
  const random = rng(11);
  const ids = rows.map((r) => r.id);
  for (let i = ids.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [ids[i], ids[j]] = [ids[j]!, ids[i]!];
  }
  if (ids.length === 0) throw new Error("no cases sampled");
  return ids;
}

async function measureQuery(session: Session, next: () => Promise<{ sql: string; parameters: readonly unknown[] }>, count: number, warmup: number) {
  const times: number[] = [];
  for (let i = 0; i < warmup + count; i++) {
    const query = await next();
    const t = performance.now();
    await session.query(query.sql, [...query.parameters]);
    if (i >= warmup) times.push(performance.now() - t);
  }
  return { requests: count, ...percentiles(times) };
}

async function measureRequests(baseUrl: string, seeded: Seeded, sampleIds: string[], longIds: string[], options: ScaleOptions) {
  const { requests, warmup, log } = options;
  const cycle = (ids: string[]) => {
    let i = 0;
    return () => ids[i++ % ids.length]!;
  };
  const show = (what: string, l: Latency) => log(`${what}: p50 ${l.p50} ms, p95 ${l.p95} ms, max ${l.max} ms, ${l.averageItems} items`);
  const nextCase = cycle(sampleIds);
  const caseLog = await measureLatency(baseUrl, seeded.token, () => `/api/v1/cases/${nextCase()}/activities`, requests, warmup);
  show("case log (first page)", caseLog);
  const nextLong = cycle(longIds);
  const caseLogLong = await measureLatency(baseUrl, seeded.token, () => `/api/v1/cases/${nextLong()}/activities`, requests, warmup);
  show("long case log (first page)", caseLogLong);
  const caseLogLongNext = await measureLatency(baseUrl, seeded.token, () => {
    const id = nextLong();
    return `/api/v1/cases/${id}/activities?cursor=${encodeCursor({ v: LOG_PAGE, id })}`;
  }, requests, warmup);
  show("long case log (second page)", caseLogLongNext);
  const caseOne = await measureCase(baseUrl, seeded.token, nextCase, requests, warmup);
  show("case", caseOne);
  const { list, search } = await measureHttp(baseUrl, seeded, { requests, warmup, log });
  const queue = await measureLatency(baseUrl, seeded.token, () => "/api/v1/cases?status=new&status=assigned&status=in_progress", requests, warmup);
  show("open queue (new, assigned, in progress)", queue);
  const nextEngineer = cycle(seeded.engineerIds);
  const engineerList = await measureLatency(baseUrl, seeded.token, () => `/api/v1/cases?assigneeId=${nextEngineer()}&status=in_progress`, requests, warmup);
  show("an engineer's cases in progress", engineerList);
  return { caseLog, caseLogLong, caseLogLongNext, case: caseOne, list, queue, engineerList, search };
}

/** GET /cases/{id} answers one case, not a page: measured like the others, items counted as one. */
async function measureCase(baseUrl: string, token: string, next: () => string, requests: number, warmup: number): Promise<Latency> {
  for (let i = 0; i < warmup; i++) await request(baseUrl, token, "GET", `/api/v1/cases/${next()}`);
  const times: number[] = [];
  let non200 = 0;
  for (let i = 0; i < requests; i++) {
    const { status, ms } = await request(baseUrl, token, "GET", `/api/v1/cases/${next()}`);
    times.push(ms);
    if (status !== 200) non200++;
  }
  return { requests, ...percentiles(times), averageItems: 1, non200 };
}

/** `casedesk verify` as an operator runs it (bin/casedesk.js, compiled), its wall time and peak RSS. */
function runVerify(url: string) {
  const root = fileURLToPath(new URL("..", import.meta.url));
  spawnSync(process.execPath, ["scripts/build-server.mjs", "--if-stale"], { cwd: root, stdio: "ignore" });
  const loadAverageBefore = os.loadavg().map((l) => round(l, 2));
  const result = spawnSync("/usr/bin/time", ["-f", "TIME %e %M", process.execPath, "bin/casedesk.js", "verify"], {
    cwd: root, env: { ...process.env, DATABASE_URL: url, LOG_LEVEL: "warn" }, encoding: "utf8", maxBuffer: 64 * 2 ** 20,
  });
  const timing = /TIME ([\d.]+) (\d+)/.exec(result.stderr ?? "");
  const output = (result.stdout ?? "").trim().split("\n").at(-1) ?? "";
  const entries = Number(/ok: (\d+) entries/.exec(output)?.[1] ?? 0);
  const seconds = timing ? Number(timing[1]) : null;
  return {
    exitCode: result.status,
    output,
    seconds,
    peakRssMb: timing ? round(Number(timing[2]) / 1024, 1) : null,
    entriesPerSecond: seconds && entries ? Math.round(entries / seconds) : null,
    loadAverage: { before: loadAverageBefore, after: os.loadavg().map((l) => round(l, 2)) },
    ...(result.status !== 0 ? { stderr: (result.stderr ?? "").slice(-2000) } : {}),
  };
}
