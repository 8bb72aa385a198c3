import type { ChildProcess } from "node:child_process";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { systemActor } from "../src/auth/index.js";
import { createContact, createContract, createCustomer, createSite } from "../src/customers/index.js";
import type { Role } from "../src/db/schema.js";
import { messageIdOf } from "../src/notify/index.js";
import { startChildServer, type ChildServer } from "./child-server.js";
import { apiAs as api, childEnvFor, outboxDrained, seedPerson, until, withDirectDeps, withDirectQuery, type Person } from "./crash-harness.js";
import { createTestDatabaseLocation, TEST_ENGINE, type TestDatabaseLocation } from "./helpers.js";
import { startSmsGatewayPeer, startSmtpPeer, type SmsGatewayPeer, type SmtpPeer } from "./peers.js";

/**
 * An RMA's late step across kill -9: the step falls due while the server is down; the next one
 * fires the warning but is killed before it can send it (it has no mail or SMS transport); the
 * third sends it. Each recipient hears exactly once per channel, and the RMA and its case log
 * the lateness once.
 */
let location: TestDatabaseLocation;
let people: Record<"dispatcher" | "engineer" | "rma" | "manager", Person>;
let smtp: SmtpPeer;
let sms: SmsGatewayPeer;
const children = new Set<ChildProcess>();

const childEnv = (withTransports: boolean) =>
  childEnvFor(location, { CASEDESK_WORKER: "true", WORKER_INTERVAL_MS: "200", ...(withTransports ? { SMTP_URL: `smtp://127.0.0.1:${smtp.port}`, SMS_GATEWAY_URL: sms.url } : {}) });

beforeAll(async () => {
  smtp = await startSmtpPeer();
  sms = await startSmsGatewayPeer();
  location = await createTestDatabaseLocation();
  await withDirectDeps(location, async (deps) => {
    const actor = systemActor;
    const person = (key: string, role: Role, phone: string) => seedPerson(deps, key, role, "rma-crash", phone);
    people = { dispatcher: await person("dispatcher", "dispatcher", "+8613900000001"), engineer: await person("engineer", "engineer", "+8613900000002"), rma: await person("rma", "rma_admin", "+8613900000005"), manager: await person("manager", "manager", "+8613900000006") };
    const customer = await createCustomer(deps, { actor, name: "华北电力信息中心" });
    await createContact(deps, { actor, customerId: customer.id, name: "王建国", mobile: "138 0013 8000", isDesignated: true });
    const site = await createSite(deps, { actor, customerId: customer.id, name: "一号机房", city: "北京" });
    await createContract(deps, { actor, customerId: customer.id, contractNo: "HT-RMA-001", siteIds: [site.id] });
  });
});

afterAll(async () => {
  for (const child of children) child.kill("SIGKILL");
  await location?.drop();
  await smtp?.close();
  await sms?.close();
});

describe(`kill -9 between an RMA step's due time and its warning being sent (${TEST_ENGINE})`, () => {
  it("the late step is warned exactly once per recipient and channel", { timeout: 480_000 }, async () => {
    const first: ChildServer = await startChildServer(childEnv(true), children, 120_000);
    const opened = await api(first.base, people.dispatcher, "POST", "/cases", {
      subject: "存储闪存模块故障", channel: "phone", vendor: "IBM", caseType: "hardware", faultLevel: "S1", caller: { name: "王建国", phone: "13800138000", contractNo: "HT-RMA-001" },
    });
    expect(opened.status).toBe(201);
    const rma = await api(first.base, people.engineer, "POST", `/cases/${opened.body.id}/rmas`, { faultySerial: "YH10MT18K001", vendor: "IBM", faultDescription: "自检失败", warrantyTerm: "replace" });
    expect(rma.status).toBe(201);
    const rmaId: string = rma.body.id;
    first.child.kill("SIGKILL");
    expect(await first.exited).toMatchObject({ signal: "SIGKILL" });
    const firstKilledAt = Date.now();

    // the day's target passes while nothing runs
    await withDirectQuery(location, async (q) => {
      await q("UPDATE timers SET due_at = now() - interval '1 second', scheduled_at = now() - interval '1 second' WHERE key = $1", [`rma:${rmaId}:requested:late`]);
      await q("UPDATE rmas SET step_due_at = now() - interval '1 second' WHERE id = $1", [rmaId]);
    });

    // the next instance fires the warning but cannot send it (no transports), and dies
    const second = await startChildServer(childEnv(false), children, 120_000);
    await until("the warning to be written", 30_000, async () => (await api(second.base, people.rma, "GET", `/rmas/${rmaId}`)).body?.lateSince);
    second.child.kill("SIGKILL");
    await second.exited;
    expect(smtp.messages).toHaveLength(0);
    expect(sms.requests).toHaveLength(0);

    // the third sends it
    const third = await startChildServer(childEnv(true), children, 120_000);
    // drained; the first server, killed with the case's own messages possibly on the wire, may
    // still hold some 'sending' until their lease ends
    await until("the outbox to drain", 30_000, async () => (await outboxDrained(third.base, people.manager, firstKilledAt)) && smtp.messages.length > 0);
    const late = (await api(third.base, people.rma, "GET", `/rmas/${rmaId}`)).body;
    const log = (await api(third.base, people.rma, "GET", `/cases/${opened.body.id}/activities?limit=100`)).body.items;
    third.child.kill("SIGTERM");
    await third.exited;

    expect(late.events.filter((e: { kind: string }) => e.kind === "late")).toHaveLength(1);
    expect(log.filter((e: { kind: string }) => e.kind === "rma.late")).toHaveLength(1);
    await withDirectQuery(location, async (q) => {
      const rows = await q<{ key: string; channel: string; userId: string; status: string }>(
        `SELECT key, channel, user_id AS "userId", status FROM notifications WHERE template = 'rma.step_late' ORDER BY key`,
      );
      expect(rows.map((r) => [r.channel, r.userId]).sort()).toEqual(
        [people.engineer, people.rma].flatMap((p) => ["email", "inapp", "sms"].map((channel) => [channel, p.id])).sort(),
      );
      expect(rows.every((r) => r.status === "sent")).toBe(true);
      for (const row of rows) {
        if (row.channel === "email") expect(smtp.messages.filter((m) => m.messageId === messageIdOf(row.key))).toHaveLength(1);
        if (row.channel === "sms") expect(sms.requests.filter((r) => r.body.idempotencyKey === row.key)).toHaveLength(1);
      }
      const timers = await q<{ status: string }>("SELECT status FROM timers WHERE key = $1", [`rma:${rmaId}:requested:late`]);
      expect(timers).toEqual([{ status: "fired" }]);
    });
    const lateMails = smtp.messages.filter((m) => /RMA 超时/.test(m.subject ?? ""));
    expect(lateMails.length).toBe(2);
  });
});
