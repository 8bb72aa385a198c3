import { beforeAll, describe, expect, it } from "vitest";
import { as, caseInput, TEST_ENGINE, type TestApp, type World, useWorld } from "../../test/helpers.js";
import cn2026 from "./data/cn-2026.json" with { type: "json" };
import { DEFAULT_POLICY } from "./policy.js";

/**
 * The response ladder and the resolution clock on a business calendar (Asia/Shanghai, Mon–Fri
 * 09:00–12:00 and 13:30–18:00, China's 2026 holidays and make-up days), with a clock the test
 * moves: reminders fall due in working time, never over a weekend or a holiday, a make-up
 * Saturday is worked, and a pause gives back only the working time it covered.
 */
let t: TestApp;
let world: World;
useWorld((app, w) => {
  t = app;
  world = w;
});

/** Shanghai wall-clock time (no daylight saving: always +08:00). */
const sh = (local: string) => new Date(`${local}+08:00`);
const iso = (local: string) => sh(local).toISOString();

beforeAll(async () => {
  const manager = as(t, world.users.manager.token);
  const weekly = [1, 2, 3, 4, 5].flatMap((day) => [{ day, start: "09:00", end: "12:00" }, { day, start: "13:30", end: "18:00" }]);
  const calendar = await manager.post("/api/v1/calendars", { name: "中国大陆工作日", timeZone: "Asia/Shanghai", weekly });
  expect(calendar.status).toBe(201);
  // the State Council's 2026 schedule: holidays (清明 4–6 April) and make-up Saturdays (28 February)
  expect(cn2026.holidays).toContainEqual({ date: "2026-04-06", name: "清明节" });
  expect(cn2026.workdays).toContainEqual({ date: "2026-02-28", name: "春节调休上班" });
  const year = await t.server.inject({
    method: "PUT", url: `/api/v1/calendars/${calendar.body.id}/years/2026`,
    headers: { authorization: `Bearer ${world.users.manager.token}` }, payload: cn2026,
  });
  expect(year.statusCode).toBe(200);
  const policy = await manager.post("/api/v1/sla-policies", {
    ...DEFAULT_POLICY,
    name: "工作日 5×7.5",
    calendar: calendar.body.id,
    // S4 cases are never handed on: the reminder, then the breach
    responseLadderByLevel: { S4: [{ after: "PT30M", action: "remind", notify: ["assignee"], channels: ["email", "sms"] }, { after: "PT1H", action: "breach" }] },
  });
  expect(policy.status).toBe(201);
  const bound = await manager.post(`/api/v1/sla-policies/${policy.body.id}/bindings`, { contractId: world.acmeContract.id, faultLevel: null });
  expect(bound.status).toBe(201);
});

/** Opens a case on the bound contract at `local` (Shanghai) and assigns it to the engineer at once. */
async function assignedAt(local: string, faultLevel: "S2" | "S4" = "S2") {
  t.clock.set(sh(local));
  const dispatcher = as(t, world.users.dispatcher.token);
  const opened = await dispatcher.post("/api/v1/cases", caseInput({ faultLevel }));
  expect(opened.status).toBe(201);
  const assigned = await dispatcher.post(`/api/v1/cases/${opened.body.id}/assign`, { assigneeId: world.users.engineer.id });
  expect(assigned.status).toBe(200);
  return opened.body.id as string;
}

/** When each pending or fired timer of a case is (was) due, by the last part of its key. */
async function timersOf(caseId: string, metric: string, cycle = 1) {
  const rows = await t.deps.db.selectFrom("timers").select(["key", "dueAt", "status"]).where("key", "like", `sla:${caseId}:${metric}:${cycle}:%`).execute();
  return Object.fromEntries(rows.map((r) => [r.key.split(":").at(-1)!, r.dueAt.toISOString()]));
}

/** Moves the clock to `local` (Shanghai) and lets the worker do its rounds. */
async function moveTo(local: string) {
  t.clock.set(sh(local));
  await t.runJobs();
  await t.runJobs();
}

const logOf = async (caseId: string) =>
  (await as(t, world.users.manager.token).get(`/api/v1/cases/${caseId}/activities?limit=500`)).body.items as { kind: string; at: string; data: Record<string, unknown> }[];
const kindsOf = async (caseId: string, kind: string) => (await logOf(caseId)).filter((e) => e.kind === kind);
const slaOf = async (caseId: string) => (await as(t, world.users.manager.token).get(`/api/v1/cases/${caseId}/sla`)).body as {
  clocks: { metric: string; cycle: number; status: string; dueAt: string | null; pausedMs: number }[];
  breaches: { metric: string; cycle: number; dueAt: string; breachedAt: string }[];
};
const clockOf = async (caseId: string, metric: string, cycle = 1) => (await slaOf(caseId)).clocks.find((c) => c.metric === metric && c.cycle === cycle)!;

describe(`the response ladder on a business calendar (${TEST_ENGINE})`, () => {
  it("counts a make-up Saturday (调休) as a working day", async () => {
    // Friday 27 February 2026, 17:50; Saturday the 28th is worked, with Monday's hours
    const caseId = await assignedAt("2026-02-27T17:50:00");
    expect(await timersOf(caseId, "response")).toMatchObject({ step00: iso("2026-02-28T09:20:00"), step03: iso("2026-02-28T09:35:00"), step04: iso("2026-02-28T09:50:00") });
    await moveTo("2026-02-28T09:19:59.999");
    expect(await kindsOf(caseId, "sla.reminded")).toEqual([]);
    await moveTo("2026-02-28T09:20:00");
    expect((await kindsOf(caseId, "sla.reminded")).map((e) => e.at)).toEqual([iso("2026-02-28T09:20:00")]);
    // and the 45-minute steps: the case goes to the other engineer that Saturday morning
    await moveTo("2026-02-28T09:35:00");
    const reassigned = (await kindsOf(caseId, "case.assigned")).filter((e) => e.data.reason === "response_overdue");
    expect(reassigned.map((e) => [e.at, (e.data.assignee as { after: string }).after])).toEqual([[iso("2026-02-28T09:35:00"), world.users.engineer2.id]]);
  });

  it("puts the 30-minute reminder of a case assigned on Friday at 17:50 at 09:20 on Monday, not in the weekend", async () => {
    // Friday 13 March 2026, 17:50: ten working minutes left that day
    const caseId = await assignedAt("2026-03-13T17:50:00");
    expect(await timersOf(caseId, "response")).toEqual({
      step00: iso("2026-03-16T09:20:00"),
      step01: iso("2026-03-16T09:35:00"), step02: iso("2026-03-16T09:35:00"), step03: iso("2026-03-16T09:35:00"),
      step04: iso("2026-03-16T09:50:00"),
    });
    const sla = await slaOf(caseId);
    expect(sla.clocks.find((c) => c.metric === "response")).toMatchObject({ status: "running", dueAt: iso("2026-03-16T09:50:00") });
    expect(sla.clocks.find((c) => c.metric === "first_response")).toMatchObject({ status: "running", dueAt: iso("2026-03-16T09:50:00") });
    // eight working hours: 10 minutes on Friday, 7.5 hours on Monday, 20 minutes on Tuesday
    expect(sla.clocks.find((c) => c.metric === "resolution")).toMatchObject({ status: "running", dueAt: iso("2026-03-17T09:20:00") });

    for (const local of ["2026-03-13T18:20:00", "2026-03-14T09:20:00", "2026-03-14T18:00:00", "2026-03-15T12:00:00", "2026-03-16T09:19:59.999"]) {
      await moveTo(local);
      expect(await kindsOf(caseId, "sla.reminded"), local).toEqual([]);
    }
    await moveTo("2026-03-16T09:20:00");
    const reminded = await kindsOf(caseId, "sla.reminded");
    expect(reminded.map((e) => [e.at, e.data.step, e.data.responseCycle])).toEqual([[iso("2026-03-16T09:20:00"), 0, 1]]);
    expect(reminded[0]!.data.recipients).toEqual(expect.arrayContaining([world.users.engineer.id, world.users.dispatcher.id]));
    const reminders = await t.deps.db.selectFrom("notifications").select(["key", "channel", "createdAt"]).where("key", "like", `sla:${caseId}:response:1:step00:%`).execute();
    expect(reminders.length).toBeGreaterThan(0);
    for (const row of reminders) expect(row.createdAt.toISOString()).toBe(iso("2026-03-16T09:20:00"));
  });

  it("ends a deadline that lands on the end of a window at that end: Friday 18:00, not Monday 09:00", async () => {
    const caseId = await assignedAt("2026-03-13T17:30:00");
    expect(await timersOf(caseId, "response")).toMatchObject({ step00: iso("2026-03-13T18:00:00"), step01: iso("2026-03-16T09:15:00") });
  });

  it("skips a public holiday: the Qingming Monday counts no time, and the breach is recorded at its working-time instant", async () => {
    // Friday 3 April 2026, 17:50; the weekend and Monday the 6th (清明节) are off
    const caseId = await assignedAt("2026-04-03T17:50:00", "S4");
    expect(await timersOf(caseId, "response")).toEqual({ step00: iso("2026-04-07T09:20:00"), step01: iso("2026-04-07T09:50:00") });
    await moveTo("2026-04-06T09:20:00");
    await moveTo("2026-04-06T17:00:00");
    expect(await kindsOf(caseId, "sla.reminded")).toEqual([]);
    await moveTo("2026-04-07T09:20:00");
    expect((await kindsOf(caseId, "sla.reminded")).map((e) => e.at)).toEqual([iso("2026-04-07T09:20:00")]);
    await moveTo("2026-04-07T09:49:59.999");
    expect((await slaOf(caseId)).breaches.filter((b) => b.metric === "response")).toEqual([]);
    await moveTo("2026-04-07T09:50:00");
    // one working hour after Friday 17:50 is Tuesday 09:50, not Friday 18:50
    expect((await slaOf(caseId)).breaches.filter((b) => b.metric === "response")).toEqual([
      { metric: "response", cycle: 1, dueAt: iso("2026-04-07T09:50:00"), breachedAt: iso("2026-04-07T09:50:00") },
    ]);
    expect((await kindsOf(caseId, "sla.breached")).filter((e) => e.data.metric === "response").map((e) => e.at)).toEqual([iso("2026-04-07T09:50:00")]);
  });
});

describe(`breaches the worker had not caught up with (${TEST_ENGINE})`, () => {
  it("records a response at the deadline instant, and a resolution just after it, as breaches at their working-time instants", async () => {
    // Tuesday 7 April 2026, 17:30 (S4: remind at 30 minutes, breach at one working hour = Wednesday 09:30)
    const late = await assignedAt("2026-04-07T17:30:00", "S4");
    // nobody ran the worker (it was down, or behind): the engineer answers at 09:30:00.000 sharp
    t.clock.set(sh("2026-04-08T09:30:00"));
    expect((await as(t, world.users.engineer.token).post(`/api/v1/cases/${late}/respond`, {})).status).toBe(200);
    await t.runJobs();
    await t.runJobs();
    expect((await slaOf(late)).breaches.sort((x, y) => x.metric.localeCompare(y.metric))).toEqual([
      { metric: "first_response", cycle: 1, dueAt: iso("2026-04-08T09:30:00"), breachedAt: iso("2026-04-08T09:30:00") },
      { metric: "response", cycle: 1, dueAt: iso("2026-04-08T09:30:00"), breachedAt: iso("2026-04-08T09:30:00") },
    ]);
    // the reminder due before the response is not sent after it
    expect(await kindsOf(late, "sla.reminded")).toEqual([]);

    // Wednesday 8 April, 09:00 (S2: eight working hours = Thursday 09:30), resolved half a second late, before the worker ran
    const resolved = await assignedAt("2026-04-08T09:00:00");
    expect((await as(t, world.users.engineer.token).post(`/api/v1/cases/${resolved}/respond`, {})).status).toBe(200);
    t.clock.set(new Date(sh("2026-04-09T09:30:00").getTime() + 500));
    expect((await as(t, world.users.engineer.token).post(`/api/v1/cases/${resolved}/resolve`, { resolution: "更换故障硬盘，阵列重建完成" })).status).toBe(200);
    await t.runJobs();
    await t.runJobs();
    expect((await slaOf(resolved)).breaches).toEqual([{ metric: "resolution", cycle: 1, dueAt: iso("2026-04-09T09:30:00"), breachedAt: iso("2026-04-09T09:30:00") }]);
    // warnings are for open cases: none after the resolution
    expect(await kindsOf(resolved, "sla.warned")).toEqual([]);
  });
});

describe(`the resolution clock on a business calendar (${TEST_ENGINE})`, () => {
  it("gives back only the working time of a pause over a weekend", async () => {
    // opened Friday 20 March 2026 at 16:00 (S2: eight working hours), answered at once
    const caseId = await assignedAt("2026-03-20T16:00:00");
    const engineer = as(t, world.users.engineer.token);
    expect((await engineer.post(`/api/v1/cases/${caseId}/respond`, {})).status).toBe(200);
    // without a pause: Friday 16–18 (2 h), Monday 09–12 (3 h) and 13:30–16:30 (3 h)
    expect(await clockOf(caseId, "resolution")).toMatchObject({ status: "running", dueAt: iso("2026-03-23T16:30:00") });

    // waiting for the customer from Friday 17:00 (one working hour counted) to Monday 10:00
    t.clock.set(sh("2026-03-20T17:00:00"));
    expect((await engineer.post(`/api/v1/cases/${caseId}/wait`, { waitFor: "customer" })).status).toBe(200);
    expect(await clockOf(caseId, "resolution")).toMatchObject({ status: "paused", dueAt: null });
    expect(await timersOf(caseId, "resolution")).toMatchObject({ breach: "9999-12-31T00:00:00.000Z", warn0: "9999-12-31T00:00:00.000Z" });
    for (const local of ["2026-03-21T12:00:00", "2026-03-23T09:59:59"]) {
      await moveTo(local);
      expect((await logOf(caseId)).filter((e) => e.kind === "sla.warned" || e.kind === "sla.breached"), local).toEqual([]);
    }
    t.clock.set(sh("2026-03-23T10:00:00"));
    expect((await engineer.post(`/api/v1/cases/${caseId}/resume`, {})).status).toBe(200);

    // the pause covered 65 wall-clock hours but two working hours (Friday 17–18, Monday 09–10):
    // seven hours are left from Monday 10:00 — 6.5 that day, 0.5 on Tuesday
    expect(await clockOf(caseId, "resolution")).toMatchObject({ status: "running", dueAt: iso("2026-03-24T09:30:00") });
    // the 75% warning (six working hours counted) is five working hours after the resume
    expect(await timersOf(caseId, "resolution")).toMatchObject({ warn0: iso("2026-03-23T16:30:00"), warn1: iso("2026-03-24T09:30:00"), breach: iso("2026-03-24T09:30:00") });
    await moveTo("2026-03-23T16:30:00");
    expect((await kindsOf(caseId, "sla.warned")).map((e) => [e.at, e.data.percent])).toEqual([[iso("2026-03-23T16:30:00"), 75]]);
    await moveTo("2026-03-24T09:29:59.999");
    expect((await slaOf(caseId)).breaches).toEqual([]);
    await moveTo("2026-03-24T09:30:00");
    expect((await slaOf(caseId)).breaches).toEqual([{ metric: "resolution", cycle: 1, dueAt: iso("2026-03-24T09:30:00"), breachedAt: iso("2026-03-24T09:30:00") }]);
    expect((await kindsOf(caseId, "sla.warned")).map((e) => e.data.percent)).toEqual([75, 100]);
  });
});
