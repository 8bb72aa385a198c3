import { CamelCasePlugin, DummyDriver, Kysely, PostgresAdapter, PostgresIntrospector, PostgresQueryCompiler, type CompiledQuery } from "kysely";
import { searchCaseRows, type CaseFilter } from "../src/cases/cases.repository.js";
import type { DB } from "../src/db/schema.js";
import type { Session } from "./engines.js";
import { percentiles, round, type Percentiles } from "./stats.js";

/**
 * The SQL the app sends for a list or search: searchCaseRows run against a Kysely that compiles
 * exactly like the app's (PostgreSQL dialect, CamelCasePlugin) but only records the query.
 */
export async function generatedSql(filter: CaseFilter): Promise<CompiledQuery> {
  return capturedSql((db) => searchCaseRows(db, filter));
}

/** The SQL of the app's query that `run` sends (the last one), compiled as the app compiles it. */
export async function capturedSql(run: (db: Kysely<DB>) => Promise<unknown>): Promise<CompiledQuery> {
  let captured: CompiledQuery | undefined;
  const db = new Kysely<DB>({
    dialect: {
      createAdapter: () => new PostgresAdapter(),
      createDriver: () => new DummyDriver(),
      createIntrospector: (k) => new PostgresIntrospector(k),
      createQueryCompiler: () => new PostgresQueryCompiler(),
    },
    plugins: [new CamelCasePlugin()],
    log: (event) => {
      captured = event.query;
    },
  });
  await run(db);
  await db.destroy();
  return captured!;
}

export type Plan = { sql: string; params: unknown[]; executionMs: number | null; plan: string[] };

/** EXPLAIN (ANALYZE, BUFFERS) of the app's own query, run once before to warm the cache. */
export async function explain(session: Session, filter: CaseFilter): Promise<Plan> {
  return explainQuery(session, await generatedSql(filter));
}

export async function explainQuery(session: Session, query: CompiledQuery): Promise<Plan> {
  const params = [...query.parameters];
  await session.query(query.sql, params);
  const rows = await session.query<{ "QUERY PLAN": string }>(`EXPLAIN (ANALYZE, BUFFERS) ${query.sql}`, params);
  const plan = rows.map((r) => r["QUERY PLAN"]);
  const execution = plan.map((line) => /Execution Time: ([\d.]+) ms/.exec(line)).find(Boolean);
  return {
    sql: query.sql,
    params: params.map((p) => (p instanceof Date ? p.toISOString() : p)),
    executionMs: execution ? round(Number(execution[1]), 3) : null,
    plan,
  };
}

/**
 * The same generated SQL sent straight through the driver, one at a time: how much of the HTTP
 * latency is the database's. Filters come from `nextFilter`, as for the HTTP requests.
 */
export async function measureSql(session: Session, nextFilter: () => CaseFilter, count: number, warmup: number): Promise<Percentiles & { requests: number }> {
  const run = async () => {
    const query = await generatedSql(nextFilter());
    const started = performance.now();
    await session.query(query.sql, [...query.parameters]);
    return performance.now() - started;
  };
  for (let i = 0; i < warmup; i++) await run();
  const times: number[] = [];
  for (let i = 0; i < count; i++) times.push(await run());
  return { requests: count, ...percentiles(times) };
}
