import { PGlite, type PGliteOptions } from "@electric-sql/pglite";
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { brotliCompressSync, constants } from "node:zlib";

/**
 * The embedded database's empty cluster, stored: what PGlite's initdb leaves in a new data folder
 * (about 40 MB; 1.3 MB as a brotli-packed tar), so a new folder is unpacked in a fraction of a
 * second and then opened as an existing one, instead of running initdb (3–4 s and 5–6 CPU
 * seconds, and memory the server would keep). It holds nothing of casedesk's: the migrations run
 * on it as on any new database. test/pglite-cluster.test.ts fails when the installed PGlite's
 * initdb would make a different one; `npm run pglite:cluster` makes it again.
 */
export const EMPTY_CLUSTER = fileURLToPath(new URL("pglite-empty-cluster.tar.br", import.meta.url));

/**
 * PostgreSQL's default 128 MB of shared buffers is memory PGlite touches at start, in a process
 * that serves a small centre: 16 MB holds its working set (the files stay in the OS's cache), and
 * the idle server is about 140 MB smaller.
 */
export const PGLITE_START_PARAMS = [...PGlite.defaultStartParams, "-c", "shared_buffers=16MB"];

/**
 * PGlite on `dataDir`; a folder without a database gets the stored empty cluster, or initdb when
 * that does not open (another PostgreSQL major, a damaged file): never fatal, only slower.
 */
export async function openPgliteFolder(dataDir: string, options: PGliteOptions = {}, cluster = EMPTY_CLUSTER): Promise<{ pglite: PGlite; made: "opened" | "unpacked" | "initdb" }> {
  const settings = { ...options, startParams: PGLITE_START_PARAMS };
  if (existsSync(join(dataDir, "PG_VERSION"))) return { pglite: await PGlite.create(dataDir, settings), made: "opened" };
  if (existsSync(cluster)) {
    try {
      mkdirSync(dataDir, { recursive: true });
      unpackCluster(cluster, dataDir);
      const pglite = await PGlite.create(dataDir, settings);
      await pglite.query("SELECT 1");
      return { pglite, made: "unpacked" };
    } catch {
      emptyFolder(dataDir);
    }
  }
  return { pglite: await PGlite.create(dataDir, settings), made: "initdb" };
}

/** Runs initdb in a new folder and packs what it leaves as a brotli tar (a 16 MB window finds the repeated pages). */
export async function packEmptyCluster(into: string): Promise<void> {
  const scratch = mkdtempSync(join(tmpdir(), "casedesk-cluster-"));
  const folder = join(scratch, "data");
  const tar = join(scratch, "cluster.tar");
  try {
    const pglite = await PGlite.create(folder, { startParams: PGLITE_START_PARAMS });
    await pglite.close();
    // loaded here: only `npm run pglite:cluster` packs, and a server's start need not load tar
    const { create } = await import("tar");
    await create({ file: tar, cwd: folder, portable: true }, readdirSync(folder).sort());
    const packed = brotliCompressSync(readFileSync(tar), { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_LGWIN]: 24 } });
    writeFileSync(into, packed);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

const require = createRequire(import.meta.url);
/** tar's own unpacking, fed the whole archive decompressed at once: 0.8 s where its streams took 1.8. */
const UNPACK = `const [tar, cluster, dir] = process.argv.slice(1);
const { UnpackSync } = require(tar);
new UnpackSync({ cwd: dir, strict: true }).end(require("node:zlib").brotliDecompressSync(require("node:fs").readFileSync(cluster)));`;

/** In a child process: the server would keep most of the 40 MB it decompresses as resident memory. */
function unpackCluster(cluster: string, dataDir: string): void {
  const result = spawnSync(process.execPath, ["-e", UNPACK, require.resolve("tar"), cluster, dataDir], { stdio: ["ignore", "ignore", "pipe"], encoding: "utf8" });
  if (result.status !== 0) throw new Error(`unpacking ${cluster} failed: ${result.stderr}`);
}

/** Everything in the folder but the lock its opener holds. */
function emptyFolder(dataDir: string): void {
  for (const name of readdirSync(dataDir)) if (name !== "casedesk.lock") rmSync(join(dataDir, name), { recursive: true, force: true });
}
