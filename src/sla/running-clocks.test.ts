import { describe, expect, it } from "vitest";
import { as, caseInput, type TestApp, type World, useWorld } from "../../test/helpers.js";

let t: TestApp;
let world: World;
useWorld((app, w) => {
  t = app;
  world = w;
});

const MINUTE = 60_000;

describe("GET /sla/running-clocks", () => {
  it("gives the counting clocks of many cases in one read, the response clock from the assignment", async () => {
    const dispatcher = as(t, world.users.dispatcher.token);
    const first = (await dispatcher.post("/api/v1/cases", caseInput())).body;
    const second = (await dispatcher.post("/api/v1/cases", caseInput({ faultLevel: "S3" }))).body;
    t.clock.advance(5 * MINUTE);
    const assigned = await dispatcher.post(`/api/v1/cases/${first.id}/assign`, { assigneeId: world.users.engineer.id });
    expect(assigned.status).toBe(200);

    const response = await dispatcher.get(`/api/v1/sla/running-clocks?caseId=${first.id}&caseId=${second.id}`);
    expect(response.status).toBe(200);
    const of = (caseId: string) => response.body.items.filter((c: { caseId: string }) => c.caseId === caseId).map((c: { metric: string }) => c.metric).sort();
    expect(of(first.id)).toEqual(["first_response", "resolution", "response"]);
    expect(of(second.id)).toEqual(["first_response", "resolution"]);
    const clock = response.body.items.find((c: { caseId: string; metric: string }) => c.caseId === first.id && c.metric === "response");
    expect(clock).toMatchObject({ status: "running", cycle: 1, assigneeId: world.users.engineer.id, targetMs: 60 * MINUTE, breachedAt: null });
    expect(Date.parse(clock.dueAt) - Date.parse(clock.startedAt)).toBe(60 * MINUTE);
  });

  it("drops a clock once it stops: a response ends the response clocks", async () => {
    const dispatcher = as(t, world.users.dispatcher.token);
    const opened = (await dispatcher.post("/api/v1/cases", caseInput())).body;
    await dispatcher.post(`/api/v1/cases/${opened.id}/assign`, { assigneeId: world.users.engineer.id });
    expect((await as(t, world.users.engineer.token).post(`/api/v1/cases/${opened.id}/respond`, {})).status).toBe(200);
    const response = await dispatcher.get(`/api/v1/sla/running-clocks?caseId=${opened.id}`);
    expect(response.body.items.map((c: { metric: string }) => c.metric)).toEqual(["resolution"]);
  });

  it("is for staff: customers get 403, bad or too many ids 422", async () => {
    const opened = (await as(t, world.users.dispatcher.token).post("/api/v1/cases", caseInput())).body;
    expect((await as(t, world.users.customerA.token).get(`/api/v1/sla/running-clocks?caseId=${opened.id}`)).status).toBe(403);
    const staff = as(t, world.users.engineer.token);
    expect((await staff.get("/api/v1/sla/running-clocks?caseId=not-a-uuid")).status).toBe(422);
    expect((await staff.get("/api/v1/sla/running-clocks")).status).toBe(422);
    const many = Array.from({ length: 201 }, () => `caseId=${opened.id}`).join("&");
    expect((await staff.get(`/api/v1/sla/running-clocks?${many}`)).status).toBe(422);
  });
});
