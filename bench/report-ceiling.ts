import pg from "pg";
import { percentiles, round, type Percentiles } from "./stats.js";

/**
 * The raw database ceiling of a report: the very statements one run of it sent (SQL and
 * parameters), replayed straight through a pg.Pool of the app's size with the same order among
 * them — a statement goes once every statement that had answered before the report sent it has
 * answered again — and nothing in between: no use case, no Kysely, no arithmetic in Node. What
 * the report takes beyond that is the app's own work.
 */
type Recorded = { text: string; values: unknown[]; after: number[] };

/** Runs `run` once and records what it sent to PostgreSQL, through every pg.Client of the process. */
export async function recordStatements(run: () => Promise<unknown>): Promise<Recorded[]> {
  const recorded: Recorded[] = [];
  const answered: number[] = [];
  const query = pg.Client.prototype.query;
  pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
    const result = (query as (...a: unknown[]) => unknown).apply(this, args);
    const [text, values] = args;
    if (typeof text !== "string" || !(result instanceof Promise)) return result;
    const index = recorded.push({ text, values: Array.isArray(values) ? values : [], after: [...answered] }) - 1;
    return result.finally(() => answered.push(index));
  } as typeof query;
  try {
    await run();
  } finally {
    pg.Client.prototype.query = query;
  }
  return recorded;
}

export type Ceiling = Percentiles & { statements: number; runs: number };

/** Replays the recorded statements `runs` times (after one warm-up) and times each whole replay. */
export async function measureCeiling(url: string, recorded: Recorded[], runs: number): Promise<Ceiling> {
  const pool = new pg.Pool({ connectionString: url, max: 20 });
  try {
    const replay = async () => {
      const started = performance.now();
      const done: Promise<unknown>[] = [];
      for (const statement of recorded) {
        done.push(Promise.all(statement.after.map((i) => done[i])).then(() => pool.query(statement.text, statement.values)));
      }
      await Promise.all(done);
      return performance.now() - started;
    };
    await replay();
    const times: number[] = [];
    for (let i = 0; i < runs; i++) times.push(await replay());
    return { statements: recorded.length, runs, ...percentiles(times) };
  } finally {
    await pool.end();
  }
}

/** The database's share of the report's p95: 1 would mean the app adds nothing to it. */
export const ceilingRatio = (ceiling: Percentiles, report: Percentiles) => round(ceiling.p95 / report.p95, 2);
