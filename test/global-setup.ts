import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";
import type { TestProject } from "vitest/node";
import { openPglite, openPostgres } from "../src/db/database.js";
import { migrate } from "../src/db/migrate.js";
import { TEST_ENGINE, TEST_POSTGRES_URL, databaseUrlFor } from "./engine.js";

declare module "vitest" {
  export interface ProvidedContext {
    template: string;
  }
}

/**
 * Migrates one template database per run: a PGlite folder that each test file copies, or a
 * PostgreSQL database that each test file clones with CREATE DATABASE … TEMPLATE. Every file
 * so gets a database of its own and never sees another's rows.
 */
export default async function setup(project: TestProject) {
  buildServer();
  if (TEST_ENGINE === "pglite") {
    const dir = mkdtempSync(join(tmpdir(), "casedesk-template-"));
    const database = await openPglite(dir);
    await migrate(database);
    await database.close();
    project.provide("template", dir);
    return () => rmSync(dir, { recursive: true, force: true });
  }
  const name = `casedesk_tpl_${process.pid}`;
  const admin = new pg.Client({ connectionString: TEST_POSTGRES_URL });
  await admin.connect().catch((error: Error) => {
    throw new Error(`PostgreSQL is not reachable at ${TEST_POSTGRES_URL}: ${error.message}`);
  });
  await admin.query(`DROP DATABASE IF EXISTS ${name}`);
  await admin.query(`CREATE DATABASE ${name}`);
  const database = openPostgres(databaseUrlFor(name), 2);
  await migrate(database);
  await database.close();
  project.provide("template", name);
  return async () => {
    const { rows } = await admin.query<{ datname: string }>(
      "SELECT datname FROM pg_database WHERE datname LIKE $1",
      [`casedesk_t${process.pid}_%`],
    );
    for (const row of rows) await admin.query(`DROP DATABASE IF EXISTS ${row.datname} WITH (FORCE)`);
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  };
}

/**
 * The tests that start `casedesk` as a child process (test/child-server.ts, the CLI tests) run
 * bin/casedesk.js, so the compiled dist/ that production runs: built here once, when stale,
 * rather than by each child at once.
 */
function buildServer() {
  const script = fileURLToPath(new URL("../scripts/build-server.mjs", import.meta.url));
  const result = spawnSync(process.execPath, [script, "--if-stale"], { stdio: "inherit" });
  if (result.status !== 0) throw new Error(`compiling the server to dist/ failed (node scripts/build-server.mjs): exit ${result.status}`);
}
