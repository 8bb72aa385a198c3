import { describe, expect, it } from "vitest";
import { as, caseInput, TEST_ENGINE, type TestApp, type World, useWorld } from "../../test/helpers.js";

/** An RMA's replacement dispatched from a depot is a real stock movement, refused whole when the depot cannot give it. */
let t: TestApp;
let world: World;
useWorld((app, w) => {
  t = app;
  world = w;
});

const api = (who: keyof World["users"]) => as(t, world.users[who].token);
let n = 0;

async function openCase() {
  const opened = await api("dispatcher").post("/api/v1/cases", caseInput({ siteId: world.acmeSite.id }));
  expect(opened.status).toBe(201);
  return opened.body as { id: string; number: string };
}
async function partAndDepot(isSerialised: boolean, onHand: number) {
  n += 1;
  const part = (await api("rma").post("/api/v1/parts", { partNumber: `FRU-${n}`, vendor: "IBM", description: `替换件 ${n}`, isSerialised })).body as { id: string };
  const depot = (await api("rma").post("/api/v1/depots", { name: `发货库 ${n}`, address: "北京", ownerId: world.users.rma.id })).body as { id: string };
  if (onHand > 0) {
    const serials = isSerialised ? Array.from({ length: onHand }, (_, i) => `S${n}-${i + 1}`) : undefined;
    expect((await api("rma").post("/api/v1/stock-movements", { type: "receive", partId: part.id, depotId: depot.id, quantity: onHand, serials })).status).toBe(201);
  }
  return { part, depot };
}
/** An RMA of the part, approved by the vendor: the next step is the replacement's dispatch. */
async function approvedRma(caseId: string, partId: string) {
  const rma = (await api("engineer").post(`/api/v1/cases/${caseId}/rmas`, { partId, faultySerial: "BAD-1", vendor: "IBM", faultDescription: "自检失败", warrantyTerm: "replace" })).body;
  const approved = await api("rma").post(`/api/v1/rmas/${rma.id}/advance`, { to: "vendor_approved", version: rma.version, vendorRmaNo: "IBM-RMA-1" });
  expect(approved.status).toBe(200);
  return approved.body as { id: string; number: string; version: number };
}
const stockOf = async (depotId: string) => (await api("rma").get(`/api/v1/depots/${depotId}/stock`)).body.items as { onHand: number; reserved: number; available: number }[];
const movementsOf = async (depotId: string) => (await api("rma").get(`/api/v1/stock-movements?depotId=${depotId}`)).body.items as { type: string; quantity: number; rmaId: string | null; caseId: string | null; serials: string[] }[];
const caseLog = async (caseId: string, who: keyof World["users"] = "manager") => (await api(who).get(`/api/v1/cases/${caseId}/activities?limit=100`)).body.items as { kind: string; data: Record<string, unknown> }[];

describe(`a replacement dispatched from a depot (${TEST_ENGINE})`, () => {
  it("takes the serial out of the depot's stock, on the RMA, the case and the depot's movements", async () => {
    const { part, depot } = await partAndDepot(true, 2);
    const c = await openCase();
    const rma = await approvedRma(c.id, part.id);
    const advance = (body: Record<string, unknown>) => api("rma").post(`/api/v1/rmas/${rma.id}/advance`, { to: "replacement_dispatched", version: rma.version, trackingNo: "SF1", fromDepotId: depot.id, ...body });
    const before = { log: (await caseLog(c.id)).length, movements: (await movementsOf(depot.id)).length };

    const noSerial = await advance({});
    expect(noSerial.status).toBe(422);
    expect(noSerial.body.errors[0]).toMatchObject({ path: "body.replacementSerial", code: "serials_required" });
    const elsewhere = await advance({ replacementSerial: "NOT-HERE" });
    expect(elsewhere.status).toBe(422);
    expect(elsewhere.body.errors[0]).toMatchObject({ path: "body.replacementSerial", code: "serial_not_in_depot" });
    const noDepot = await advance({ fromDepotId: "00000000-0000-4000-8000-000000000000", replacementSerial: `S${n}-1` });
    expect(noDepot.body.errors[0]).toMatchObject({ path: "body.fromDepotId", code: "unknown_depot" });
    // nothing of the refused steps was written
    expect((await api("rma").get(`/api/v1/rmas/${rma.id}`)).body).toMatchObject({ status: "vendor_approved", version: rma.version });
    expect(await stockOf(depot.id)).toEqual([expect.objectContaining({ onHand: 2, available: 2 })]);
    expect((await movementsOf(depot.id)).length).toBe(before.movements);
    expect((await caseLog(c.id)).length).toBe(before.log);

    const sent = await advance({ replacementSerial: `S${n}-2` });
    expect(sent.status).toBe(200);
    expect(sent.body).toMatchObject({ status: "replacement_dispatched", fromDepotId: depot.id, replacementTrackingNo: "SF1" });
    expect(await stockOf(depot.id)).toEqual([expect.objectContaining({ onHand: 1, available: 1 })]);
    expect((await api("rma").get(`/api/v1/depots/${depot.id}/stock/${part.id}/serials`)).body.serials).toEqual([`S${n}-1`]);
    const [movement] = await movementsOf(depot.id);
    expect(movement).toMatchObject({ type: "issue", quantity: -1, rmaId: rma.id, caseId: c.id, serials: [`S${n}-2`] });
    const step = sent.body.events.at(-1);
    expect(step.data).toMatchObject({ fromDepotName: `发货库 ${n}`, serials: [`S${n}-2`], dispatchMovementId: expect.any(String) });
    const issued = (await caseLog(c.id)).filter((e) => e.kind === "part.issued");
    expect(issued).toEqual([expect.objectContaining({ data: expect.objectContaining({ rmaNumber: rma.number, depotName: `发货库 ${n}`, serials: [`S${n}-2`] }) })]);
    // the customer reads the RMA's progress, never the depot
    const seen = await caseLog(c.id, "customerA");
    expect(seen.some((e) => e.kind === "rma.advanced" && e.data.status === "replacement_dispatched")).toBe(true);
    expect(JSON.stringify(seen)).not.toContain("发货库");
  });

  it("refuses a dispatch from a depot with none available: 409 insufficient_stock, nothing written", async () => {
    const { part, depot } = await partAndDepot(false, 0);
    const c = await openCase();
    const rma = await approvedRma(c.id, part.id);
    const refused = await api("rma").post(`/api/v1/rmas/${rma.id}/advance`, { to: "replacement_dispatched", version: rma.version, fromDepotId: depot.id });
    expect(refused.status).toBe(409);
    expect(refused.body.code).toBe("insufficient_stock");
    expect((await api("rma").get(`/api/v1/rmas/${rma.id}`)).body).toMatchObject({ status: "vendor_approved", version: rma.version });
    expect(await movementsOf(depot.id)).toEqual([]);
    expect((await caseLog(c.id)).filter((e) => e.data.status === "replacement_dispatched" || e.kind === "part.issued")).toEqual([]);
    const pending = await t.deps.db.selectFrom("timers").select("key").where("key", "=", `rma:${rma.id}:replacement_dispatched:late`).execute();
    expect(pending).toEqual([]);
    // a serial only with a depot, a depot only on the dispatch
    const serialAlone = await api("rma").post(`/api/v1/rmas/${rma.id}/advance`, { to: "replacement_dispatched", version: rma.version, replacementSerial: "X" });
    expect(serialAlone.body.errors[0]).toMatchObject({ path: "body.replacementSerial", code: "unknown_field" });
    const wrongStep = await api("rma").post(`/api/v1/rmas/${rma.id}/advance`, { to: "rejected", version: rma.version, note: "x", fromDepotId: depot.id });
    expect(wrongStep.body.errors[0]).toMatchObject({ path: "body.fromDepotId", code: "unknown_field" });
  });

  it("the last unit: a dispatch racing a reservation, one wins and the other is 409", async () => {
    const { part, depot } = await partAndDepot(false, 1);
    const [c1, c2] = [await openCase(), await openCase()];
    const rma = await approvedRma(c1.id, part.id);
    const [dispatch, reservation] = await Promise.all([
      api("rma").post(`/api/v1/rmas/${rma.id}/advance`, { to: "replacement_dispatched", version: rma.version, fromDepotId: depot.id }),
      api("engineer").post(`/api/v1/cases/${c2.id}/parts`, { partId: part.id, depotId: depot.id, quantity: 1 }),
    ]);
    expect([dispatch.status === 200, reservation.status === 201].filter(Boolean)).toHaveLength(1);
    const loser = dispatch.status === 200 ? reservation : dispatch;
    expect(loser.status).toBe(409);
    expect(loser.body.code).toBe("insufficient_stock");
    const [level] = await stockOf(depot.id);
    const moved = (await movementsOf(depot.id)).filter((m) => m.type !== "receive");
    if (dispatch.status === 200) {
      expect(level).toMatchObject({ onHand: 0, reserved: 0 });
      expect(moved.map((m) => m.type)).toEqual(["issue"]);
    } else {
      expect(level).toMatchObject({ onHand: 1, reserved: 1 });
      expect(moved.map((m) => m.type)).toEqual(["reserve"]);
      expect((await api("rma").get(`/api/v1/rmas/${rma.id}`)).body.status).toBe("vendor_approved");
    }
  });
});
