/**
 * `npm run bench`: how fast casedesk opens cases and adds notes over HTTP, against the raw
 * INSERT ceiling of the same driver and the HTTP floor (that transaction behind one bare route),
 * and how quickly it lists and searches a large case table, on PGlite and on PostgreSQL. Progress
 * goes to stderr; the report (JSON) alone to stdout. See bench/README.md.
 */
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import { join } from "node:path";
import { inspect, parseArgs } from "node:util";
import { toTsqueryLiteral } from "../src/cases/search-text.js";
import { createDatabase, dropDatabase, openSession, probePostgres, redact, serverSettings, type Target } from "./engines.js";
import { explain, measureSql, type Plan } from "./explain.js";
import { startServer } from "./http.js";
import { LIST_SEED, SEARCH_TERMS, listFilters, measureHttp, searchFilter } from "./queries.js";
import { bulkLoadCases } from "./load.js";
import { round, type Percentiles } from "./stats.js";
import { measureRawTransactions, RAW_POOL_SIZE } from "./raw-transactions.js";
import { measureHttpFloor } from "./http-floor.js";
import { openPairedCeiling } from "./paired-ceiling.js";
import { seed, type Seeded } from "./seed.js";
import { measureTimers } from "./timers.js";
import { measureWritePath, WRITE_PATH_TARGETS } from "./write-path.js";
import { measureParts, seedParts, type PartsSeeded } from "./parts.js";
import { measureReports } from "./reports.js";
import { measureScale } from "./scale.js";

type Engine = "pglite" | "postgres";

const DEFAULT_URL = "postgres://root@127.0.0.1:5432/test";
// BENCH_DATABASE_NAME: another name, so that two runs on one PostgreSQL server do not drop each other's
const BENCH_DATABASE = process.env.BENCH_DATABASE_NAME ?? "casedesk_bench";
const PGLITE_MAX_CASES = 200_000;
const TARGETS = { writePathToRawRatio: WRITE_PATH_TARGETS.ratio, writePathP50AtC1Ms: WRITE_PATH_TARGETS.p50AtConcurrency1Ms, listP95Ms: 20, searchP95Ms: 50, atCases: 1_000_000 };
const WRITE_CONCURRENCIES = [1, 8, 16];

const { values: args } = parseArgs({
  options: {
    cases: { type: "string" },
    "pglite-cases": { type: "string" },
    engine: { type: "string", default: "both" },
    quick: { type: "boolean", default: false },
    "write-path-only": { type: "boolean", default: false },
    seconds: { type: "string" },
    requests: { type: "string" },
    keep: { type: "boolean", default: false },
    "parts-only": { type: "boolean", default: false },
    "report-cases": { type: "string" },
    "report-month-cases": { type: "string" },
    only: { type: "string" },
    "report-reuse": { type: "boolean", default: false },
    "report-database": { type: "string", default: "casedesk_bench_reports" },
    entries: { type: "string" },
    "baseline-cases": { type: "string" },
    reuse: { type: "boolean", default: false },
    "skip-verify": { type: "boolean", default: false },
    "database-url": { type: "string" },
    help: { type: "boolean", short: "h", default: false },
  },
});

if (args.help) {
  process.stderr.write(`usage: npm run bench -- [--cases N] [--engine pglite|postgres|both] [--quick]
  --cases N          cases in the table for the list/search latencies (default 100000; --quick 2000)
  --pglite-cases N   cases for PGlite (default: --cases, at most ${PGLITE_MAX_CASES.toLocaleString("en")})
  --engine E         pglite, postgres or both (default both)
  --write-path-only  only the write path (opening cases, notes, the raw ceiling, the HTTP floor): no bulk load, list or search
  --seconds S        length of each throughput run (default 5; --quick 1)
  --requests R       requests per list/search kind (default 200; --quick 30)
  --keep             keep the benchmark database / data folder afterwards
  --parts-only       only the spare-parts figures (reservations/s, a 10,000-part stock list) on 500 cases
  --report-cases N   cases in the reports benchmark's own PostgreSQL database (default 1000000; --quick 20000)
  --report-month-cases N  of them, the first customer's in the reported month (default 10000; --quick 1000)
  --only reports     run only the reports benchmark (PostgreSQL)
  --only scale       only the scale figures (PostgreSQL): the case log, lists, searches and casedesk verify
                     over --cases cases and --entries log entries, and at --baseline-cases in the same run
  --entries N        log entries for --only scale (default 10 per case)
  --baseline-cases N the small scale to compare with (default 100000, 10 entries each; 0: none)
  --reuse            --only scale: measure on the databases a --keep run left (no load)
  --skip-verify      --only scale: leave out casedesk verify
  --report-reuse     measure the reports on the database a --keep run left (no load)
  --report-database D  the reports benchmark's database (default casedesk_bench_reports): a kept one per person
  --database-url U   PostgreSQL server to use (default $BENCH_DATABASE_URL or ${DEFAULT_URL});
                     the run creates and drops its own database ${BENCH_DATABASE} there
`);
  process.exit(0);
}

const int = (value: string | undefined, fallback: number, name: string) => {
  if (value === undefined) return fallback;
  const n = Number(value.replaceAll("_", ""));
  if (!Number.isInteger(n) || n < 0) throw new Error(`--${name} must be a whole number, got ${value}`);
  return n;
};
const quick = args.quick;
const writePathOnly = args["write-path-only"];
const engineArg = args.engine;
if (!["pglite", "postgres", "both"].includes(engineArg)) throw new Error(`--engine must be pglite, postgres or both, got ${engineArg}`);
const engines: Engine[] = engineArg === "both" ? ["pglite", "postgres"] : [engineArg as Engine];
const cases = writePathOnly ? 0 : int(args.cases, quick ? 2_000 : 100_000, "cases");
const pgliteCasesAsked = args["pglite-cases"] !== undefined ? int(args["pglite-cases"], cases, "pglite-cases") : undefined;
const seconds = int(args.seconds, quick ? 1 : 5, "seconds");
const latencyRequests = int(args.requests, quick ? 30 : 200, "requests");
const warmupSeconds = quick ? 0.5 : 2;
const adminUrl = args["database-url"] ?? process.env.BENCH_DATABASE_URL ?? DEFAULT_URL;

const log = (message: string) => process.stderr.write(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}\n`);
const elapsed = (since: number) => round((performance.now() - since) / 1000, 1);

// ---------------------------------------------------------------------------------------------

async function runPglite() {
  const dataDir = mkdtempSync(join(os.tmpdir(), "casedesk-bench-"));
  const n = pgliteCasesAsked ?? Math.min(cases, PGLITE_MAX_CASES);
  const notes: string[] = [];
  if (n !== cases) {
    notes.push(
      pgliteCasesAsked !== undefined
        ? `PGlite measured at ${n} cases (--pglite-cases).`
        : `PGlite measured at ${n} cases instead of ${cases}: PGlite runs single-threaded in WebAssembly and loads about 1,500 cases/s (indexes included), so larger tables would take too long; pass --pglite-cases to override.`,
    );
  }
  try {
    return { available: true, dataDir, notes, ...(await runEngine({ engine: "pglite", dataDir }, n)) };
  } finally {
    if (args.keep) log(`kept PGlite data folder ${dataDir}`);
    else rmSync(dataDir, { recursive: true, force: true });
  }
}

async function runPostgres() {
  const probe = await probePostgres(adminUrl);
  if ("error" in probe) {
    log(`no PostgreSQL at ${redact(adminUrl)}: ${probe.error}; skipping`);
    return { available: false, url: redact(adminUrl), reason: `PostgreSQL not reachable: ${probe.error}` };
  }
  const url = await createDatabase(adminUrl, BENCH_DATABASE);
  log(`created database ${BENCH_DATABASE} on PostgreSQL ${probe.version}`);
  try {
    const result = await runEngine({ engine: "postgres", url }, cases);
    if (writePathOnly || args["parts-only"]) return { available: true, url: redact(url), serverVersion: probe.version, ...result };
    log(`timers and notifications on ${redact(url)}`);
    const background = await measureTimers(url, {
      openCases: quick ? 2_000 : 100_000, backlogPerCase: 5, streamTimers: quick ? 500 : 3000, streamSeconds: quick ? 5 : 30, notifications: quick ? 300 : 3000, workerIntervalMs: 500, log,
    });
    return { available: true, url: redact(url), serverVersion: probe.version, ...result, ...background };
  } finally {
    if (args.keep) log(`kept database ${redact(url)}`);
    else await dropDatabase(adminUrl, BENCH_DATABASE).catch((error: Error) => log(`could not drop ${BENCH_DATABASE}: ${error.message}`));
  }
}

async function runEngine(target: Target, n: number) {
  const started = performance.now();
  const loadAverageBefore = os.loadavg().map((l) => round(l, 2));

  log(`migrating and seeding customers, users and an API token`);
  const t = performance.now();
  const seeded = await seed(target);
  const seedSeconds = elapsed(t);

  const database = target.engine === "postgres" ? BENCH_DATABASE : undefined;
  if (args["parts-only"]) return runPartsOnly(target, seeded, database, started);
  let session = await openSession(target);
  let partsSeeded: PartsSeeded;
  let settings: Record<string, string> | undefined;
  let load: Awaited<ReturnType<typeof bulkLoadCases>> | undefined;
  let raw: Awaited<ReturnType<typeof measureRawTransactions>>;
  try {
    settings = target.engine === "postgres" ? await serverSettings(session) : undefined;
    if (!writePathOnly) {
      log(`bulk-loading ${n.toLocaleString("en")} cases`);
      load = await bulkLoadCases(session, seeded, n, { postgres: target.engine === "postgres", log });
      log(`loaded in ${load.seconds}s (${load.rowsPerSecond}/s), table ${load.tableSize}`);
    }
    log(`raw ceiling: a case row and a log row in one transaction (concurrency ${WRITE_CONCURRENCIES.join(", ")}; ${seconds}s each)`);
    raw = await measureRawTransactions(target, session.pglite, { concurrencies: WRITE_CONCURRENCIES, seconds, warmupSeconds, poolSize: RAW_POOL_SIZE, database });
    log(`raw: ${raw.map((r) => `c${r.concurrency} ${r.perSecond}/s (p50 ${r.latencyMs.p50} ms)`).join(", ")}`);
    log(`spare parts: 1,000 parts in deep stock, a 10,000-part depot`);
    partsSeeded = await seedParts(session, seeded.dispatcherId);
  } finally {
    await session.close();
  }

  // each throughput run is compared with the ceiling measured just before it
  const ceiling = await openPairedCeiling(target, { seconds, warmupSeconds, database });
  let writePath: Awaited<ReturnType<typeof measureWritePath>>;
  let httpFloor: Awaited<ReturnType<typeof measureHttpFloor>>;
  let spareParts: Awaited<ReturnType<typeof measureParts>> | undefined;
  let http: Awaited<ReturnType<typeof measureHttp>> | undefined;
  try {
    log(`starting the server`);
    const server = await startServer(target);
    try {
      writePath = await measureWritePath(server, seeded, raw, {
        concurrencies: WRITE_CONCURRENCIES, seconds, warmupSeconds, sequentialRequests: quick ? 50 : 200, database, log, ceiling,
      });
      if (!writePathOnly) http = await measureHttp(server.baseUrl, seeded, { requests: latencyRequests, warmup: quick ? 5 : 20, log });
      if (!writePathOnly) spareParts = await measureParts(server.baseUrl, seeded.token, partsSeeded, { seconds, warmupSeconds, requests: latencyRequests, serverPid: server.pid, database, log });
    } finally {
      await server.stop();
    }
    log(`HTTP floor: the raw ceiling's transaction behind one Fastify route, bare and with the app's plumbing`);
    httpFloor = await measureHttpFloor(target, seeded, raw, writePath, {
      concurrencies: WRITE_CONCURRENCIES, seconds, warmupSeconds, sequentialRequests: quick ? 50 : 200, database, log, ceiling,
    });
  } finally {
    await ceiling.close();
  }
  const common = { engine: target.engine, settings, seedSeconds, writePath: { ...writePath, httpFloor } };
  if (!http) return { ...common, loadAverage: { before: loadAverageBefore, after: os.loadavg().map((l) => round(l, 2)) }, seconds: elapsed(started) };

  session = await openSession(target);
  let plans: Record<string, Plan>;
  let hits: Record<string, { matches: number; fraction: number }>;
  let totalCases: number;
  let databaseOnly: Record<string, Percentiles & { requests: number }>;
  try {
    log(`EXPLAIN (ANALYZE, BUFFERS) of the generated SQL, and search hit counts`);
    const [count] = await session.query<{ n: number | string }>("SELECT count(*) AS n FROM cases");
    totalCases = Number(count!.n);
    hits = {};
    for (const term of SEARCH_TERMS) {
      const [row] = await session.query<{ n: number | string }>("SELECT count(*) AS n FROM cases WHERE search_all @@ $1::tsquery", [toTsqueryLiteral(term)]);
      hits[term] = { matches: Number(row!.n), fraction: round(Number(row!.n) / totalCases, 4) };
    }
    plans = { list: await explain(session, http.sampleListFilter) };
    for (const term of SEARCH_TERMS) plans[`search ${term}`] = await explain(session, searchFilter(term));
    log(`the same SQL straight through the driver, ${latencyRequests} times per kind`);
    const warmup = quick ? 5 : 20;
    databaseOnly = { list: await measureSql(session, listFilters(LIST_SEED), latencyRequests, warmup) };
    for (const term of SEARCH_TERMS) databaseOnly[term] = await measureSql(session, () => searchFilter(term), latencyRequests, warmup);
    log(`database only: ${Object.entries(databaseOnly).map(([k, v]) => `${k} p50 ${v.p50} p95 ${v.p95}`).join("; ")}`);
  } finally {
    await session.close();
  }

  const floorRuns = [...httpFloor.bare.throughput, ...httpFloor.plumbing.throughput];
  const foreign = [...raw, ...writePath.openCase.throughput, ...writePath.addNote.throughput, ...floorRuns].map((t) => t.cpu?.foreignPercent ?? 0);
  const warnings: string[] = [];
  if (Math.max(...foreign) > 20) {
    warnings.push(
      `other processes took up to ${Math.max(...foreign)} % of the machine's CPU during the throughput runs (see each run's cpu.foreignPercent): ` +
        `the per-second figures are understated and noisy; cpu.msPerRequest is steadier.`,
    );
  }
  const worstSearch = Object.entries(http.search).reduce((a, b) => (b[1].p95 > a[1].p95 ? b : a));
  const targets = {
    measuredAtCases: totalCases,
    appliesAtCases: TARGETS.atCases,
    writePath: writePath.targets,
    listP95: { targetMs: TARGETS.listP95Ms, p95: http.list.p95, met: http.list.p95 <= TARGETS.listP95Ms },
    searchP95: { targetMs: TARGETS.searchP95Ms, worstTerm: worstSearch[0], p95: worstSearch[1].p95, met: worstSearch[1].p95 <= TARGETS.searchP95Ms },
  };

  return {
    ...common,
    cases: n,
    casesAtEnd: totalCases,
    bulkLoad: load,
    latency: {
      list: { ...http.list, databaseOnly: databaseOnly.list, query: "vendor + caseType + a 30-day createdFrom/createdTo window, random per request" },
      search: Object.fromEntries(
        Object.entries(http.search).map(([term, l]) => [term, { ...l, databaseOnly: databaseOnly[term], tsquery: toTsqueryLiteral(term), ...hits[term] }]),
      ),
    },
    spareParts,
    targets,
    warnings,
    plans,
    loadAverage: { before: loadAverageBefore, after: os.loadavg().map((l) => round(l, 2)) },
    seconds: elapsed(started),
  };
}

/** `--parts-only`: a few hundred cases, the spare-parts data, and the spare-parts figures alone. */
async function runPartsOnly(target: Target, seeded: Seeded, database: string | undefined, started: number) {
  const session = await openSession(target);
  let partsSeeded: PartsSeeded;
  try {
    await bulkLoadCases(session, seeded, 500, { postgres: target.engine === "postgres", log });
    partsSeeded = await seedParts(session, seeded.dispatcherId);
  } finally {
    await session.close();
  }
  const server = await startServer(target);
  try {
    const spareParts = await measureParts(server.baseUrl, seeded.token, partsSeeded, { seconds, warmupSeconds, requests: latencyRequests, serverPid: server.pid, database, log });
    return { engine: target.engine, spareParts, seconds: elapsed(started) };
  } finally {
    await server.stop();
  }
}

// ---------------------------------------------------------------------------------------------

async function main() {
  const runStarted = performance.now();
  const report: Record<string, unknown> = {
    tool: "casedesk-bench",
    startedAt: new Date().toISOString(),
    machine: {
      cpus: os.cpus().length,
      cpuModel: os.cpus()[0]?.model ?? null,
      memoryGb: round(os.totalmem() / 2 ** 30, 1),
      node: process.version,
      platform: `${os.platform()} ${os.release()}`,
    },
    options: { cases, engines, quick, throughputSeconds: seconds, latencyRequestsPerKind: latencyRequests, searchTerms: SEARCH_TERMS },
    targets: { ...TARGETS, note: "product-owner targets, for PostgreSQL on a 2-core machine at a million cases" },
    engines: {} as Record<string, unknown>,
  };
  const results = report.engines as Record<string, unknown>;

  const onlyReports = args.only === "reports";
  if (args.only !== undefined && !onlyReports && args.only !== "scale") throw new Error(`--only must be reports or scale, got ${args.only}`);
  if (args.only === "scale") {
    const baselineCases = int(args["baseline-cases"], quick ? 1_000 : 100_000, "baseline-cases");
    report.scale = await measureScale(adminUrl, {
      cases, entries: int(args.entries, cases * 10, "entries"), baselineCases, baselineEntries: baselineCases * 10,
      requests: latencyRequests, warmup: quick ? 5 : 20, keep: args.keep, reuse: args.reuse, verify: !args["skip-verify"], log,
    });
  }
  for (const engine of args.only ? [] : engines) {
    log(`=== ${engine} ===`);
    try {
      results[engine] = engine === "pglite" ? await runPglite() : await runPostgres();
    } catch (error) {
      // PGlite's file-system errors are plain objects, not Errors
      log(`${engine} failed: ${error instanceof Error ? error.stack : inspect(error)}`);
      results[engine] = { available: true, error: error instanceof Error ? error.message : inspect(error, { breakLength: Infinity }) };
    }
  }
  // the write path, the parts or the scale alone were asked for: no million-case reports database
  if (engines.includes("postgres") && !writePathOnly && !args["parts-only"] && args.only !== "scale") {
    log(`=== reports (PostgreSQL) ===`);
    const reportCases = int(args["report-cases"], quick ? 20_000 : 1_000_000, "report-cases");
    if (!/^[a-z_][a-z0-9_]*$/.test(args["report-database"])) throw new Error(`--report-database must be a plain lower-case name, got ${args["report-database"]}`);
    const monthCases = int(args["report-month-cases"], quick ? 1_000 : 10_000, "report-month-cases");
    report.reports = (await probePostgres(adminUrl).then((probe) => ("error" in probe ? null : probe)))
      ? await measureReports(adminUrl, { cases: reportCases, monthCases, requests: quick ? 5 : 20, keep: args.keep, reuse: args["report-reuse"], database: args["report-database"], log }).catch((error: Error) => ({ error: error.message }))
      : { available: false };
  }
  report.durationSeconds = elapsed(runStarted);
  // exit once written: nothing else (pools, timers) may keep the process alive
  process.stdout.write(`${JSON.stringify(report, null, 2)}\n`, () => process.exit(0));
}

await main();
