import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { as, caseInput, type TestApp, type World, useWorld } from "../../test/helpers.js";
import { transportsFromConfig, type Transports } from "../notify/index.js";
import { startSmsGatewayPeer, startSmtpPeer, type SmsGatewayPeer, type SmtpPeer } from "../../test/peers.js";

let t: TestApp;
let world: World;
let smtp: SmtpPeer;
let sms: SmsGatewayPeer;
let transports: Transports;

useWorld((app, w) => {
  t = app;
  world = w;
});

beforeAll(async () => {
  smtp = await startSmtpPeer();
  sms = await startSmsGatewayPeer();
  transports = transportsFromConfig({ smtpUrl: `smtp://127.0.0.1:${smtp.port}`, smtpFrom: "casedesk <casedesk@test>", smsGatewayUrl: sms.url, smsGatewayToken: undefined });
  for (const [key, phone] of [["dispatcher", "+8613900000001"], ["engineer", "+8613900000002"], ["engineer2", "+8613900000003"]] as const) {
    await t.deps.db.updateTable("users").set({ phone }).where("id", "=", world.users[key].id).execute();
  }
});
afterAll(async () => {
  await smtp?.close();
  await sms?.close();
});

const MINUTE = 60_000;

/** Moves the clock to `minutes` after `from` and lets the worker do one round. */
async function at(from: number, minutes: number) {
  t.clock.set(new Date(from + minutes * MINUTE));
  await t.runJobs(transports);
  await t.runJobs(transports);
}

async function assignedCase(engineer: "engineer" | "engineer2" = "engineer") {
  const dispatcher = as(t, world.users.dispatcher.token);
  const opened = (await dispatcher.post("/api/v1/cases", caseInput())).body;
  const assigned = await dispatcher.post(`/api/v1/cases/${opened.id}/assign`, { assigneeId: world.users[engineer].id });
  expect(assigned.status).toBe(200);
  return { ...assigned.body, start: t.clock.now().getTime() } as { id: string; number: string; start: number };
}

const mailsAbout = (number: string, to: string) => smtp.messages.filter((m) => m.subject.includes(number) && m.envelopeTo.includes(to));
const smsAbout = (number: string, phone: string) => sms.requests.filter((r) => r.body.text.includes(number) && r.body.to === phone);
const logKinds = async (id: string) =>
  (await as(t, world.users.manager.token).get(`/api/v1/cases/${id}/activities`)).body.items.map((e: { kind: string }) => e.kind);

describe("the response ladder on the default policy", () => {
  it("tells the engineer at once, reminds at 30 and 45 minutes, alerts the dispatcher and reassigns at 45", async () => {
    const c = await assignedCase();
    await at(c.start, 0);
    expect(mailsAbout(c.number, "engineer@casedesk.test")).toHaveLength(1);
    expect(smsAbout(c.number, "+8613900000002")).toHaveLength(1);

    await at(c.start, 29);
    expect(mailsAbout(c.number, "engineer@casedesk.test")).toHaveLength(1);

    await at(c.start, 30);
    expect(mailsAbout(c.number, "engineer@casedesk.test")).toHaveLength(2);
    expect(smsAbout(c.number, "+8613900000002")).toHaveLength(2);
    expect(mailsAbout(c.number, "dispatcher@casedesk.test")).toHaveLength(1);
    expect(smsAbout(c.number, "+8613900000001")).toHaveLength(1);

    await at(c.start, 45);
    const now = (await as(t, world.users.manager.token).get(`/api/v1/cases/${c.id}`)).body;
    expect(now.assigneeId).toBe(world.users.engineer2.id);
    expect(now.responseCycle).toBe(2);
    // reminder + "it went to someone else" for the first engineer; alert + reassignment notice for the dispatcher
    expect(mailsAbout(c.number, "engineer@casedesk.test")).toHaveLength(4);
    expect(mailsAbout(c.number, "dispatcher@casedesk.test")).toHaveLength(3);
    const toNew = mailsAbout(c.number, "engineer2@casedesk.test");
    expect(toNew).toHaveLength(1);
    expect(toNew[0]!.subject + toNew[0]!.text).toMatch(/立即/);
    const kinds = await logKinds(c.id);
    expect(kinds).toEqual(expect.arrayContaining(["sla.reminded", "sla.alerted", "case.assigned"]));
    expect(kinds.filter((k: string) => k === "case.assigned")).toHaveLength(2);

    // nothing fires twice, and the first cycle's breach never comes: its clock stopped at the reassignment
    const before = smtp.messages.length;
    await at(c.start, 60);
    expect(smtp.messages.length).toBe(before);
    const sla = (await as(t, world.users.manager.token).get(`/api/v1/cases/${c.id}/sla`)).body;
    expect(sla.breaches.filter((b: { metric: string }) => b.metric === "response")).toEqual([]);
    expect(sla.clocks.find((k: { metric: string; cycle: number }) => k.metric === "response" && k.cycle === 1)).toMatchObject({ status: "stopped", stopReason: "reassigned" });

    // the new engineer's own ladder runs from the reassignment
    await at(c.start, 45 + 30);
    expect(mailsAbout(c.number, "engineer2@casedesk.test")).toHaveLength(2);
  });

  it("stops when the engineer responds at minute 40", async () => {
    const c = await assignedCase();
    await at(c.start, 30);
    t.clock.set(new Date(c.start + 40 * MINUTE));
    expect((await as(t, world.users.engineer.token).post(`/api/v1/cases/${c.id}/respond`, {})).status).toBe(200);
    const sent = mailsAbout(c.number, "engineer@casedesk.test").length;
    await at(c.start, 45);
    await at(c.start, 120);
    expect(mailsAbout(c.number, "engineer@casedesk.test")).toHaveLength(sent);
    const now = (await as(t, world.users.manager.token).get(`/api/v1/cases/${c.id}`)).body;
    expect(now.assigneeId).toBe(world.users.engineer.id);
    expect((await logKinds(c.id)).filter((k: string) => k === "case.assigned")).toHaveLength(1);
    const sla = (await as(t, world.users.manager.token).get(`/api/v1/cases/${c.id}/sla`)).body;
    // no response breach; the contract's own 30-minute first-response target (seedWorld) was missed at 30
    expect(sla.breaches).toEqual([{ metric: "first_response", cycle: 1, dueAt: new Date(c.start + 30 * MINUTE).toISOString(), breachedAt: new Date(c.start + 30 * MINUTE).toISOString() }]);
  });

  it("lets a take-over at minute 44 win over the reassignment due at 45", async () => {
    const c = await assignedCase();
    await at(c.start, 30);
    t.clock.set(new Date(c.start + 44 * MINUTE));
    expect((await as(t, world.users.expert.token).post(`/api/v1/cases/${c.id}/take-over`, {})).status).toBe(200);
    await at(c.start, 45);
    const now = (await as(t, world.users.manager.token).get(`/api/v1/cases/${c.id}`)).body;
    expect(now.assigneeId).toBe(world.users.expert.id);
    expect((await logKinds(c.id)).filter((k: string) => k === "case.assigned")).toHaveLength(1);
  });

  it("never overrides a take-over made after the step fell due but before it ran", async () => {
    const c = await assignedCase();
    t.clock.set(new Date(c.start + 45 * MINUTE));
    expect((await as(t, world.users.engineer2.token).post(`/api/v1/cases/${c.id}/take-over`, {})).status).toBe(200);
    await t.runJobs(transports);
    const now = (await as(t, world.users.manager.token).get(`/api/v1/cases/${c.id}`)).body;
    expect(now.assigneeId).toBe(world.users.engineer2.id);
  });
});

describe("the resolution clock", () => {
  it("pauses while waiting for the customer and gives the time back", async () => {
    const c = await assignedCase();
    const engineer = as(t, world.users.engineer.token);
    await engineer.post(`/api/v1/cases/${c.id}/respond`, {});
    const dueBefore = (await engineer.get(`/api/v1/cases/${c.id}/sla`)).body.clocks.find((k: { metric: string }) => k.metric === "resolution").dueAt;
    expect(dueBefore).toBe(new Date(c.start + 4 * 60 * MINUTE).toISOString());
    t.clock.set(new Date(c.start + 60 * MINUTE));
    await engineer.post(`/api/v1/cases/${c.id}/wait`, { waitFor: "customer" });
    expect((await engineer.get(`/api/v1/cases/${c.id}/sla`)).body.clocks.find((k: { metric: string }) => k.metric === "resolution")).toMatchObject({ status: "paused", dueAt: null });
    await at(c.start, 10 * 60);
    expect((await engineer.get(`/api/v1/cases/${c.id}/sla`)).body.breaches).toEqual([]);
    await engineer.post(`/api/v1/cases/${c.id}/resume`, {});
    const resumed = (await engineer.get(`/api/v1/cases/${c.id}/sla`)).body.clocks.find((k: { metric: string }) => k.metric === "resolution");
    expect(resumed).toMatchObject({ status: "running", dueAt: new Date(c.start + 13 * 60 * MINUTE).toISOString() });
    await at(c.start, 13 * 60);
    const breaches = (await engineer.get(`/api/v1/cases/${c.id}/sla`)).body.breaches;
    expect(breaches).toEqual([expect.objectContaining({ metric: "resolution", breachedAt: new Date(c.start + 13 * 60 * MINUTE).toISOString() })]);
  });

  it("measures the elapsed time against a new target when the fault level changes, breaching once", async () => {
    const dispatcher = as(t, world.users.dispatcher.token);
    const opened = (await dispatcher.post("/api/v1/cases", caseInput({ faultLevel: "S3" }))).body;
    const start = t.clock.now().getTime();
    await dispatcher.post(`/api/v1/cases/${opened.id}/assign`, { assigneeId: world.users.engineer.id });
    await as(t, world.users.engineer.token).post(`/api/v1/cases/${opened.id}/respond`, {});
    t.clock.set(new Date(start + 5 * 60 * MINUTE));
    await dispatcher.patch(`/api/v1/cases/${opened.id}`, { faultLevel: "S1" });
    await t.runJobs(transports);
    await t.runJobs(transports);
    const sla = (await dispatcher.get(`/api/v1/cases/${opened.id}/sla`)).body;
    expect(sla.breaches).toEqual([expect.objectContaining({ metric: "resolution", breachedAt: new Date(start + 5 * 60 * MINUTE).toISOString() })]);
    const kinds = await logKinds(opened.id);
    expect(kinds.filter((k: string) => k === "sla.breached")).toHaveLength(1);
    expect(kinds.filter((k: string) => k === "sla.warned")).toHaveLength(0);
    await at(start, 24 * 60);
    expect((await logKinds(opened.id)).filter((k: string) => k === "sla.breached")).toHaveLength(1);
  });
});

describe("priority", () => {
  it("tightens the targets when raised above the fault level, keeping the elapsed time", async () => {
    const dispatcher = as(t, world.users.dispatcher.token);
    const opened = (await dispatcher.post("/api/v1/cases", caseInput({ faultLevel: "S4", caller: { name: "王建国" } }))).body;
    const start = t.clock.now().getTime();
    const resolution = async () => (await dispatcher.get(`/api/v1/cases/${opened.id}/sla`)).body.clocks.find((k: { metric: string }) => k.metric === "resolution");
    expect((await resolution()).dueAt).toBe(new Date(start + 3 * 24 * 60 * MINUTE).toISOString());
    t.clock.set(new Date(start + 60 * MINUTE));
    expect((await dispatcher.patch(`/api/v1/cases/${opened.id}`, { priority: "P2" })).status).toBe(200);
    expect((await resolution()).dueAt).toBe(new Date(start + 8 * 60 * MINUTE).toISOString());
  });
});
