import type { ChildProcess } from "node:child_process";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runChildCli } from "./child-server.js";
import { createTestDatabaseLocation, type TestDatabaseLocation } from "./helpers.js";

/** `casedesk token create / list / revoke` as an operator runs them, on a database of its own. */
let location: TestDatabaseLocation;
const children = new Set<ChildProcess>();

function env(): NodeJS.ProcessEnv {
  const vars: NodeJS.ProcessEnv = { ...process.env, CASEDESK_DEMO: "false", LOG_LEVEL: "warn" };
  delete vars.DATABASE_URL;
  delete vars.CASEDESK_DATA_DIR;
  if (location.url) vars.DATABASE_URL = location.url;
  else vars.CASEDESK_DATA_DIR = location.dir;
  return vars;
}
const cli = (...args: string[]) => runChildCli(args, env(), children);

beforeAll(async () => {
  location = await createTestDatabaseLocation();
}, 60_000);
afterAll(async () => {
  for (const child of children) child.kill("SIGKILL");
  await location?.drop();
});

describe("casedesk token", () => {
  it("mints the PBX's token, lists it without the token, and revokes it", async () => {
    expect((await cli("migrate")).code).toBe(0);
    expect((await cli("user", "create", "--email", "pbx-admin@casedesk.test", "--name", "PBX 管理员", "--role", "admin")).code).toBe(0);
    const created = await cli("token", "create", "--email", "pbx-admin@casedesk.test", "--name", "PBX", "--scope", "pbx");
    expect(created.code).toBe(0);
    const token = created.stdout.trim();
    expect(token).toMatch(/^cdt_/);

    const listed = await cli("token", "list");
    expect(listed.code).toBe(0);
    expect(listed.stdout).toMatch(/^[0-9a-f-]{36} {2}pbx-admin@casedesk\.test {2}"PBX" {2}pbx {2}.* {2}active$/m);
    expect(listed.stdout).not.toContain(token);
    const id = listed.stdout.split(" ")[0]!;

    const revoked = await cli("token", "revoke", id);
    expect(revoked).toMatchObject({ code: 0, stdout: `revoked ${id} (pbx-admin@casedesk.test, "PBX")\n` });
    expect((await cli("token", "list", "--email", "pbx-admin@casedesk.test")).stdout).toMatch(/REVOKED \d{4}-\d{2}-\d{2} \d{2}:\d{2}$/m);
    const unknown = await cli("token", "revoke", "00000000-0000-4000-8000-000000000000");
    expect(unknown.code).not.toBe(0);
    expect((await cli("token", "revoke", "nonsense")).code).not.toBe(0);
    // nine commands, each a process opening the database: seconds each on a busy machine
  }, 300_000);
});
