import type { ChildProcess } from "node:child_process";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { systemActor } from "../src/auth/index.js";
import { createContact, createContract, createCustomer, createSite } from "../src/customers/index.js";
import type { Role } from "../src/db/schema.js";
import { messageIdOf } from "../src/notify/index.js";
import { bindSlaPolicy, createSlaPolicy } from "../src/sla/manage-sla-policies.js";
import { parseDuration } from "../src/sla/index.js";
import { complaintsIn, runChildCli, startChildServer, type ChildServer } from "./child-server.js";
import { apiAs as api, childEnvFor, outboxDrained, seedPerson, until, withDirectDeps, withDirectQuery, type Person } from "./crash-harness.js";
import { createTestDatabaseLocation, drillPolicy, TEST_ENGINE, type TestDatabaseLocation } from "./helpers.js";
import { startSmsGatewayPeer, startSmtpPeer, type SmsGatewayPeer, type SmtpPeer } from "./peers.js";

/**
 * kill -9 between the 30- and the 45-minute step of the response ladder, on a drill policy whose
 * steps are seconds apart (the same ladder, only faster): after a restart on the same data the
 * 45-minute reminder, the dispatcher's alert and the reassignment each happen exactly once, and
 * the rest of the ladder runs its course once.
 */
const STEPS = { a: "PT2S", b: "PT4S", c: "PT6S", resolution: "PT12S" };
const B_MS = parseDuration(STEPS.b);
const C_MS = parseDuration(STEPS.c);
const RESOLUTION_MS = parseDuration(STEPS.resolution);

let location: TestDatabaseLocation;
let people: Record<"dispatcher" | "engineer" | "engineer2" | "manager", Person>;
let contractNo: string;
let smtp: SmtpPeer;
let sms: SmsGatewayPeer;
const children = new Set<ChildProcess>();

const childEnv = () => childEnvFor(location, { CASEDESK_WORKER: "true", WORKER_INTERVAL_MS: "200", SMTP_URL: `smtp://127.0.0.1:${smtp.port}`, SMS_GATEWAY_URL: sms.url });
const startServer = (): Promise<ChildServer> => startChildServer(childEnv(), children, 60_000);
const runCli = (args: string[]) => runChildCli(args, childEnv(), children);

type Entry = { kind: string; at: string; data: Record<string, unknown> };
async function activities(base: string, caseId: string): Promise<Entry[]> {
  const response = await api(base, people.manager, "GET", `/cases/${caseId}/activities?limit=500`);
  expect(response.status).toBe(200);
  return response.body.items;
}

beforeAll(async () => {
  smtp = await startSmtpPeer();
  sms = await startSmsGatewayPeer();
  location = await createTestDatabaseLocation();
  // seed before the server starts: a PGlite folder has one opener at a time
  await withDirectDeps(location, async (deps) => {
    const actor = systemActor;
    const person = (key: string, role: Role, phone: string) => seedPerson(deps, key, role, "sla-crash", phone);
    people = {
      dispatcher: await person("dispatcher", "dispatcher", "+8613900000001"),
      engineer: await person("engineer", "engineer", "+8613900000002"),
      engineer2: await person("engineer2", "engineer", "+8613900000003"),
      manager: await person("manager", "manager", "+8613900000004"),
    };
    const customer = await createCustomer(deps, { actor, name: "华北电力信息中心", address: "北京市西城区复兴门内大街 1 号" });
    await createContact(deps, { actor, customerId: customer.id, name: "王建国", mobile: "138 0013 8000", email: "wang@hbdl.example.cn", isDesignated: true });
    const site = await createSite(deps, { actor, customerId: customer.id, name: "一号机房", city: "北京" });
    // no per-contract targets: the drill policy's own apply to every level
    const contract = await createContract(deps, {
      actor, customerId: customer.id, contractNo: "HT-DRILL-001", siteIds: [site.id],
      equipment: [{ siteId: site.id, vendor: "IBM", model: "Power S924", serial: "78D1234" }],
    });
    contractNo = contract.contractNo;
    const policy = await createSlaPolicy(deps, { actor, definition: drillPolicy({ name: "演练", ...STEPS }) });
    await bindSlaPolicy(deps, { actor, policyId: policy.id, contractId: null, faultLevel: null });
  });
});

afterAll(async () => {
  for (const child of children) child.kill("SIGKILL");
  await location?.drop();
  await smtp?.close();
  await sms?.close();
});

describe(`kill -9 between the 30- and 45-minute steps of a drill ladder (${TEST_ENGINE})`, () => {
  it("after a restart, the 45-minute reminder, the alert and the reassignment each happen exactly once", { timeout: 180_000 }, async () => {
    const started = Date.now();
    const timings: Record<string, number> = {};
    const first = await startServer();
    timings.firstStartMs = first.readyAt - started;

    const opened = await api(first.base, people.dispatcher, "POST", "/cases", {
      subject: "存储阵列硬盘故障，业务系统宕机", channel: "phone", vendor: "IBM", caseType: "hardware", faultLevel: "S2",
      caller: { name: "王建国", phone: "13800138000", contractNo },
    });
    expect(opened.status).toBe(201);
    const caseId: string = opened.body.id;
    const assigned = await api(first.base, people.dispatcher, "POST", `/cases/${caseId}/assign`, { assigneeId: people.engineer.id });
    expect(assigned.status).toBe(200);
    const assignedAt = Date.parse((await activities(first.base, caseId)).find((e) => e.kind === "case.assigned")!.at);
    const openedAt = Date.parse((await activities(first.base, caseId)).find((e) => e.kind === "case.opened")!.at);

    // the A step: one reminder in the log; then kill -9 before B
    const atA = await until("the A reminder", 15_000, async () => {
      const log = await activities(first.base, caseId);
      return log.some((e) => e.kind === "sla.reminded") ? log : undefined;
    });
    first.child.kill("SIGKILL");
    const killedAt = Date.now();
    timings.killAfterAssignMs = killedAt - assignedAt;
    expect(await first.exited).toMatchObject({ signal: "SIGKILL" });
    expect(atA.filter((e) => e.kind === "sla.reminded")).toHaveLength(1);
    expect(atA.filter((e) => e.kind === "sla.alerted")).toHaveLength(0);
    expect(atA.filter((e) => e.kind === "case.assigned")).toHaveLength(1);

    // stay down past C as well: the restart must catch up B's steps (and C's breach) exactly once,
    // whatever the machine's start-up time
    await until("C to pass while the server is down", C_MS + 2_000, async () => Date.now() > assignedAt + C_MS + 250);
    const second = await startServer();
    timings.restartMs = second.readyAt - killedAt;
    timings.restartAfterAssignMs = second.readyAt - assignedAt;

    // the rest of the ladder runs its course: the reassignment to the other engineer, whose own
    // ladder then finds nobody else to hand the case to and breaches; the resolution target passes
    await until("the second cycle's response breach and the resolution breach", 30_000, async () => {
      const sla = await api(second.base, people.manager, "GET", `/cases/${caseId}/sla`);
      const breaches: { metric: string; cycle: number }[] = sla.body.breaches;
      return breaches.some((b) => b.metric === "response" && b.cycle === 2) && breaches.some((b) => b.metric === "resolution") && Date.now() > openedAt + RESOLUTION_MS;
    });
    // and the outbox drains: nothing pending, nothing on the wire; rows the killed sender held stay
    // 'sending' until their lease ends (their lease was taken before the kill)
    await until("the outbox to drain", 30_000, () => outboxDrained(second.base, people.manager, killedAt));
    const log = await activities(second.base, caseId);
    const current = await api(second.base, people.manager, "GET", `/cases/${caseId}`);
    const sla = await api(second.base, people.manager, "GET", `/cases/${caseId}/sla`);
    const stoppedAt = Date.now();
    second.child.kill("SIGTERM");
    expect(await second.exited).toEqual({ code: 0, signal: null });
    timings.secondRunMs = stoppedAt - second.readyAt;

    // the API's view: one reassignment, to the other engineer, by the system, for the lapse
    const reassignments = log.filter((e) => e.kind === "case.assigned" && e.data.reason === "response_overdue");
    expect(reassignments).toHaveLength(1);
    expect(reassignments[0]!.data).toMatchObject({ assignee: { before: people.engineer.id, after: people.engineer2.id }, responseCycle: 2, automatic: true });
    expect(log.filter((e) => e.kind === "case.assigned")).toHaveLength(2);
    expect(current.body).toMatchObject({ assigneeId: people.engineer2.id, responseCycle: 2 });
    // A and B of cycle 1, A and B of cycle 2; one alert per cycle; the second cycle's reassignment finds nobody
    expect(log.filter((e) => e.kind === "sla.reminded").map((e) => [e.data.responseCycle, e.data.step])).toEqual([[1, 0], [1, 1], [2, 0], [2, 1]]);
    expect(log.filter((e) => e.kind === "sla.alerted").map((e) => [e.data.responseCycle, e.data.step])).toEqual([[1, 2], [2, 2]]);
    expect(log.filter((e) => e.kind === "sla.reassign_failed")).toHaveLength(1);
    // the first engineer held the case past C without a response (the reassignment came late,
    // after the restart): cycle 1's response breach is recorded, at C, and once
    const breaches = (sla.body.breaches as { metric: string; cycle: number; dueAt: string; breachedAt: string }[]).sort((x, y) => `${x.metric}:${x.cycle}`.localeCompare(`${y.metric}:${y.cycle}`));
    expect(breaches.map((b) => `${b.metric}:${b.cycle}`)).toEqual(["first_response:1", "resolution:1", "response:1", "response:2"]);
    expect(breaches[0]).toMatchObject({ breachedAt: new Date(openedAt + C_MS).toISOString() });
    expect(breaches[1]).toMatchObject({ breachedAt: new Date(openedAt + RESOLUTION_MS).toISOString() });
    expect(breaches[2]).toMatchObject({ dueAt: new Date(assignedAt + C_MS).toISOString(), breachedAt: new Date(assignedAt + C_MS).toISOString() });
    expect(sla.body.clocks.find((k: { metric: string; cycle: number }) => k.metric === "response" && k.cycle === 1)).toMatchObject({ status: "stopped", stopReason: "reassigned" });
    expect(log.filter((e) => e.kind === "sla.breached")).toHaveLength(4);

    const verify = await runCli(["verify"]);
    expect(complaintsIn(verify.stderr)).toBe("");
    expect(verify.stdout).toMatch(/^ok: \d+ entries in 1 cases, every chain intact/);
    expect(verify.code).toBe(0);

    // the database's view
    await withDirectQuery(location, async (q) => {
      const steps = await q<{ cycle: number; step: number; n: number; at: Date }>(
        `SELECT cycle, (data->>'step')::int AS step, count(*)::int AS n, min(at) AS at FROM sla_clock_events
         WHERE case_id = $1 AND metric = 'response' AND type = 'step' GROUP BY 1, 2 ORDER BY 1, 2`, [caseId],
      );
      expect(steps.map((s) => [s.cycle, s.step, s.n])).toEqual([
        [1, 0, 1], [1, 1, 1], [1, 2, 1], [1, 3, 1], [1, 4, 1],
        [2, 0, 1], [2, 1, 1], [2, 2, 1], [2, 3, 1], [2, 4, 1],
      ]);
      // A fired in the first process; B's steps only after the kill, in the second
      const cycle1 = steps.filter((s) => s.cycle === 1);
      expect(new Date(cycle1[0]!.at).getTime()).toBeLessThan(killedAt);
      for (const s of cycle1.slice(1)) expect(new Date(s.at).getTime()).toBeGreaterThan(killedAt);
      timings.bFiredAfterAssignMs = new Date(cycle1[1]!.at).getTime() - assignedAt;
      expect(timings.bFiredAfterAssignMs).toBeGreaterThanOrEqual(B_MS);

      const breachRows = await q<{ metric: string; cycle: number; n: number }>(
        "SELECT metric, cycle, count(*)::int AS n FROM sla_breaches WHERE case_id = $1 GROUP BY 1, 2 ORDER BY 1, 2", [caseId],
      );
      expect(breachRows).toEqual([
        { metric: "first_response", cycle: 1, n: 1 }, { metric: "resolution", cycle: 1, n: 1 }, { metric: "response", cycle: 1, n: 1 }, { metric: "response", cycle: 2, n: 1 },
      ]);
      const breachEvents = await q<{ n: number }>("SELECT count(*)::int AS n FROM sla_clock_events WHERE case_id = $1 AND type = 'breach'", [caseId]);
      expect(breachEvents[0]!.n).toBe(4);

      const notifications = await q<{ key: string; channel: string; userId: string | null; status: string; template: string }>(
        `SELECT key, channel, user_id AS "userId", status, template FROM notifications WHERE case_id = $1 ORDER BY key`, [caseId],
      );
      expect(new Set(notifications.map((n) => n.key)).size).toBe(notifications.length);
      const keyOf = (cycle: number, step: number, channel: string, who: Person) => `sla:${caseId}:response:${cycle}:step${String(step).padStart(2, "0")}:${channel}:${who.id}`;
      // the 45-minute reminder reached the first engineer once per channel; the alert the dispatcher
      for (const channel of ["email", "sms"]) {
        expect(notifications.filter((n) => n.key === keyOf(1, 1, channel, people.engineer))).toEqual([expect.objectContaining({ template: "sla.response_reminder", status: "sent" })]);
        expect(notifications.filter((n) => n.key === keyOf(1, 2, channel, people.dispatcher))).toEqual([expect.objectContaining({ template: "sla.response_alert_dispatcher", status: "sent" })]);
        expect(notifications.filter((n) => n.key === keyOf(1, 1, channel, people.dispatcher))).toEqual([]);
      }
      const reassignedNew = notifications.filter((n) => n.template === "sla.reassigned_new");
      expect(reassignedNew.map((n) => [n.userId, n.channel]).sort()).toEqual([[people.engineer2.id, "email"], [people.engineer2.id, "inapp"], [people.engineer2.id, "sms"]]);

      // each e-mail and SMS row reached its peer at most once, and every row sent after the restart exactly once
      const mailIds = smtp.messages.map((m) => m.messageId);
      const smsKeys = sms.requests.map((r) => r.body.idempotencyKey);
      expect(new Set(mailIds).size).toBe(mailIds.length);
      expect(new Set(smsKeys).size).toBe(smsKeys.length);
      for (const n of notifications.filter((row) => row.key.includes(":response:1:step01:") || row.key.includes(":response:1:step02:"))) {
        if (n.channel === "email") expect(mailIds.filter((id) => id === messageIdOf(n.key))).toHaveLength(1);
        if (n.channel === "sms") expect(smsKeys.filter((k) => k === n.key)).toHaveLength(1);
      }

      const timers = await q<{ status: string; n: number }>(
        "SELECT status, count(*)::int AS n FROM timers WHERE key LIKE $1 GROUP BY 1 ORDER BY 1", [`sla:${caseId}:%`],
      );
      expect(timers.filter((t) => t.status === "failed" || t.status === "pending")).toEqual([]);
    });
    timings.totalMs = Date.now() - started;
    console.log(`sla-crash (${TEST_ENGINE}) timings: ${JSON.stringify(timings)}`);
  });
});
