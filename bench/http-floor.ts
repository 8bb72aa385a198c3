import { rng } from "./corpus.js";
import type { Target } from "./engines.js";
import { measureThroughput, postOneByOne, startServer, type Throughput } from "./http.js";
import type { Ceiling } from "./paired-ceiling.js";
import type { RawTransactions } from "./raw-transactions.js";
import type { Seeded } from "./seed.js";
import { percentiles, round } from "./stats.js";
import { openCaseBody } from "./write-path.js";

/** bench/floor-server.ts's two servers: bare Fastify, and Fastify with the app's per-request plumbing. */
export const FLOOR_VARIANTS = ["bare", "plumbing"] as const;
type Variant = (typeof FLOOR_VARIANTS)[number];

type Options = {
  concurrencies: number[]; seconds: number; warmupSeconds: number; sequentialRequests: number; database?: string; log: (message: string) => void;
  /** the ceiling measured again, at each concurrency, before each variant's runs */
  ceiling?: Ceiling;
};
type WriteRuns = { openCase: { throughput: Throughput[] }; addNote: { throughput: Throughput[] } };

/**
 * The HTTP floor: the raw ceiling's transaction behind one Fastify route in a server process of
 * its own, driven by the write path's client at the same concurrencies. floor ÷ raw is the most
 * any request over HTTP can reach on this stack; opening ÷ floor and note ÷ floor are what
 * casedesk's own work leaves of that. Measured after the app's server has stopped (PGlite's
 * data folder is one process's at a time).
 */
export async function measureHttpFloor(target: Target, seeded: Seeded, raw: RawTransactions[], writePath: WriteRuns, options: Options) {
  const variants = {} as Record<Variant, Awaited<ReturnType<typeof measureVariant>>>;
  for (const variant of FLOOR_VARIANTS) variants[variant] = await measureVariant(target, seeded, raw, variant, options);

  const ratio = (a: number | undefined, b: number | undefined) => (a && b ? round(a / b, 3) : null);
  const perC = (value: (connections: number) => number | null | undefined) => Object.fromEntries(options.concurrencies.map((c) => [`c${c}`, value(c) ?? null]));
  const perSecond = (runs: Throughput[], c: number) => runs.find((r) => r.connections === c)?.perSecond;
  const summary = Object.fromEntries(FLOOR_VARIANTS.map((variant) => {
    const floor = variants[variant].throughput;
    const figures = {
      perSecond: perC((c) => perSecond(floor, c)),
      toRaw: perC((c) => floor.find((r) => r.connections === c)?.toRaw),
      p50AtC1Ms: variants[variant].oneByOne.latencyMs.p50,
      cpuMsPerRequest: perC((c) => {
        const cpu = floor.find((r) => r.connections === c)?.cpu;
        return cpu ? round(cpu.msPerRequest.server + cpu.msPerRequest.postgres, 2) : null;
      }),
      openCaseToFloor: perC((c) => ratio(perSecond(writePath.openCase.throughput, c), perSecond(floor, c))),
      addNoteToFloor: perC((c) => ratio(perSecond(writePath.addNote.throughput, c), perSecond(floor, c))),
    };
    options.log(`HTTP floor (${variant}): floor/raw ${JSON.stringify(figures.toRaw)}; opening/floor ${JSON.stringify(figures.openCaseToFloor)}; note/floor ${JSON.stringify(figures.addNoteToFloor)}`);
    return [variant, figures];
  }));
  return { ...variants, summary };
}

async function measureVariant(target: Target, seeded: Seeded, raw: RawTransactions[], variant: Variant, options: Options) {
  // the opening's body, so that parsing (and, for `plumbing`, validating) costs what it does there
  const random = rng(7);
  const next = () => ({ path: "/floor", body: openCaseBody(random, seeded) });
  // measured before the floor's server starts, whose tables on PostgreSQL are the ceiling's own
  const ceilings: RawTransactions[] = [];
  if (options.ceiling) for (const connections of options.concurrencies) ceilings.push(await options.ceiling.measure(connections));
  else ceilings.push(...raw);
  const server = await startServer(target, { script: "./floor-server.ts", env: { BENCH_FLOOR_VARIANT: variant } });
  try {
    // warmed up first, as the write path's one-by-one requests are
    await measureThroughput(server.baseUrl, seeded.token, { connections: 1, seconds: options.warmupSeconds, next });
    const times = await postOneByOne(server.baseUrl, seeded.token, options.sequentialRequests, next);
    const oneByOne = { requests: options.sequentialRequests, latencyMs: percentiles(times) };
    options.log(`HTTP floor (${variant}): ${options.sequentialRequests} requests one by one, p50 ${oneByOne.latencyMs.p50} ms`);

    const throughput: (Throughput & { toRaw: number | null; ceilingPerSecond: number | null })[] = [];
    for (const connections of options.concurrencies) {
      const ceiling = ceilings.find((r) => r.concurrency === connections)?.perSecond;
      await measureThroughput(server.baseUrl, seeded.token, { connections, seconds: options.warmupSeconds, next });
      const result = await measureThroughput(server.baseUrl, seeded.token, { connections, seconds: options.seconds, next, serverPid: server.pid, database: options.database });
      const toRaw = ceiling ? round(result.perSecond / ceiling, 3) : null;
      options.log(`HTTP floor (${variant}) at c${connections}: ${result.perSecond}/s, raw ${ceiling}/s, floor/raw ${toRaw} (p50 ${result.latencyMs.p50} ms, non-2xx ${result.non2xx})`);
      throughput.push({ ...result, toRaw, ceilingPerSecond: ceiling ?? null });
    }
    return { oneByOne, throughput };
  } finally {
    await server.stop();
  }
}
