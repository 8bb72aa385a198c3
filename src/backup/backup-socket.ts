import { existsSync, rmSync } from "node:fs";
import { connect, createServer, type Server } from "node:net";
import { join, resolve } from "node:path";
import type { Config } from "../config.js";
import type { Database } from "../db/database.js";
import { BACKUP_SOCKET, BackupError, backupPglite, type BackupManifest } from "./backup.js";

/**
 * The embedded database has one opener, the running server, so `casedesk backup` asks it for the
 * copy over a Unix socket in the data folder: whoever may read that folder may copy it anyway.
 * One JSON line asks ({ folder }), one answers ({ manifest } or { error }).
 */
export async function serveBackupRequests(database: Database, config: Pick<Config, "dataDir" | "attachmentsDir">): Promise<{ close(): Promise<void> }> {
  const path = socketPath(config.dataDir);
  // left by a server that was killed: the data folder's lock says no other server runs here
  rmSync(path, { force: true });
  const server: Server = createServer((socket) => {
    let request = "";
    socket.setEncoding("utf8");
    socket.on("data", (chunk: string) => {
      request += chunk;
      if (!request.includes("\n")) return;
      void (async () => {
        try {
          const { folder } = JSON.parse(request) as { folder: string };
          const manifest = await backupPglite(database, config, folder);
          socket.end(`${JSON.stringify({ manifest })}\n`);
        } catch (error) {
          socket.end(`${JSON.stringify({ error: (error as Error).message })}\n`);
        }
      })();
    });
    socket.on("error", () => undefined);
  });
  await new Promise<void>((resolvePromise, reject) => {
    server.once("error", reject);
    server.listen(path, () => resolvePromise());
  });
  return {
    close: () =>
      new Promise<void>((resolvePromise) => {
        server.close(() => resolvePromise());
        rmSync(path, { force: true });
      }),
  };
}

export const socketPath = (dataDir: string) => join(resolve(dataDir), BACKUP_SOCKET);

/** Asks the server running on `dataDir` for a backup into `folder` (an absolute path). */
export function requestBackup(dataDir: string, folder: string): Promise<BackupManifest> {
  const path = socketPath(dataDir);
  if (!existsSync(path)) throw new BackupError(`casedesk: the server using ${dataDir} does not take backup requests (started by an older casedesk?); stop it and run casedesk backup again`);
  return new Promise((resolvePromise, reject) => {
    const socket = connect(path);
    let answer = "";
    socket.setEncoding("utf8");
    socket.on("data", (chunk: string) => (answer += chunk));
    socket.once("error", (error) => reject(new BackupError(`casedesk: cannot reach the server using ${dataDir}: ${error.message}`)));
    socket.once("end", () => {
      try {
        const parsed = JSON.parse(answer) as { manifest?: BackupManifest; error?: string };
        if (parsed.manifest) resolvePromise(parsed.manifest);
        else reject(new BackupError(parsed.error ?? "casedesk: the server gave no answer"));
      } catch {
        reject(new BackupError(`casedesk: the server's answer was cut short: ${answer}`));
      }
    });
    socket.write(`${JSON.stringify({ folder })}\n`);
  });
}
