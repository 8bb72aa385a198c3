import { describe, expect, it } from "vitest";
import { as, caseInput, useWorld, type TestApp, type World } from "../../test/helpers.js";

let t: TestApp;
let w: World;
useWorld((app, world) => {
  t = app;
  w = world;
});

describe("GET /api/v1/cases/workload", () => {
  it("counts open cases by status and by assignee, leaving resolved and closed ones out", async () => {
    const dispatcher = as(t, w.users.dispatcher.token);
    const open = async () => (await dispatcher.post("/api/v1/cases", caseInput())).body;
    const a = await open();
    const b = await open();
    const c = await open();
    await open();
    await dispatcher.post(`/api/v1/cases/${a.id}/assign`, { assigneeId: w.users.engineer.id });
    await dispatcher.post(`/api/v1/cases/${b.id}/assign`, { assigneeId: w.users.engineer.id });
    await dispatcher.post(`/api/v1/cases/${c.id}/assign`, { assigneeId: w.users.engineer2.id });
    const engineer2 = as(t, w.users.engineer2.token);
    await engineer2.post(`/api/v1/cases/${c.id}/respond`, {});
    await engineer2.post(`/api/v1/cases/${c.id}/resolve`, { resolution: "更换硬盘" });

    const response = await as(t, w.users.manager.token).get("/api/v1/cases/workload");
    expect(response.status).toBe(200);
    expect(response.body.total).toBe(3);
    expect(response.body.byStatus.find((s: { status: string }) => s.status === "assigned").count).toBe(2);
    expect(response.body.byStatus.find((s: { status: string }) => s.status === "new").count).toBe(1);
    expect(response.body.byAssignee).toEqual([
      { assigneeId: w.users.engineer.id, assigneeName: "engineer", assigneeRole: "engineer", count: 2 },
      { assigneeId: null, assigneeName: null, assigneeRole: null, count: 1 },
    ]);
  });

  it("is refused to customers", async () => {
    expect((await as(t, w.users.customerA.token).get("/api/v1/cases/workload")).status).toBe(403);
  });
});
