import { spawn } from "node:child_process";
import { cpSync, existsSync, mkdirSync, readdirSync, writeFileSync } from "node:fs";
import { join, relative, resolve, sep } from "node:path";
import type { Config } from "../config.js";
import type { Database } from "../db/database.js";
import { listMigrations } from "../db/migrate.js";
import { VERSION } from "../version.js";

/**
 * A backup is a folder: `backup.json` (what it is), the database — `database.pgdump` (pg_dump's
 * custom format) or `pglite/` (a copy of the embedded database's folder) — and `attachments/`,
 * the attachment store's files, copied after the database so every file a row names is there.
 */
export type BackupManifest = {
  format: "casedesk-backup-1";
  engine: "pglite" | "postgres";
  casedeskVersion: string;
  /** the migrations this casedesk knew when it wrote the backup */
  migrations: string[];
  createdAt: string;
  attachmentFiles: number;
};

export const MANIFEST = "backup.json";
export const PGLITE_FOLDER = "pglite";
export const PGDUMP_FILE = "database.pgdump";
export const ATTACHMENTS_FOLDER = "attachments";

export class BackupError extends Error {}

/** Files of a data folder that are this process's, not the database's: never copied. */
export const isNotDatabaseFile = (name: string) => name === "casedesk.lock" || name.startsWith("casedesk.lock.") || name === BACKUP_SOCKET;
export const BACKUP_SOCKET = "casedesk-backup.sock";

export function assertEmptyTarget(folder: string) {
  if (existsSync(folder) && readdirSync(folder).length > 0) throw new BackupError(`casedesk: ${folder} is not empty; back up into a new folder`);
  mkdirSync(folder, { recursive: true });
}

/**
 * PGlite: copies the data folder while the database holds still (`database.holdStill`), leaving
 * out the lock, the backup socket and the attachment store if it lives inside.
 */
export async function backupPglite(database: Database, config: Pick<Config, "attachmentsDir">, folder: string): Promise<BackupManifest> {
  if (!database.holdStill) throw new BackupError("casedesk: this database cannot be copied while it runs");
  const attachments = resolve(config.attachmentsDir);
  await database.holdStill(async (dataDir) => {
    cpSync(dataDir, join(folder, PGLITE_FOLDER), {
      recursive: true,
      filter: (source) => {
        const path = resolve(source);
        if (path === attachments || path.startsWith(attachments + sep)) return false;
        return !(relative(dataDir, path).split(sep).length === 1 && isNotDatabaseFile(relative(dataDir, path)));
      },
    });
  });
  return finish(folder, "pglite", config);
}

/** PostgreSQL: pg_dump, whose snapshot is consistent while the instances keep writing. */
export async function backupPostgres(config: Pick<Config, "attachmentsDir"> & { databaseUrl: string }, folder: string): Promise<BackupManifest> {
  await run("pg_dump", ["--format=custom", "--no-owner", "--no-privileges", `--file=${join(folder, PGDUMP_FILE)}`, `--dbname=${config.databaseUrl}`]);
  return finish(folder, "postgres", config);
}

function finish(folder: string, engine: BackupManifest["engine"], config: Pick<Config, "attachmentsDir">): BackupManifest {
  const target = join(folder, ATTACHMENTS_FOLDER);
  mkdirSync(target, { recursive: true });
  if (existsSync(config.attachmentsDir)) cpSync(config.attachmentsDir, target, { recursive: true });
  const manifest: BackupManifest = {
    format: "casedesk-backup-1",
    engine,
    casedeskVersion: VERSION,
    migrations: listMigrations().map((m) => m.name),
    createdAt: new Date().toISOString(),
    attachmentFiles: countFiles(target),
  };
  writeFileSync(join(folder, MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
}

function countFiles(folder: string): number {
  let count = 0;
  for (const entry of readdirSync(folder, { withFileTypes: true })) count += entry.isDirectory() ? countFiles(join(folder, entry.name)) : 1;
  return count;
}

/** Runs pg_dump or pg_restore; its complaints become the error. */
export function run(command: string, args: string[]): Promise<void> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(command, args, { stdio: ["ignore", "ignore", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.once("error", (error) => reject(new BackupError(`casedesk: cannot run ${command} (${error.message}); install the PostgreSQL client tools`)));
    child.once("close", (code) => (code === 0 ? resolvePromise() : reject(new BackupError(`casedesk: ${command} failed (exit ${code}): ${stderr.trim()}`))));
  });
}
