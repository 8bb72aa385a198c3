import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pino from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp, type App } from "../src/app.js";
import { systemActor } from "../src/auth/index.js";
import { notify } from "../src/notify/index.js";
import { bindSlaPolicy, createSlaPolicy } from "../src/sla/manage-sla-policies.js";
import { as, drillPolicy, seedWorld, testConfig, testDatabase, type TestDatabase, type World } from "./helpers.js";
import { startHangingPeer, startSmtpPeer, type HangingPeer, type SmtpPeer } from "./peers.js";

/**
 * The response ladder on a second-scale policy, under the real worker loop and the real clock,
 * while the SMS gateway accepts every request and never answers and a backlog of texts waits for
 * it: the reminders and the reassignment still fire within a second of their due time, and their
 * e-mails go out, because timers and each channel's delivery run in loops of their own.
 */
const SMS_BACKLOG = 24;
const SMS_CONCURRENCY = 4;

let db: TestDatabase;
let app: App;
let world: World;
let smtp: SmtpPeer;
let gateway: HangingPeer;
const attachmentsDir = mkdtempSync(join(tmpdir(), "casedesk-attachments-"));

beforeAll(async () => {
  smtp = await startSmtpPeer();
  gateway = await startHangingPeer("http");
  db = await testDatabase();
  const config = testConfig({
    smtpUrl: `smtp://127.0.0.1:${smtp.port}`, smsGatewayUrl: gateway.url, smsGatewayToken: undefined,
    // longer than the test: every text it asks for hangs until the end
    smsGatewayTimeoutMs: 60_000, smsGatewayConcurrency: SMS_CONCURRENCY, attachmentsDir,
  });
  // CASEDESK_TEST_LOG=warn shows what the worker logs
  app = await createApp(config, { database: db, logger: pino({ level: process.env.CASEDESK_TEST_LOG ?? "silent" }), worker: true, workerIntervalMs: 500 });
  world = await seedWorld(app.deps);
  for (const [key, phone] of [["dispatcher", "+8613900000001"], ["engineer", "+8613900000002"], ["engineer2", "+8613900000003"]] as const) {
    await app.deps.db.updateTable("users").set({ phone }).where("id", "=", world.users[key].id).execute();
  }
  const policy = await createSlaPolicy(app.deps, { actor: systemActor, definition: drillPolicy({ name: "演练", a: "PT2S", b: "PT4S", c: "PT6S", resolution: "PT12S" }) });
  await bindSlaPolicy(app.deps, { actor: systemActor, policyId: policy.id, contractId: null, faultLevel: null });
}, 30_000);

afterAll(async () => {
  await app?.close();
  await db?.drop();
  await smtp?.close();
  await gateway?.close();
  rmSync(attachmentsDir, { recursive: true, force: true });
});

/** Polls `check` until it holds or `timeoutMs` passes; the assertions that follow say what was missing. */
const until = async (check: () => Promise<boolean> | boolean, timeoutMs: number) => {
  for (const deadline = Date.now() + timeoutMs; !(await check()) && Date.now() < deadline; ) await new Promise((resolve) => setTimeout(resolve, 50));
};

describe("a hanging SMS gateway", () => {
  it("delays neither the ladder's timers nor e-mail", { timeout: 30_000 }, async () => {
    const { db: kysely } = app.deps;
    const phones = Array.from({ length: SMS_BACKLOG }, (_, i) => ({ phone: `13900139${String(i).padStart(3, "0")}` }));
    await kysely.transaction().execute((tx) =>
      notify(tx, { key: "backlog:closed", recipients: phones, channels: ["sms"], template: "case.closed", params: { caseNumber: "C2611-000001" }, now: new Date() }));
    await until(() => gateway.arrivals.length === SMS_CONCURRENCY, 5_000);
    expect(gateway.arrivals).toHaveLength(SMS_CONCURRENCY);

    const dispatcher = as(app, world.users.dispatcher.token);
    const opened = await dispatcher.post("/api/v1/cases", {
      subject: "存储阵列硬盘故障", channel: "phone", vendor: "HPE", caseType: "hardware", faultLevel: "S1",
      caller: { name: "李娜", phone: "02168881234", contractNo: "HT-2026-002" },
    });
    expect(opened.status).toBe(201);
    expect((await dispatcher.post(`/api/v1/cases/${opened.body.id}/assign`, { assigneeId: world.users.engineer.id })).status).toBe(200);
    const caseId: string = opened.body.id;
    const caseNumber: string = opened.body.number;

    // B is 4 s after the assignment: the reassignment's timer, then the case on the other engineer
    const assignee = async () => (await kysely.selectFrom("cases").select("assigneeId").where("id", "=", caseId).executeTakeFirstOrThrow()).assigneeId;
    await until(async () => (await assignee()) === world.users.engineer2.id, 8_000);
    expect(await assignee()).toBe(world.users.engineer2.id);
    // the gateway has answered nothing, and was asked for no more texts than the concurrency
    expect(gateway.arrivals).toHaveLength(SMS_CONCURRENCY);

    const steps = await kysely.selectFrom("timers").select(["key", "status", "scheduledAt", "firedAt"]).where("key", "like", `sla:${caseId}:response:1:step%`).orderBy("key").execute();
    const fired = steps.filter((s) => s.status === "fired");
    // A (remind), B (remind, alert, reassign); C was cancelled by the reassignment
    expect(fired.map((s) => s.key.slice(-6))).toEqual(["step00", "step01", "step02", "step03"]);
    const lags = fired.map((s) => s.firedAt!.getTime() - s.scheduledAt.getTime());
    expect(lags.every((lag) => lag >= 0 && lag < 1000), `lags ${JSON.stringify(lags)} ms`).toBe(true);

    // the reminders' and the reassignment's e-mails went out while every text still waited
    const mailsTo = (user: keyof World["users"]) => smtp.messages.filter((m) => m.subject.includes(caseNumber) && m.envelopeTo.includes(`${user}@casedesk.test`));
    // assigned, reminded at A and at B, told of the hand-over; the dispatcher reminded, alerted and told of it
    const expected = { engineer: 4, dispatcher: 3, engineer2: 1 };
    const counts = () => ({ engineer: mailsTo("engineer").length, dispatcher: mailsTo("dispatcher").length, engineer2: mailsTo("engineer2").length });
    await until(() => JSON.stringify(counts()) === JSON.stringify(expected), 3_000);
    expect(counts()).toEqual(expected);
    expect(gateway.arrivals).toHaveLength(SMS_CONCURRENCY);
    const sentTexts = await kysely.selectFrom("notifications").select("id").where("channel", "=", "sms").where("status", "=", "sent").execute();
    expect(sentTexts).toHaveLength(0);
  });
});
