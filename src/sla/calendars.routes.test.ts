import { describe, expect, it } from "vitest";
import { as, type TestApp, type World, useWorld } from "../../test/helpers.js";
import { addWorkingTime, workingTimeBetween } from "./calendar.js";
import { loadCalendar } from "./calendars.repository.js";
import cn2025 from "./data/cn-2025.json" with { type: "json" };
import cn2026 from "./data/cn-2026.json" with { type: "json" };

let t: TestApp;
let world: World;
useWorld((app, w) => {
  t = app;
  world = w;
});

const H = 3_600_000;
const weekly = [1, 2, 3, 4, 5].flatMap((day) => [{ day, start: "09:00", end: "12:00" }, { day, start: "13:30", end: "18:00" }]);
const body = { name: "中国大陆工作日 9:00–18:00", timeZone: "Asia/Shanghai", weekly };

async function put(token: string, url: string, payload: unknown, headers: Record<string, string> = {}) {
  const response = await t.server.inject({ method: "PUT", url, headers: { authorization: `Bearer ${token}`, ...headers }, payload: payload as object });
  return { status: response.statusCode, body: response.json(), headers: response.headers };
}

async function createCalendar(name = body.name) {
  const created = await as(t, world.users.manager.token).post("/api/v1/calendars", { ...body, name });
  expect(created.status).toBe(201);
  return created.body as { id: string; version: number };
}

describe("calendars API", () => {
  it("creates a calendar, loads China's 2025 and 2026 schedules, and counts working time in it", async () => {
    const calendar = await createCalendar();
    expect(calendar).toMatchObject({ timeZone: "Asia/Shanghai", makeUpHours: null, version: 1 });
    const loaded = await put(world.users.admin.token, `/api/v1/calendars/${calendar.id}/years/2025`, cn2025);
    expect(loaded.status).toBe(200);
    expect(loaded.body).toMatchObject({ year: 2025, version: 2 });
    expect(loaded.body.holidays).toHaveLength(28);
    expect(loaded.body.workdays.map((d: { date: string }) => d.date)).toEqual(["2025-01-26", "2025-02-08", "2025-04-27", "2025-09-28", "2025-10-11"]);
    expect((await put(world.users.manager.token, `/api/v1/calendars/${calendar.id}/years/2026`, cn2026)).status).toBe(200);

    const detail = await as(t, world.users.engineer.token).get(`/api/v1/calendars/${calendar.id}`);
    expect(detail.status).toBe(200);
    expect(detail.headers.etag).toBe('"3"');
    expect(detail.body.years).toEqual([{ year: 2025, holidays: 28, workdays: 5 }, { year: 2026, holidays: 33, workdays: 6 }]);

    const loadedCalendar = await loadCalendar(t.deps.db, calendar.id);
    expect(loadedCalendar).toMatchObject({ kind: "business", timeZone: "Asia/Shanghai" });
    // Tue 30 Sep 2025 08:00 + 8 working hours: 7.5 h that day, the National Day week off, 09:30 on Thu 9 Oct
    expect(addWorkingTime(loadedCalendar, new Date("2025-09-30T08:00:00+08:00"), 8 * H)).toEqual(new Date("2025-10-09T09:30:00+08:00"));
    // the make-up Sunday 28 Sep 2025 is worked with Monday's hours
    expect(workingTimeBetween(loadedCalendar, new Date("2025-09-28T00:00:00+08:00"), new Date("2025-09-29T00:00:00+08:00"))).toBe(7.5 * H);
    expect(await loadCalendar(t.deps.db, "always")).toEqual({ kind: "always" });
    await expect(loadCalendar(t.deps.db, "7d1b3c2e-6a55-4a8e-9b43-0c6f3f1d2a10")).rejects.toMatchObject({ code: "not_found" });
  });

  it("replaces a year's days and leaves the other years alone", async () => {
    const calendar = await createCalendar("替换测试");
    const url = `/api/v1/calendars/${calendar.id}/years/2026`;
    await put(world.users.manager.token, `/api/v1/calendars/${calendar.id}/years/2025`, cn2025);
    await put(world.users.manager.token, url, cn2026);
    const replaced = await put(world.users.manager.token, url, { holidays: [{ date: "2026-01-01", name: "元旦" }], workdays: [] });
    expect(replaced.status).toBe(200);
    const year = await as(t, world.users.dispatcher.token).get(url);
    expect(year.body).toMatchObject({ year: 2026, holidays: [{ date: "2026-01-01", name: "元旦" }], workdays: [] });
    const other = await as(t, world.users.dispatcher.token).get(`/api/v1/calendars/${calendar.id}/years/2025`);
    expect(other.body.holidays).toHaveLength(28);
    const loaded = await loadCalendar(t.deps.db, calendar.id);
    expect(loaded.kind === "business" && [loaded.holidays.length, loaded.workdays.length]).toEqual([29, 5]);
  });

  it("refuses dates outside the year, duplicates, unknown fields and calendars without working time", async () => {
    const calendar = await createCalendar("校验测试");
    const url = `/api/v1/calendars/${calendar.id}/years/2025`;
    const manager = world.users.manager.token;
    const outside = await put(manager, url, { holidays: [{ date: "2026-01-01", name: "元旦" }], workdays: [] });
    expect(outside.status).toBe(422);
    expect(outside.body.errors).toEqual([expect.objectContaining({ path: "body.holidays.0.date", code: "date_outside_year" })]);
    const twice = await put(manager, url, { holidays: [{ date: "2025-10-01", name: "国庆" }], workdays: [{ date: "2025-10-01", name: "调休" }] });
    expect(twice.body.errors).toEqual([expect.objectContaining({ path: "body.workdays.0.date", code: "duplicate_date" })]);
    const badDate = await put(manager, url, { holidays: [{ date: "2025-02-30", name: "x" }], workdays: [] });
    expect(badDate.status).toBe(422);
    const extra = await put(manager, url, { ...cn2025, source: "国办" });
    expect(extra.status).toBe(422);
    expect(extra.body.errors[0]).toMatchObject({ code: "unrecognized_keys" });
    expect((await put(manager, `/api/v1/calendars/${calendar.id}/years/1999`, cn2025)).status).toBe(422);
    expect((await as(t, manager).get(`/api/v1/calendars/${calendar.id}/years/2025`)).body.holidays).toEqual([]);

    const post = (payload: unknown) => as(t, manager).post("/api/v1/calendars", payload);
    const noTime = await post({ ...body, name: "空", weekly: [] });
    expect(noTime.status).toBe(422);
    expect(noTime.body.errors[0]).toMatchObject({ path: "body.weekly", code: "too_small" });
    expect((await post({ ...body, name: "时区", timeZone: "Asia/Peking" })).body.errors[0]).toMatchObject({ path: "body.timeZone", code: "invalid_time_zone" });
    expect((await post({ ...body, name: "反", weekly: [{ day: 1, start: "18:00", end: "09:00" }] })).body.errors[0]).toMatchObject({ code: "range_order" });
    expect((await post({ ...body, name: "24", weekly: [{ day: 1, start: "24:00", end: "24:00" }] })).status).toBe(422);
    expect((await post({ ...body, name: "八", weekly: [{ day: 8, start: "09:00", end: "18:00" }] })).status).toBe(422);
    const overlap = await post({ ...body, name: "叠", weekly: [{ day: 1, start: "09:00", end: "12:00" }, { day: 1, start: "11:00", end: "13:00" }] });
    expect(overlap.body.errors[0]).toMatchObject({ path: "body.weekly.1", code: "overlapping_windows" });
    expect((await post({ ...body, name: "多", isDemo: true })).status).toBe(422);
    const nights = await post({ ...body, name: "夜班", timeZone: "europe/berlin", weekly: [{ day: 1, start: "22:00", end: "24:00" }, { day: 2, start: "00:00", end: "06:00" }] });
    expect(nights.status).toBe(201);
    expect(nights.body.timeZone).toBe("Europe/Berlin");
  });

  it("lets managers and admins write, staff read, and keeps customers out", async () => {
    const calendar = await createCalendar("权限测试");
    const url = `/api/v1/calendars/${calendar.id}`;
    for (const key of ["dispatcher", "engineer", "expert", "rma"] as const) {
      const user = as(t, world.users[key].token);
      expect((await user.get("/api/v1/calendars")).status).toBe(200);
      expect((await user.get(url)).status).toBe(200);
      expect((await user.post("/api/v1/calendars", { ...body, name: key })).status).toBe(403);
      expect((await user.patch(url, { name: "x" })).status).toBe(403);
      expect((await put(world.users[key].token, `${url}/years/2025`, cn2025)).status).toBe(403);
    }
    const customer = as(t, world.users.customerA.token);
    expect((await customer.get("/api/v1/calendars")).status).toBe(403);
    expect((await customer.get(url)).status).toBe(403);
    expect((await customer.get(`${url}/years/2025`)).status).toBe(403);
    const refused = await put(world.users.customerB.token, `${url}/years/2025`, cn2025);
    expect(refused.status).toBe(403);
    expect(refused.headers["content-type"]).toContain("application/problem+json");
    expect((await as(t, world.users.admin.token).get("/api/v1/calendars/7d1b3c2e-6a55-4a8e-9b43-0c6f3f1d2a10")).status).toBe(404);
  });

  it("changes a calendar only at the version the writer saw", async () => {
    const calendar = await createCalendar("版本测试");
    const url = `/api/v1/calendars/${calendar.id}`;
    const admin = as(t, world.users.admin.token);
    const changed = await admin.patch(url, { makeUpHours: [{ start: "10:00", end: "16:00" }] }, { "if-match": '"1"' });
    expect(changed.status).toBe(200);
    expect(changed.body).toMatchObject({ version: 2, makeUpHours: [{ start: "10:00", end: "16:00" }] });
    const stale = await admin.patch(url, { name: "旧版本" }, { "if-match": '"1"' });
    expect(stale.status).toBe(409);
    expect(stale.body.code).toBe("version_conflict");
    expect((await put(world.users.admin.token, `${url}/years/2025`, cn2025, { "if-match": '"1"' })).status).toBe(409);
    expect((await put(world.users.admin.token, `${url}/years/2025`, cn2025, { "if-match": '"2"' })).status).toBe(200);
    const loaded = await loadCalendar(t.deps.db, calendar.id);
    // with explicit make-up hours, Sunday 28 Sep 2025 counts 10:00–16:00
    expect(workingTimeBetween(loaded, new Date("2025-09-28T00:00:00+08:00"), new Date("2025-09-29T00:00:00+08:00"))).toBe(6 * H);
    expect((await admin.patch(url, { makeUpHours: null })).body.makeUpHours).toBeNull();
  });

  it("serialises concurrent loads of the same year", async () => {
    const calendar = await createCalendar("并发测试");
    const url = `/api/v1/calendars/${calendar.id}/years/2025`;
    const results = await Promise.all([
      put(world.users.manager.token, url, cn2025),
      put(world.users.admin.token, url, cn2025),
      put(world.users.manager.token, url, { holidays: [{ date: "2025-01-01", name: "元旦" }], workdays: [] }),
    ]);
    expect(results.map((r) => r.status)).toEqual([200, 200, 200]);
    const year = await as(t, world.users.manager.token).get(url);
    expect([1, 28]).toContain(year.body.holidays.length);
  });
});
