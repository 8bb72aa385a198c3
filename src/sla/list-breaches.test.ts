import { describe, expect, it } from "vitest";
import { as, caseInput, useWorld, type TestApp, type World } from "../../test/helpers.js";

let t: TestApp;
let w: World;
useWorld((app, world) => {
  t = app;
  w = world;
});

describe("GET /api/v1/sla-breaches", () => {
  it("lists the breaches of a period with their case", async () => {
    const start = t.clock.now();
    const dispatcher = as(t, w.users.dispatcher.token);
    const late = (await dispatcher.post("/api/v1/cases", caseInput({ faultLevel: "S3" }))).body;
    await dispatcher.post(`/api/v1/cases/${late.id}/assign`, { assigneeId: w.users.engineer.id });
    const timely = (await dispatcher.post("/api/v1/cases", caseInput({ faultLevel: "S3" }))).body;
    await dispatcher.post(`/api/v1/cases/${timely.id}/assign`, { assigneeId: w.users.engineer2.id });
    await as(t, w.users.engineer2.token).post(`/api/v1/cases/${timely.id}/respond`, {});
    // the default ladder: reassigned at 45 minutes, the response breached at one hour
    for (const minutes of [31, 15, 15]) {
      t.clock.advance(minutes * 60_000);
      await t.runJobs();
    }

    const manager = as(t, w.users.manager.token);
    const response = await manager.get("/api/v1/sla-breaches");
    expect(response.status).toBe(200);
    expect(response.body.total).toBeGreaterThanOrEqual(1);
    const mine = response.body.items.filter((b: { caseId: string }) => b.caseId === late.id);
    expect(mine.map((b: { metric: string }) => b.metric)).toContain("first_response");
    expect(mine[0]).toMatchObject({ caseNumber: late.number, faultLevel: "S3" });
    expect(response.body.items.some((b: { caseId: string }) => b.caseId === timely.id)).toBe(false);

    const before = await manager.get(`/api/v1/sla-breaches?from=${new Date(start.getTime() - 86_400_000).toISOString()}&to=${start.toISOString()}`);
    expect(before.body).toMatchObject({ total: 0, items: [] });
  });

  it("refuses a reversed or overlong period and customers", async () => {
    const manager = as(t, w.users.manager.token);
    const reversed = await manager.get("/api/v1/sla-breaches?from=2026-12-01T00:00:00Z&to=2026-11-01T00:00:00Z");
    expect(reversed.status).toBe(422);
    expect(reversed.body.errors[0]).toMatchObject({ path: "query.to", code: "range_order" });
    const long = await manager.get("/api/v1/sla-breaches?from=2024-01-01T00:00:00Z&to=2026-11-01T00:00:00Z", { "accept-language": "en" });
    expect(long.body.errors[0]).toMatchObject({ path: "query.from", code: "range_too_long", message: "covers too long a period (a year at most)" });
    expect((await as(t, w.users.customerA.token).get("/api/v1/sla-breaches")).status).toBe(403);
  });
});
