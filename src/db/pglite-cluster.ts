import { PGlite, type PGliteOptions } from "@electric-sql/pglite";
import { existsSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { brotliCompressSync, brotliDecompressSync, constants } from "node:zlib";

/**
 * The embedded database's empty cluster, stored: what PGlite's initdb leaves in a new data folder
 * (about 40 MB; 1.3 MB as brotli), so a new folder is unpacked in a fraction of a second instead of
 * running initdb (3–4 s and 5–6 CPU seconds). It holds nothing of casedesk's: the migrations run
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
      const tar = brotliDecompressSync(readFileSync(cluster));
      const pglite = await PGlite.create(dataDir, { ...settings, loadDataDir: new Blob([tar]) });
      await pglite.query("SELECT 1");
      return { pglite, made: "unpacked" };
    } catch {
      emptyFolder(dataDir);
    }
  }
  return { pglite: await PGlite.create(dataDir, settings), made: "initdb" };
}

/** Runs initdb in memory and answers the cluster it leaves, brotli-packed (a 16 MB window finds the repeated pages). */
export async function packEmptyCluster(): Promise<Buffer> {
  const pglite = await PGlite.create({ startParams: PGLITE_START_PARAMS });
  await pglite.exec("CHECKPOINT");
  const tar = Buffer.from(await (await pglite.dumpDataDir("none")).arrayBuffer());
  await pglite.close();
  return brotliCompressSync(tar, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_LGWIN]: 24, [constants.BROTLI_PARAM_SIZE_HINT]: tar.length },
  });
}

/** Everything in the folder but the lock its opener holds. */
function emptyFolder(dataDir: string): void {
  for (const name of readdirSync(dataDir)) if (name !== "casedesk.lock") rmSync(join(dataDir, name), { recursive: true, force: true });
}
