/**
 * `npm run bench`: how fast casedesk opens cases and adds notes over HTTP, against the raw
 * INSERT ceiling of the same driver, and how quickly it lists and searches a large case table,
 * on PGlite and on PostgreSQL. Progress goes to stderr; the report (JSON) alone to stdout.
 * See bench/README.md.
 */
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import { join } from "node:path";
import { inspect, parseArgs } from "node:util";
import type { CaseFilter } from "../src/cases/cases.repository.js";
import { toTsqueryLiteral } from "../src/cases/search-text.js";
import { CASE_TYPES, VENDORS, composeCase, noteText, pick, rng, weighted } from "./corpus.js";
import { createDatabase, dropDatabase, openSession, probePostgres, redact, serverSettings, type Target } from "./engines.js";
import { explain, measureSql, type Plan } from "./explain.js";
import { measureLatency, measureThroughput, request, startServer, type Latency, type Throughput } from "./http.js";
import { bulkLoadCases } from "./load.js";
import { round, type Percentiles } from "./stats.js";
import type { CpuUse } from "./cpu.js";
import { measureRawInserts } from "./raw.js";
import { seed, type Seeded } from "./seed.js";
import { measureTimers } from "./timers.js";

type Engine = "pglite" | "postgres";

const DEFAULT_URL = "postgres://root@127.0.0.1:5432/test";
const BENCH_DATABASE = "casedesk_bench";
const PGLITE_MAX_CASES = 200_000;
const SEARCH_TERMS = ["硬盘", "宕机", "断电", "控制器告警", "firmware"];
const TARGETS = { httpToRawRatio: 0.5, listP95Ms: 20, searchP95Ms: 50, atCases: 1_000_000 };

const { values: args } = parseArgs({
  options: {
    cases: { type: "string" },
    "pglite-cases": { type: "string" },
    engine: { type: "string", default: "both" },
    quick: { type: "boolean", default: false },
    seconds: { type: "string" },
    requests: { type: "string" },
    keep: { type: "boolean", default: false },
    "database-url": { type: "string" },
    help: { type: "boolean", short: "h", default: false },
  },
});

if (args.help) {
  process.stderr.write(`usage: npm run bench -- [--cases N] [--engine pglite|postgres|both] [--quick]
  --cases N          cases in the table for the list/search latencies (default 100000; --quick 2000)
  --pglite-cases N   cases for PGlite (default: --cases, at most ${PGLITE_MAX_CASES.toLocaleString("en")})
  --engine E         pglite, postgres or both (default both)
  --seconds S        length of each throughput run (default 5; --quick 1)
  --requests R       requests per list/search kind (default 200; --quick 30)
  --keep             keep the benchmark database / data folder afterwards
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
const engineArg = args.engine;
if (!["pglite", "postgres", "both"].includes(engineArg)) throw new Error(`--engine must be pglite, postgres or both, got ${engineArg}`);
const engines: Engine[] = engineArg === "both" ? ["pglite", "postgres"] : [engineArg as Engine];
const cases = int(args.cases, quick ? 2_000 : 100_000, "cases");
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
  let session = await openSession(target);
  let settings: Record<string, string> | undefined;
  let load: Awaited<ReturnType<typeof bulkLoadCases>>;
  let raw: Awaited<ReturnType<typeof measureRawInserts>>;
  try {
    settings = target.engine === "postgres" ? await serverSettings(session) : undefined;
    log(`bulk-loading ${n.toLocaleString("en")} cases`);
    load = await bulkLoadCases(session, seeded, n, { postgres: target.engine === "postgres", log });
    log(`loaded in ${load.seconds}s (${load.rowsPerSecond}/s), table ${load.tableSize}`);

    log(`raw INSERT ceiling (concurrency 1 and 16, ${seconds}s each)`);
    raw = await measureRawInserts(target, session.pglite, { concurrencies: [1, 16], seconds, warmupSeconds, poolSize: 20, database });
    log(`raw scratch: ${raw.scratch.map((r) => `c${r.concurrency} ${r.perSecond}/s`).join(", ")}; cases copy: ${raw.casesCopy.map((r) => `c${r.concurrency} ${r.perSecond}/s`).join(", ")}`);
  } finally {
    await session.close();
  }

  log(`starting the server`);
  const server = await startServer(target);
  let http: Awaited<ReturnType<typeof measureHttp>>;
  try {
    http = await measureHttp(server.baseUrl, seeded, { serverPid: server.pid, database });
  } finally {
    await server.stop();
  }

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

  const ratio = (c: number) => {
    const httpRate = http.createCases.find((r) => r.connections === c)?.perSecond;
    const rawRate = raw.scratch.find((r) => r.concurrency === c)?.perSecond;
    return httpRate && rawRate ? round(httpRate / rawRate, 3) : null;
  };
  const ratios = { c1: ratio(1), c16: ratio(16) };
  // CPU per operation: the API's (server + PostgreSQL, not the load generator) against the raw
  // INSERT's (driver + PostgreSQL); on a CPU-bound machine throughput follows 1 / CPU per operation
  const cpuMs = (t: { cpu: CpuUse }, raw: boolean) =>
    t.cpu ? round(t.cpu.msPerRequest.postgres + (raw ? t.cpu.msPerRequest.loadGenerator : t.cpu.msPerRequest.server), 2) : null;
  const cpuRatio = (c: number) => {
    const h = http.createCases.find((r) => r.connections === c);
    const r = raw.scratch.find((x) => x.concurrency === c);
    const hm = h ? cpuMs(h, false) : null;
    const rm = r ? cpuMs(r, true) : null;
    return hm && rm ? { httpCaseCpuMs: hm, rawInsertCpuMs: rm, ratio: round(rm / hm, 3) } : null;
  };
  const foreign = [...raw.scratch, ...raw.casesCopy, ...http.createCases, http.addNotes].map((t) => t.cpu?.foreignPercent ?? 0);
  const warnings: string[] = [];
  if (Math.max(...foreign) > 20) {
    warnings.push(
      `other processes took up to ${Math.max(...foreign)} % of the machine's CPU during the throughput runs (see each run's cpu.foreignPercent): ` +
        `the per-second figures are understated and noisy; cpu.msPerRequest and the CPU ratios are steadier.`,
    );
  }
  const worstSearch = Object.entries(http.search).reduce((a, b) => (b[1].p95 > a[1].p95 ? b : a));
  const targets = {
    measuredAtCases: totalCases,
    appliesAtCases: TARGETS.atCases,
    httpCreateRatio: {
      target: `>= ${TARGETS.httpToRawRatio} at the same concurrency`,
      c1: ratios.c1,
      c16: ratios.c16,
      met: ratios.c1 !== null && ratios.c16 !== null && ratios.c1 >= TARGETS.httpToRawRatio && ratios.c16 >= TARGETS.httpToRawRatio,
    },
    listP95: { targetMs: TARGETS.listP95Ms, p95: http.list.p95, met: http.list.p95 <= TARGETS.listP95Ms },
    searchP95: { targetMs: TARGETS.searchP95Ms, worstTerm: worstSearch[0], p95: worstSearch[1].p95, met: worstSearch[1].p95 <= TARGETS.searchP95Ms },
  };

  return {
    engine: target.engine,
    settings,
    cases: n,
    casesAtEnd: totalCases,
    seedSeconds,
    bulkLoad: load,
    rawInserts: raw,
    http: {
      createCases: http.createCases,
      addNotes: http.addNotes,
      httpCasesPerRawInsert: ratios,
      httpCasesPerRawInsertByCpu: { c1: cpuRatio(1), c16: cpuRatio(16) },
      httpCasesPerRawCaseRowInsert: {
        c1: rate(http.createCases, 1) && rate(raw.casesCopy, 1) ? round(rate(http.createCases, 1)! / rate(raw.casesCopy, 1)!, 3) : null,
        c16: rate(http.createCases, 16) && rate(raw.casesCopy, 16) ? round(rate(http.createCases, 16)! / rate(raw.casesCopy, 16)!, 3) : null,
      },
    },
    latency: {
      list: { ...http.list, databaseOnly: databaseOnly.list, query: "vendor + caseType + a 30-day createdFrom/createdTo window, random per request" },
      search: Object.fromEntries(
        Object.entries(http.search).map(([term, l]) => [term, { ...l, databaseOnly: databaseOnly[term], tsquery: toTsqueryLiteral(term), ...hits[term] }]),
      ),
    },
    targets,
    warnings,
    plans,
    loadAverage: { before: loadAverageBefore, after: os.loadavg().map((l) => round(l, 2)) },
    seconds: elapsed(started),
  };
}

function rate(list: (Throughput | { concurrency: number; perSecond: number })[], c: number): number | undefined {
  return list.find((r) => ("connections" in r ? r.connections : r.concurrency) === c)?.perSecond;
}

const DAY = 86_400_000;
const LIST_SEED = 5;

/** Random list filters (a vendor, a case type, a 30-day window in the last two years); the same sequence for a seed. */
function listFilters(seed: number): () => CaseFilter {
  const random = rng(seed);
  const now = Date.now();
  return () => {
    const from = new Date(now - 30 * DAY - random() * 700 * DAY);
    from.setUTCHours(0, 0, 0, 0);
    return {
      vendor: [weighted(random, VENDORS)],
      caseType: [weighted(random, CASE_TYPES)],
      createdFrom: from,
      createdTo: new Date(from.getTime() + 30 * DAY),
      searchColumn: "searchAll",
      sort: "createdAt",
      order: "desc",
      limit: 50,
    };
  };
}

function searchFilter(term: string): CaseFilter {
  return { tsquery: toTsqueryLiteral(term) ?? undefined, searchColumn: "searchAll", sort: "createdAt", order: "desc", limit: 50 };
}

async function measureHttp(baseUrl: string, seeded: Seeded, cpu: { serverPid: number; database: string | undefined }) {
  const random = rng(99);
  const createBody = () => {
    const text = composeCase(random);
    const customer = pick(random, seeded.customers);
    return {
      path: "/api/v1/cases",
      body: {
        subject: text.subject,
        description: text.description,
        channel: weighted(random, [["phone", 6], ["email", 3], ["web", 1]] as const),
        vendor: text.vendor,
        caseType: text.caseType,
        faultLevel: weighted(random, [["S1", 1], ["S2", 3], ["S3", 5], ["S4", 2]] as const),
        caller: { name: customer.contactName, phone: customer.phone, company: customer.name, contractNo: customer.contractNo },
      },
    };
  };
  // fail early and clearly if the API refuses the body
  const probe = await request(baseUrl, seeded.token, "POST", "/api/v1/cases", createBody().body);
  if (probe.status !== 201) throw new Error(`POST /api/v1/cases answered ${probe.status}: ${JSON.stringify(probe.json)}`);

  const createCases: Throughput[] = [];
  for (const connections of [1, 16]) {
    await measureThroughput(baseUrl, seeded.token, { connections, seconds: warmupSeconds, next: createBody });
    const result = await measureThroughput(baseUrl, seeded.token, { connections, seconds, next: createBody, ...cpu });
    log(`POST /cases at c${connections}: ${result.perSecond}/s (p50 ${result.latencyMs.p50} ms, p99 ${result.latencyMs.p99} ms, non-2xx ${result.non2xx}, errors ${result.errors})`);
    createCases.push(result);
  }

  const recent = await request(baseUrl, seeded.token, "GET", "/api/v1/cases?limit=500");
  const ids = (recent.json as { items: { id: string }[] }).items.map((c) => c.id);
  const noteBody = () => ({
    path: `/api/v1/cases/${pick(random, ids)}/notes`,
    body: { body: `${noteText(random)}（${Math.floor(random() * 1000)}）`, visibility: random() < 0.5 ? "internal" : "public" },
  });
  await measureThroughput(baseUrl, seeded.token, { connections: 16, seconds: warmupSeconds, next: noteBody });
  const notes = await measureThroughput(baseUrl, seeded.token, { connections: 16, seconds, next: noteBody, ...cpu });
  log(`POST /cases/:id/notes at c16 over ${ids.length} cases: ${notes.perSecond}/s (p50 ${notes.latencyMs.p50} ms, non-2xx ${notes.non2xx})`);

  const listFilter = listFilters(LIST_SEED);
  const listPath = (filter: CaseFilter) =>
    `/api/v1/cases?${new URLSearchParams({
      vendor: filter.vendor![0]!,
      caseType: filter.caseType![0]!,
      createdFrom: filter.createdFrom!.toISOString(),
      createdTo: filter.createdTo!.toISOString(),
    }).toString()}`;
  const warmup = quick ? 5 : 20;
  const list = await measureLatency(baseUrl, seeded.token, () => listPath(listFilter()), latencyRequests, warmup);
  log(`list (vendor+type+30 days): p50 ${list.p50} ms, p95 ${list.p95} ms, max ${list.max} ms, ${list.averageItems} items/page`);
  const search: Record<string, Latency> = {};
  for (const term of SEARCH_TERMS) {
    const path = `/api/v1/cases?${new URLSearchParams({ q: term }).toString()}`;
    search[term] = await measureLatency(baseUrl, seeded.token, () => path, latencyRequests, warmup);
    log(`search ${term}: p50 ${search[term].p50} ms, p95 ${search[term].p95} ms, max ${search[term].max} ms, ${search[term].averageItems} items/page`);
  }
  // a representative list filter for EXPLAIN: the vendor and type most cases have, a window a year ago
  const sampleFrom = new Date(Date.now() - 365 * DAY);
  sampleFrom.setUTCHours(0, 0, 0, 0);
  const sampleListFilter: CaseFilter = {
    vendor: [VENDORS[0][0]],
    caseType: [CASE_TYPES[0][0]],
    createdFrom: sampleFrom,
    createdTo: new Date(sampleFrom.getTime() + 30 * DAY),
    searchColumn: "searchAll",
    sort: "createdAt",
    order: "desc",
    limit: 50,
  };
  return { createCases, addNotes: notes, list, search, sampleListFilter };
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

  for (const engine of engines) {
    log(`=== ${engine} ===`);
    try {
      results[engine] = engine === "pglite" ? await runPglite() : await runPostgres();
    } catch (error) {
      // PGlite's file-system errors are plain objects, not Errors
      log(`${engine} failed: ${error instanceof Error ? error.stack : inspect(error)}`);
      results[engine] = { available: true, error: error instanceof Error ? error.message : inspect(error, { breakLength: Infinity }) };
    }
  }
  report.durationSeconds = elapsed(runStarted);
  // exit once written: nothing else (pools, timers) may keep the process alive
  process.stdout.write(`${JSON.stringify(report, null, 2)}\n`, () => process.exit(0));
}

await main();
