/**
 * Two or more bench servers, each with environment of its own, side by side on one PostgreSQL
 * database and driven in turn (short alternating rounds, the order flipped each round): on a
 * machine whose speed wanders from minute to minute, a change is told from the scatter by the
 * rounds it wins, not by two runs minutes apart. Progress on stderr, the report (JSON) on stdout.
 *
 *   npx tsx bench/side-by-side.ts --variant pipelined:BENCH_LANES=2 --variant pool:BENCH_LANES=0
 *     [--rounds 6] [--seconds 3] [--concurrency 8,16,1] [--kinds open,note] [--database-url U]
 *
 * A variant's variables reach the server process; bench/engines.ts reads BENCH_LANES.
 */
import { parseArgs } from "node:util";
import { noteText, pick, rng } from "./corpus.js";
import { createDatabase, dropDatabase } from "./engines.js";
import { measureThroughput, request, startServer, type RunningServer } from "./http.js";
import { seed } from "./seed.js";
import { round } from "./stats.js";
import { openCaseBody } from "./write-path.js";

const { values } = parseArgs({
  options: {
    variant: { type: "string", multiple: true, default: [] },
    rounds: { type: "string", default: "6" },
    seconds: { type: "string", default: "3" },
    concurrency: { type: "string", default: "8,16,1" },
    kinds: { type: "string", default: "open,note" },
    "database-url": { type: "string", default: process.env.BENCH_DATABASE_URL ?? "postgres://root@127.0.0.1:5432/test" },
  },
});
const variants = values.variant.map((text) => {
  const [name, assignments = ""] = text.split(/:(.*)/s);
  const env = Object.fromEntries(assignments.split(",").filter(Boolean).map((pair) => pair.split(/=(.*)/s).slice(0, 2) as [string, string]));
  return { name: name!, env };
});
if (variants.length < 2) {
  process.stderr.write("usage: npx tsx bench/side-by-side.ts --variant NAME:VAR=VALUE[,VAR=VALUE] --variant NAME:… [--rounds N] [--seconds S] [--concurrency 8,16,1] [--kinds open,note]\n");
  process.exit(2);
}
const log = (message: string) => process.stderr.write(`[side-by-side ${new Date().toISOString().slice(11, 19)}] ${message}\n`);

const databaseName = "casedesk_bench_side_by_side";
const target = { engine: "postgres" as const, url: await createDatabase(values["database-url"], databaseName) };
const servers = new Map<string, RunningServer>();
try {
  const seeded = await seed(target);
  for (const variant of variants) servers.set(variant.name, await startServer(target, { env: variant.env }));
  const random = rng(7);
  // cases for the notes, opened through every server in turn (which also warms each)
  const caseIds: string[] = [];
  const all = [...servers.values()];
  for (let i = 0; i < 300; i++) {
    const answer = await request(all[i % all.length]!.baseUrl, seeded.token, "POST", "/api/v1/cases", openCaseBody(random, seeded));
    if (answer.status !== 201) throw new Error(`POST /api/v1/cases answered ${answer.status}`);
    caseIds.push((answer.json as { id: string }).id);
  }
  const kinds = {
    open: () => ({ path: "/api/v1/cases", body: openCaseBody(random, seeded) }),
    note: () => ({
      path: `/api/v1/cases/${pick(random, caseIds)}/notes`,
      body: { body: `${noteText(random)}（${Math.floor(random() * 1000)}）`, visibility: random() < 0.5 ? "internal" : "public" },
    }),
  };
  type Figures = { perSecond: number[]; median: number; roundsWon: number; cpuMsPerRequest: { server: number; postgres: number }[] };
  const report: Record<string, Record<string, Figures>> = {};
  for (const kind of values.kinds.split(",") as (keyof typeof kinds)[]) {
    if (!kinds[kind]) throw new Error(`--kinds: open or note, got ${kind}`);
    for (const connections of values.concurrency.split(",").map(Number)) {
      const cell: Record<string, Figures> = {};
      for (let r = 0; r < Number(values.rounds); r++) {
        const order = r % 2 ? [...variants].reverse() : variants;
        const thisRound: [string, number][] = [];
        for (const variant of order) {
          const server = servers.get(variant.name)!;
          const run = await measureThroughput(server.baseUrl, seeded.token, { connections, seconds: Number(values.seconds), next: kinds[kind], serverPid: server.pid, database: databaseName });
          if (run.non2xx || run.errors) throw new Error(`${variant.name}: ${run.non2xx} non-2xx answers, ${run.errors} errors`);
          const figures = (cell[variant.name] ??= { perSecond: [], median: 0, roundsWon: 0, cpuMsPerRequest: [] });
          figures.perSecond.push(run.perSecond);
          if (run.cpu) figures.cpuMsPerRequest.push({ server: run.cpu.msPerRequest.server, postgres: run.cpu.msPerRequest.postgres });
          thisRound.push([variant.name, run.perSecond]);
          log(`${kind} c${connections} round ${r + 1} ${variant.name}: ${run.perSecond}/s, CPU ms per request ${JSON.stringify(run.cpu?.msPerRequest)}`);
        }
        cell[thisRound.reduce((a, b) => (b[1] > a[1] ? b : a))[0]]!.roundsWon++;
      }
      for (const figures of Object.values(cell)) figures.median = round([...figures.perSecond].sort((a, b) => a - b)[Math.floor(figures.perSecond.length / 2)]!, 1);
      report[`${kind} c${connections}`] = cell;
    }
  }
  process.stdout.write(`${JSON.stringify({ at: new Date().toISOString(), seconds: Number(values.seconds), variants, report }, null, 2)}\n`);
} finally {
  for (const server of servers.values()) await server.stop();
  await dropDatabase(values["database-url"], databaseName);
}
