import type { PGlite } from "@electric-sql/pglite";
import pg from "pg";
import { toTsvectorLiteral } from "../src/cases/search-text.js";
import { composeCase, rng } from "./corpus.js";
import { cpuSnapshot, cpuUse, type CpuUse } from "./cpu.js";
import type { Target } from "./engines.js";
import { round } from "./stats.js";

export type RawThroughput = { concurrency: number; seconds: number; inserts: number; perSecond: number; cpu: CpuUse };

type Query = (text: string, params?: unknown[]) => Promise<unknown>;

/**
 * The raw ceiling: single-row INSERT statements, each its own (autocommit) transaction, through
 * the driver the app uses (a pg Pool of the app's default size, or PGlite's own query), from
 * `concurrency` loops at once, for `seconds` after a short warm-up.
 *
 * - `scratch`: a bare table (bigint identity key, subject, body, time): the cheapest durable write.
 * - `casesCopy`: a copy of `cases` with all its indexes (CREATE TABLE … (LIKE cases INCLUDING
 *   ALL)) and a real tsvector, i.e. what one case row costs the database without the app.
 */
export async function measureRawInserts(
  target: Target,
  pglite: PGlite | undefined,
  options: { concurrencies: number[]; seconds: number; warmupSeconds: number; poolSize: number; database?: string },
): Promise<{ scratch: RawThroughput[]; casesCopy: RawThroughput[] }> {
  const pool = target.engine === "postgres" ? new pg.Pool({ connectionString: target.url, max: options.poolSize }) : undefined;
  const query: Query = pool ? (text, params) => pool.query(text, params) : (text, params) => pglite!.query(text, params);
  const random = rng(7);
  try {
    await query("DROP TABLE IF EXISTS bench_scratch");
    await query("CREATE TABLE bench_scratch (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, subject text NOT NULL, body text NOT NULL, created_at timestamptz NOT NULL)");
    await query("DROP TABLE IF EXISTS bench_cases_copy");
    await query("CREATE TABLE bench_cases_copy (LIKE cases INCLUDING ALL)");

    let serial = 0;
    const scratchInsert = () => {
      const text = composeCase(random);
      return query("INSERT INTO bench_scratch (subject, body, created_at) VALUES ($1, $2, $3)", [text.subject, text.description, new Date()]);
    };
    const caseInsert = () => {
      const text = composeCase(random);
      const number = `B0000-${String(++serial).padStart(7, "0")}`;
      const now = new Date();
      const caller = { name: "王建国", company: "华北电力信息中心", phone: "13800138000", email: null, address: null, contractNo: null };
      const vector = toTsvectorLiteral(number, text.subject, text.description, text.vendor, caller.name, caller.company);
      return query(
        `INSERT INTO bench_cases_copy (number, subject, description, channel, vendor, case_type, fault_level, priority, status, caller,
           created_at, updated_at, search_public, search_all)
         VALUES ($1, $2, $3, 'phone', $4, $5, 'S3', 'P3', 'new', $6, $7, $7, $8::tsvector, $8::tsvector)`,
        [number, text.subject, text.description, text.vendor, text.caseType, JSON.stringify(caller), now, vector],
      );
    };

    const scratch: RawThroughput[] = [];
    const casesCopy: RawThroughput[] = [];
    for (const concurrency of options.concurrencies) {
      await run(scratchInsert, concurrency, options.warmupSeconds, options.database);
      scratch.push(await run(scratchInsert, concurrency, options.seconds, options.database));
      await run(caseInsert, concurrency, options.warmupSeconds, options.database);
      casesCopy.push(await run(caseInsert, concurrency, options.seconds, options.database));
    }
    return { scratch, casesCopy };
  } finally {
    await query("DROP TABLE IF EXISTS bench_scratch").catch(() => undefined);
    await query("DROP TABLE IF EXISTS bench_cases_copy").catch(() => undefined);
    await pool?.end();
  }
}

async function run(insert: () => Promise<unknown>, concurrency: number, seconds: number, database: string | undefined): Promise<RawThroughput> {
  const before = cpuSnapshot(undefined, database);
  const started = performance.now();
  const deadline = started + seconds * 1000;
  let inserts = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (performance.now() < deadline) {
        await insert();
        inserts++;
      }
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  return { concurrency, seconds: round(elapsed, 2), inserts, perSecond: round(inserts / elapsed, 1), cpu: cpuUse(before, cpuSnapshot(undefined, database), inserts) };
}
