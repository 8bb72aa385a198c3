import { describe, expect, it } from "vitest";
import { as, caseInput, type TestApp, type World, useWorld } from "../../../test/helpers.js";

let t: TestApp;
let world: World;
useWorld((app, w) => {
  t = app;
  world = w;
});

async function workingCase() {
  const opened = (await as(t, world.users.dispatcher.token).post("/api/v1/cases", caseInput())).body;
  await as(t, world.users.dispatcher.token).post(`/api/v1/cases/${opened.id}/assign`, { assigneeId: world.users.engineer.id });
  return opened;
}

describe("vendor support", () => {
  it("needs an expert's confirmation, then is tracked to done, each step in the log", async () => {
    const engineer = as(t, world.users.engineer.token);
    const expert = as(t, world.users.expert.token);
    const opened = await workingCase();
    const requested = await engineer.post(`/api/v1/cases/${opened.id}/vendor-requests`, { reason: "疑似微码缺陷，需原厂分析" });
    expect(requested.status).toBe(201);
    expect(requested.body).toMatchObject({ status: "requested", vendor: "IBM" });
    const rid = requested.body.id;

    const tooEarly = await engineer.post(`/api/v1/cases/${opened.id}/vendor-requests/${rid}/open`, { vendorCaseRef: "TS0123456" });
    expect(tooEarly.status).toBe(409);
    expect(tooEarly.body.code).toBe("illegal_transition");
    expect((await engineer.post(`/api/v1/cases/${opened.id}/vendor-requests/${rid}/confirm`, {})).status).toBe(403);
    expect((await as(t, world.users.manager.token).post(`/api/v1/cases/${opened.id}/vendor-requests/${rid}/confirm`, {})).status).toBe(403);

    const queue = await expert.get("/api/v1/vendor-requests/pending-confirmation");
    expect(queue.body.items.map((r: { id: string }) => r.id)).toContain(rid);
    expect((await expert.post(`/api/v1/cases/${opened.id}/vendor-requests/${rid}/confirm`, {})).body).toMatchObject({ status: "confirmed", confirmedBy: world.users.expert.id });
    expect((await engineer.post(`/api/v1/cases/${opened.id}/vendor-requests/${rid}/open`, { vendorCaseRef: "TS0123456", vendorContact: "IBM 400 热线" })).body)
      .toMatchObject({ status: "opened", vendorCaseRef: "TS0123456" });
    await engineer.post(`/api/v1/cases/${opened.id}/wait`, { waitFor: "vendor" });
    expect((await engineer.post(`/api/v1/cases/${opened.id}/vendor-requests/${rid}/answer`, { summary: "原厂建议升级微码至 SP5" })).body.status).toBe("answered");
    expect((await engineer.post(`/api/v1/cases/${opened.id}/vendor-requests/${rid}/complete`, { summary: "升级完成" })).body.status).toBe("done");

    const kinds = (await as(t, world.users.manager.token).get(`/api/v1/cases/${opened.id}/activities`)).body.items.map((e: { kind: string }) => e.kind);
    expect(kinds).toEqual(expect.arrayContaining(["vendor.requested", "vendor.confirmed", "vendor.opened", "vendor.answered", "vendor.done", "case.waiting"]));
    const customerLog = (await as(t, world.users.customerA.token).get(`/api/v1/cases/${opened.id}/activities`)).body.items.map((e: { kind: string }) => e.kind);
    expect(customerLog).not.toContain("vendor.requested");
    expect(customerLog).toContain("vendor.opened");
  });

  it("lets an expert decline, and refuses a second open request for the same vendor", async () => {
    const engineer = as(t, world.users.engineer.token);
    const opened = await workingCase();
    const first = (await engineer.post(`/api/v1/cases/${opened.id}/vendor-requests`, { reason: "x" })).body;
    const again = await engineer.post(`/api/v1/cases/${opened.id}/vendor-requests`, { reason: "y" });
    expect(again.status).toBe(409);
    expect((await as(t, world.users.expert.token).post(`/api/v1/cases/${opened.id}/vendor-requests/${first.id}/reject`, {})).status).toBe(422);
    expect((await as(t, world.users.expert.token).post(`/api/v1/cases/${opened.id}/vendor-requests/${first.id}/reject`, { reason: "先按手册更换电池" })).body.status).toBe("rejected");
    expect((await engineer.post(`/api/v1/cases/${opened.id}/vendor-requests`, { reason: "电池更换后仍告警" })).status).toBe(201);
  });

  it("is not for customers", async () => {
    const opened = await workingCase();
    const customer = as(t, world.users.customerA.token);
    expect((await customer.post(`/api/v1/cases/${opened.id}/vendor-requests`, { reason: "x" })).status).toBe(403);
    expect((await customer.get(`/api/v1/cases/${opened.id}/vendor-requests`)).status).toBe(403);
  });
});

describe("RMA hand-off", () => {
  it("records the faulty items on the case for the RMA admin", async () => {
    const opened = await workingCase();
    const handed = await as(t, world.users.engineer.token).post(`/api/v1/cases/${opened.id}/rma-handoff`, {
      reason: "硬盘需返修", items: [{ description: "600GB SAS 硬盘", vendor: "IBM", model: "00Y2505", serial: "S0M1ABC" }],
    });
    expect(handed.status).toBe(200);
    expect(handed.body.rmaRequestedAt).toBe(t.clock.now().toISOString());
    const log = (await as(t, world.users.rma.token).get(`/api/v1/cases/${opened.id}/activities`)).body.items;
    expect(log.at(-1)).toMatchObject({ kind: "rma.requested", data: { items: [expect.objectContaining({ serial: "S0M1ABC" })] } });
    expect((await as(t, world.users.customerA.token).post(`/api/v1/cases/${opened.id}/rma-handoff`, { reason: "x", items: [{ description: "x" }] })).status).toBe(403);
  });
});
