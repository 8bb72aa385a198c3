import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { DataDirLockedError } from "../src/db/data-dir-lock.js";
import { openPglite, openPostgres } from "../src/db/database.js";
import { listMigrations, migrate } from "../src/db/migrate.js";
import { createTestDatabaseLocation, TEST_ENGINE, type TestDatabaseLocation } from "./helpers.js";
import { complaintsIn, freePort } from "./child-server.js";

/**
 * Two instances starting at once: on PostgreSQL both migrate one database safely (an advisory
 * lock queues them); an embedded PGlite folder admits one process only, and a lock left by a
 * dead process is taken over.
 */
const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const children = new Set<ChildProcess>();
const locations: TestDatabaseLocation[] = [];

afterEach(async () => {
  for (const child of children) child.kill("SIGKILL");
  await Promise.all([...children].map((child) => new Promise((resolve) => (child.exitCode !== null || child.signalCode !== null ? resolve(null) : child.once("exit", resolve)))));
});
afterAll(async () => {
  for (const location of locations.splice(0)) await location.drop();
});

async function newLocation(options: { empty?: boolean } = {}) {
  const location = await createTestDatabaseLocation(options);
  locations.push(location);
  return location;
}

function envFor(location: TestDatabaseLocation, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, HOST: "127.0.0.1", CASEDESK_DEMO: "false", LOG_LEVEL: "warn", ...extra };
  delete env.DATABASE_URL;
  delete env.CASEDESK_DATA_DIR;
  if (location.url) env.DATABASE_URL = location.url;
  else env.CASEDESK_DATA_DIR = location.dir;
  return env;
}

function spawnCasedesk(args: string[], env: NodeJS.ProcessEnv) {
  const child = spawn(process.execPath, ["bin/casedesk.js", ...args], { cwd: root, env, stdio: ["ignore", "pipe", "pipe"] });
  children.add(child);
  const out = { stdout: "", stderr: "" };
  child.stdout!.on("data", (chunk: Buffer) => (out.stdout += chunk.toString()));
  child.stderr!.on("data", (chunk: Buffer) => (out.stderr += chunk.toString()));
  const done = new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve, reject) => {
    child.once("error", reject);
    child.once("close", (code) => {
      children.delete(child);
      resolve({ code, ...out });
    });
  });
  return { child, out, done };
}

const runCasedesk = (args: string[], env: NodeJS.ProcessEnv) => spawnCasedesk(args, env).done;


async function startServer(location: TestDatabaseLocation) {
  const port = await freePort();
  const server = spawnCasedesk(["start"], envFor(location, { PORT: String(port) }));
  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (server.child.exitCode !== null || server.child.signalCode !== null) throw new Error(`the server exited:\n${server.out.stdout}${server.out.stderr}`);
    try {
      if ((await fetch(`${base}/healthz`)).status === 200) return { ...server, base };
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`the server did not become healthy in 60 s:\n${server.out.stdout}${server.out.stderr}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** The pid of a process that has just exited, so certainly not alive. */
async function deadPid(): Promise<number> {
  const child = spawn(process.execPath, ["-e", ""], { stdio: "ignore" });
  await new Promise((resolve) => child.once("exit", resolve));
  const pid = child.pid!;
  expect(() => process.kill(pid, 0)).toThrow(expect.objectContaining({ code: "ESRCH" }));
  return pid;
}

async function migrationRows(url: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ version: string; n: number }>("SELECT version, count(*)::int AS n FROM schema_migrations GROUP BY version ORDER BY version");
    const { rows: tables } = await client.query<{ t: string | null }>("SELECT to_regclass('case_activities')::text AS t");
    return { rows, hasActivityLog: tables[0]?.t === "case_activities" };
  } finally {
    await client.end();
  }
}

const everyVersionOnce = () => listMigrations().map((m) => ({ version: m.version, n: 1 }));

describe.runIf(TEST_ENGINE === "postgres")("two instances migrating one empty PostgreSQL database at once", () => {
  it("both migrate() calls succeed and each migration is applied exactly once", async () => {
    const location = await newLocation({ empty: true });
    expect((await migrationRows(location.url!).catch((error: Error) => error.message))).toMatch(/schema_migrations.*does not exist/);
    const first = openPostgres(location.url!, 2);
    const second = openPostgres(location.url!, 2);
    try {
      const [a, b] = await Promise.all([migrate(first), migrate(second)]);
      // one applied everything, the other waited on the lock and found nothing left to do
      expect([...a, ...b].sort()).toEqual(listMigrations().map((m) => m.name));
      expect([a.length, b.length].sort()).toEqual([0, listMigrations().length]);
      expect(await migrate(first)).toEqual([]);
    } finally {
      await first.close();
      await second.close();
    }
    const { rows, hasActivityLog } = await migrationRows(location.url!);
    expect(rows).toEqual(everyVersionOnce());
    expect(hasActivityLog).toBe(true);
  });

  it("two `casedesk migrate` processes started together both exit 0 and apply each migration once", async () => {
    const location = await newLocation({ empty: true });
    const [a, b] = await Promise.all([runCasedesk(["migrate"], envFor(location)), runCasedesk(["migrate"], envFor(location))]);
    expect({ code: a.code, stderr: complaintsIn(a.stderr) }).toEqual({ code: 0, stderr: "" });
    expect({ code: b.code, stderr: complaintsIn(b.stderr) }).toEqual({ code: 0, stderr: "" });
    const { rows, hasActivityLog } = await migrationRows(location.url!);
    expect(rows).toEqual(everyVersionOnce());
    expect(hasActivityLog).toBe(true);
  });
});

describe.runIf(TEST_ENGINE === "pglite")("one process per embedded PGlite data folder", () => {
  it("refuses a second process on a folder a running server holds, with a message naming the folder and holder", async () => {
    const location = await newLocation();
    const server = await startServer(location);
    const lockPath = join(location.dir!, "casedesk.lock");
    expect(readFileSync(lockPath, "utf8")).toBe(String(server.child.pid));

    const second = await runCasedesk(["migrate"], envFor(location));
    expect(second.code).toBe(2);
    expect(second.stderr).toContain(`the data folder ${location.dir} is in use by process ${server.child.pid}`);
    expect(second.stdout).not.toMatch(/up to date|applied/);

    // the refused process left the running server and its lock alone
    expect(readFileSync(lockPath, "utf8")).toBe(String(server.child.pid));
    expect((await fetch(`${server.base}/healthz`)).status).toBe(200);

    server.child.kill("SIGTERM");
    expect((await server.done).code).toBe(0);
    // a clean stop releases the folder
    expect(existsSync(lockPath)).toBe(false);
  });

  it("refuses an in-process opener while another live process holds the lock", async () => {
    const location = await newLocation();
    const holder = spawn(process.execPath, ["-e", "setTimeout(() => {}, 60000)"], { stdio: "ignore" });
    children.add(holder);
    holder.once("exit", () => children.delete(holder));
    const lockPath = join(location.dir!, "casedesk.lock");
    writeFileSync(lockPath, String(holder.pid));
    await expect(openPglite(location.dir!)).rejects.toThrow(DataDirLockedError);
    await expect(openPglite(location.dir!)).rejects.toThrow(`is in use by process ${holder.pid}`);
    expect(readFileSync(lockPath, "utf8")).toBe(String(holder.pid));
  });

  it("takes over a lock left by a process that died (kill -9) and releases it on exit", async () => {
    const location = await newLocation();
    const lockPath = join(location.dir!, "casedesk.lock");
    writeFileSync(lockPath, String(await deadPid()));
    const result = await runCasedesk(["migrate"], envFor(location));
    expect({ code: result.code, stderr: complaintsIn(result.stderr) }).toEqual({ code: 0, stderr: "" });
    expect(result.stdout).toContain("the database is up to date");
    expect(existsSync(lockPath)).toBe(false);
  });

  it("takes over a stale lock in-process too, holding it under its own pid while open", async () => {
    const location = await newLocation();
    const lockPath = join(location.dir!, "casedesk.lock");
    for (const stale of [String(await deadPid()), "not a pid"]) {
      writeFileSync(lockPath, stale);
      const database = await openPglite(location.dir!);
      try {
        expect(readFileSync(lockPath, "utf8")).toBe(String(process.pid));
        expect(await migrate(database)).toEqual([]);
      } finally {
        await database.close();
      }
      expect(existsSync(lockPath)).toBe(false);
    }
  });
});
