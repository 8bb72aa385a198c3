import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { sql } from "kysely";
import type { Database, Db, RawSession } from "./database.js";

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
 * Applies the pending migrations in one transaction. Safe when several instances
 * start at once: on PostgreSQL they queue on an advisory lock, and PGlite has one opener only.
 * Refuses to run if an applied migration's file changed since it was applied.
 */
export async function migrate(database: Database, available: Migration[] = listMigrations()): Promise<string[]> {
  return database.withRawSession(async (session) => {
    if (database.engine === "postgres") await session.query("SELECT pg_advisory_lock($1)", [MIGRATION_LOCK_KEY]);
    try {
      return await applyPending(session, available);
    } finally {
      if (database.engine === "postgres") await session.query("SELECT pg_advisory_unlock($1)", [MIGRATION_LOCK_KEY]);
    }
  });
}

async function applyPending(session: RawSession, available: Migration[]): Promise<string[]> {
  await session.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version text PRIMARY KEY, name text NOT NULL, checksum text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`);
  const applied = new Map(
    (await session.query<{ version: string; checksum: string }>("SELECT version, checksum FROM schema_migrations")).map(
      (row) => [row.version, row.checksum],
    ),
  );
  const pending: Migration[] = [];
  for (const migration of available) {
    const checksum = applied.get(migration.version);
    if (checksum === undefined) pending.push(migration);
    else if (checksum !== migration.checksum) {
      throw new Error(`casedesk: migration ${migration.name} was changed after it was applied; add a new migration instead`);
    }
  }
  if (pending.length === 0) return [];
  // all pending migrations in one transaction and one round trip (a fresh database takes them all
  // at once); only if that fails are they run one by one, to name the one that fails
  try {
    await applyInOneTransaction(session, pending);
  } catch {
    for (const migration of pending) await applyInOneTransaction(session, [migration]);
  }
  return pending.map((migration) => migration.name);
}

async function applyInOneTransaction(session: RawSession, migrations: Migration[]) {
  await session.exec("BEGIN");
  try {
    await session.exec(migrations.map((migration) => migration.sql).join("\n;\n"));
    await session.query(
      "INSERT INTO schema_migrations (version, name, checksum) SELECT * FROM unnest($1::text[], $2::text[], $3::text[])",
      [migrations.map((m) => m.version), migrations.map((m) => m.name), migrations.map((m) => m.checksum)],
    );
    await session.exec("COMMIT");
  } catch (error) {
    await session.exec("ROLLBACK");
    const which = migrations.length === 1 ? `migration ${migrations[0]!.name}` : "the migrations";
    throw new Error(`casedesk: ${which} failed: ${(error as Error).message}`, { cause: error });
  }
}

/** Migrations not applied yet, through the pool (and so within its timeouts): /readyz asks this. */
export async function pendingMigrations(db: Db): Promise<string[]> {
  const { rows: [table] } = await sql<{ t: string | null }>`SELECT to_regclass('schema_migrations')::text AS t`.execute(db);
  const applied = table?.t
    ? new Set((await sql<{ version: string }>`SELECT version FROM schema_migrations`.execute(db)).rows.map((r) => r.version))
    : new Set<string>();
  return listMigrations().filter((m) => !applied.has(m.version)).map((m) => m.name);
}
