import type { PGlite } from "@electric-sql/pglite";
import { CamelCasePlugin, Kysely } from "kysely";
import type { DB } from "./schema.js";
import { lockDataDir } from "./data-dir-lock.js";
import { openPgliteFolder } from "./pglite-cluster.js";
import { PgliteDialect } from "./pglite-dialect.js";
import { openPostgres, type PostgresOptions } from "./postgres.js";

export { openPostgres };

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
   * `onPayload`. PostgreSQL: one connection for all of the process's channels, re-opened after a
   * loss (`PostgresListener`), `onGap` called then (what was sent meanwhile is gone), `onLost` as
   * soon as it is lost. PGlite:
   * the one session, so this process's NOTIFYs only.
   */
  listen?(channel: string, onPayload: (payload: string) => void, onGap?: () => void, onLost?: () => void): Promise<Listening>;
  /**
   * PGlite: runs `fn` on the data folder while no statement runs (after a checkpoint, inside
   * PGlite's exclusive transaction), so a copy taken meanwhile is consistent; queries wait.
   */
  holdStill?<T>(fn: (dataDir: string) => Promise<T>): Promise<T>;
}

export type Listening = { close(): Promise<void> };

const plugins = [new CamelCasePlugin()];

export type DatabaseOptions = { databaseUrl?: string; dataDir: string; poolSize?: number } & PostgresOptions;

export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  return options.databaseUrl
    ? openPostgres(options.databaseUrl, options.poolSize ?? 20, options)
    : openPglite(options.dataDir);
}

export async function openPglite(dataDir: string): Promise<Database> {
  const unlock = lockDataDir(dataDir);
  let pglite: PGlite;
  try {
    ({ pglite } = await openPgliteFolder(dataDir, { parsers: { 1082: (value: string) => value } }));
  } catch (error) {
    unlock();
    throw error;
  }
  const db = new Kysely<DB>({ dialect: new PgliteDialect(pglite), plugins });
  return {
    db,
    engine: "pglite",
    // PGlite runs one statement at a time, and a Kysely transaction is PGlite's exclusive one
    withRawSession: (fn) =>
      db.connection().execute(() =>
        fn({
          exec: async (text) => void (await pglite.exec(text)),
          query: async <T>(text: string, params?: unknown[]) =>
            (await pglite.query<T>(text, params)).rows,
        }),
      ),
    // PGlite's exclusive transaction: every other statement waits until the copy is done
    holdStill: (fn) =>
      pglite.transaction(async (tx) => {
        await tx.exec("CHECKPOINT");
        return fn(dataDir);
      }),
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
