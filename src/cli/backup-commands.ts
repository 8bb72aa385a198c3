import type { Command } from "commander";
import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import { assertEmptyTarget, backupPglite, backupPostgres, requestBackup, restoreBackup, type BackupManifest } from "../backup/index.js";
import { loadConfig } from "../config.js";
import { DataDirLockedError } from "../db/data-dir-lock.js";
import { openPglite } from "../db/database.js";

/** `casedesk backup <folder>` and `casedesk restore <folder>` (docs/operations.md). */
export function addBackupCommands(program: Command, usageError: (message: string) => Error) {
  program
    .command("backup")
    .description("copy the database and the attachment files into a new folder, consistently, while the server runs or not")
    .argument("<folder>", "a new or empty folder")
    .action(async (target: string) => {
      const config = loadConfig();
      const folder = resolve(target);
      assertEmptyTarget(folder);
      const manifest = config.databaseUrl ? await backupPostgres({ ...config, databaseUrl: config.databaseUrl }, folder) : await backupEmbedded(config, folder, usageError);
      console.log(`backed up the ${manifest.engine === "pglite" ? "embedded database" : "PostgreSQL database"} and ${manifest.attachmentFiles} attachment file(s) into ${folder}`);
    });

  program
    .command("restore")
    .description("restore a backup into the configured database and attachment folder (stop the server first), then run casedesk verify")
    .argument("<folder>", "a folder written by casedesk backup")
    .option("--replace", "move the data there aside (embedded) or drop its tables (PostgreSQL) first")
    .action(async (source: string, options: { replace?: boolean }) => {
      const config = loadConfig();
      const report = await restoreBackup(config, resolve(source), { replace: options.replace ?? false });
      for (const aside of report.movedAside) console.log(`moved what was there to ${aside}`);
      console.log(`restored the backup of ${report.manifest.createdAt} (casedesk ${report.manifest.casedeskVersion}); check it with: casedesk verify`);
    });
}

async function backupEmbedded(config: ReturnType<typeof loadConfig>, folder: string, usageError: (message: string) => Error): Promise<BackupManifest> {
  if (!existsSync(join(config.dataDir, "PG_VERSION"))) throw usageError(`casedesk: there is no database in ${resolve(config.dataDir)} to back up`);
  let database;
  try {
    database = await openPglite(config.dataDir);
  } catch (error) {
    // the running server holds the folder: it makes the copy
    if (error instanceof DataDirLockedError) return requestBackup(config.dataDir, folder);
    throw error;
  }
  try {
    return await backupPglite(database, config, folder);
  } finally {
    await database.close();
  }
}
