#!/usr/bin/env node
// Creates an empty embedded database in a new data folder (from the stored empty cluster, else by
// PGlite's initdb: see pglite-template.mjs), so that `npm start` on a fresh clone does it beside
// the compile and the web build rather than after them (scripts/start.mjs). Holds the folder's
// lock meanwhile, as the server would; does nothing if the folder has a database or someone holds it.
import { closeSync, existsSync, mkdirSync, openSync, rmSync, writeSync } from "node:fs";
import { join } from "node:path";
import { createCluster } from "./pglite-template.mjs";

const dataDir = process.argv[2];
if (!dataDir || existsSync(join(dataDir, "PG_VERSION"))) process.exit(0);
mkdirSync(dataDir, { recursive: true });
const lock = join(dataDir, "casedesk.lock");
let fd;
try {
  fd = openSync(lock, "wx");
} catch {
  process.exit(0);
}
writeSync(fd, String(process.pid));
closeSync(fd);
try {
  await createCluster(dataDir);
} finally {
  rmSync(lock, { force: true });
}
