import { describe, expect, it } from "vitest";
import { as, type TestApp, type World, useWorld } from "../../test/helpers.js";

let t: TestApp;
let world: World;
useWorld((app, w) => {
  t = app;
  world = w;
});

/** `as()` knows GET, POST and PATCH; rosters also PUT and DELETE. */
async function send(token: string, method: "PUT" | "DELETE", url: string, body?: unknown, headers: Record<string, string> = {}) {
  const response = await t.server.inject({ method, url, headers: { authorization: `Bearer ${token}`, ...headers }, ...(body === undefined ? {} : { payload: body as object }) });
  return { status: response.statusCode, body: response.body ? response.json() : undefined };
}

const dayNight = {
  kind: "daily",
  shifts: [{ name: "day", start: "08:00", end: "20:00" }, { name: "night", start: "20:00", end: "08:00" }],
};
const interval = { startsAt: "2026-12-01T12:00:00+08:00", endsAt: "2026-12-02T08:00:00+08:00" };

describe("permissions", () => {
  it("refuses customers everything with 403", async () => {
    const customer = as(t, world.users.customerA.token);
    const engineerId = world.users.engineer.id;
    const responses = [
      await customer.get("/api/v1/rosters/patterns"),
      await customer.get("/api/v1/rosters/patterns/00000000-0000-4000-8000-000000000000"),
      await customer.post("/api/v1/rosters/patterns", { name: "x", definition: { kind: "always" } }),
      await customer.get("/api/v1/rosters/assignments"),
      await customer.post("/api/v1/rosters/assignments", { userId: engineerId, patternId: engineerId, validFrom: "2026-12-01" }),
      await customer.get("/api/v1/rosters/overrides"),
      await customer.post("/api/v1/rosters/overrides", { userId: engineerId, kind: "on_duty", endsAt: "2026-12-31T00:00:00Z", reason: "x" }),
      await customer.post("/api/v1/rosters/swaps", { fromUserId: engineerId, toUserId: world.users.engineer2.id, ...interval, reason: "x" }),
      await customer.get("/api/v1/rosters/on-duty"),
      await customer.get("/api/v1/rosters/reachable"),
      await customer.get(`/api/v1/users/${engineerId}/vendors`),
      await send(world.users.customerA.token, "PUT", `/api/v1/users/${engineerId}/vendors`, { vendors: ["IBM"] }),
      await send(world.users.customerA.token, "PUT", `/api/v1/users/${world.users.customerA.id}/availability`, { isReachable: true }),
      await send(world.users.customerA.token, "DELETE", "/api/v1/rosters/overrides/00000000-0000-4000-8000-000000000000"),
    ];
    expect(responses.map((r) => r.status)).toEqual(responses.map(() => 403));
    expect(responses[0]!.body).toMatchObject({ code: "forbidden", status: 403 });
  });

  it("lets staff read but only managers and admins plan and call in", async () => {
    for (const key of ["dispatcher", "engineer", "expert", "rma"] as const) {
      const staff = as(t, world.users[key].token);
      expect((await staff.get("/api/v1/rosters/patterns")).status).toBe(200);
      expect((await staff.get("/api/v1/rosters/on-duty")).status).toBe(200);
      expect((await staff.post("/api/v1/rosters/patterns", { name: `by ${key}`, definition: { kind: "always" } })).status).toBe(403);
      const callIn = await staff.post("/api/v1/rosters/overrides", { userId: world.users.engineer.id, kind: "on_duty", endsAt: "2026-12-31T00:00:00Z", reason: "x" });
      expect(callIn.status).toBe(403);
      expect((await send(world.users[key].token, "PUT", `/api/v1/users/${world.users.engineer.id}/vendors`, { vendors: ["IBM"] })).status).toBe(403);
    }
    for (const key of ["manager", "admin"] as const) {
      const created = await as(t, world.users[key].token).post("/api/v1/rosters/patterns", { name: `by ${key}`, definition: { kind: "always" } });
      expect(created.status).toBe(201);
    }
  });

  it("lets a dispatcher record a swap, but not an engineer", async () => {
    const body = { fromUserId: world.users.engineer.id, toUserId: world.users.engineer2.id, ...interval, reason: "换班：家中有事" };
    expect((await as(t, world.users.engineer.token).post("/api/v1/rosters/swaps", body)).status).toBe(403);
    const swap = await as(t, world.users.dispatcher.token).post("/api/v1/rosters/swaps", body);
    expect(swap.status).toBe(201);
    expect(swap.body.offDuty).toMatchObject({ userId: world.users.engineer.id, kind: "off_duty", swapId: swap.body.swapId });
    expect(swap.body.onDuty).toMatchObject({ userId: world.users.engineer2.id, kind: "on_duty", swapId: swap.body.swapId });
    // either half cancels both
    expect((await send(world.users.dispatcher.token, "DELETE", `/api/v1/rosters/overrides/${swap.body.onDuty.id}`)).status).toBe(204);
    const left = await as(t, world.users.dispatcher.token).get("/api/v1/rosters/overrides?from=2026-12-01T00:00:00Z");
    expect(left.body.items).toEqual([]);
    expect((await send(world.users.dispatcher.token, "DELETE", `/api/v1/rosters/overrides/${swap.body.offDuty.id}`)).status).toBe(404);
  });

  it("lets staff say for themselves whether they can be reached, and managers for them", async () => {
    const own = await send(world.users.engineer.token, "PUT", `/api/v1/users/${world.users.engineer.id}/availability`, { isReachable: true, note: "在家待命" });
    expect(own).toMatchObject({ status: 200, body: { userId: world.users.engineer.id, isReachable: true, note: "在家待命" } });
    expect((await send(world.users.engineer.token, "PUT", `/api/v1/users/${world.users.engineer2.id}/availability`, { isReachable: true })).status).toBe(403);
    expect((await send(world.users.manager.token, "PUT", `/api/v1/users/${world.users.engineer2.id}/availability`, { isReachable: false })).status).toBe(200);
  });
});

describe("shift patterns", () => {
  it("creates, reads, renames with If-Match, and refuses a stale version", async () => {
    const manager = as(t, world.users.manager.token);
    const created = await manager.post("/api/v1/rosters/patterns", { name: "白班/夜班", role: "engineer", definition: dayNight });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ name: "白班/夜班", role: "engineer", timeZone: "Asia/Shanghai", definition: dayNight, version: 1 });
    expect((await manager.get(`/api/v1/rosters/patterns/${created.body.id}`)).body).toEqual(created.body);
    expect((await manager.post("/api/v1/rosters/patterns", { name: "白班/夜班", definition: { kind: "always" } })).status).toBe(409);
    const renamed = await manager.patch(`/api/v1/rosters/patterns/${created.body.id}`, { name: "两班倒", timeZone: "Europe/Berlin" }, { "if-match": '"1"' });
    expect(renamed.body).toMatchObject({ name: "两班倒", timeZone: "Europe/Berlin", version: 2 });
    const stale = await manager.patch(`/api/v1/rosters/patterns/${created.body.id}`, { name: "三班倒" }, { "if-match": '"1"' });
    expect(stale).toMatchObject({ status: 409, body: { code: "version_conflict" } });
  });

  it("refuses to drop a shift or a role that an assignment uses, and to delete a used pattern", async () => {
    const manager = as(t, world.users.manager.token);
    const pattern = await manager.post("/api/v1/rosters/patterns", { name: "in use", definition: dayNight });
    const assignment = await manager.post("/api/v1/rosters/assignments", {
      userId: world.users.engineer2.id, patternId: pattern.body.id, shiftName: "night", validFrom: "2027-01-01", validTo: "2027-01-31",
    });
    expect(assignment.status).toBe(201);
    const dropNight = await manager.patch(`/api/v1/rosters/patterns/${pattern.body.id}`, { definition: { kind: "daily", shifts: [dayNight.shifts[0]] } });
    expect(dropNight).toMatchObject({ status: 409, body: { code: "conflict" } });
    expect((await manager.patch(`/api/v1/rosters/patterns/${pattern.body.id}`, { role: "dispatcher" })).status).toBe(409);
    expect((await send(world.users.manager.token, "DELETE", `/api/v1/rosters/patterns/${pattern.body.id}`)).status).toBe(409);
    expect((await send(world.users.manager.token, "DELETE", `/api/v1/rosters/assignments/${assignment.body.id}`)).status).toBe(204);
    expect((await send(world.users.manager.token, "DELETE", `/api/v1/rosters/patterns/${pattern.body.id}`)).status).toBe(204);
    expect((await manager.get(`/api/v1/rosters/patterns/${pattern.body.id}`)).status).toBe(404);
  });

  it.each([
    ["a time that is not HH:mm", { definition: { kind: "daily", shifts: [{ name: "day", start: "8:00", end: "20:00" }] } }, "body.definition.shifts.0.start", "invalid_format"],
    ["24:00", { definition: { kind: "daily", shifts: [{ name: "day", start: "08:00", end: "24:00" }] } }, "body.definition.shifts.0.end", "invalid_format"],
    ["two shifts of one name", { definition: { kind: "daily", shifts: [dayNight.shifts[0], { ...dayNight.shifts[1], name: "DAY" }] } }, "body.definition.shifts", "duplicate_shift"],
    ["a weekday 8", { definition: { kind: "weekly", windows: [{ day: 8, start: "09:00", end: "18:00" }] } }, "body.definition.windows.0.day", "too_big"],
    ["an unknown time zone", { timeZone: "Asia/Beijing", definition: { kind: "always" } }, "body.timeZone", "invalid_time_zone"],
    ["an unknown field", { definition: { kind: "always" }, color: "red" }, "body", "unrecognized_keys"],
    ["an unknown field in the definition", { definition: { kind: "always", hours: 24 } }, "body.definition", "unrecognized_keys"],
    ["a role that is not rostered", { role: "manager", definition: { kind: "always" } }, "body.role", "invalid_value"],
  ])("refuses %s", async (_name, body, path, code) => {
    const response = await as(t, world.users.manager.token).post("/api/v1/rosters/patterns", { name: `bad ${Math.random()}`, ...body });
    expect(response.status).toBe(422);
    expect(response.headers["content-type"]).toContain("application/problem+json");
    expect(response.body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ path, code })]));
  });
});

describe("roster assignments", () => {
  let patternId: string;
  const assign = (body: Record<string, unknown>) =>
    as(t, world.users.manager.token).post("/api/v1/rosters/assignments", { userId: world.users.engineer.id, patternId, shiftName: "day", validFrom: "2027-02-01", ...body });

  it("checks user, pattern, shift and dates", async () => {
    patternId = (await as(t, world.users.manager.token).post("/api/v1/rosters/patterns", { name: "工程师两班", role: "engineer", definition: dayNight })).body.id;
    const cases: [Record<string, unknown>, string, string][] = [
      [{ validTo: "2027-01-31" }, "body.validTo", "range_order"],
      [{ validFrom: "2027-02-30" }, "body.validFrom", "invalid_format"],
      [{ shiftName: undefined }, "body.shiftName", "required"],
      [{ shiftName: "evening" }, "body.shiftName", "unknown_shift"],
      [{ userId: world.users.customerA.id }, "body.userId", "not_rosterable"],
      [{ userId: world.users.manager.id }, "body.userId", "not_rosterable"],
      [{ userId: world.users.dispatcher.id }, "body.userId", "role_mismatch"],
      [{ userId: "00000000-0000-4000-8000-000000000000" }, "body.userId", "unknown_user"],
      [{ patternId: "00000000-0000-4000-8000-000000000000" }, "body.patternId", "unknown_pattern"],
      [{ rotation: "weekly" }, "body", "unrecognized_keys"],
    ];
    for (const [body, path, code] of cases) {
      const response = await assign(body);
      expect({ status: response.status, errors: response.body.errors }).toEqual({ status: 422, errors: [expect.objectContaining({ path, code })] });
    }
  });

  it("pages by start date and moves an assignment to another shift", async () => {
    for (const validFrom of ["2027-03-01", "2027-04-01", "2027-05-01"]) expect((await assign({ validFrom })).status).toBe(201);
    const manager = as(t, world.users.manager.token);
    const first = await manager.get(`/api/v1/rosters/assignments?patternId=${patternId}&limit=2`);
    expect(first.body.items.map((a: { validFrom: string }) => a.validFrom)).toEqual(["2027-03-01", "2027-04-01"]);
    const second = await manager.get(`/api/v1/rosters/assignments?patternId=${patternId}&limit=2&cursor=${first.body.nextCursor}`);
    expect(second.body).toMatchObject({ items: [expect.objectContaining({ validFrom: "2027-05-01", userName: "engineer", patternName: "工程师两班" })], nextCursor: null });
    const on = await manager.get(`/api/v1/rosters/assignments?patternId=${patternId}&on=2027-04-15`);
    expect(on.body.items.map((a: { validFrom: string }) => a.validFrom)).toEqual(["2027-03-01", "2027-04-01"]);
    const moved = await manager.patch(`/api/v1/rosters/assignments/${second.body.items[0].id}`, { shiftName: "night", validTo: "2027-05-31", version: 1 });
    expect(moved.body).toMatchObject({ shiftName: "night", validTo: "2027-05-31", version: 2 });
    expect((await manager.patch(`/api/v1/rosters/assignments/${second.body.items[0].id}`, { validTo: "2027-04-30" })).status).toBe(422);
  });
});

describe("overrides and swaps", () => {
  it.each([
    ["an end before the start", "/api/v1/rosters/overrides", { userId: "engineer", kind: "on_duty", startsAt: interval.endsAt, endsAt: interval.startsAt, reason: "x" }, "body.endsAt", "range_order"],
    ["a local time without offset", "/api/v1/rosters/overrides", { userId: "engineer", kind: "on_duty", endsAt: "2026-12-01T08:00:00", reason: "x" }, "body.endsAt", "invalid_format"],
    ["an unknown kind", "/api/v1/rosters/overrides", { userId: "engineer", kind: "standby", endsAt: interval.endsAt, reason: "x" }, "body.kind", "invalid_value"],
    ["no reason", "/api/v1/rosters/overrides", { userId: "engineer", kind: "on_duty", endsAt: interval.endsAt }, "body.reason", "required"],
    ["a customer", "/api/v1/rosters/overrides", { userId: "customerA", kind: "on_duty", endsAt: interval.endsAt, reason: "x" }, "body.userId", "not_rosterable"],
    ["a swap with oneself", "/api/v1/rosters/swaps", { fromUserId: "engineer", toUserId: "engineer", ...interval, reason: "x" }, "body.toUserId", "invalid_value"],
    ["a swap across roles", "/api/v1/rosters/swaps", { fromUserId: "engineer", toUserId: "dispatcher", ...interval, reason: "x" }, "body.toUserId", "role_mismatch"],
  ] as const)("refuses %s", async (_name, url, body, path, code) => {
    const ids = Object.fromEntries(Object.entries(body).map(([k, v]) => [k, k.endsWith("serId") ? world.users[v as keyof World["users"]].id : v]));
    const response = await as(t, world.users.manager.token).post(url, ids);
    expect(response.status).toBe(422);
    expect(response.body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ path, code })]));
  });

  it("refuses a bad instant in a query", async () => {
    const response = await as(t, world.users.engineer.token).get("/api/v1/rosters/on-duty?at=yesterday");
    expect(response.status).toBe(422);
    expect(response.body.errors[0].path).toBe("querystring.at");
  });
});

describe("vendor coverage", () => {
  it("replaces an engineer's vendors, one spelling each", async () => {
    const url = `/api/v1/users/${world.users.engineer.id}/vendors`;
    const saved = await send(world.users.manager.token, "PUT", url, { vendors: ["IBM", "HPE", "ibm"] });
    expect(saved).toMatchObject({ status: 200, body: { userId: world.users.engineer.id, vendors: ["HPE", "IBM"] } });
    expect((await send(world.users.admin.token, "PUT", url, { vendors: ["Huawei"] })).body.vendors).toEqual(["Huawei"]);
    expect((await as(t, world.users.dispatcher.token).get(url)).body.vendors).toEqual(["Huawei"]);
  });

  it("refuses a dispatcher, an unknown user and bad input", async () => {
    const dispatcher = await send(world.users.manager.token, "PUT", `/api/v1/users/${world.users.dispatcher.id}/vendors`, { vendors: ["IBM"] });
    expect(dispatcher).toMatchObject({ status: 422, body: { errors: [expect.objectContaining({ code: "role_mismatch" })] } });
    expect((await send(world.users.manager.token, "PUT", "/api/v1/users/00000000-0000-4000-8000-000000000000/vendors", { vendors: [] })).status).toBe(404);
    expect((await send(world.users.manager.token, "PUT", `/api/v1/users/${world.users.engineer.id}/vendors`, { vendors: [""] })).status).toBe(422);
    expect((await send(world.users.manager.token, "PUT", `/api/v1/users/${world.users.engineer.id}/vendors`, ["IBM"])).status).toBe(422);
  });
});

describe("API document", () => {
  it("lists the roster endpoints under the rosters tag", async () => {
    const response = await t.server.inject({ method: "GET", url: "/api/v1/openapi.json" });
    expect(response.statusCode).toBe(200);
    const paths = response.json().paths as Record<string, Record<string, { tags?: string[] }>>;
    for (const [path, method] of [["/api/v1/rosters/on-duty", "get"], ["/api/v1/rosters/swaps", "post"], ["/api/v1/users/{id}/vendors", "put"]] as const) {
      expect(paths[path]?.[method]?.tags).toEqual(["rosters"]);
    }
  });
});
