import type { ChildProcess } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { createServer, type Server } from "node:net";
import { join } from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freePort, repoRoot, runChildCli } from "./child-server.js";
import { createTestDatabaseLocation, TEST_ENGINE, type TestDatabaseLocation } from "./helpers.js";

/** What someone trying casedesk for the first time runs into: a taken port, --version, which database a command opened. */
let location: TestDatabaseLocation;
let listener: Server;
let takenPort: number;
const children = new Set<ChildProcess>();

// PostgreSQL here trusts local connections, so a password in the URL is accepted and must never be printed
const withPassword = (url: string) => url.replace("://root@", "://root:s3cret-pw@");

function env(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const vars: NodeJS.ProcessEnv = { ...process.env, CASEDESK_DEMO: "auto", LOG_LEVEL: "warn", CASEDESK_WEB_DIR: "off", ...extra };
  delete vars.DATABASE_URL;
  delete vars.CASEDESK_DATA_DIR;
  if (location.url) vars.DATABASE_URL = withPassword(location.url);
  else vars.CASEDESK_DATA_DIR = location.dir;
  return vars;
}

async function migrationsTableExists(): Promise<boolean> {
  if (location.dir) return readdirSync(location.dir).length > 0;
  const client = new pg.Client({ connectionString: location.url });
  await client.connect();
  try {
    return (await client.query("SELECT to_regclass('schema_migrations') AS name")).rows[0].name !== null;
  } finally {
    await client.end();
  }
}

beforeAll(async () => {
  location = await createTestDatabaseLocation({ empty: true });
  takenPort = await freePort();
  listener = createServer();
  await new Promise<void>((resolve) => listener.listen(takenPort, "127.0.0.1", resolve));
}, 60_000);
afterAll(async () => {
  for (const child of children) child.kill("SIGKILL");
  await new Promise((resolve) => listener?.close(resolve));
  await location?.drop();
});

describe("casedesk for a newcomer", () => {
  it("refuses to start on a port already in use, naming the port and PORT, before it migrates or seeds anything", async () => {
    const result = await runChildCli(["start"], env({ HOST: "127.0.0.1", PORT: String(takenPort) }), children);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`port ${takenPort} on 127.0.0.1 is already in use`);
    expect(result.stderr).toContain("PORT=");
    // one line, not a stack trace
    expect(result.stderr.trim().split("\n")).toHaveLength(1);
    expect(result.stdout).not.toContain("demo logins");
    // the empty database stayed empty: no migration ran (on PGlite not even the folder was touched)
    expect(await migrationsTableExists()).toBe(false);
  }, 120_000);

  it("prints its version", async () => {
    const { version } = JSON.parse(readFileSync(join(repoRoot, "package.json"), "utf8")) as { version: string };
    const result = await runChildCli(["--version"], env(), children);
    expect(result).toMatchObject({ code: 0, stdout: `${version}\n` });
  }, 60_000);

  it("says on stderr which data folder or database a command opened, without the password", async () => {
    const result = await runChildCli(["migrate"], env(), children);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^applied: 0001_/);
    if (TEST_ENGINE === "pglite") {
      expect(result.stderr).toBe(`casedesk: opened the embedded database in ${location.dir}\n`);
    } else {
      const shown = new URL(location.url!);
      expect(result.stderr).toBe(`casedesk: opened PostgreSQL at postgres://root@${shown.host}${shown.pathname}\n`);
      expect(result.stderr).not.toContain("s3cret-pw");
    }
    expect(await migrationsTableExists()).toBe(true);
  }, 120_000);
});
