import { composeCase, noteText, pick, rng, weighted, type Random } from "./corpus.js";
import { measureThroughput, postOneByOne, request, type RunningServer, type Throughput } from "./http.js";
import type { Ceiling } from "./paired-ceiling.js";
import type { RawTransactions } from "./raw-transactions.js";
import type { Seeded } from "./seed.js";
import { percentiles, round } from "./stats.js";

export const WRITE_PATH_TARGETS = { ratio: 0.5, p50AtConcurrency1Ms: 4 };

/** A `POST /api/v1/cases` body: a varied case, a typed caller with a contract number (also the HTTP floor's body). */
export function openCaseBody(random: Random, seeded: Seeded) {
  const text = composeCase(random);
  const customer = pick(random, seeded.customers);
  return {
    subject: text.subject, description: text.description, vendor: text.vendor, caseType: text.caseType,
    channel: weighted(random, [["phone", 6], ["email", 3], ["web", 1]] as const),
    faultLevel: weighted(random, [["S1", 1], ["S2", 3], ["S3", 5], ["S4", 2]] as const),
    caller: { name: customer.contactName, phone: customer.phone, company: customer.name, contractNo: customer.contractNo },
  };
}

type Options = {
  concurrencies: number[]; seconds: number; warmupSeconds: number; sequentialRequests: number; database?: string; log: (message: string) => void;
  /** measures the ceiling again before each throughput run (bench/paired-ceiling.ts); without it, runs are compared with `raw` */
  ceiling?: Ceiling;
};

/**
 * The write path through HTTP against the raw ceiling measured in the same run (again just before
 * each throughput run, when `options.ceiling` is given): opening a case
 * (`POST /api/v1/cases`, a typed caller with a contract number, the dispatcher's phone path) and
 * adding a note, at each concurrency; p50 of one request at a time; and the database round trips
 * per request, counted in the server process (bench/round-trips.ts) over requests sent one by one,
 * less what the idle server sends in as long (the worker's loops).
 */
export async function measureWritePath(server: RunningServer, seeded: Seeded, raw: RawTransactions[], options: Options) {
  const random = rng(99);
  const openBody = () => ({ path: "/api/v1/cases", body: openCaseBody(random, seeded) });
  const probe = await request(server.baseUrl, seeded.token, "POST", "/api/v1/cases", openBody().body);
  if (probe.status !== 201) throw new Error(`POST /api/v1/cases answered ${probe.status}: ${JSON.stringify(probe.json)}`);
  const caseIds: string[] = [];
  const noteBody = () => ({
    path: `/api/v1/cases/${pick(random, caseIds)}/notes`,
    body: { body: `${noteText(random)}（${Math.floor(random() * 1000)}）`, visibility: random() < 0.5 ? "internal" : "public" },
  });

  const sequential = async (next: () => { path: string; body: unknown }) => {
    const walFrom = await server.walPosition();
    const before = await server.roundTrips();
    const databaseFrom = await server.databaseMs();
    const started = performance.now();
    const times = await postOneByOne(server.baseUrl, seeded.token, options.sequentialRequests, next, (path, json) => {
      if (path === "/api/v1/cases") caseIds.push((json as { id: string }).id);
    });
    const trips = (await server.roundTrips()) - before;
    const databaseMs = (await server.databaseMs()) - databaseFrom;
    const walBytes = await server.walBytesSince(walFrom);
    // what the idle server sends meanwhile (worker loops, LISTEN pings) is not the requests'
    const idleFrom = await server.roundTrips();
    const idleDatabaseFrom = await server.databaseMs();
    await new Promise((resolve) => setTimeout(resolve, performance.now() - started));
    const idle = (await server.roundTrips()) - idleFrom - 2;
    const idleDatabaseMs = (await server.databaseMs()) - idleDatabaseFrom;
    const perRequest = (value: number, digits: number) => round(Math.max(0, value) / options.sequentialRequests, digits);
    return { requests: options.sequentialRequests, roundTripsPerRequest: perRequest(trips - Math.max(0, idle), 1), latencyMs: percentiles(times),
      databaseMsPerRequest: perRequest(databaseMs - idleDatabaseMs, 2), walBytesPerRequest: Math.round(walBytes / options.sequentialRequests) };
  };

  // one at a time after a warm-up at one connection, as the throughput runs are: a cold server's
  // first requests (the JIT, the caches, PostgreSQL's) are not what p50 at concurrency 1 means
  const warmUp = (next: () => { path: string; body: unknown }) =>
    measureThroughput(server.baseUrl, seeded.token, { connections: 1, seconds: options.warmupSeconds, next });
  options.log(`write path: ${options.sequentialRequests} case openings one by one, then as many notes, each after a warm-up`);
  await warmUp(openBody);
  const openOneByOne = await sequential(openBody);
  await warmUp(noteBody);
  const noteOneByOne = await sequential(noteBody);
  const oneLine = (o: typeof openOneByOne) => `${o.roundTripsPerRequest} round trips, p50 ${o.latencyMs.p50} ms (${o.databaseMsPerRequest} ms in the database), ${o.walBytesPerRequest} WAL bytes`;
  options.log(`opening: ${oneLine(openOneByOne)}; note: ${oneLine(noteOneByOne)}; raw: ${raw[0]?.walBytesPerTransaction} WAL bytes`);

  const throughput = async (name: string, next: () => { path: string; body: unknown }) => {
    const runs: (Throughput & {
      ratio: number | null; cpuRatio: number | null; ceiling: { perSecond: number; cpuMsPerTransaction: number | null } | null;
      databaseMsPerRequest: number; ratioBound: number | null; cpuRatioBound: number | null;
      timeSplitMs: { request: number; database: number; server: number; outside: number; rawTransaction: number } | null;
    })[] = [];
    for (const connections of options.concurrencies) {
      const rawRun = options.ceiling ? await options.ceiling.measure(connections) : raw.find((r) => r.concurrency === connections);
      await measureThroughput(server.baseUrl, seeded.token, { connections, seconds: options.warmupSeconds, next });
      const databaseFrom = await server.databaseMs();
      const serverFrom = await server.serverMs();
      const result = await measureThroughput(server.baseUrl, seeded.token, { connections, seconds: options.seconds, next, serverPid: server.pid, database: options.database });
      const perRequest = (ms: number) => round(ms / Math.max(1, result.requests), 2);
      const databaseMsPerRequest = perRequest((await server.databaseMs()) - databaseFrom);
      const serverMsPerRequest = perRequest((await server.serverMs()) - serverFrom);
      const ceiling = rawRun?.perSecond;
      // one at a time (c1 only), what a request's time is made of, beside the raw transaction's
      const oneAtATime = connections === 1 && ceiling && result.perSecond > 0 && databaseMsPerRequest > 0;
      const rawMs = ceiling ? 1000 / ceiling : 0;
      const requestMs = result.perSecond > 0 ? 1000 / result.perSecond : 0;
      // a request takes at least its time in the database: the most a server that cost nothing
      // itself could reach is the raw transaction's time over that
      const ratioBound = oneAtATime ? round(rawMs / databaseMsPerRequest, 3) : null;
      // the database's part, the server's own and what lies outside the server
      const timeSplitMs = oneAtATime
        ? { request: round(requestMs, 2), database: databaseMsPerRequest, server: round(serverMsPerRequest - databaseMsPerRequest, 2), outside: round(requestMs - serverMsPerRequest, 2), rawTransaction: round(rawMs, 2) }
        : null;
      const ratio = ceiling ? round(result.perSecond / ceiling, 3) : null;
      // CPU per request (server + database) against CPU per raw transaction (driver + database):
      // what throughput follows on a CPU-bound machine, and steadier when others share it
      const httpCpu = result.cpu ? result.cpu.msPerRequest.server + result.cpu.msPerRequest.postgres : null;
      const rawCpu = rawRun?.cpu ? rawRun.cpu.msPerRequest.loadGenerator + rawRun.cpu.msPerRequest.postgres : null;
      const cpuRatio = httpCpu && rawCpu ? round(rawCpu / httpCpu, 3) : null;
      // the same with the server's CPU left out: what the database's work alone allows (PostgreSQL
      // only: PGlite works inside the server's process)
      const cpuRatioBound = result.cpu && rawCpu && result.cpu.msPerRequest.postgres > 0 ? round(rawCpu / result.cpu.msPerRequest.postgres, 3) : null;
      const bound = !timeSplitMs ? "" : `, at most ${ratioBound} with a server that took no time itself (${timeSplitMs.request} ms a request: ${timeSplitMs.database} in the database, ${timeSplitMs.server} the server's own, ${timeSplitMs.outside} outside the server; raw ${timeSplitMs.rawTransaction} ms)`;
      options.log(`${name} at c${connections}: ${result.perSecond}/s, raw ${ceiling}/s, ratio ${ratio}${bound}; CPU ${httpCpu?.toFixed(2)} ms vs raw ${rawCpu?.toFixed(2)} ms, ratio ${cpuRatio} (at most ${cpuRatioBound} for the database's part alone); ${databaseMsPerRequest} ms in the database per request (p50 ${result.latencyMs.p50} ms, non-2xx ${result.non2xx})`);
      runs.push({ ...result, ratio, cpuRatio, ceiling: rawRun ? { perSecond: rawRun.perSecond, cpuMsPerTransaction: rawCpu === null ? null : round(rawCpu, 2) } : null, databaseMsPerRequest, ratioBound, cpuRatioBound, timeSplitMs });
    }
    return runs;
  };
  const openCase = await throughput("open case", openBody);
  const addNote = await throughput("add note", noteBody);

  const ratios = (runs: { connections: number; ratio: number | null }[]) => Object.fromEntries(runs.map((r) => [`c${r.connections}`, r.ratio]));
  const cpuRatios = (runs: { connections: number; cpuRatio: number | null }[]) => Object.fromEntries(runs.map((r) => [`c${r.connections}`, r.cpuRatio]));
  const cpuMs = (runs: Throughput[]) => Object.fromEntries(runs.map((r) => [`c${r.connections}`, r.cpu ? round(r.cpu.msPerRequest.server + r.cpu.msPerRequest.postgres, 2) : null]));
  const allRatios = [...openCase, ...addNote].map((r) => r.ratio ?? 0);
  return {
    rawCeiling: raw,
    openCase: { throughput: openCase, oneByOne: openOneByOne },
    addNote: { throughput: addNote, oneByOne: noteOneByOne },
    summary: {
      openCaseRatio: ratios(openCase),
      addNoteRatio: ratios(addNote),
      openCaseCpuRatio: cpuRatios(openCase),
      addNoteCpuRatio: cpuRatios(addNote),
      openCaseCpuMsPerRequest: cpuMs(openCase),
      addNoteCpuMsPerRequest: cpuMs(addNote),
      // the ceiling each run's ratio is against: measured just before it (paired), or the one up front
      ceilingPaired: options.ceiling !== undefined,
      openCaseCeilingPerSecond: Object.fromEntries(openCase.map((r) => [`c${r.connections}`, r.ceiling?.perSecond ?? null])),
      addNoteCeilingPerSecond: Object.fromEntries(addNote.map((r) => [`c${r.connections}`, r.ceiling?.perSecond ?? null])),
      rawCpuMsPerTransaction: Object.fromEntries(raw.map((r) => [`c${r.concurrency}`, r.cpu ? round(r.cpu.msPerRequest.loadGenerator + r.cpu.msPerRequest.postgres, 2) : null])),
      // at c1: the ratio a server that took no time of its own would reach, given the time the
      // request's statements spent in the database (in flight, round trip included)
      openCaseRatioBoundAtC1: openCase.find((r) => r.connections === 1)?.ratioBound ?? null,
      addNoteRatioBoundAtC1: addNote.find((r) => r.connections === 1)?.ratioBound ?? null,
      openCaseCpuRatioBound: Object.fromEntries(openCase.map((r) => [`c${r.connections}`, r.cpuRatioBound])),
      addNoteCpuRatioBound: Object.fromEntries(addNote.map((r) => [`c${r.connections}`, r.cpuRatioBound])),
      openCaseTimeSplitAtC1Ms: openCase.find((r) => r.connections === 1)?.timeSplitMs ?? null,
      addNoteTimeSplitAtC1Ms: addNote.find((r) => r.connections === 1)?.timeSplitMs ?? null,
      openCaseDatabaseMsOneByOne: openOneByOne.databaseMsPerRequest,
      addNoteDatabaseMsOneByOne: noteOneByOne.databaseMsPerRequest,
      openCaseP50AtC1Ms: openOneByOne.latencyMs.p50,
      addNoteP50AtC1Ms: noteOneByOne.latencyMs.p50,
      roundTripsPerOpenCase: openOneByOne.roundTripsPerRequest,
      roundTripsPerNote: noteOneByOne.roundTripsPerRequest,
      // the database's work, steady where CPU time is not: the raw figure is at concurrency 1
      walBytesPerOpenCase: openOneByOne.walBytesPerRequest,
      walBytesPerNote: noteOneByOne.walBytesPerRequest,
      rawWalBytesPerTransaction: raw[0]?.walBytesPerTransaction ?? null,
    },
    targets: {
      ratio: { target: `>= ${WRITE_PATH_TARGETS.ratio} at every concurrency`, worst: Math.min(...allRatios), met: Math.min(...allRatios) >= WRITE_PATH_TARGETS.ratio },
      p50AtC1: {
        targetMs: WRITE_PATH_TARGETS.p50AtConcurrency1Ms, openCase: openOneByOne.latencyMs.p50, addNote: noteOneByOne.latencyMs.p50,
        met: Math.max(openOneByOne.latencyMs.p50, noteOneByOne.latencyMs.p50) <= WRITE_PATH_TARGETS.p50AtConcurrency1Ms,
      },
    },
  };
}
