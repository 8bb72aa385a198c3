import { describe, expect, it } from "vitest";
import { as, caseInput, TEST_ENGINE, type TestApp, type World, useWorld } from "../../test/helpers.js";
import { rmaFigures } from "../rma/index.js";

let t: TestApp;
let world: World;
useWorld((app, w) => {
  t = app;
  world = w;
});

const HOUR = 3_600_000;
const api = (who: keyof World["users"]) => as(t, world.users[who].token);

async function openRma(vendor: string) {
  const c = await api("dispatcher").post("/api/v1/cases", caseInput({ siteId: world.acmeSite.id }));
  const rma = await api("engineer").post(`/api/v1/cases/${c.body.id}/rmas`, { faultySerial: `SN-${vendor}`, vendor, faultDescription: "电源故障", warrantyTerm: "repair" });
  expect(rma.status).toBe(201);
  return rma.body as { id: string; version: number };
}

describe(`the centre report's RMA columns (${TEST_ENGINE})`, () => {
  it("come from the RMA module's figures alone, a vendor with RMAs and no case of its own included", async () => {
    const ibm = await openRma("IBM");
    await openRma("HP"); // the case is IBM's: HP has an RMA and no case
    let version = ibm.version;
    for (const step of [{ to: "vendor_approved", vendorRmaNo: "V-1" }, { to: "replacement_dispatched", trackingNo: "SF1" }, { to: "faulty_returned", trackingNo: "SF2" }, { to: "closed" }]) {
      t.clock.advance(HOUR);
      const advanced = await api("rma").post(`/api/v1/rmas/${ibm.id}/advance`, { ...step, version });
      expect(advanced.status).toBe(200);
      version = advanced.body.version;
    }
    const month = new Intl.DateTimeFormat("sv-SE", { timeZone: t.deps.config.displayTimeZone, year: "numeric", month: "2-digit" }).format(t.clock.now());
    const report = (await api("manager").get(`/api/v1/reports/centre?month=${month}`)).body;
    const figures = await rmaFigures(t.deps, { from: new Date(report.period.startsAt), to: new Date(report.period.endsAt) });
    // by hand: IBM one opened and closed four hours later, HP one opened
    expect(figures.byVendor).toEqual([
      { vendor: "HP", opened: 1, closed: 0, medianTurnaroundMs: null },
      { vendor: "IBM", opened: 1, closed: 1, medianTurnaroundMs: 4 * HOUR },
    ]);
    const columns = (vendor: string) => report.byVendor.find((v: { vendor: string }) => v.vendor === vendor);
    expect(columns("IBM")).toMatchObject({ opened: 2, rmaOpened: 1, rmaMedianTurnaroundMs: 4 * HOUR });
    expect(columns("HP")).toEqual({ vendor: "HP", opened: 0, closed: 0, vendorRequests: 0, rmaOpened: 1, rmaMedianTurnaroundMs: null });
    expect(report.rma).toMatchObject({ opened: 2, closed: 1, turnaround: { medianMs: 4 * HOUR, maxMs: 4 * HOUR } });
  });
});
