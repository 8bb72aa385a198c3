import { describe, expect, it } from "vitest";
import { buildKnownMonth } from "../../test/known-month.js";
import { as, useWorld, type TestApp, type World } from "../../test/helpers.js";

let t: TestApp;
let w: World;
useWorld((app, world) => {
  t = app;
  w = world;
});

const minutes = (n: number) => n * 60_000;

describe("the monthly report of a known month", () => {
  let cases: Record<string, { id: string; number: string }>;
  it("builds the month", async () => {
    cases = await buildKnownMonth(t, w);
  }, 240_000);

  it("counts every figure as worked out by hand", async () => {
    const response = await as(t, w.users.manager.token).get(`/api/v1/reports/monthly?customerId=${w.acme.id}&month=2026-12`);
    expect(response.status).toBe(200);
    const r = response.body;
    expect(r.scope).toMatchObject({ customerId: w.acme.id, customerName: w.acme.name, contractId: null });
    expect(r.period).toMatchObject({ fromMonth: "2026-12", toMonth: "2026-12", startsAt: "2026-11-30T16:00:00.000Z", endsAt: "2026-12-31T16:00:00.000Z" });
    expect(r.opened.total).toBe(7);
    expect(r.opened.vendor).toEqual([{ key: "IBM", count: 6 }, { key: "HPE", count: 1 }]);
    expect(r.opened.caseType).toEqual([{ key: "hardware", count: 6 }, { key: "software", count: 1 }]);
    expect(r.opened.faultLevel).toEqual([{ key: "S1", count: 6 }, { key: "S3", count: 1 }]);
    expect(r.opened.channel).toEqual([{ key: "phone", count: 5 }, { key: "email", count: 1 }, { key: "web", count: 1 }]);
    // A and D closed by hand; O, B, C, E, F closed by themselves 7 days after resolution, all in December
    expect(r.closed.total).toBe(7);

    // first response: 5, 5, 10, 20, 20, 35, 40 (G, F, D, A, B, C, E)
    expect(r.times.firstResponse).toEqual({ count: 7, medianMs: minutes(20), p90Ms: minutes(40), maxMs: minutes(40) });
    // resolution cycles ended in December: 60, 120, 120, 120, 120, 130, 270, 2700 (F1, A, C, D, E, B, F2, O)
    expect(r.times.resolution).toEqual({ count: 8, medianMs: minutes(120), p90Ms: minutes(2700), maxMs: minutes(2700) });
    expect(r.times.byFaultLevel).toEqual([
      { faultLevel: "S1", firstResponse: { count: 6, medianMs: minutes(20), p90Ms: minutes(40), maxMs: minutes(40) }, resolution: { count: 7, medianMs: minutes(120), p90Ms: minutes(2700), maxMs: minutes(2700) } },
      { faultLevel: "S3", firstResponse: { count: 1, medianMs: minutes(10), p90Ms: minutes(10), maxMs: minutes(10) }, resolution: { count: 1, medianMs: minutes(120), p90Ms: minutes(120), maxMs: minutes(120) } },
    ]);

    const compliance = (metric: string, faultLevel: string | null) => r.compliance.find((c: any) => c.metric === metric && c.faultLevel === faultLevel);
    expect(compliance("first_response", null)).toEqual({ metric: "first_response", faultLevel: null, measured: 7, met: 5, breached: 2, percent: 71.4 });
    expect(compliance("first_response", "S1")).toMatchObject({ measured: 6, met: 4, breached: 2, percent: 66.7 });
    expect(compliance("first_response", "S3")).toMatchObject({ measured: 1, met: 1, percent: 100 });
    expect(compliance("resolution", null)).toMatchObject({ measured: 8, met: 6, breached: 2, percent: 75 });
    expect(compliance("resolution", "S1")).toMatchObject({ measured: 7, met: 5, breached: 2, percent: 71.4 });
    // a response cycle per assignment: A B C D E1 E2 F G, none over the hour
    expect(compliance("response", null)).toMatchObject({ measured: 8, met: 8, breached: 0, percent: 100 });

    expect(r.breaches.total).toBe(3);
    expect(r.breaches.items.map((b: any) => [b.caseNumber, b.metric, b.cycle, b.breachedAt])).toEqual([
      [cases.C!.number, "first_response", 1, "2026-12-12T01:10:00.000Z"],
      [cases.E!.number, "first_response", 1, "2026-12-15T01:30:00.000Z"],
      [cases.F!.number, "resolution", 2, "2026-12-17T05:00:00.000Z"],
    ]);

    expect(r.backlog.atEnd).toBe(1);
    expect(r.backlog.trend).toHaveLength(12);
    expect(r.backlog.trend.at(-2)).toEqual({ month: "2026-11", open: 1, opened: 1, closed: 0 });
    expect(r.backlog.trend.at(-1)).toEqual({ month: "2026-12", open: 1, opened: 7, closed: 7 });
    expect(r.backlog.trend[0]).toEqual({ month: "2026-01", open: 0, opened: 0, closed: 0 });

    expect(r.satisfaction).toEqual({
      sent: 7, answered: 1, // one invitation per closure
      averages: { responseSpeed: 5, professionalism: 4, resolution: 4, overall: 4 },
      comments: [{ caseNumber: cases.A!.number, overall: 4, comment: "响应很快，工程师专业。", answeredAt: expect.any(String) }],
    });
    expect(r.visits).toEqual({ count: 1, cases: 1, hoursOnSite: 2 });
    expect(r.maintenance).toEqual({ available: true, due: 0, deliveredOnTime: 0, late: 0 });
    // the known month has no RMA: the section is there (src/rma provides it) and counts none
    expect(r.rma).toEqual({ available: true, opened: 0, closed: 0, turnaround: { medianMs: null, maxMs: null } });
  });

  it("reads closing and reopening as the log recorded them: a case reopened in January stays closed in December", async () => {
    const manager = as(t, w.users.manager.token);
    // the premise: A, closed in December, is open now; F, closed in December, was closed again in January
    expect((await manager.get(`/api/v1/cases/${cases.A!.id}`)).body).toMatchObject({ status: "in_progress", closedAt: null });
    expect((await manager.get(`/api/v1/cases/${cases.F!.id}`)).body).toMatchObject({ status: "closed", closedAt: "2027-01-04T03:10:00.000Z" });
    const december = (await manager.get(`/api/v1/reports/monthly?customerId=${w.acme.id}&month=2026-12`)).body;
    // O A B C D E F closed in December, A and F among them; IBM all but B
    expect(december.closed.total).toBe(7);
    expect(december.closed.vendor).toEqual([{ key: "IBM", count: 6 }, { key: "HPE", count: 1 }]);
    expect(december.closed.channel).toEqual([{ key: "phone", count: 5 }, { key: "email", count: 1 }, { key: "web", count: 1 }]);
    // open at December's end: G only (A and F were closed then)
    expect(december.backlog.atEnd).toBe(1);
    expect(december.backlog.trend.at(-1)).toEqual({ month: "2026-12", open: 1, opened: 7, closed: 7 });

    const january = (await manager.get(`/api/v1/reports/monthly?customerId=${w.acme.id}&month=2027-01`)).body;
    // F, closed twice on 4 January and not reopened since, counts once; A, closed and reopened on 5 January, does
    // not count; A and G open at January's end
    expect(january.opened.total).toBe(0);
    expect(january.closed.total).toBe(1);
    expect(january.backlog.atEnd).toBe(2);
    expect(january.backlog.trend.slice(-3)).toEqual([
      { month: "2026-11", open: 1, opened: 1, closed: 0 },
      { month: "2026-12", open: 1, opened: 7, closed: 7 },
      { month: "2027-01", open: 2, opened: 0, closed: 1 },
    ]);

    // the centre's engineer load reads December the same way: engineer resolved O A B C D F, G and H open at its end
    // (A open now: without its log, A would be open at December's end)
    const centre = (await manager.get("/api/v1/reports/centre?month=2026-12")).body;
    expect(centre.byEngineer.find((e: { userId: string }) => e.userId === w.users.engineer.id)).toMatchObject({ opened: 7, resolved: 6, openAtEnd: 2 });
    expect(centre.backlog.atEnd).toBe(2); // G and H
  });

  it("scopes to one contract, and to the centre for a manager", async () => {
    const manager = as(t, w.users.manager.token);
    const contract = (await manager.get(`/api/v1/reports/monthly?contractId=${w.acmeContract.id}&month=2026-12`)).body;
    expect(contract.scope).toMatchObject({ customerId: w.acme.id, contractNo: "HT-2026-001" });
    expect(contract.opened.total).toBe(7);
    const centre = (await manager.get("/api/v1/reports/monthly?month=2026-12")).body;
    expect(centre.scope.customerId).toBeNull();
    expect(centre.opened.total).toBe(8);
  });

  it("shows a customer its own report and no other company's", async () => {
    const customer = as(t, w.users.customerA.token);
    expect((await customer.get(`/api/v1/reports/monthly?customerId=${w.acme.id}&month=2026-12`)).body.opened.total).toBe(7);
    expect((await customer.get(`/api/v1/reports/monthly?customerId=${w.beta.id}&month=2026-12`)).status).toBe(404);
    expect((await customer.get(`/api/v1/reports/monthly?contractId=${w.betaContract.id}&month=2026-12`)).status).toBe(404);
    expect((await customer.get("/api/v1/reports/monthly?month=2026-12")).status).toBe(404);
    expect((await as(t, w.users.engineer.token).get("/api/v1/reports/centre?month=2026-12")).status).toBe(403);
  });

  it("refuses a malformed month or a reversed range, naming the field", async () => {
    const manager = as(t, w.users.manager.token);
    const bad = await manager.get(`/api/v1/reports/monthly?customerId=${w.acme.id}&month=2026-13`);
    expect(bad.status).toBe(422);
    expect(bad.body.errors[0]).toMatchObject({ path: "querystring.month" });
    const reversed = await manager.get(`/api/v1/reports/monthly?customerId=${w.acme.id}&from=2026-12&to=2026-10`);
    expect(reversed.status).toBe(422);
    expect(reversed.body.errors[0]).toMatchObject({ path: "query.to", code: "range_order" });
  });
});
