import { describe, expect, it } from "vitest";
import { createUser, systemActor } from "../auth/index.js";
import { as, type TestApp, type World, useWorld } from "../../test/helpers.js";
import { onDuty } from "./on-duty.js";

let t: TestApp;
let world: World;
useWorld((app, w) => {
  t = app;
  world = w;
});

// the test clock starts at 2026-11-25T02:00Z: Wednesday 10:00 in Shanghai
const WED_10_00 = "2026-11-25T02:00:00Z";
const THU_03_00 = "2026-11-25T19:00:00Z";
const FRI_03_00 = "2026-11-26T19:00:00Z";

type Listed = { id: string; name: string; shift: { source: string; shiftName: string | null; reason: string | null } };
const onDutyAt = async (at: string | null, role?: string) => {
  const query = new URLSearchParams({ ...(at ? { at } : {}), ...(role ? { role } : {}) });
  const response = await as(t, world.users.dispatcher.token).get(`/api/v1/rosters/on-duty?${query}`);
  expect(response.status).toBe(200);
  return response.body.items as Listed[];
};
const names = (items: Listed[]) => items.map((u) => u.name).sort();

describe("who is on duty", () => {
  it("with nothing configured, has every active dispatcher, engineer and expert on duty 7×24", async () => {
    for (const at of [WED_10_00, THU_03_00]) {
      const items = await onDutyAt(at);
      expect(names(items)).toEqual(["dispatcher", "engineer", "engineer2", "expert"]);
      expect(items.every((u) => u.shift.source === "default")).toBe(true);
    }
    expect(names(await onDutyAt(THU_03_00, "engineer"))).toEqual(["engineer", "engineer2"]);
  });

  it("once engineers are rostered day/night, has the night engineer on at 03:00 Shanghai and not at 10:00", async () => {
    const manager = as(t, world.users.manager.token);
    const pattern = await manager.post("/api/v1/rosters/patterns", {
      name: "工程师白班/夜班",
      role: "engineer",
      definition: { kind: "daily", shifts: [{ name: "day", start: "08:00", end: "20:00" }, { name: "night", start: "20:00", end: "08:00" }] },
    });
    for (const [key, shiftName] of [["engineer", "day"], ["engineer2", "night"]] as const) {
      const assigned = await manager.post("/api/v1/rosters/assignments", { userId: world.users[key].id, patternId: pattern.body.id, shiftName, validFrom: "2026-11-01" });
      expect(assigned.status).toBe(201);
    }
    const night = await onDutyAt(THU_03_00, "engineer");
    expect(night).toEqual([expect.objectContaining({ name: "engineer2", shift: expect.objectContaining({ source: "roster", shiftName: "night" }) })]);
    const morning = await onDutyAt(WED_10_00, "engineer");
    expect(morning).toEqual([expect.objectContaining({ name: "engineer", shift: expect.objectContaining({ source: "roster", shiftName: "day" }) })]);
    // dispatchers and experts have no roster yet: still around the clock
    expect(names(await onDutyAt(THU_03_00))).toEqual(["dispatcher", "engineer2", "expert"]);
  });

  it("takes one engineer off and puts another on for a swap", async () => {
    const swap = await as(t, world.users.dispatcher.token).post("/api/v1/rosters/swaps", {
      fromUserId: world.users.engineer2.id, toUserId: world.users.engineer.id,
      startsAt: "2026-11-26T20:00:00+08:00", endsAt: "2026-11-27T08:00:00+08:00", reason: "engineer2 家中有事，与 engineer 换夜班",
    });
    expect(swap.status).toBe(201);
    const swapped = await onDutyAt(FRI_03_00, "engineer");
    expect(swapped).toEqual([expect.objectContaining({ name: "engineer", shift: expect.objectContaining({ source: "override", reason: expect.stringContaining("换夜班") }) })]);
    // the night before is untouched
    expect(names(await onDutyAt(THU_03_00, "engineer"))).toEqual(["engineer2"]);
  });

  it("puts an off-duty engineer on duty when a manager calls them in, until the call-in is cancelled", async () => {
    expect(names(await onDutyAt(null, "engineer"))).toEqual(["engineer"]);
    const callIn = await as(t, world.users.manager.token).post("/api/v1/rosters/overrides", {
      userId: world.users.engineer2.id, kind: "on_duty", endsAt: "2026-11-25T14:00:00+08:00", reason: "S1 故障，紧急召回",
    });
    expect(callIn.status).toBe(201);
    expect(callIn.body.startsAt).toBe(new Date(WED_10_00).toISOString());
    const now = await onDutyAt(null, "engineer");
    expect(names(now)).toEqual(["engineer", "engineer2"]);
    expect(now.find((u) => u.name === "engineer2")!.shift).toMatchObject({ source: "override", reason: "S1 故障，紧急召回" });
    t.clock.advance(4 * 3_600_000);
    expect(names(await onDutyAt(null, "engineer"))).toEqual(["engineer"]);
    t.clock.set(WED_10_00);
    const cancelled = await t.server.inject({ method: "DELETE", url: `/api/v1/rosters/overrides/${callIn.body.id}`, headers: { authorization: `Bearer ${world.users.manager.token}` } });
    expect(cancelled.statusCode).toBe(204);
    expect(names(await onDutyAt(null, "engineer"))).toEqual(["engineer"]);
  });

  it("answers the same through the use case, read inside a transaction", async () => {
    const users = await t.deps.db.transaction().execute((tx) => onDuty({ db: tx }, { actor: systemActor, at: new Date(THU_03_00), role: "engineer" }));
    expect(users.map((u) => u.name)).toEqual(["engineer2"]);
    const customer = { kind: "user", id: world.users.customerA.id, role: "customer", customerId: world.acme.id, name: "customer-a", language: "zh-CN" } as const;
    await expect(onDuty(t.deps, { actor: customer, at: new Date() })).rejects.toMatchObject({ code: "forbidden" });
  });
});

describe("who can be reached", () => {
  it("lists the on-duty first, then those who said they can be called, then silent staff with a phone", async () => {
    const withPhone = await createUser(t.deps, { actor: systemActor, email: "engineer3@casedesk.test", name: "engineer3", role: "engineer", phone: "13900001111" });
    await createUser(t.deps, { actor: systemActor, email: "engineer4@casedesk.test", name: "engineer4", role: "engineer" });
    const saidSo = await t.server.inject({
      method: "PUT", url: `/api/v1/users/${world.users.engineer2.id}/availability`,
      headers: { authorization: `Bearer ${world.users.engineer2.token}` }, payload: { isReachable: true, note: "在家待命，30 分钟可到" },
    });
    expect(saidSo.statusCode).toBe(200);
    const response = await as(t, world.users.manager.token).get(`/api/v1/rosters/reachable?at=${WED_10_00}`);
    expect(response.status).toBe(200);
    const engineers = (response.body.items as { id: string; role: string; reason: string; note: string | null }[]).filter((u) => u.role === "engineer");
    expect(engineers.map((u) => [u.id, u.reason])).toEqual([
      [world.users.engineer.id, "on_duty"],
      [world.users.engineer2.id, "marked_reachable"],
      [withPhone.id, "phone_on_file"],
    ]);
    expect(engineers[1]!.note).toBe("在家待命，30 分钟可到");
  });

  it("leaves out someone swapped off who said nothing", async () => {
    const items = (await as(t, world.users.manager.token).get(`/api/v1/rosters/reachable?at=${FRI_03_00}`)).body.items as { name: string; reason: string }[];
    expect(items.find((u) => u.name === "engineer2")).toMatchObject({ reason: "marked_reachable" });
    await t.server.inject({
      method: "PUT", url: `/api/v1/users/${world.users.engineer2.id}/availability`,
      headers: { authorization: `Bearer ${world.users.engineer2.token}` }, payload: { isReachable: false },
    });
    const after = (await as(t, world.users.manager.token).get(`/api/v1/rosters/reachable?at=${FRI_03_00}`)).body.items as { name: string }[];
    expect(after.map((u) => u.name)).not.toContain("engineer2");
  });
});
