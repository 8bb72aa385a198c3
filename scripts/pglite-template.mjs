#!/usr/bin/env node
// The embedded database's empty cluster, stored: what PGlite's initdb leaves in a new data folder
// (about 40 MB, 1 MB as brotli), so that a first start unpacks it in a fraction of a second instead
// of running initdb (3–4 s of wall time and 5–6 CPU seconds on two cores). It holds nothing of
// casedesk's (the migrations still run on it); a test (test/pglite-template.test.ts) fails when the
// installed PGlite's initdb would make a different cluster, and this script makes it again:
//   node scripts/pglite-template.mjs --write
// A template that does not open (another PostgreSQL major, a damaged file) is never fatal: the
// folder is emptied and initdb runs as it would without one.
import { PGlite } from "@electric-sql/pglite";
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { Blob } from "node:buffer";
import { brotliCompressSync, brotliDecompressSync, constants } from "node:zlib";

export const TEMPLATE = fileURLToPath(new URL("pglite-empty-cluster.tar.br", import.meta.url));
/** The same start parameters as src/db/database.ts, so what is made here is what the server opens. */
export const START_PARAMS = [...PGlite.defaultStartParams, "-c", "shared_buffers=16MB"];

/**
 * Makes an empty cluster in `dataDir` (which has none): unpacked from `template` when it opens,
 * else by initdb. Answers how it was made.
 */
export async function createCluster(dataDir, template = TEMPLATE) {
  if (existsSync(template)) {
    try {
      const tar = brotliDecompressSync(readFileSync(template));
      const pglite = await PGlite.create(dataDir, { startParams: START_PARAMS, loadDataDir: new Blob([tar]) });
      await pglite.query("SELECT 1");
      await pglite.close();
      return "template";
    } catch {
      emptyFolder(dataDir);
    }
  }
  const pglite = await PGlite.create(dataDir, { startParams: START_PARAMS });
  await pglite.close();
  return "initdb";
}

/** Runs initdb in memory and answers the cluster it leaves, brotli-packed (a 32 MB window finds the repeated pages). */
export async function makeTemplate() {
  const pglite = await PGlite.create({ startParams: START_PARAMS });
  await pglite.exec("CHECKPOINT");
  const tar = Buffer.from(await (await pglite.dumpDataDir("none")).arrayBuffer());
  await pglite.close();
  return brotliCompressSync(tar, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_LGWIN]: 24, [constants.BROTLI_PARAM_SIZE_HINT]: tar.length },
  });
}

/** Everything in the folder but the lock the caller holds. */
function emptyFolder(dataDir) {
  for (const name of readdirSync(dataDir)) if (name !== "casedesk.lock") rmSync(join(dataDir, name), { recursive: true, force: true });
}

if (process.argv[1] && pathToFileURL(process.argv[1]).href === import.meta.url) {
  if (!process.argv.includes("--write")) {
    console.error("usage: node scripts/pglite-template.mjs --write   (remakes scripts/pglite-empty-cluster.tar.br with the installed PGlite)");
    process.exit(2);
  }
  const packed = await makeTemplate();
  writeFileSync(TEMPLATE, packed);
  console.log(`wrote ${TEMPLATE} (${(packed.length / 1024).toFixed(0)} KB)`);
}
