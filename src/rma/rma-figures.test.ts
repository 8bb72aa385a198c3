import { describe, expect, it } from "vitest";
import { as, caseInput, TEST_ENGINE, type TestApp, type World, useWorld } from "../../test/helpers.js";
import { rmaFigures } from "./index.js";

let t: TestApp;
let world: World;
useWorld((app, w) => {
  t = app;
  world = w;
});

const api = (who: keyof World["users"]) => as(t, world.users[who].token);
const HOUR = 3_600_000;

async function openRma(vendor: string, caseOverrides: Record<string, unknown> = {}) {
  const c = await api("dispatcher").post("/api/v1/cases", caseInput({ siteId: world.acmeSite.id, ...caseOverrides }));
  const rma = await api("engineer").post(`/api/v1/cases/${c.body.id}/rmas`, { faultySerial: `SN-${vendor}`, vendor, faultDescription: "电源故障", warrantyTerm: "repair" });
  expect(rma.status).toBe(201);
  return rma.body as { id: string; version: number };
}

async function walkToClosed(rma: { id: string; version: number }) {
  let version = rma.version;
  for (const step of [{ to: "vendor_approved", vendorRmaNo: "V-1" }, { to: "replacement_dispatched", trackingNo: "SF1" }, { to: "faulty_returned", trackingNo: "SF2" }, { to: "closed" }]) {
    t.clock.advance(HOUR);
    const advanced = await api("rma").post(`/api/v1/rmas/${rma.id}/advance`, { ...step, version });
    expect(advanced.status).toBe(200);
    version = advanced.body.version;
  }
}

describe(`RMA figures for the monthly report (${TEST_ENGINE})`, () => {
  it("counts a company's RMAs opened and closed in the range, with the turnaround of those closed, per vendor and in all", async () => {
    const from = t.clock.now();
    const ibm = await openRma("IBM");
    await openRma("HP");
    await walkToClosed(ibm); // four steps an hour apart: four hours from request to closed
    await openRma("IBM", { caller: { name: "李娜", phone: "13900000000", contractNo: "HT-2026-002" }, siteId: world.betaSite.id });
    const to = new Date(t.clock.now().getTime() + 1);

    const acme = await rmaFigures(t.deps, { customerId: world.acme.id, from, to });
    expect(acme).toEqual({
      opened: 2,
      closed: 1,
      turnaround: { medianMs: 4 * HOUR, maxMs: 4 * HOUR },
      byVendor: [
        { vendor: "HP", opened: 1, closed: 0, medianTurnaroundMs: null },
        { vendor: "IBM", opened: 1, closed: 1, medianTurnaroundMs: 4 * HOUR },
      ],
    });
    const centre = await rmaFigures(t.deps, { from, to });
    expect(centre).toMatchObject({ opened: 3, closed: 1 });
    expect(centre.byVendor.find((v) => v.vendor === "IBM")).toMatchObject({ opened: 2, closed: 1 });
    // a range after it all: nothing
    expect(await rmaFigures(t.deps, { customerId: world.acme.id, from: to, to: new Date(to.getTime() + HOUR) }))
      .toEqual({ opened: 0, closed: 0, turnaround: { medianMs: null, maxMs: null }, byVendor: [] });
  });
});
