import { describe, expect, it } from "vitest";
import cn2026 from "../sla/data/cn-2026.json" with { type: "json" };
import { as, caseInput, TEST_ENGINE, type TestApp, type World, useWorld } from "../../test/helpers.js";

/** Step targets in working time: one working day from Friday 17:00 falls on the next working day, and warns once then. */
let t: TestApp;
let world: World;
useWorld((app, w) => {
  t = app;
  world = w;
});

const api = (who: keyof World["users"]) => as(t, world.users[who].token);
const MINUTE = 60_000;
// 09:00–12:00 and 13:30–18:00 on weekdays: a working day is 7.5 h
const weekly = [1, 2, 3, 4, 5].flatMap((day) => [{ day, start: "09:00", end: "12:00" }, { day, start: "13:30", end: "18:00" }]);

async function openRma() {
  const c = (await api("dispatcher").post("/api/v1/cases", caseInput({ siteId: world.acmeSite.id }))).body as { id: string };
  const rma = await api("engineer").post(`/api/v1/cases/${c.id}/rmas`, { faultySerial: "BAD-1", vendor: "IBM", faultDescription: "自检失败", warrantyTerm: "repair" });
  expect(rma.status).toBe(201);
  return { caseId: c.id, rma: rma.body as { id: string; stepDueAt: string } };
}
const warnings = (rmaId: string) =>
  t.deps.db.selectFrom("notifications").select(["userId", "channel"]).where("template", "=", "rma.step_late").where("key", "like", `rma:${rmaId}:%`).execute();

describe(`RMA step targets in working days (${TEST_ENGINE})`, () => {
  it("requested → approved is one working day by default, in the standard week: Friday 17:00 is due Monday 17:00", async () => {
    const targets = (await api("rma").get("/api/v1/rma-step-targets")).body.items;
    expect(targets[0]).toMatchObject({ status: "requested", value: 1, unit: "working_days", calendarId: null });
    t.clock.set("2026-11-27T09:00:00.000Z"); // Friday 17:00 in Asia/Shanghai
    const { rma } = await openRma();
    expect(rma.stepDueAt).toBe("2026-11-30T09:00:00.000Z");
  });

  it("counts in the chosen calendar across a weekend and a holiday, and warns exactly once when the working day is over", async () => {
    const calendar = (await api("manager").post("/api/v1/calendars", { name: "工作日 9:00–18:00（午休）", timeZone: "Asia/Shanghai", weekly })).body as { id: string };
    expect((await api("manager").put(`/api/v1/calendars/${calendar.id}/years/2026`, cn2026)).status).toBe(200);
    const set = await api("rma").put("/api/v1/rma-step-targets/requested", { value: 1, unit: "working_days", calendarId: calendar.id });
    expect(set.status).toBe(200);
    expect(set.body).toMatchObject({ value: 1, unit: "working_days", calendarId: calendar.id, calendarName: "工作日 9:00–18:00（午休）" });

    // Friday 3 April 2026, 17:00: Saturday to Monday are 清明节; 1 h on Friday, 6.5 h on Tuesday
    t.clock.set("2026-04-03T09:00:00.000Z");
    const { caseId, rma } = await openRma();
    expect(rma.stepDueAt).toBe("2026-04-07T09:00:00.000Z");
    t.clock.set(new Date(Date.parse(rma.stepDueAt) - MINUTE));
    await t.runJobs();
    expect(await warnings(rma.id)).toEqual([]);
    t.clock.advance(2 * MINUTE);
    await t.runJobs();
    await t.runJobs();
    const warned = await warnings(rma.id);
    expect(new Set(warned.map((w) => w.userId))).toEqual(new Set([world.users.rma.id, world.users.engineer.id]));
    expect(new Set(warned.map((w) => `${w.userId}:${w.channel}`)).size).toBe(warned.length);
    t.clock.advance(24 * 60 * MINUTE);
    await t.runJobs();
    expect(await warnings(rma.id)).toHaveLength(warned.length);
    const late = (await api("manager").get(`/api/v1/cases/${caseId}/activities?limit=100`)).body.items.filter((e: { kind: string }) => e.kind === "rma.late");
    expect(late).toHaveLength(1);
  });

  it("working hours count in the calendar too; clock hours do not", async () => {
    await api("rma").put("/api/v1/rma-step-targets/requested", { value: 4, unit: "working_hours", calendarId: null });
    t.clock.set("2026-11-27T09:00:00.000Z"); // Friday 17:00: 1 h left, 3 h on Monday from 09:00
    expect((await openRma()).rma.stepDueAt).toBe("2026-11-30T04:00:00.000Z");
    await api("rma").put("/api/v1/rma-step-targets/requested", { value: 4, unit: "hours" });
    expect((await openRma()).rma.stepDueAt).toBe("2026-11-27T13:00:00.000Z");
    await api("rma").put("/api/v1/rma-step-targets/requested", { value: 1, unit: "working_days" });
  });

  it("refuses a bad target with the field named, and changes nothing", async () => {
    const put = (body: Record<string, unknown>, who: keyof World["users"] = "rma") => api(who).put("/api/v1/rma-step-targets/requested", body);
    expect((await put({ value: 1, unit: "working_weeks" })).body.errors[0].path).toBe("body.unit");
    expect((await put({ value: 0, unit: "hours" })).body.errors[0].path).toBe("body.value");
    expect((await put({ value: 400, unit: "working_days" })).body.errors[0]).toMatchObject({ path: "body.value", code: "too_big" });
    expect((await put({ value: 1, unit: "working_days", calendarId: "00000000-0000-4000-8000-000000000000" })).body.errors[0]).toMatchObject({ path: "body.calendarId", code: "unknown_calendar" });
    expect((await put({ value: 1, unit: "hours" }, "engineer")).status).toBe(403);
    expect((await api("customerA").get("/api/v1/rma-step-targets")).status).toBe(404);
    expect((await api("rma").get("/api/v1/rma-step-targets")).body.items[0]).toMatchObject({ value: 1, unit: "working_days", calendarId: null });
  });
});
