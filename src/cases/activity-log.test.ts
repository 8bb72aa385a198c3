import { spawn } from "node:child_process";
import { rmSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { as, caseInput, seedWorld, testApp, TEST_ENGINE, type TestApp, type World } from "../../test/helpers.js";
import { entryHash } from "./activity-log.js";
import type { ActivityKind } from "./case-events.js";
import { verifyActivityLog } from "./index.js";
import { complaintsIn } from "../../test/child-server.js";

const root = join(dirname(fileURLToPath(import.meta.url)), "../..");

let t: TestApp;
let world: World;
let closed = false;

beforeAll(async () => {
  t = await testApp();
  world = await seedWorld(t.deps);
});
afterAll(async () => {
  if (!closed) await t.close();
  else if (t.db.dir) rmSync(t.db.dir, { recursive: true, force: true });
});

type Entry = { id: string; seq: number; kind: string; visibility: "public" | "internal"; actor: { id: string } | null; at: string; data: Record<string, unknown>; correctsId: string | null; hash: string; prevHash: string | null };

const dispatcher = () => as(t, world.users.dispatcher.token);
const engineer = () => as(t, world.users.engineer.token);

async function openCase(subject: string): Promise<{ id: string; number: string }> {
  const response = await dispatcher().post("/api/v1/cases", caseInput({ subject }));
  expect(response.status).toBe(201);
  return response.body;
}

async function addNote(caseId: string, body: string, visibility: "public" | "internal" = "internal"): Promise<Entry> {
  const response = await engineer().post(`/api/v1/cases/${caseId}/notes`, { body, visibility });
  expect(response.status).toBe(201);
  return response.body;
}

async function entries(caseId: string): Promise<Entry[]> {
  const response = await dispatcher().get(`/api/v1/cases/${caseId}/activities`);
  expect(response.status).toBe(200);
  return response.body.items;
}

/** Every stored row of the log, as the database has it, in a stable order. */
const allRows = () => t.db.withRawSession((session) => session.query("SELECT * FROM case_activities ORDER BY case_id, seq"));

/** Runs raw SQL through the app's own connection and returns the error it fails with. */
async function refusal(sqlText: string, params: unknown[] = []): Promise<{ code?: string; message: string }> {
  try {
    await t.db.withRawSession((session) => session.query(sqlText, params));
  } catch (error) {
    return error as { code?: string; message: string };
  }
  throw new Error(`expected "${sqlText}" to be refused, but it succeeded`);
}

function runCli(args: string[], env: Record<string, string>): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const childEnv: NodeJS.ProcessEnv = { ...process.env, LOG_LEVEL: "warn", ...env };
  if (!env.DATABASE_URL) delete childEnv.DATABASE_URL;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["bin/casedesk.js", ...args], { cwd: root, env: childEnv, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.once("error", reject);
    child.once("close", (code) => resolve({ code, stdout, stderr }));
  });
}

describe("the activity log is append-only in the database", () => {
  it("refuses UPDATE, DELETE and TRUNCATE through the app's own connection and changes nothing", async () => {
    const opened = await openCase("只追加日志：改写被拒");
    await addNote(opened.id, "第一条备注");
    const before = await allRows();
    expect(before.length).toBeGreaterThanOrEqual(2);

    const update = await refusal(`UPDATE case_activities SET data = '{"body":"改写"}'::jsonb WHERE case_id = $1`, [opened.id]);
    expect(update.message).toContain("case_activities is append-only: UPDATE refused");
    expect(update.code).toBe("42501");
    expect(await allRows()).toEqual(before);

    const remove = await refusal("DELETE FROM case_activities WHERE case_id = $1", [opened.id]);
    expect(remove.message).toContain("case_activities is append-only: DELETE refused");
    expect(remove.code).toBe("42501");
    expect(await allRows()).toEqual(before);

    const truncate = await refusal("TRUNCATE case_activities");
    expect(truncate.message).toContain("case_activities is append-only: TRUNCATE refused");
    expect(truncate.code).toBe("42501");
    expect(await allRows()).toEqual(before);
  });

  it("refuses changes made through the app's query builder too, inside or outside a transaction", async () => {
    const opened = await openCase("只追加日志：查询构建器");
    const before = await allRows();
    await expect(
      t.deps.db.updateTable("caseActivities").set({ data: JSON.stringify({ body: "改写" }) }).where("caseId", "=", opened.id).execute(),
    ).rejects.toThrow(/append-only: UPDATE refused/);
    await expect(
      t.deps.db.transaction().execute((tx) => tx.deleteFrom("caseActivities").where("caseId", "=", opened.id).execute()),
    ).rejects.toThrow(/append-only: DELETE refused/);
    expect(await allRows()).toEqual(before);
  });

  it.runIf(TEST_ENGINE === "postgres")(
    "refuses an application role that is not the owner: the trigger stops UPDATE/DELETE and it cannot disable the trigger",
    async () => {
      const opened = await openCase("只追加日志：非属主角色");
      await addNote(opened.id, "应用角色看得到这条");
      const role = `casedesk_app_${Math.random().toString(36).slice(2, 10)}`;
      await t.db.withRawSession((session) =>
        session.exec(`CREATE ROLE ${role} LOGIN;
          GRANT USAGE ON SCHEMA public TO ${role};
          GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ${role};
          GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO ${role};`),
      );
      const url = new URL(t.db.url!);
      url.username = role;
      url.password = "";
      const client = new pg.Client({ connectionString: url.toString() });
      const refused = (sqlText: string, params: unknown[] = []) =>
        client.query(sqlText, params).then(
          () => {
            throw new Error(`expected "${sqlText}" to be refused for ${role}`);
          },
          (error: { code?: string; message: string }) => error,
        );
      try {
        await client.connect();
        const before = await allRows();
        const { rows } = await client.query<{ current_user: string; n: number }>(
          "SELECT current_user, count(*)::int AS n FROM case_activities WHERE case_id = $1 GROUP BY current_user",
          [opened.id],
        );
        // the role reads the log: what stops it below is the trigger and ownership, not a missing grant
        expect(rows).toEqual([{ current_user: role, n: 2 }]);

        const update = await refused(`UPDATE case_activities SET data = '{"body":"改写"}'::jsonb WHERE case_id = $1`, [opened.id]);
        expect(update).toMatchObject({ code: "42501", message: expect.stringContaining("append-only: UPDATE refused") });
        const remove = await refused("DELETE FROM case_activities WHERE case_id = $1", [opened.id]);
        expect(remove).toMatchObject({ code: "42501", message: expect.stringContaining("append-only: DELETE refused") });
        expect((await refused("TRUNCATE case_activities")).message).toMatch(/permission denied for table case_activities/);
        expect((await refused("ALTER TABLE case_activities DISABLE TRIGGER ALL")).message).toMatch(/must be owner of table case_activities/);
        expect((await refused("ALTER TABLE case_activities DISABLE TRIGGER case_activities_no_update_delete")).message).toMatch(/must be owner/);
        expect((await refused("DROP TRIGGER case_activities_no_update_delete ON case_activities")).message).toMatch(/must be owner/);
        expect((await refused("SET session_replication_role = replica")).message).toMatch(/permission denied to set parameter "session_replication_role"/);
        expect(await allRows()).toEqual(before);
      } finally {
        await client.end().catch(() => {});
        await t.db.withRawSession((session) => session.exec(`DROP OWNED BY ${role}; DROP ROLE ${role};`));
      }
    },
  );
});

describe("corrections and the hash chain", () => {
  it("corrects an entry by appending a new one that points at it, leaving the original unchanged", async () => {
    const opened = await openCase("更正：原条目不变");
    const original = await addNote(opened.id, "更换了 2 号槽位硬盘");
    const [storedBefore] = await t.db.withRawSession((session) => session.query("SELECT * FROM case_activities WHERE id = $1", [original.id]));
    const listedBefore = await entries(opened.id);

    const correction = await engineer().post(`/api/v1/cases/${opened.id}/activities/${original.id}/corrections`, {
      reason: "槽位号记错了",
      body: "更换了 3 号槽位硬盘",
    });
    expect(correction.status).toBe(201);
    expect(correction.body).toMatchObject({
      seq: original.seq + 1,
      kind: "entry.corrected",
      visibility: original.visibility,
      correctsId: original.id,
      prevHash: original.hash,
      data: { correctedKind: "note.added", reason: "槽位号记错了", body: "更换了 3 号槽位硬盘" },
      actor: { id: world.users.engineer.id },
    });

    const listedAfter = await entries(opened.id);
    expect(listedAfter).toHaveLength(listedBefore.length + 1);
    expect(listedAfter.slice(0, -1)).toEqual(listedBefore);
    expect(listedAfter.find((e) => e.id === original.id)).toEqual(original);
    const [storedAfter] = await t.db.withRawSession((session) => session.query("SELECT * FROM case_activities WHERE id = $1", [original.id]));
    expect(storedAfter).toEqual(storedBefore);

    // only the author (or a manager/admin) may correct an entry
    const stranger = await as(t, world.users.engineer2.token).post(`/api/v1/cases/${opened.id}/activities/${original.id}/corrections`, {
      reason: "不是我写的",
      body: "乱改",
    });
    expect(stranger.status).toBe(403);
    expect(await entries(opened.id)).toEqual(listedAfter);
  });

  it("links each entry to the one before it: prevHash is the previous entry's hash, and each hash covers its content", async () => {
    const opened = await openCase("哈希链");
    const note = await addNote(opened.id, "公开备注", "public");
    await addNote(opened.id, "内部备注", "internal");
    const call = await engineer().post(`/api/v1/cases/${opened.id}/activities`, {
      type: "call", direction: "outbound", number: "010-66112233", durationSeconds: 240, summary: "电话确认故障现象",
    });
    expect(call.status).toBe(201);
    t.clock.advance(60_000);
    const correction = await engineer().post(`/api/v1/cases/${opened.id}/activities/${note.id}/corrections`, { reason: "补充", body: "公开备注（已更正）" });
    expect(correction.status).toBe(201);

    const log = await entries(opened.id);
    expect(log.map((e) => e.seq)).toEqual([1, 2, 3, 4, 5]);
    expect(log.map((e) => e.kind)).toEqual(["case.opened", "note.added", "note.added", "call.logged", "entry.corrected"]);
    expect(log[0]!.prevHash).toBeNull();
    for (let i = 1; i < log.length; i++) expect(log[i]!.prevHash).toBe(log[i - 1]!.hash);
    expect(new Set(log.map((e) => e.hash)).size).toBe(log.length);
    for (const entry of log) {
      expect(entry.hash).toMatch(/^[0-9a-f]{64}$/);
      const recomputed = entryHash({
        caseId: opened.id,
        seq: entry.seq,
        kind: entry.kind as ActivityKind,
        visibility: entry.visibility,
        actorId: entry.actor?.id ?? null,
        at: new Date(entry.at),
        data: entry.data,
        correctsId: entry.correctsId,
        prevHash: entry.prevHash,
      });
      expect(recomputed).toBe(entry.hash);
    }
  });

  it("verifies every chain as intact while nobody has tampered with the log", async () => {
    const result = await verifyActivityLog(t.deps);
    expect(result.breaks).toEqual([]);
    expect(result.entries).toBe((await allRows()).length);
    expect(result.cases).toBeGreaterThanOrEqual(4);
  });
});

// Runs last: it breaks a chain on purpose, and closes the database for the CLI on PGlite.
describe("tampering behind the trigger's back", () => {
  let victim: { id: string; number: string };
  let altered: Entry;

  it("is possible only for a superuser who bypasses the trigger, and verifyActivityLog names exactly that entry", async () => {
    victim = await openCase("被篡改的工单");
    altered = await addNote(victim.id, "客户同意停机两小时");
    await addNote(victim.id, "停机窗口已确认");
    const bystander = await openCase("旁观的工单");
    await addNote(bystander.id, "与篡改无关");

    await t.db.withRawSession(async (session) => {
      await session.exec("SET session_replication_role = replica");
      try {
        await session.query(`UPDATE case_activities SET data = '{"body":"客户同意停机八小时"}'::jsonb WHERE id = $1`, [altered.id]);
      } finally {
        await session.exec("RESET session_replication_role");
      }
    });
    const [row] = await t.db.withRawSession((session) => session.query<{ data: unknown }>("SELECT data FROM case_activities WHERE id = $1", [altered.id]));
    expect(row!.data).toEqual({ body: "客户同意停机八小时" });
    // the trigger guards the connection again after the reset
    expect((await refusal("UPDATE case_activities SET data = data WHERE id = $1", [altered.id])).message).toContain("append-only");

    const result = await verifyActivityLog(t.deps);
    expect(result.breaks).toEqual([
      { caseId: victim.id, caseNumber: victim.number, entryId: altered.id, seq: 2, reason: "content does not match its hash" },
    ]);
    expect(result.entries).toBe((await allRows()).length);
  });

  it("makes `casedesk verify` exit 1 and print the broken case number and entry", async () => {
    let env: Record<string, string>;
    if (t.db.url) {
      env = { DATABASE_URL: t.db.url };
    } else {
      // a PGlite folder has one opener at a time: let go of it before the CLI opens it
      await t.server.close();
      await t.db.close();
      closed = true;
      env = { CASEDESK_DATA_DIR: t.db.dir! };
    }
    const result = await runCli(["verify"], env);
    expect(complaintsIn(result.stderr)).toBe("");
    expect(result.stdout).toContain(`BROKEN case ${victim.number} entry #2 (${altered.id}): content does not match its hash`);
    expect(result.stdout).toMatch(/^1 broken chain\(s\) among \d+ cases, \d+ entries$/m);
    expect(result.stdout.match(/BROKEN/g)).toHaveLength(1);
    expect(result.code).toBe(1);
  });
});
