import type { ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pino from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../src/app.js";
import { openPglite, openPostgres } from "../src/db/database.js";
import { ManualClock } from "../src/shared/clock.js";
import { complaintsIn, runChildCli, startChildServer } from "./child-server.js";
import { as, caseInput, createTestDatabaseLocation, seedWorld, testConfig, type TestDatabaseLocation } from "./helpers.js";

/**
 * `casedesk backup` while the server runs, `casedesk restore` into an empty database and
 * attachment folder, and `casedesk verify` over what came back: every case's hash chain intact.
 */
let original: TestDatabaseLocation;
let restored: TestDatabaseLocation;
const scratch = mkdtempSync(join(tmpdir(), "casedesk-backup-test-"));
const originalFiles = join(scratch, "files");
const restoredFiles = join(scratch, "restored-files");
const backup = join(scratch, "backup");
const children = new Set<ChildProcess>();

function env(location: TestDatabaseLocation, attachmentsDir: string): NodeJS.ProcessEnv {
  const vars: NodeJS.ProcessEnv = {
    ...process.env, CASEDESK_DEMO: "false", LOG_LEVEL: "warn", CASEDESK_WEB_DIR: "off", ATTACHMENTS_DIR: attachmentsDir,
    // no timers firing: the log stays as it was backed up, so the restored one can be compared
    CASEDESK_WORKER: "false",
  };
  delete vars.DATABASE_URL;
  delete vars.CASEDESK_DATA_DIR;
  if (location.url) vars.DATABASE_URL = location.url;
  else vars.CASEDESK_DATA_DIR = location.dir;
  return vars;
}
const cli = (location: TestDatabaseLocation, attachmentsDir: string, ...args: string[]) => runChildCli(args, env(location, attachmentsDir), children);

/** Three cases with notes, written through the HTTP API, and a file in the attachment store. */
async function fillOriginal() {
  const database = original.dir ? await openPglite(original.dir) : openPostgres(original.url!, 4);
  const app = await createApp(testConfig({ attachmentsDir: originalFiles }), { clock: new ManualClock(), logger: pino({ level: "silent" }), database });
  try {
    const world = await seedWorld(app.deps);
    const dispatcher = as(app, world.users.dispatcher.token);
    for (const subject of ["阵列硬盘故障", "核心交换机端口闪断", "数据库备份失败"]) {
      const opened = await dispatcher.post("/api/v1/cases", caseInput({ subject }));
      expect(opened.status).toBe(201);
      expect((await dispatcher.post(`/api/v1/cases/${opened.body.id}/notes`, { body: `已电话联系客户：${subject}` })).status).toBeLessThan(300);
    }
  } finally {
    await app.server.close();
    await database.close();
  }
  mkdirSync(join(originalFiles, "ab"), { recursive: true });
  writeFileSync(join(originalFiles, "ab", "abcdef"), "现场照片");
}

beforeAll(async () => {
  original = await createTestDatabaseLocation();
  restored = await createTestDatabaseLocation({ empty: true });
  await fillOriginal();
}, 180_000);
afterAll(async () => {
  for (const child of children) child.kill("SIGKILL");
  await original?.drop();
  await restored?.drop();
  rmSync(scratch, { recursive: true, force: true });
});

describe("casedesk backup and restore", () => {
  it("backs up while the server runs, restores into an empty database, and every chain verifies", async () => {
    const before = await cli(original, originalFiles, "verify");
    expect(before).toMatchObject({ code: 0 });
    expect(before.stdout).toMatch(/^ok: \d+ entries in 3 cases, every chain intact$/m);

    const server = await startChildServer(env(original, originalFiles), children, 120_000);
    const made = await cli(original, originalFiles, "backup", backup);
    expect(complaintsIn(made.stderr)).toBe("");
    expect(made).toMatchObject({ code: 0 });
    expect(made.stdout).toContain("1 attachment file(s)");
    // the server kept serving, and the backup needed no second opener of a PGlite folder
    expect((await fetch(`${server.base}/readyz`)).status).toBe(200);
    server.child.kill("SIGTERM");
    expect((await server.exited).code).toBe(0);

    const manifest = JSON.parse(readFileSync(join(backup, "backup.json"), "utf8"));
    expect(manifest).toMatchObject({ format: "casedesk-backup-1", engine: original.url ? "postgres" : "pglite", attachmentFiles: 1 });
    // the running server's lock and socket are not part of the copy
    if (original.dir) expect(existsSync(join(backup, "pglite", "casedesk.lock"))).toBe(false);

    const back = await cli(restored, restoredFiles, "restore", backup);
    expect(back).toMatchObject({ code: 0 });
    const after = await cli(restored, restoredFiles, "verify");
    expect(after).toMatchObject({ code: 0, stdout: before.stdout });
    expect(readFileSync(join(restoredFiles, "ab", "abcdef"), "utf8")).toBe("现场照片");
  }, 300_000);

  it("refuses to restore over data unless told to --replace", async () => {
    const refused = await cli(restored, restoredFiles, "restore", backup);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain("--replace");
    const replaced = await cli(restored, restoredFiles, "restore", "--replace", backup);
    expect(replaced).toMatchObject({ code: 0 });
    expect((await cli(restored, restoredFiles, "verify")).stdout).toMatch(/in 3 cases, every chain intact/);
  }, 180_000);

  it("refuses a folder that is not empty as a backup's target", async () => {
    const refused = await cli(original, originalFiles, "backup", backup);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain("not empty");
  }, 120_000);
});
