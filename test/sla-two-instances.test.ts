import pino from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp, timerHandlers, type App } from "../src/app.js";
import { createApiToken, createUser, systemActor } from "../src/auth/index.js";
import { createContact, createContract, createCustomer, createSite } from "../src/customers/index.js";
import { openPostgres } from "../src/db/database.js";
import type { Role } from "../src/db/schema.js";
import type { TimerHandler } from "../src/jobs/index.js";
import { messageIdOf } from "../src/notify/index.js";
import { systemClock } from "../src/shared/clock.js";
import type { Deps } from "../src/shared/deps.js";
import { EventBus } from "../src/shared/domain-events.js";
import { parseDuration } from "../src/sla/index.js";
import { bindSlaPolicy, createSlaPolicy } from "../src/sla/manage-sla-policies.js";
import { as, createTestDatabaseLocation, drillPolicy, testConfig, TEST_ENGINE, type TestDatabaseLocation } from "./helpers.js";
import { startSmsGatewayPeer, startSmtpPeer, type SmsGatewayPeer, type SmtpPeer } from "./peers.js";

/**
 * Two casedesk instances over one PostgreSQL database, each with its own pool and its own worker
 * (200 ms rounds, woken by NOTIFY), race for the same timers and outbox rows of a drill policy
 * whose ladder runs in seconds: every threshold fires exactly once, whichever instance gets it.
 */
const STEPS = { a: "PT2S", b: "PT4S", c: "PT6S", resolution: "PT12S" };
const C_MS = parseDuration(STEPS.c);
const CASES = 20;

type Person = { id: string; token: string };
let location: TestDatabaseLocation;
let people: Record<"dispatcher" | "engineer" | "engineer2" | "manager", Person>;
let contractNo: string;
const apps: App[] = [];
const peers: { smtp: SmtpPeer; sms: SmsGatewayPeer }[] = [];
/** every handler call, by timer key: which instance ran it and whether it threw */
const calls = new Map<string, { instance: number; threw: boolean }[]>();
const originalHandlers = { ...timerHandlers };

describe.runIf(TEST_ENGINE === "postgres")("two instances with workers over one PostgreSQL database", () => {
  beforeAll(async () => {
    location = await createTestDatabaseLocation();
    const seeding = openPostgres(location.url!, 2);
    try {
      const deps: Deps = { db: seeding.db, engine: seeding.engine, clock: systemClock, config: testConfig(), logger: pino({ level: "silent" }), events: new EventBus() };
      const actor = systemActor;
      const person = async (key: string, role: Role, phone: string): Promise<Person> => {
        const user = await createUser(deps, { actor, email: `${key}@casedesk.test`, name: key, role, phone });
        return { id: user.id, token: (await createApiToken(deps, { actor, userId: user.id, name: "two-instances" })).token };
      };
      people = {
        dispatcher: await person("dispatcher", "dispatcher", "+8613900000001"),
        engineer: await person("engineer", "engineer", "+8613900000002"),
        engineer2: await person("engineer2", "engineer", "+8613900000003"),
        manager: await person("manager", "manager", "+8613900000004"),
      };
      const customer = await createCustomer(deps, { actor, name: "江南银行数据中心", address: "上海市浦东新区世纪大道 8 号" });
      await createContact(deps, { actor, customerId: customer.id, name: "李娜", phone: "021-68881234", email: "lina@jnbank.example.cn", isDesignated: true });
      const site = await createSite(deps, { actor, customerId: customer.id, name: "张江机房", city: "上海" });
      contractNo = (await createContract(deps, {
        actor, customerId: customer.id, contractNo: "HT-DRILL-002", siteIds: [site.id],
        equipment: [{ siteId: site.id, vendor: "HPE", model: "ProLiant DL380 Gen10", serial: "CZ2000ABC" }],
      })).contractNo;
      const policy = await createSlaPolicy(deps, { actor, definition: drillPolicy({ name: "演练", ...STEPS }) });
      await bindSlaPolicy(deps, { actor, policyId: policy.id, contractId: null, faultLevel: null });
    } finally {
      await seeding.close();
    }

    // note which instance runs each timer (the worker passes its own Deps to the handler)
    for (const [kind, handler] of Object.entries(originalHandlers)) {
      const wrapped: TimerHandler = async (tx, timer, deps) => {
        const entry = { instance: apps.findIndex((app) => app.deps === deps), threw: false };
        calls.set(timer.key, [...(calls.get(timer.key) ?? []), entry]);
        try {
          return await handler(tx, timer, deps);
        } catch (error) {
          entry.threw = true;
          throw error;
        }
      };
      timerHandlers[kind] = wrapped;
    }
    for (let i = 0; i < 2; i++) {
      const smtp = await startSmtpPeer();
      const sms = await startSmsGatewayPeer();
      peers.push({ smtp, sms });
      const config = testConfig({ databaseUrl: location.url, smtpUrl: `smtp://127.0.0.1:${smtp.port}`, smsGatewayUrl: sms.url, smsGatewayToken: undefined });
      // CASEDESK_TEST_LOG=error shows what the workers log
      const logger = pino({ level: process.env.CASEDESK_TEST_LOG ?? "silent" });
      apps.push(await createApp(config, { database: openPostgres(location.url!, 10), logger, worker: true, workerIntervalMs: 200 }));
    }
  });

  afterAll(async () => {
    for (const app of apps) await app.close();
    Object.assign(timerHandlers, originalHandlers);
    for (const peer of peers) {
      await peer.smtp.close();
      await peer.sms.close();
    }
    await location?.drop();
  });

  it(`fires every threshold of ${CASES} cases exactly once, whichever instance claims it`, { timeout: 60_000 }, async () => {
    const started = Date.now();
    const cases: { id: string; engineer: Person; other: Person }[] = [];
    for (let i = 0; i < CASES; i++) {
      const opener = as(apps[i % 2]!, people.dispatcher.token);
      const assigner = as(apps[(i + 1) % 2]!, people.dispatcher.token);
      const opened = await opener.post("/api/v1/cases", {
        subject: `演练工单 ${i + 1}`, channel: "phone", vendor: "HPE", caseType: "hardware", faultLevel: (["S1", "S2", "S3", "S4"] as const)[i % 4],
        caller: { name: "李娜", phone: "02168881234", contractNo },
      });
      expect(opened.status).toBe(201);
      const [engineer, other] = i % 2 === 0 ? [people.engineer, people.engineer2] : [people.engineer2, people.engineer];
      expect((await assigner.post(`/api/v1/cases/${opened.body.id}/assign`, { assigneeId: engineer.id })).status).toBe(200);
      cases.push({ id: opened.body.id, engineer, other });
    }
    const openedInMs = Date.now() - started;
    const ids = cases.map((c) => c.id);
    const db = apps[0]!.deps.db;

    // until every case is past its last threshold: the second cycle's breach and the resolution breach
    const deadline = Date.now() + 40_000;
    for (;;) {
      const breaches = await db.selectFrom("slaBreaches").select(["caseId", "metric", "cycle"]).where("caseId", "in", ids).execute();
      const done = (id: string) => breaches.some((b) => b.caseId === id && b.metric === "resolution") && breaches.some((b) => b.caseId === id && b.metric === "response" && b.cycle === 2);
      const due = await db.selectFrom("timers").select("id").where("status", "=", "pending").where("dueAt", "<=", new Date()).limit(1).execute();
      const outbox = await db.selectFrom("notifications").select("id").where("status", "in", ["pending", "sending"]).limit(1).execute();
      if (ids.every(done) && due.length === 0 && outbox.length === 0) break;
      if (Date.now() > deadline) {
        const troubled = await db.selectFrom("timers").select(["key", "status", "attempts", "lastError", "dueAt"]).where((eb) => eb.or([eb("attempts", ">", 1), eb("lastError", "is not", null)])).execute();
        throw new Error(`not every case finished its ladder in 40 s: ${ids.filter(done).length}/${CASES} done; timers with errors: ${JSON.stringify(troubled, null, 1)}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    const finishedInMs = Date.now() - started;

    // the timers: fired or cancelled, none failed or left behind; each fired one ran once, by one instance
    const timers = await db.selectFrom("timers").select(["key", "status", "attempts", "lastError"]).where("key", "like", "sla:%").execute();
    const ours = timers.filter((t) => ids.some((id) => t.key.startsWith(`sla:${id}:`)));
    expect(ours.filter((t) => t.status !== "fired" && t.status !== "cancelled")).toEqual([]);
    const fired = ours.filter((t) => t.status === "fired");
    expect(fired.filter((t) => t.attempts !== 1)).toEqual([]);
    expect(fired.filter((t) => calls.get(t.key)?.length !== 1).map((t) => [t.key, calls.get(t.key)])).toEqual([]);
    expect(ours.filter((t) => t.status === "cancelled" && calls.has(t.key))).toEqual([]);
    const byInstance = [0, 1].map((i) => fired.filter((t) => calls.get(t.key)![0]!.instance === i).length);
    expect(byInstance[0]).toBeGreaterThan(0);
    expect(byInstance[1]).toBeGreaterThan(0);

    // one 'step' clock event per (case, cycle, step)
    const steps = await db
      .selectFrom("slaClockEvents")
      .select(["caseId", "cycle", "data", "at"])
      .where("caseId", "in", ids).where("metric", "=", "response").where("type", "=", "step")
      .execute();
    const stepKeys = steps.map((s) => `${s.caseId}:${s.cycle}:${(s.data as { step: number }).step}`);
    expect(stepKeys.length - new Set(stepKeys).size).toBe(0);

    const log = await db.selectFrom("caseActivities").select(["caseId", "kind", "at", "data"]).where("caseId", "in", ids).execute();
    const breaches = await db.selectFrom("slaBreaches").selectAll().where("caseId", "in", ids).execute();
    for (const c of cases) {
      const entries = log.filter((e) => e.caseId === c.id);
      const assigned = entries.filter((e) => e.kind === "case.assigned").sort((x, y) => x.at.getTime() - y.at.getTime());
      // one reassignment, by the system, to the other engineer; the second cycle's finds nobody left
      expect(assigned.map((e) => (e.data as { reason?: string }).reason ?? null)).toEqual([null, "response_overdue"]);
      expect((assigned[1]!.data as { assignee: { before: string; after: string } }).assignee).toEqual({ before: c.engineer.id, after: c.other.id });
      expect(entries.filter((e) => e.kind === "sla.reassign_failed")).toHaveLength(1);
      expect(entries.filter((e) => e.kind === "sla.reminded")).toHaveLength(4);
      expect(entries.filter((e) => e.kind === "sla.alerted")).toHaveLength(2);
      // cycle 1 ends at the reassignment, before C, unless the worker was more than B→C late
      const firstAssignedAt = assigned[0]!.at.getTime();
      const lateReassignment = assigned[1]!.at.getTime() >= firstAssignedAt + C_MS;
      const expectedSteps = [...(lateReassignment ? [0, 1, 2, 3, 4] : [0, 1, 2, 3]).map((s) => `1:${s}`), ...[0, 1, 2, 3, 4].map((s) => `2:${s}`)];
      expect(steps.filter((s) => s.caseId === c.id).map((s) => `${s.cycle}:${(s.data as { step: number }).step}`).sort()).toEqual(expectedSteps);
      // one breach row per (case, metric, cycle)
      const expectedBreaches = ["first_response:1", "resolution:1", ...(lateReassignment ? ["response:1"] : []), "response:2"];
      expect(breaches.filter((b) => b.caseId === c.id).map((b) => `${b.metric}:${b.cycle}`).sort()).toEqual(expectedBreaches);
      expect(entries.filter((e) => e.kind === "sla.breached")).toHaveLength(expectedBreaches.length);
      expect(entries.filter((e) => e.kind === "sla.warned").map((e) => (e.data as { percent: number }).percent).sort((x, y) => x - y)).toEqual([75, 100]);
    }

    // no duplicate notification keys; every e-mail and SMS reached a peer exactly once
    const notifications = await db.selectFrom("notifications").select(["key", "channel", "status"]).where("caseId", "in", ids).execute();
    expect(notifications.length - new Set(notifications.map((n) => n.key)).size).toBe(0);
    const outgoing = notifications.filter((n) => n.channel !== "inapp");
    expect(outgoing.filter((n) => n.status !== "sent")).toEqual([]);
    const mailIds = peers.flatMap((p) => p.smtp.messages.map((m) => m.messageId));
    const smsKeys = peers.flatMap((p) => p.sms.requests.map((r) => r.body.idempotencyKey));
    expect(mailIds.length - new Set(mailIds).size).toBe(0);
    expect(smsKeys.length - new Set(smsKeys).size).toBe(0);
    expect(new Set(mailIds)).toEqual(new Set(outgoing.filter((n) => n.channel === "email").map((n) => messageIdOf(n.key))));
    expect(new Set(smsKeys)).toEqual(new Set(outgoing.filter((n) => n.channel === "sms").map((n) => n.key)));

    const delivered = peers.map((p) => p.smtp.messages.length + p.sms.requests.length);

    console.log(`sla-two-instances: ${CASES} cases opened in ${openedInMs} ms, all thresholds done after ${finishedInMs} ms; ` +
      `timers fired by instance: ${JSON.stringify(byInstance)}, messages delivered by instance: ${JSON.stringify(delivered)}`);
  });
});
