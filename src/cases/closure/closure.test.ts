import { describe, expect, it } from "vitest";
import { as, caseInput, type TestApp, type World, useWorld } from "../../../test/helpers.js";

let t: TestApp;
let world: World;
useWorld((app, w) => {
  t = app;
  world = w;
});

async function resolvedCase() {
  const manager = as(t, world.users.manager.token);
  const opened = (await as(t, world.users.dispatcher.token).post("/api/v1/cases", caseInput())).body;
  await manager.post(`/api/v1/cases/${opened.id}/assign`, { assigneeId: world.users.engineer.id });
  return (await manager.post(`/api/v1/cases/${opened.id}/resolve`, { resolution: "更换硬盘后阵列恢复" })).body;
}

describe("the customer's answer to a resolution", () => {
  it("closes the case when the customer confirms in the portal", async () => {
    const resolved = await resolvedCase();
    const confirmed = await as(t, world.users.customerA.token).post(`/api/v1/cases/${resolved.id}/confirm-resolution`, { accepted: true, comment: "谢谢" });
    expect(confirmed.status).toBe(200);
    expect(confirmed.body.status).toBe("closed");
    const kinds = (await as(t, world.users.customerA.token).get(`/api/v1/cases/${resolved.id}/activities`)).body.items.map((e: { kind: string }) => e.kind);
    expect(kinds.slice(-2)).toEqual(["resolution.confirmed", "case.closed"]);
  });

  it("reopens a new resolution cycle when the customer disputes, and asks why", async () => {
    const resolved = await resolvedCase();
    const customer = as(t, world.users.customerA.token);
    expect((await customer.post(`/api/v1/cases/${resolved.id}/confirm-resolution`, { accepted: false })).status).toBe(422);
    const disputed = await customer.post(`/api/v1/cases/${resolved.id}/confirm-resolution`, { accepted: false, comment: "告警仍在" });
    expect(disputed.body).toMatchObject({ status: "in_progress", resolutionCycle: 2, resolution: null });
    expect((await customer.post(`/api/v1/cases/${resolved.id}/confirm-resolution`, { accepted: true })).status).toBe(409);
  });

  it("is only for the case's own company", async () => {
    const resolved = await resolvedCase();
    expect((await as(t, world.users.customerB.token).post(`/api/v1/cases/${resolved.id}/confirm-resolution`, { accepted: true })).status).toBe(404);
    expect((await as(t, world.users.engineer2.token).post(`/api/v1/cases/${resolved.id}/confirm-resolution`, { accepted: true })).status).toBe(403);
  });
});

describe("reopening", () => {
  it("is refused once the reopen window has passed", async () => {
    const resolved = await resolvedCase();
    await as(t, world.users.manager.token).post(`/api/v1/cases/${resolved.id}/close`, {});
    t.clock.advance(29 * 86_400_000);
    const inTime = await as(t, world.users.customerA.token).post(`/api/v1/cases/${resolved.id}/reopen`, { reason: "复发" });
    expect(inTime.body).toMatchObject({ status: "in_progress", resolutionCycle: 2 });
    await as(t, world.users.manager.token).post(`/api/v1/cases/${resolved.id}/resolve`, { resolution: "再次处理" });
    await as(t, world.users.manager.token).post(`/api/v1/cases/${resolved.id}/close`, {});
    t.clock.advance(31 * 86_400_000);
    const late = await as(t, world.users.customerA.token, { "accept-language": "en" }).post(`/api/v1/cases/${resolved.id}/reopen`, { reason: "又坏了" });
    expect(late.status).toBe(409);
    expect(late.body).toMatchObject({ code: "reopen_window_passed" });
    expect(late.body.detail).toContain("30 days");
  });
});
