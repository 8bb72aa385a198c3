import { PGlite } from "@electric-sql/pglite";
import { CamelCasePlugin, Kysely, PGliteDialect, PostgresDialect } from "kysely";
import pg from "pg";
import type { DB } from "./schema.js";
import { lockDataDir } from "./data-dir-lock.js";

export type Engine = "pglite" | "postgres";
export type Db = Kysely<DB>;

/** A raw session for multi-statement SQL (migrations, tests): one connection, no Kysely. */
export interface RawSession {
  exec(sqlText: string): Promise<void>;
  query<T = Record<string, unknown>>(sqlText: string, params?: unknown[]): Promise<T[]>;
}

export interface Database {
  db: Db;
  engine: Engine;
  withRawSession<T>(fn: (session: RawSession) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

// bigint and count(*) come back as numbers from PGlite; make pg agree. Counts stay far below 2^53.
pg.types.setTypeParser(20, (value) => Number.parseInt(value, 10));
// dates stay "YYYY-MM-DD" strings: a Date at local midnight shifts with the server's time zone
pg.types.setTypeParser(1082, (value) => value);

const plugins = [new CamelCasePlugin()];

export type DatabaseOptions = { databaseUrl?: string; dataDir: string; poolSize?: number };

export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  return options.databaseUrl
    ? openPostgres(options.databaseUrl, options.poolSize ?? 20)
    : openPglite(options.dataDir);
}

export function openPostgres(databaseUrl: string, poolSize = 20): Database {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: poolSize });
  pool.on("error", () => {
    // an idle client lost its server; the pool replaces it on next use
  });
  const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }), plugins });
  return {
    db,
    engine: "postgres",
    async withRawSession(fn) {
      const client = await pool.connect();
      try {
        return await fn({
          exec: async (text) => void (await client.query(text)),
          query: async (text, params) => (await client.query(text, params)).rows,
        });
      } finally {
        client.release();
      }
    },
    async close() {
      // Kysely ends the pool only if it ever used it; raw sessions (migrations) may be all there was
      await db.destroy();
      if (!pool.ended) await pool.end();
    },
  };
}

export async function openPglite(dataDir: string): Promise<Database> {
  const unlock = lockDataDir(dataDir);
  let pglite: PGlite;
  try {
    pglite = await PGlite.create(dataDir, { parsers: { 1082: (value: string) => value } });
  } catch (error) {
    unlock();
    throw error;
  }
  const db = new Kysely<DB>({ dialect: new PGliteDialect({ pglite }), plugins });
  return {
    db,
    engine: "pglite",
    // Kysely holds PGlite's single connection through a mutex; borrow it the same way.
    withRawSession: (fn) =>
      db.connection().execute(() =>
        fn({
          exec: async (text) => void (await pglite.exec(text)),
          query: async <T>(text: string, params?: unknown[]) =>
            (await pglite.query<T>(text, params)).rows,
        }),
      ),
    async close() {
      await db.destroy();
      unlock();
    },
  };
}
