import { beforeAll, describe, expect, it } from "vitest";
import { as, TEST_ENGINE, useWorld, type TestApp, type World } from "../../test/helpers.js";
import { maintenanceFigures } from "./index.js";

/**
 * The report is due seven days after the period starts: the engineer is reminded two days before,
 * and at the due instant the engineer and the managers are warned by e-mail, SMS and in-app, once.
 * A plan asking for a monthly call reminds the engineer when no call is logged.
 */
let t: TestApp;
let w: World;
let planId: string;
let systems: string[];
useWorld((app, world) => {
  t = app;
  w = world;
});

const rows = (template: string) => t.deps.db.selectFrom("notifications").select(["key", "channel", "userId", "toAddress"]).where("template", "=", template).orderBy("key").execute();
const jobOf = async (equipmentId: string) => (await t.deps.db.selectFrom("maintenanceJobs").selectAll().where("planId", "=", planId).where("equipmentId", "=", equipmentId).where("period", "=", "2026-12").executeTakeFirstOrThrow());
async function at(instant: string) {
  t.clock.set(instant);
  await t.runJobs();
}

beforeAll(async () => {
  await t.deps.db.updateTable("users").set({ phone: "+8613900000002" }).where("id", "=", w.users.engineer.id).execute();
  await t.deps.db.updateTable("users").set({ phone: "+8613900000004" }).where("id", "=", w.users.manager.id).execute();
  const added = await as(t, w.users.admin.token).post(`/api/v1/contracts/${w.acmeContract.id}/equipment`, { vendor: "IBM", model: "DS8910F", serial: "75KX123" });
  systems = [(await t.deps.db.selectFrom("equipment").select("id").where("contractId", "=", w.acmeContract.id).orderBy("createdAt").executeTakeFirstOrThrow()).id, added.body.id];
  // made at 00:30 on 1 December in Shanghai, asking for a monthly call by the 14th
  t.clock.set("2026-11-30T16:30:00Z");
  const plan = await as(t, w.users.admin.token).post("/api/v1/maintenance-plans", { contractId: w.acmeContract.id, equipmentIds: systems, engineerId: w.users.engineer.id, asksMonthlyCall: true, callDueDays: 14 });
  planId = plan.body.id;
});

describe(`a report due at day 7 (${TEST_ENGINE})`, () => {
  it("reminds the engineer two days before, once", async () => {
    await at("2026-12-05T15:59:59Z");
    expect(await rows("maintenance.report_due")).toHaveLength(0);
    await at("2026-12-05T16:00:00Z");
    await at("2026-12-06T16:00:00Z");
    const reminders = await rows("maintenance.report_due");
    // two jobs, e-mail and in-app each, to the engineer only
    expect(reminders.map((r) => r.channel).sort()).toEqual(["email", "email", "inapp", "inapp"]);
    expect(new Set(reminders.map((r) => r.userId))).toEqual(new Set([w.users.engineer.id]));
  });

  it("warns the engineer and the managers once at the due instant, by e-mail, SMS and in-app; a delivered job is not warned", async () => {
    // the second system's report goes out on time (its checklist done, built, delivered)
    const onTime = await jobOf(systems[1]!);
    const engineer = as(t, w.users.engineer.token);
    await engineer.patch(`/api/v1/maintenance-jobs/${onTime.id}`, { checklist: onTime.checklist.map((item) => ({ key: item.key, result: "ok" })) });
    await engineer.post(`/api/v1/maintenance-jobs/${onTime.id}/report`, {});
    expect((await engineer.post(`/api/v1/maintenance-jobs/${onTime.id}/deliver`)).status).toBe(200);

    await at("2026-12-07T15:59:59Z");
    expect(await rows("maintenance.report_overdue")).toHaveLength(0);
    await at("2026-12-07T16:00:00Z");
    await at("2026-12-08T16:00:00Z");
    await at("2026-12-20T16:00:00Z");
    const late = await jobOf(systems[0]!);
    const warnings = await rows("maintenance.report_overdue");
    expect(warnings.every((r) => r.key.startsWith(`maint:${late.id}:report_overdue:`))).toBe(true);
    expect(warnings.map((r) => `${r.channel}:${r.userId === w.users.engineer.id ? "engineer" : r.userId === w.users.manager.id ? "manager" : r.userId}`).sort()).toEqual([
      "email:engineer", "email:manager", "inapp:engineer", "inapp:manager", "sms:engineer", "sms:manager",
    ]);
    expect(late.overdueWarnedAt?.toISOString()).toBe("2026-12-07T16:00:00.000Z");
    const timers = await t.deps.db.selectFrom("timers").select(["key", "status"]).where("key", "like", `maint:job:%:overdue`).execute();
    expect(timers.filter((x) => x.key.includes(late.id)).map((x) => x.status)).toEqual(["fired"]);
  });

  it("reminds the engineer of the monthly call only when none is logged, and lists it as due until one is", async () => {
    const due = async () => (await as(t, w.users.engineer.token).get(`/api/v1/proactive-calls/due?engineerId=${w.users.engineer.id}`)).body.items;
    t.clock.set("2026-12-14T15:59:59Z");
    expect(await due()).toEqual([expect.objectContaining({ planId, customerName: "华北电力信息中心", period: "2026-12", dueAt: "2026-12-14T16:00:00.000Z", overdue: false })]);
    await at("2026-12-14T16:00:00Z");
    expect(await rows("maintenance.call_due")).toHaveLength(2);
    expect((await due())[0].overdue).toBe(true);
    // January: the call is logged in time, so no reminder
    await at("2026-12-31T16:00:00Z");
    t.clock.set("2027-01-05T03:00:00Z");
    const logged = await as(t, w.users.engineer.token).post(`/api/v1/customers/${w.acme.id}/proactive-calls`, { contactId: w.acmeContact.id, summary: "回访：系统运行平稳，询问下月扩容计划", followUpOn: "2027-02-01" });
    expect(logged.status).toBe(201);
    expect(logged.body).toMatchObject({ contactName: "王建国", direction: "outbound", engineerName: "engineer", followUpOn: "2027-02-01" });
    await at("2027-01-14T16:00:00Z");
    expect((await rows("maintenance.call_due")).filter((r) => r.key.includes(":2027-01:"))).toHaveLength(0);
    expect(await due()).toEqual([]);
  });
});

describe(`proactive calls and the figures for the monthly report (${TEST_ENGINE})`, () => {
  it("lists calls per customer and per engineer; customers and bad input are refused", async () => {
    const byCustomer = await as(t, w.users.manager.token).get(`/api/v1/customers/${w.acme.id}/proactive-calls`);
    expect(byCustomer.body.items).toHaveLength(1);
    const byEngineer = await as(t, w.users.manager.token).get(`/api/v1/proactive-calls?engineerId=${w.users.engineer.id}`);
    expect(byEngineer.body.items[0].customerName).toBe("华北电力信息中心");
    expect((await as(t, w.users.customerA.token).get(`/api/v1/customers/${w.acme.id}/proactive-calls`)).status).toBe(404);
    expect((await as(t, w.users.engineer.token).post(`/api/v1/customers/${w.acme.id}/proactive-calls`, { contactId: w.betaContact.id, summary: "x" })).status).toBe(422);
    expect((await as(t, w.users.engineer.token).post(`/api/v1/customers/${w.acme.id}/proactive-calls`, { summary: "x" })).body.errors[0].path).toBe("body.contactName");
  });

  it("counts jobs due, delivered on time, late, and calls per customer and month", async () => {
    const figures = await maintenanceFigures(t.deps, { customerId: w.acme.id, from: new Date("2026-11-30T16:00:00Z"), to: new Date("2027-01-31T16:00:00Z") });
    expect(figures).toEqual([
      expect.objectContaining({ month: "2027-01", jobsDue: 2, deliveredOnTime: 0, late: 2, open: 0, proactiveCalls: 1 }),
      expect.objectContaining({ month: "2026-12", jobsDue: 2, deliveredOnTime: 1, deliveredLate: 0, late: 1, open: 0, proactiveCalls: 0 }),
    ]);
  });

  it("drills down from a board cell to its jobs: the month the period started in, on time, late or not yet due", async () => {
    const numbers = async (query: string) => ((await as(t, w.users.manager.token).get(`/api/v1/maintenance-jobs?customerId=${w.acme.id}&${query}`)).body.items as Array<{ equipmentId: string; period: string }>)
      .map((job) => `${job.period}:${systems.indexOf(job.equipmentId)}`).sort();
    expect(await numbers("month=2026-12")).toEqual(["2026-12:0", "2026-12:1"]);
    expect(await numbers("month=2026-12&timeliness=on_time")).toEqual(["2026-12:1"]);
    expect(await numbers("month=2026-12&timeliness=late&status=open,in_progress,report_submitted")).toEqual(["2026-12:0"]);
    expect(await numbers("month=2026-12&timeliness=late&status=delivered")).toEqual([]);
    expect(await numbers("month=2027-01&timeliness=late")).toEqual(["2027-01:0", "2027-01:1"]);
    expect(await numbers("month=2027-01&timeliness=due")).toEqual([]);
    expect((await as(t, w.users.manager.token).get(`/api/v1/maintenance-jobs?timeliness=soon`)).body.errors[0].path).toBe("querystring.timeliness");
  });

  it("gives the monthly report its maintenance section: due, on time, late (delivered late or not at all)", async () => {
    const report = await as(t, w.users.manager.token).get(`/api/v1/reports/monthly?customerId=${w.acme.id}&month=2026-12`);
    expect(report.status).toBe(200);
    expect(report.body.maintenance).toEqual({ available: true, due: 2, deliveredOnTime: 1, late: 1 });
  });
});
