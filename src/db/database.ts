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
  /**
   * LISTENs on a channel and hands each NOTIFY payload (sent on commit, by any instance) to
   * `onPayload`. PostgreSQL: a connection of its own, re-opened after a loss, `onGap` called then
   * (what was sent meanwhile is gone). PGlite: the one session, so this process's NOTIFYs only.
   */
  listen?(channel: string, onPayload: (payload: string) => void, onGap?: () => void): Promise<Listening>;
}

export type Listening = { close(): Promise<void> };

const LISTEN_RECONNECT_MS = 2_000;

function listenOnPostgres(databaseUrl: string, channel: string, onPayload: (payload: string) => void, onGap?: () => void): Promise<Listening> {
  let client: pg.Client | undefined;
  let closed = false;
  let retry: ReturnType<typeof setTimeout> | undefined;
  const connect = async (isReconnect: boolean): Promise<void> => {
    const next = new pg.Client({ connectionString: databaseUrl });
    next.on("notification", (message) => {
      if (message.channel === channel && message.payload !== undefined) onPayload(message.payload);
    });
    const reconnect = () => {
      void next.end().catch(() => undefined);
      if (client === next) client = undefined;
      if (!closed && !retry) retry = setTimeout(() => { retry = undefined; void connect(true); }, LISTEN_RECONNECT_MS);
    };
    next.on("error", reconnect);
    try {
      await next.connect();
      await next.query(`LISTEN ${channel}`);
      if (closed) return void (await next.end());
      client = next;
      if (isReconnect) onGap?.();
    } catch (error) {
      reconnect();
      if (!isReconnect) throw error;
    }
  };
  return connect(false).then(() => ({
    async close() {
      closed = true;
      if (retry) clearTimeout(retry);
      await client?.end().catch(() => undefined);
    },
  }));
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
    listen: (channel, onPayload, onGap) => listenOnPostgres(databaseUrl, channel, onPayload, onGap),
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
    async listen(channel, onPayload) {
      const stop = pglite.onNotification((from, payload) => {
        if (from === channel) onPayload(payload);
      });
      await db.connection().execute(() => pglite.exec(`LISTEN ${channel}`));
      return {
        async close() {
          stop();
          if (!pglite.closed) await db.connection().execute(() => pglite.exec(`UNLISTEN ${channel}`)).catch(() => undefined);
        },
      };
    },
    async close() {
      await db.destroy();
      unlock();
    },
  };
}
