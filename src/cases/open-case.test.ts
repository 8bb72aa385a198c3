import { describe, expect, it } from "vitest";
import { as, caseInput, type TestApp, type World, useWorld } from "../../test/helpers.js";

let t: TestApp;
let world: World;
useWorld((app, w) => {
  t = app;
  world = w;
});

describe("openCase", () => {
  it("opens a case with a number, a caller snapshot and the first log entry", async () => {
    const dispatcher = as(t, world.users.dispatcher.token);
    const response = await dispatcher.post("/api/v1/cases", caseInput());
    expect(response.status).toBe(201);
    expect(response.body.number).toMatch(/^C2611-\d{6}$/);
    expect(response.body.status).toBe("new");
    expect(response.body.priority).toBe("P1");
    expect(response.body.customerId).toBe(world.acme.id);
    expect(response.body.caller).toMatchObject({ name: "王建国", company: "华北电力信息中心", contractNo: "HT-2026-001" });
    const log = await dispatcher.get(`/api/v1/cases/${response.body.id}/activities`);
    expect(log.body.items).toHaveLength(1);
    expect(log.body.items[0]).toMatchObject({ seq: 1, kind: "case.opened", prevHash: null });
    const byNumber = await dispatcher.get(`/api/v1/cases/${response.body.number}`);
    expect(byNumber.body.id).toBe(response.body.id);
  });

  it("keeps what the contact looked like when the case was opened", async () => {
    const dispatcher = as(t, world.users.dispatcher.token);
    const opened = await dispatcher.post("/api/v1/cases", caseInput({ caller: undefined, contactId: world.acmeContact.id }));
    expect(opened.status).toBe(201);
    expect(opened.body.caller.phone).toBe("138 0013 8000");
    await as(t, world.users.manager.token).patch(`/api/v1/contacts/${world.acmeContact.id}`, { mobile: "139 0000 0000" });
    const again = await dispatcher.get(`/api/v1/cases/${opened.body.id}`);
    expect(again.body.caller.phone).toBe("138 0013 8000");
  });

  it("answers a repeated Idempotency-Key with the first case", async () => {
    const dispatcher = as(t, world.users.dispatcher.token);
    const headers = { "idempotency-key": "call-2026-11-25-0001" };
    const [first, second] = await Promise.all([
      dispatcher.post("/api/v1/cases", caseInput({ subject: "幂等测试" }), headers),
      dispatcher.post("/api/v1/cases", caseInput({ subject: "幂等测试" }), headers),
    ]);
    expect(first.status).toBe(201);
    expect(second.status).toBe(201);
    expect(second.body.id).toBe(first.body.id);
    const list = await dispatcher.get(`/api/v1/cases?q=${encodeURIComponent("幂等测试")}`);
    expect(list.body.items).toHaveLength(1);
    const different = await dispatcher.post("/api/v1/cases", caseInput({ subject: "另一个" }), headers);
    expect(different.status).toBe(422);
    expect(different.body.code).toBe("idempotency_mismatch");
  });
});
