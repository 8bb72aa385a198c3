#!/usr/bin/env node
// Creates an empty embedded database in a new data folder (PGlite's initdb: seconds of CPU), so
// that `npm start` on a fresh clone can do it beside the compile and the web build rather than
// after them (scripts/start.mjs). Holds the folder's lock meanwhile, as the server would; does
// nothing if the folder has a database or someone holds it.
import { PGlite } from "@electric-sql/pglite";
import { closeSync, existsSync, mkdirSync, openSync, rmSync, writeSync } from "node:fs";
import { join } from "node:path";

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
  // the same start parameters as src/db/database.ts, so what initdb leaves is what the server opens
  const pglite = await PGlite.create(dataDir, { startParams: [...PGlite.defaultStartParams, "-c", "shared_buffers=16MB"] });
  await pglite.close();
} finally {
  rmSync(lock, { force: true });
}
