import { describe, expect, it } from "vitest";
import { as, caseInput, TEST_ENGINE, type TestApp, type World, useWorld } from "../../test/helpers.js";

let t: TestApp;
let world: World;
useWorld((app, w) => {
  t = app;
  world = w;
});

const api = (who: keyof World["users"]) => as(t, world.users[who].token);
const HOUR = 3_600_000;

async function openCase(overrides: Record<string, unknown> = {}) {
  const opened = await api("dispatcher").post("/api/v1/cases", caseInput({ siteId: world.acmeSite.id, ...overrides }));
  expect(opened.status).toBe(201);
  return opened.body as { id: string; number: string };
}

const rmaBody = { faultySerial: "YH10MT18K001", vendor: "IBM", faultDescription: "闪存模块自检失败", warrantyTerm: "replace" };

async function openRma(caseId: string, body: Record<string, unknown> = {}) {
  const opened = await api("engineer").post(`/api/v1/cases/${caseId}/rmas`, { ...rmaBody, ...body });
  expect(opened.status).toBe(201);
  return opened.body as { id: string; number: string; version: number; status: string };
}

describe(`the RMA lifecycle (${TEST_ENGINE})`, () => {
  it("walks requested → vendor approved → replacement dispatched → faulty returned → closed, each step on the RMA and on the case", async () => {
    const equipment = await t.deps.db.selectFrom("equipment").select("id").where("serial", "=", "78D1234").executeTakeFirstOrThrow();
    await t.deps.db.updateTable("equipment").set({ warrantyEndsOn: "2027-06-30" }).where("id", "=", equipment.id).execute();
    const c = await openCase({ equipmentId: equipment.id });
    const part = (await api("rma").post("/api/v1/parts", { partNumber: "01LL581", vendor: "IBM", description: "3.84TB 闪存模块", isSerialised: true })).body;
    const depot = (await api("rma").post("/api/v1/depots", { name: "一号机房库", siteId: world.acmeSite.id, address: "北京", ownerId: world.users.rma.id })).body;
    const rma = await openRma(c.id, { partId: part.id });
    expect(rma).toMatchObject({ status: "requested", number: expect.stringMatching(/^R\d{4}-\d{6}$/), isUnderWarranty: true, warrantyBasis: "equipment", warrantyEndsOn: "2027-06-30", stepDueAt: new Date(t.clock.now().getTime() + 24 * HOUR).toISOString() });
    const advance = (body: Record<string, unknown>) => api("rma").post(`/api/v1/rmas/${rma.id}/advance`, body);

    const skipped = await advance({ to: "closed", version: rma.version });
    expect(skipped.status).toBe(409);
    expect(skipped.body.code).toBe("rma_step_not_allowed");
    const noNumber = await advance({ to: "vendor_approved", version: rma.version });
    expect(noNumber.status).toBe(422);
    expect(noNumber.body.errors[0]).toMatchObject({ path: "body.vendorRmaNo", code: "required" });
    const approved = await advance({ to: "vendor_approved", version: rma.version, vendorRmaNo: "IBM-RMA-77120" });
    expect(approved.status).toBe(200);
    expect(approved.body).toMatchObject({ status: "vendor_approved", vendorRmaNo: "IBM-RMA-77120" });
    const stale = await advance({ to: "replacement_dispatched", version: rma.version, trackingNo: "SF1" });
    expect(stale.status).toBe(409);
    expect(stale.body.code).toBe("version_conflict");
    const dispatched = await advance({ to: "replacement_dispatched", version: approved.body.version, trackingNo: "SF1402339837264" });
    expect(dispatched.body).toMatchObject({ status: "replacement_dispatched", replacementTrackingNo: "SF1402339837264" });
    const returned = await advance({ to: "faulty_returned", version: dispatched.body.version, trackingNo: "SF9", receiveIntoDepotId: depot.id, receivedSerials: ["NEW-01LL581-1"] });
    expect(returned.status).toBe(200);
    const stock = (await api("rma").get(`/api/v1/depots/${depot.id}/stock`)).body.items;
    expect(stock).toEqual([expect.objectContaining({ partId: part.id, onHand: 1, available: 1 })]);
    const closed = await advance({ to: "closed", version: returned.body.version });
    expect(closed.body).toMatchObject({ status: "closed", closedAt: expect.any(String), stepDueAt: null });
    expect(closed.body.events.map((e: { toStatus: string }) => e.toStatus)).toEqual(["requested", "vendor_approved", "replacement_dispatched", "faulty_returned", "closed"]);
    const after = await advance({ to: "rejected", version: closed.body.version, note: "x" });
    expect(after.status).toBe(409);

    const log = (await api("manager").get(`/api/v1/cases/${c.id}/activities?limit=100`)).body.items.filter((e: { kind: string }) => e.kind.startsWith("rma."));
    expect(log.map((e: { kind: string; data: { status: string } }) => `${e.kind}:${e.data.status}`)).toEqual([
      "rma.opened:requested", "rma.advanced:vendor_approved", "rma.advanced:replacement_dispatched", "rma.advanced:faulty_returned", "rma.advanced:closed",
    ]);
    const pending = await t.deps.db.selectFrom("timers").select("key").where("key", "like", `rma:${rma.id}:%`).where("status", "=", "pending").execute();
    expect(pending).toEqual([]);
    const queue = (await api("rma").get("/api/v1/rmas?status=closed")).body.items;
    expect(queue.map((r: { id: string }) => r.id)).toContain(rma.id);
  });

  it("warns of a late step once, to the RMA admin and the requester, and not after the step is done", async () => {
    const c = await openCase();
    const rma = await openRma(c.id);
    const rows = () => t.deps.db.selectFrom("notifications").select(["key", "userId", "channel"]).where("template", "=", "rma.step_late").where("key", "like", `rma:${rma.id}:%`).execute();
    t.clock.advance(23 * HOUR);
    await t.runJobs();
    expect(await rows()).toEqual([]);
    t.clock.advance(2 * HOUR);
    await t.runJobs();
    await t.runJobs();
    const warned = await rows();
    expect(new Set(warned.map((w) => w.userId))).toEqual(new Set([world.users.rma.id, world.users.engineer.id]));
    expect(warned.every((w) => w.key.startsWith(`rma:${rma.id}:requested:late`))).toBe(true);
    const late = (await api("rma").get("/api/v1/rmas?isLate=true")).body.items.find((r: { id: string }) => r.id === rma.id);
    expect(late).toMatchObject({ isLate: true, lateSince: expect.any(String) });
    const log = (await api("manager").get(`/api/v1/cases/${c.id}/activities?limit=100`)).body.items.filter((e: { kind: string }) => e.kind === "rma.late");
    expect(log).toHaveLength(1);
    // approved in time for its next target: that one never warns
    await api("rma").post(`/api/v1/rmas/${rma.id}/advance`, { to: "vendor_approved", version: rma.version + 0, vendorRmaNo: "V-1" });
    t.clock.advance(100 * HOUR);
    const current = (await api("rma").get(`/api/v1/rmas/${rma.id}`)).body;
    await api("rma").post(`/api/v1/rmas/${rma.id}/advance`, { to: "rejected", version: current.version, note: "厂家不认可故障" });
    await t.runJobs();
    expect(await rows()).toHaveLength(warned.length);
  });

  it("targets are data: the RMA admin changes a step's target", async () => {
    const set = await api("rma").put("/api/v1/rma-step-targets/requested", { value: 8, unit: "hours" });
    expect(set.status).toBe(200);
    const c = await openCase();
    const rma = await openRma(c.id);
    expect((rma as unknown as { stepDueAt: string }).stepDueAt).toBe(new Date(t.clock.now().getTime() + 8 * HOUR).toISOString());
    expect((await api("rma").put("/api/v1/rma-step-targets/closed", { value: 5, unit: "minutes" })).body.errors[0]).toMatchObject({ path: "path.status", code: "not_rma_step" });
    expect((await api("engineer").put("/api/v1/rma-step-targets/requested", { value: 5, unit: "minutes" })).status).toBe(403);
    await api("rma").put("/api/v1/rma-step-targets/requested", { value: 1, unit: "working_days" });
  });

  it("a customer sees its own company's RMAs, public part only, and nobody else's (404)", async () => {
    const mine = await openRma((await openCase()).id);
    const theirs = await openRma((await openCase({ caller: { name: "李娜", phone: "13900000000", contractNo: "HT-2026-002" }, siteId: world.betaSite.id })).id);
    const list = (await api("customerA").get("/api/v1/rmas")).body.items;
    expect(list.map((r: { id: string }) => r.id)).toContain(mine.id);
    expect(list.map((r: { id: string }) => r.id)).not.toContain(theirs.id);
    const one = await api("customerA").get(`/api/v1/rmas/${mine.id}`);
    expect(one.status).toBe(200);
    expect(one.body).toMatchObject({ number: mine.number, status: "requested", steps: [{ status: "requested" }] });
    for (const hidden of ["vendor", "faultySerial", "faultDescription", "vendorRmaNo", "events", "requestedBy"]) expect(one.body).not.toHaveProperty(hidden);
    expect((await api("customerA").get(`/api/v1/rmas/${theirs.id}`)).status).toBe(404);
    expect((await api("customerB").post(`/api/v1/rmas/${mine.id}/advance`, { to: "vendor_approved", version: 1, vendorRmaNo: "x" })).status).toBe(404);
    const betaCase = (await api("customerB").get("/api/v1/cases")).body.items[0];
    expect((await api("customerA").post(`/api/v1/cases/${betaCase.id}/rmas`, rmaBody)).status).toBe(404);
    expect((await api("engineer").post(`/api/v1/rmas/${mine.id}/advance`, { to: "vendor_approved", version: 1, vendorRmaNo: "x" })).status).toBe(403);
  });

  it("refuses bad RMA input with the field named", async () => {
    const c = await openCase();
    const bad = await api("engineer").post(`/api/v1/cases/${c.id}/rmas`, { ...rmaBody, warrantyTerm: "exchange" });
    expect(bad.status).toBe(422);
    expect(bad.body.errors[0].path).toBe("body.warrantyTerm");
    const unknownPart = await api("engineer").post(`/api/v1/cases/${c.id}/rmas`, { ...rmaBody, partId: "00000000-0000-4000-8000-000000000000" });
    expect(unknownPart.body.errors[0]).toMatchObject({ path: "body.partId", code: "unknown_part" });
    expect(await t.deps.db.selectFrom("rmas").select("id").where("caseId", "=", c.id).execute()).toEqual([]);
  });
});
