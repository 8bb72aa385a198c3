import { PGlite } from "@electric-sql/pglite";
import pg from "pg";
import { loadConfig, type Config } from "../src/config.js";
import { lockDataDir } from "../src/db/data-dir-lock.js";
// importing the app's database module also installs its pg type parsers (bigint as number)
import "../src/db/database.js";

/** Where a benchmark run's database lives. */
export type Target = { engine: "pglite"; dataDir: string } | { engine: "postgres"; url: string };

/** The server's configuration for a target: defaults, warn-level logs, a free port. */
export function benchConfig(target: Target): Config {
  return {
    ...loadConfig({ LOG_LEVEL: "warn" }),
    host: "127.0.0.1",
    port: 0,
    databaseUrl: target.engine === "postgres" ? target.url : undefined,
    dataDir: target.engine === "pglite" ? target.dataDir : "./data",
    ...(process.env.BENCH_LANES ? { databasePipelinedConnections: Number(process.env.BENCH_LANES) } : {}),
  };
}

/** One raw connection (no Kysely): bulk loading, EXPLAIN, settings. */
export interface Session {
  query<T = Record<string, unknown>>(text: string, params?: unknown[]): Promise<T[]>;
  close(): Promise<void>;
}

export async function openSession(target: Target): Promise<Session & { pglite?: PGlite }> {
  if (target.engine === "postgres") {
    const client = new pg.Client({ connectionString: target.url });
    await client.connect();
    return {
      query: async <T>(text: string, params?: unknown[]) => (await client.query(text, params)).rows as T[],
      close: () => client.end(),
    };
  }
  const unlock = lockDataDir(target.dataDir);
  const pglite = await PGlite.create(target.dataDir, { parsers: { 1082: (value: string) => value } });
  return {
    pglite,
    query: async <T>(text: string, params?: unknown[]) => (await pglite.query<T>(text, params)).rows,
    close: async () => {
      await pglite.close();
      unlock();
    },
  };
}

/** The URL of another database on the same server. */
export function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

/** The URL without a password, for the report. */
export function redact(url: string): string {
  const u = new URL(url);
  if (u.password) u.password = "***";
  return u.toString();
}

/** Connects to the admin URL; null (and why) when no PostgreSQL answers there. */
export async function probePostgres(url: string): Promise<{ version: string } | { error: string }> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    const { rows } = await client.query<{ v: string }>("SELECT current_setting('server_version') AS v");
    return { version: rows[0]!.v };
  } catch (error) {
    return { error: (error as Error).message || String(error) };
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** Creates (after dropping any leftover) the run's own database and returns its URL. */
export async function createDatabase(adminUrl: string, name: string): Promise<string> {
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  const url = withDatabase(adminUrl, name);
  await installWalInspect(url);
  return url;
}

/** pg_walinspect, so that WAL figures leave out full-page images (bench/wal.ts); without it they keep them. */
async function installWalInspect(url: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query("CREATE EXTENSION IF NOT EXISTS pg_walinspect");
  } catch {
    // not shipped with this server, or not ours to install: the plain distance it is
  } finally {
    await client.end();
  }
}

export async function dropDatabase(adminUrl: string, name: string): Promise<void> {
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  } finally {
    await admin.end();
  }
}

/** The server settings that matter for the figures. */
export async function serverSettings(session: Session): Promise<Record<string, string>> {
  const names = ["server_version", "shared_buffers", "work_mem", "effective_cache_size", "synchronous_commit", "fsync", "wal_level", "max_connections", "random_page_cost", "jit"];
  const rows = await session.query<{ name: string; setting: string; unit: string | null }>(
    `SELECT name, setting, unit FROM pg_settings WHERE name IN (${names.map((n) => `'${n}'`).join(", ")})`,
  );
  return Object.fromEntries(rows.map((r) => [r.name, r.unit ? `${r.setting} (${r.unit})` : r.setting]));
}
