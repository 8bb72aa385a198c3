import { cpSync, existsSync, readdirSync, readFileSync, renameSync } from "node:fs";
import { join, resolve } from "node:path";
import pg from "pg";
import type { Config } from "../config.js";
import { lockDataDir } from "../db/data-dir-lock.js";
import { ATTACHMENTS_FOLDER, BackupError, MANIFEST, PGDUMP_FILE, PGLITE_FOLDER, run, type BackupManifest } from "./backup.js";

export function readManifest(folder: string): BackupManifest {
  const path = join(folder, MANIFEST);
  if (!existsSync(path)) throw new BackupError(`casedesk: ${folder} is not a casedesk backup (no ${MANIFEST})`);
  const manifest = JSON.parse(readFileSync(path, "utf8")) as BackupManifest;
  if (manifest.format !== "casedesk-backup-1") throw new BackupError(`casedesk: ${folder} is a backup in an unknown format (${String(manifest.format)})`);
  return manifest;
}

const isEmpty = (folder: string) => !existsSync(folder) || readdirSync(folder).length === 0;

/** Moves what is there aside (`<folder>.before-restore-<time>`): a restore never deletes. */
function moveAside(folder: string, stamp: string): string | null {
  if (isEmpty(folder)) return null;
  const aside = `${resolve(folder)}.before-restore-${stamp}`;
  renameSync(folder, aside);
  return aside;
}

export type RestoreReport = { manifest: BackupManifest; movedAside: string[] };

/**
 * Restores a backup into the configured database and attachment store. Refuses a database that
 * has data unless `replace`, which moves the old data folder (PGlite) aside or drops the old
 * tables (PostgreSQL). The server must be stopped: PGlite's lock says so; on PostgreSQL, stop
 * every instance first.
 */
export async function restoreBackup(config: Pick<Config, "databaseUrl" | "dataDir" | "attachmentsDir">, folder: string, options: { replace: boolean }): Promise<RestoreReport> {
  const manifest = readManifest(folder);
  const wanted = config.databaseUrl ? "postgres" : "pglite";
  if (manifest.engine !== wanted) {
    throw new BackupError(`casedesk: this is a backup of ${manifest.engine === "pglite" ? "an embedded (PGlite)" : "a PostgreSQL"} database; restore it with ${manifest.engine === "pglite" ? "CASEDESK_DATA_DIR and no DATABASE_URL" : "DATABASE_URL"}`);
  }
  const stamp = new Date().toISOString().replace(/[:.]/g, "-");
  const movedAside: string[] = [];
  if (config.databaseUrl) await restorePostgres(config.databaseUrl, folder, options.replace);
  else {
    // taken and given back: refused while a server runs on the folder
    lockDataDir(config.dataDir)();
    const hasDatabase = existsSync(join(config.dataDir, "PG_VERSION"));
    if (hasDatabase && !options.replace) throw new BackupError(`casedesk: ${config.dataDir} holds a database; restore with --replace to move it aside`);
    const aside = moveAside(config.dataDir, stamp);
    if (aside) movedAside.push(aside);
    cpSync(join(folder, PGLITE_FOLDER), config.dataDir, { recursive: true });
  }
  if (!isEmpty(config.attachmentsDir)) {
    if (!options.replace) throw new BackupError(`casedesk: ${config.attachmentsDir} holds attachments; restore with --replace to move them aside`);
    movedAside.push(moveAside(config.attachmentsDir, stamp)!);
  }
  cpSync(join(folder, ATTACHMENTS_FOLDER), config.attachmentsDir, { recursive: true });
  return { manifest, movedAside };
}

async function restorePostgres(databaseUrl: string, folder: string, replace: boolean) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ t: string | null }>("SELECT to_regclass('schema_migrations')::text AS t");
    if (rows[0]?.t && !replace) throw new BackupError("casedesk: the database holds casedesk's tables; restore with --replace to drop them first");
  } finally {
    await client.end();
  }
  const args = ["--no-owner", "--no-privileges", "--single-transaction", "--exit-on-error", `--dbname=${databaseUrl}`];
  if (replace) args.push("--clean", "--if-exists");
  await run("pg_restore", [...args, join(folder, PGDUMP_FILE)]);
}
