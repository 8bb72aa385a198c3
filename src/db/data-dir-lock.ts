import { closeSync, linkSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, writeSync } from "node:fs";
import { join } from "node:path";

/**
 * PGlite has no lock between processes: two openers of one folder lose commits. The first
 * process writes its pid to `casedesk.lock` (O_EXCL); a later one is refused while that pid
 * lives, and takes over a lock left by a process that died (kill -9). A lock naming our own pid
 * is taken over too: after a crash, a container's restarted server is often pid 1 again.
 */
export class DataDirLockedError extends Error {}

export function lockDataDir(dataDir: string): () => void {
  mkdirSync(dataDir, { recursive: true });
  const lockPath = join(dataDir, "casedesk.lock");
  for (let attempt = 0; attempt < 5; attempt++) {
    try {
      const fd = openSync(lockPath, "wx");
      writeSync(fd, String(process.pid));
      closeSync(fd);
      return () => rmSync(lockPath, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    }
    const holder = readPid(lockPath);
    if (holder !== null && holder !== process.pid && isAlive(holder)) {
      throw new DataDirLockedError(
        `casedesk: the data folder ${dataDir} is in use by process ${holder}. ` +
          `Stop that process first (or send its commands through its HTTP API); ` +
          `two processes on one embedded database would lose data.`,
      );
    }
    clearStaleLock(lockPath, holder);
  }
  throw new DataDirLockedError(`casedesk: could not lock ${dataDir}`);
}

/**
 * Moves the stale lock aside atomically, so that of two processes clearing it at once only one
 * succeeds; if what was moved turns out to be a newer, live lock, it is put back.
 */
function clearStaleLock(lockPath: string, stalePid: number | null) {
  const aside = `${lockPath}.stale-${process.pid}-${Date.now()}`;
  try {
    renameSync(lockPath, aside);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return;
    throw error;
  }
  const moved = readPid(aside);
  if (moved !== stalePid && moved !== null && isAlive(moved)) {
    try {
      linkSync(aside, lockPath);
    } catch {
      // a third process holds the lock now; ours to retry
    }
  }
  rmSync(aside, { force: true });
}

function readPid(path: string): number | null {
  try {
    const pid = Number.parseInt(readFileSync(path, "utf8"), 10);
    return Number.isInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}
