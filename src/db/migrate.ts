import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Database, RawSession } from "./database.js";

const migrationsDir = join(dirname(fileURLToPath(import.meta.url)), "migrations");
// Any constant: every instance that migrates takes this advisory lock first.
const MIGRATION_LOCK_KEY = 7_202_611_25;

export type Migration = { version: string; name: string; sql: string; checksum: string };

export function listMigrations(): Migration[] {
  return readdirSync(migrationsDir)
    .filter((file) => /^\d{4}_[a-z0-9_]+\.sql$/.test(file))
    .sort()
    .map((file) => {
      const sql = readFileSync(join(migrationsDir, file), "utf8");
      return {
        version: file.slice(0, 4),
        name: file.replace(/\.sql$/, ""),
        sql,
        checksum: createHash("sha256").update(sql).digest("hex"),
      };
    });
}

/**
 * Applies the pending migrations, each in its own transaction. Safe when several instances
 * start at once: on PostgreSQL they queue on an advisory lock, and PGlite has one opener only.
 * Refuses to run if an applied migration's file changed since it was applied.
 */
export async function migrate(database: Database): Promise<string[]> {
  return database.withRawSession(async (session) => {
    if (database.engine === "postgres") await session.query("SELECT pg_advisory_lock($1)", [MIGRATION_LOCK_KEY]);
    try {
      return await applyPending(session);
    } finally {
      if (database.engine === "postgres") await session.query("SELECT pg_advisory_unlock($1)", [MIGRATION_LOCK_KEY]);
    }
  });
}

async function applyPending(session: RawSession): Promise<string[]> {
  await session.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version text PRIMARY KEY, name text NOT NULL, checksum text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`);
  const applied = new Map(
    (await session.query<{ version: string; checksum: string }>("SELECT version, checksum FROM schema_migrations")).map(
      (row) => [row.version, row.checksum],
    ),
  );
  const done: string[] = [];
  for (const migration of listMigrations()) {
    const checksum = applied.get(migration.version);
    if (checksum !== undefined) {
      if (checksum !== migration.checksum) {
        throw new Error(`casedesk: migration ${migration.name} was changed after it was applied; add a new migration instead`);
      }
      continue;
    }
    await session.exec("BEGIN");
    try {
      await session.exec(migration.sql);
      await session.query("INSERT INTO schema_migrations (version, name, checksum) VALUES ($1, $2, $3)", [
        migration.version,
        migration.name,
        migration.checksum,
      ]);
      await session.exec("COMMIT");
    } catch (error) {
      await session.exec("ROLLBACK");
      throw new Error(`casedesk: migration ${migration.name} failed: ${(error as Error).message}`, { cause: error });
    }
    done.push(migration.name);
  }
  return done;
}

export async function pendingMigrations(database: Database): Promise<string[]> {
  return database.withRawSession(async (session) => {
    const exists = await session.query<{ t: string | null }>("SELECT to_regclass('schema_migrations')::text AS t");
    const applied = exists[0]?.t
      ? new Set((await session.query<{ version: string }>("SELECT version FROM schema_migrations")).map((r) => r.version))
      : new Set<string>();
    return listMigrations().filter((m) => !applied.has(m.version)).map((m) => m.name);
  });
}
