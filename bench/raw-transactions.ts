import type { PGlite } from "@electric-sql/pglite";
import { createHash } from "node:crypto";
import pg from "pg";
import { toTsvectorLiteral } from "../src/cases/search-text.js";
import { composeCase, rng, type CaseText } from "./corpus.js";
import { cpuSnapshot, cpuUse, type CpuUse } from "./cpu.js";
import type { Target } from "./engines.js";
import { percentiles, round } from "./stats.js";
import { walBytesSince, walPosition, type WalReader } from "./wal.js";

export type RawTransactions = { concurrency: number; seconds: number; transactions: number; perSecond: number; latencyMs: { p50: number; p95: number }; cpu: CpuUse; walBytesPerTransaction: number };

export type Tx = { query(text: string, params?: unknown[]): Promise<{ rows: Record<string, unknown>[] }> };

/** The app's default pool size, for the ceiling's `pg` Pool and the HTTP floor's (bench/floor-server.ts). */
export const RAW_POOL_SIZE = 20;

/** Copies of `cases` and `case_activities` with all their indexes (LIKE … INCLUDING ALL). */
export const RAW_TABLES = {
  create: "CREATE TABLE bench_cases_raw (LIKE cases INCLUDING ALL); CREATE TABLE bench_log_raw (LIKE case_activities INCLUDING ALL)",
  drop: "DROP TABLE IF EXISTS bench_cases_raw; DROP TABLE IF EXISTS bench_log_raw",
};

/** BEGIN … COMMIT as the driver the app uses does it: a client of a `pg` Pool, or PGlite's own `transaction`. */
export function rawDriver(pool: pg.Pool | undefined, pglite: PGlite | undefined) {
  return {
    async inTransaction<T>(fn: (tx: Tx) => Promise<T>): Promise<T> {
      if (!pool) return pglite!.transaction(async (tx) => fn(tx as unknown as Tx));
      const client = await pool.connect();
      try {
        await client.query("BEGIN");
        const result = await fn(client);
        await client.query("COMMIT");
        return result;
      } catch (error) {
        await client.query("ROLLBACK").catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    },
    exec: async (text: string) => (pool ? void (await pool.query(text)) : void (await pglite!.exec(text))),
    /** reads the write-ahead log's position (bench/wal.ts) */
    wal: (pool ?? pglite!) as WalReader,
  };
}

/** The ceiling's two statements: the case row (its id back), then its first log row. */
export async function insertCaseWithLog(tx: Tx, text: CaseText, number: string): Promise<string> {
  const now = new Date();
  const caller = { name: "王建国", company: "华北电力信息中心", phone: "13800138000", email: null, address: null, contractNo: null };
  const vector = toTsvectorLiteral(number, text.subject, text.description, text.vendor, caller.name, caller.company);
  const { rows } = await tx.query(
    `INSERT INTO bench_cases_raw (number, subject, description, channel, vendor, case_type, fault_level, priority, status, caller,
       created_at, updated_at, search_all)
     VALUES ($1, $2, $3, 'phone', $4, $5, 'S3', 'P3', 'new', $6, $7, $7, $8::tsvector) RETURNING id`,
    [number, text.subject, text.description, text.vendor, text.caseType, JSON.stringify(caller), now, vector],
  );
  const data = JSON.stringify({ number, subject: text.subject, caller });
  const hash = createHash("sha256").update(data).digest("hex");
  await tx.query(
    `INSERT INTO bench_log_raw (case_id, seq, kind, visibility, at, data, hash) VALUES ($1, 1, 'case.opened', 'public', $2, $3, $4)`,
    [rows[0]!.id, now, data, hash],
  );
  return rows[0]!.id as string;
}

/**
 * The write path's ceiling: one transaction holding one case row and its first log row, as the
 * driver the app uses does it with nothing of the app around it — BEGIN, INSERT … RETURNING id,
 * INSERT, COMMIT through a `pg` Pool of the app's size, or PGlite's own `transaction`. The rows go
 * into copies of `cases` and `case_activities` with all their indexes (LIKE … INCLUDING ALL), with
 * a real search vector and a SHA-256 hash, so the database does what it does for a real case.
 */
export async function measureRawTransactions(
  target: Target,
  pglite: PGlite | undefined,
  options: { concurrencies: number[]; seconds: number; warmupSeconds: number; poolSize: number; database?: string },
): Promise<RawTransactions[]> {
  const pool = target.engine === "postgres" ? new pg.Pool({ connectionString: target.url, max: options.poolSize }) : undefined;
  const driver = rawDriver(pool, pglite);
  const random = rng(11);
  let serial = 0;
  const openOne = () => driver.inTransaction((tx) => insertCaseWithLog(tx, composeCase(random), `R0000-${String(++serial).padStart(7, "0")}`)).then(() => undefined);
  try {
    await driver.exec(RAW_TABLES.drop);
    await driver.exec(RAW_TABLES.create);
    const results: RawTransactions[] = [];
    for (const concurrency of options.concurrencies) {
      await run(openOne, concurrency, options.warmupSeconds, options);
      results.push(await run(openOne, concurrency, options.seconds, options, driver.wal));
    }
    return results;
  } finally {
    await driver.exec(RAW_TABLES.drop).catch(() => undefined);
    await pool?.end();
  }
}

async function run(
  transaction: () => Promise<void>, concurrency: number, seconds: number, { database }: { database?: string }, wal?: WalReader,
): Promise<RawTransactions> {
  const walFrom = wal && (await walPosition(wal));
  const before = cpuSnapshot(undefined, database);
  const started = performance.now();
  const deadline = started + seconds * 1000;
  const times: number[] = [];
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (performance.now() < deadline) {
        const t = performance.now();
        await transaction();
        times.push(performance.now() - t);
      }
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  const cpu = cpuUse(before, cpuSnapshot(undefined, database), times.length);
  const walBytes = wal && walFrom ? await walBytesSince(wal, walFrom) : 0;
  const { p50, p95 } = percentiles(times);
  return {
    concurrency, seconds: round(elapsed, 2), transactions: times.length, perSecond: round(times.length / elapsed, 1),
    latencyMs: { p50, p95 }, cpu, walBytesPerTransaction: Math.round(walBytes / times.length),
  };
}
