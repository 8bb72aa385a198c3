import { beforeAll, describe, expect, it } from "vitest";
import { createUser, systemActor } from "../auth/index.js";
import { as, caseInput, type TestApp, type World, useWorld } from "../../test/helpers.js";
import { onDuty } from "./on-duty.js";
import { pickEngineer } from "./pick-engineer.js";

let t: TestApp;
let world: World;
useWorld((app, w) => {
  t = app;
  world = w;
});

let engineer3: { id: string };
const at = () => t.clock.now();

async function openAndAssign(assigneeId: string, vendor = "IBM") {
  const dispatcher = as(t, world.users.dispatcher.token);
  const opened = await dispatcher.post("/api/v1/cases", caseInput({ vendor }));
  expect(opened.status).toBe(201);
  const assigned = await dispatcher.post(`/api/v1/cases/${opened.body.id}/assign`, { assigneeId });
  expect(assigned.status).toBe(200);
  return opened.body.id as string;
}

beforeAll(async () => {
  engineer3 = await createUser(t.deps, { actor: systemActor, email: "engineer3@casedesk.test", name: "engineer3", role: "engineer" });
  // open loads: engineer 2, engineer2 1 (plus one resolved, which does not count), engineer3 3
  for (const id of [world.users.engineer.id, world.users.engineer.id, world.users.engineer2.id, engineer3.id, engineer3.id, engineer3.id]) {
    await openAndAssign(id);
  }
  const resolved = await openAndAssign(world.users.engineer2.id);
  const done = await as(t, world.users.manager.token).post(`/api/v1/cases/${resolved}/resolve`, { resolution: "更换硬盘，阵列重建完成" });
  expect(done.status).toBe(200);
});

describe(pickEngineer.name, () => {
  it("counts each on-duty engineer's open cases", async () => {
    const engineers = await onDuty(t.deps, { actor: systemActor, at: at(), role: "engineer" });
    expect(Object.fromEntries(engineers.map((u) => [u.name, u.openCaseLoad]))).toEqual({ engineer: 2, engineer2: 1, engineer3: 3 });
  });

  it("picks the on-duty engineer with the lightest open-case load", async () => {
    expect((await pickEngineer(t.deps, { at: at() }))?.id).toBe(world.users.engineer2.id);
  });

  it("prefers an engineer who covers the case's vendor, busier or not", async () => {
    const saved = await t.server.inject({
      method: "PUT", url: `/api/v1/users/${engineer3.id}/vendors`,
      headers: { authorization: `Bearer ${world.users.manager.token}` }, payload: { vendors: ["IBM"] },
    });
    expect(saved.statusCode).toBe(200);
    expect((await pickEngineer(t.deps, { at: at(), vendor: "IBM" }))?.id).toBe(engineer3.id);
    expect((await pickEngineer(t.deps, { at: at(), vendor: "ibm" }))?.id).toBe(engineer3.id);
    expect((await pickEngineer(t.deps, { at: at(), vendor: "Dell" }))?.id).toBe(world.users.engineer2.id);
  });

  it("never picks an excluded engineer", async () => {
    expect((await pickEngineer(t.deps, { at: at(), exclude: [world.users.engineer2.id] }))?.id).toBe(world.users.engineer.id);
    expect((await pickEngineer(t.deps, { at: at(), vendor: "IBM", exclude: [engineer3.id] }))?.id).toBe(world.users.engineer2.id);
  });

  it("reads inside the caller's transaction", async () => {
    const picked = await t.deps.db.transaction().execute((tx) => pickEngineer({ db: tx }, { at: at(), vendor: "HPE" }));
    expect(picked).toMatchObject({ id: world.users.engineer2.id, openCaseLoad: 1, shift: { source: "default" } });
  });

  it("returns null when no engineer is on duty, and picks one called in", async () => {
    const manager = as(t, world.users.manager.token);
    const weekends = await manager.post("/api/v1/rosters/patterns", { name: "周末值班", definition: { kind: "weekly", windows: [{ day: 6, start: "00:00", end: "00:00" }] } });
    expect(weekends.status).toBe(201);
    await manager.post("/api/v1/rosters/assignments", { userId: world.users.engineer.id, patternId: weekends.body.id, validFrom: "2026-11-01" });
    // Wednesday: the only rostered engineer works weekends, so nobody is on duty
    expect(await pickEngineer(t.deps, { at: at() })).toBeNull();
    const saturday = new Date("2026-11-28T04:00:00Z");
    expect((await pickEngineer(t.deps, { at: saturday }))?.id).toBe(world.users.engineer.id);
    expect(await pickEngineer(t.deps, { at: saturday, exclude: [world.users.engineer.id] })).toBeNull();
    await manager.post("/api/v1/rosters/overrides", { userId: engineer3.id, kind: "on_duty", endsAt: "2026-11-25T18:00:00+08:00", reason: "紧急召回" });
    expect((await pickEngineer(t.deps, { at: at() }))?.id).toBe(engineer3.id);
  });
});
