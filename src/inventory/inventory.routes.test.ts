import { describe, expect, it } from "vitest";
import { as, caseInput, TEST_ENGINE, type TestApp, type World, useWorld } from "../../test/helpers.js";

let t: TestApp;
let world: World;
useWorld((app, w) => {
  t = app;
  world = w;
});

const api = (who: keyof World["users"]) => as(t, world.users[who].token);
let seq = 0;

async function part(isSerialised = false) {
  const made = await api("rma").post("/api/v1/parts", { partNumber: `FRU-${++seq}-${Date.now()}`, vendor: "IBM", model: "Power S924", description: "64GB 内存条", isSerialised });
  expect(made.status).toBe(201);
  return made.body as { id: string; partNumber: string };
}

async function depot(name: string, extra: Record<string, unknown> = {}) {
  const made = await api("rma").post("/api/v1/depots", { name: `${name}-${++seq}`, address: "北京市西城区", ownerId: world.users.engineer2.id, ...extra });
  expect(made.status).toBe(201);
  return made.body as { id: string; name: string };
}

async function receive(partId: string, depotId: string, quantity: number, serials?: string[]) {
  const moved = await api("rma").post("/api/v1/stock-movements", { type: "receive", partId, depotId, quantity, serials });
  expect(moved.status).toBe(201);
}

async function openCase(overrides: Record<string, unknown> = {}) {
  const opened = await api("dispatcher").post("/api/v1/cases", caseInput({ siteId: world.acmeSite.id, ...overrides }));
  expect(opened.status).toBe(201);
  return opened.body as { id: string; number: string };
}

const stockOf = async (depotId: string, partId: string) => (await api("engineer").get(`/api/v1/depots/${depotId}/stock`)).body.items.find((i: { partId: string }) => i.partId === partId);

describe(`spare parts under concurrency (${TEST_ENGINE})`, () => {
  it("two reservations racing for the last unit: one 201, one 409 insufficient_stock", async () => {
    const p = await part();
    const d = await depot("机房库");
    await receive(p.id, d.id, 1);
    const [a, b] = [await openCase(), await openCase()];
    const results = await Promise.all([a, b].map((c) => api("engineer").post(`/api/v1/cases/${c.id}/parts`, { partId: p.id, depotId: d.id, quantity: 1 })));
    expect(results.map((r) => r.status).sort()).toEqual([201, 409]);
    expect(results.find((r) => r.status === 409)!.body.code).toBe("insufficient_stock");
    expect(await stockOf(d.id, p.id)).toMatchObject({ onHand: 1, reserved: 1, available: 0 });
    const reserves = await t.deps.db.selectFrom("stockMovements").select("id").where("partId", "=", p.id).where("type", "=", "reserve").execute();
    expect(reserves).toHaveLength(1);
  });

  it("twenty reservations racing for five units: exactly five succeed, stock never negative", async () => {
    const p = await part();
    const d = await depot("区域库");
    await receive(p.id, d.id, 5);
    const c = await openCase();
    const results = await Promise.all(Array.from({ length: 20 }, () => api("engineer").post(`/api/v1/cases/${c.id}/parts`, { partId: p.id, depotId: d.id, quantity: 1 })));
    expect(results.filter((r) => r.status === 201)).toHaveLength(5);
    expect(results.filter((r) => r.status === 409)).toHaveLength(15);
    expect(await stockOf(d.id, p.id)).toMatchObject({ onHand: 5, reserved: 5, available: 0 });
  });

  it("the same serial issued twice at once: one issue, the other refused naming the serial", async () => {
    const p = await part(true);
    const d = await depot("序列号库");
    await receive(p.id, d.id, 2, ["SN-A", "SN-B"]);
    const [a, b] = [await openCase(), await openCase()];
    const ra = (await api("engineer").post(`/api/v1/cases/${a.id}/parts`, { partId: p.id, depotId: d.id, quantity: 1 })).body;
    const rb = (await api("engineer").post(`/api/v1/cases/${b.id}/parts`, { partId: p.id, depotId: d.id, quantity: 1 })).body;
    const results = await Promise.all([
      api("engineer").post(`/api/v1/cases/${a.id}/parts/${ra.id}/issue`, { serials: ["SN-A"] }),
      api("engineer").post(`/api/v1/cases/${b.id}/parts/${rb.id}/issue`, { serials: ["SN-A"] }),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual([200, 422]);
    expect(results.find((r) => r.status === 422)!.body.errors[0]).toMatchObject({ path: "serials.0", code: "serial_not_in_depot" });
    const serial = await t.deps.db.selectFrom("stockSerials").selectAll().where("partId", "=", p.id).where("serial", "=", "SN-A").execute();
    expect(serial).toHaveLength(1);
    expect(serial[0]).toMatchObject({ status: "issued", depotId: null });
    expect(await stockOf(d.id, p.id)).toMatchObject({ onHand: 1, reserved: 1 });
  });

  it("a transfer racing an issue of the same serial: exactly one wins, the serial in one place", async () => {
    const p = await part(true);
    const [from, to] = [await depot("调出库"), await depot("调入库")];
    await receive(p.id, from.id, 2, ["TX-1", "TX-2"]);
    const c = await openCase();
    const r = (await api("engineer").post(`/api/v1/cases/${c.id}/parts`, { partId: p.id, depotId: from.id, quantity: 1 })).body;
    const [issued, transferred] = await Promise.all([
      api("engineer").post(`/api/v1/cases/${c.id}/parts/${r.id}/issue`, { serials: ["TX-1"] }),
      api("rma").post("/api/v1/stock-movements", { type: "transfer", partId: p.id, depotId: from.id, toDepotId: to.id, quantity: 1, serials: ["TX-1"] }),
    ]);
    expect([issued.status === 200, transferred.status === 201].filter(Boolean)).toHaveLength(1);
    const rows = await t.deps.db.selectFrom("stockSerials").selectAll().where("partId", "=", p.id).where("serial", "=", "TX-1").execute();
    expect(rows).toHaveLength(1);
    const fromStock = await stockOf(from.id, p.id);
    if (issued.status === 200) {
      expect(rows[0]).toMatchObject({ status: "issued" });
      expect(fromStock).toMatchObject({ onHand: 1, reserved: 0 });
    } else {
      expect(rows[0]).toMatchObject({ status: "in_transit", depotId: to.id });
      expect(fromStock).toMatchObject({ onHand: 1, reserved: 1 });
      expect(await stockOf(to.id, p.id)).toMatchObject({ onHand: 0, inTransit: 1 });
    }
  });
});

describe("parts on a case", () => {
  it("suggests the case's own site's depot first, reserves from it by default, issues, returns the faulty part, all in the timeline", async () => {
    const p = await part(true);
    const far = await depot("远端库");
    const site = await depot("一号机房库", { siteId: world.acmeSite.id });
    await receive(p.id, far.id, 3, ["F-1", "F-2", "F-3"]);
    await receive(p.id, site.id, 1, ["S-1"]);
    const c = await openCase();
    const suggestions = await api("engineer").get(`/api/v1/cases/${c.id}/parts/suggestions?partId=${p.id}`);
    expect(suggestions.body.items.map((s: { depotId: string }) => s.depotId)).toEqual([site.id, far.id]);
    expect(suggestions.body.items[0]).toMatchObject({ isCaseSite: true, available: 1 });
    const reserved = await api("engineer").post(`/api/v1/cases/${c.id}/parts`, { partId: p.id, quantity: 1 });
    expect(reserved.status).toBe(201);
    expect(reserved.body).toMatchObject({ depotId: site.id, status: "reserved" });
    const wrong = await api("engineer").post(`/api/v1/cases/${c.id}/parts/${reserved.body.id}/issue`, { serials: ["F-1"] });
    expect(wrong.status).toBe(422);
    expect(wrong.body.errors[0]).toMatchObject({ path: "serials.0", code: "serial_not_in_depot" });
    const issued = await api("engineer").post(`/api/v1/cases/${c.id}/parts/${reserved.body.id}/issue`, { serials: ["S-1"] });
    expect(issued.status).toBe(200);
    expect(issued.body).toMatchObject({ status: "issued", serials: ["S-1"] });
    const again = await api("engineer").post(`/api/v1/cases/${c.id}/parts/${reserved.body.id}/issue`, { serials: ["S-1"] });
    expect(again.status).toBe(409);
    expect(again.body.code).toBe("reservation_not_open");
    const faulty = await api("engineer").post(`/api/v1/cases/${c.id}/parts/${reserved.body.id}/return-faulty`, { serials: ["BAD-77"] });
    expect(faulty.status).toBe(200);
    expect(faulty.body.faultySerials).toEqual(["BAD-77"]);
    const log = (await api("manager").get(`/api/v1/cases/${c.id}/activities?limit=100`)).body.items.map((e: { kind: string }) => e.kind);
    expect(log).toEqual(expect.arrayContaining(["part.reserved", "part.issued", "part.faulty_returned"]));
    const ledger = (await api("engineer").get(`/api/v1/stock-movements?caseId=${c.id}`)).body.items.map((m: { type: string }) => m.type);
    expect(ledger).toEqual(["faulty_return", "issue", "reserve"]);
    expect(await stockOf(site.id, p.id)).toMatchObject({ onHand: 0, reserved: 0 });
  });

  it("a release gives the unit back to available stock", async () => {
    const p = await part();
    const d = await depot("释放库");
    await receive(p.id, d.id, 2);
    const c = await openCase();
    const r = (await api("engineer").post(`/api/v1/cases/${c.id}/parts`, { partId: p.id, depotId: d.id, quantity: 2 })).body;
    expect(await stockOf(d.id, p.id)).toMatchObject({ available: 0 });
    expect((await api("engineer").post(`/api/v1/cases/${c.id}/parts/${r.id}/release`, {})).status).toBe(200);
    expect(await stockOf(d.id, p.id)).toMatchObject({ onHand: 2, reserved: 0, available: 2 });
  });
});

describe("minimum levels", () => {
  it("alerts the RMA admin and the depot's owner once per crossing, not once per movement", async () => {
    const p = await part();
    const d = await depot("下限库");
    await receive(p.id, d.id, 4);
    expect((await api("rma").put(`/api/v1/depots/${d.id}/stock/${p.id}`, { minLevel: 2 })).status).toBe(200);
    const c = await openCase();
    const alerts = () => t.deps.db.selectFrom("notifications").select(["key", "channel", "userId"]).where("key", "like", `stock-low:${d.id}:${p.id}:%`).execute();
    const reserve = () => api("engineer").post(`/api/v1/cases/${c.id}/parts`, { partId: p.id, depotId: d.id, quantity: 1 });
    await reserve(); // 3 available
    await reserve(); // 2 available: at the minimum, not below
    expect(await alerts()).toHaveLength(0);
    await reserve(); // 1 available: below
    await reserve(); // 0 available: still below, no second alert
    const first = await alerts();
    expect(new Set(first.map((a) => a.userId))).toEqual(new Set([world.users.rma.id, world.users.engineer2.id]));
    expect(first.every((a) => a.key.startsWith(`stock-low:${d.id}:${p.id}:1:`))).toBe(true);
    expect(first.some((a) => a.channel === "inapp")).toBe(true);
    await receive(p.id, d.id, 5); // back above: re-armed
    await reserve();
    await reserve();
    await reserve();
    expect(await alerts()).toHaveLength(first.length);
    await reserve(); // below again: the second crossing
    const second = await alerts();
    expect(second.length).toBe(first.length * 2);
    const low = await api("rma").get("/api/v1/low-stock");
    expect(low.body.items.find((i: { depotId: string; partId: string }) => i.depotId === d.id && i.partId === p.id)).toMatchObject({ available: 1, minLevel: 2, suggestion: { source: "vendor", quantity: 1 } });
  });
});

describe("bad input and who sees what", () => {
  it("refuses bad quantities, unknown parts or depots, transfers to the same depot, serial mismatches; nothing written", async () => {
    const p = await part(true);
    const d = await depot("校验库");
    const before = await t.deps.db.selectFrom("stockMovements").select((eb) => eb.fn.countAll<string>().as("n")).executeTakeFirstOrThrow();
    const cases: [Record<string, unknown>, string, string][] = [
      [{ type: "receive", partId: p.id, depotId: d.id, quantity: 0, serials: [] }, "body.quantity", "too_small"],
      [{ type: "receive", partId: p.id, depotId: d.id, quantity: -1 }, "body.quantity", "too_small"],
      [{ type: "receive", partId: "00000000-0000-4000-8000-000000000000", depotId: d.id, quantity: 1 }, "body.partId", "unknown_part"],
      [{ type: "receive", partId: p.id, depotId: "00000000-0000-4000-8000-000000000000", quantity: 1, serials: ["X"] }, "body.depotId", "unknown_depot"],
      [{ type: "receive", partId: p.id, depotId: d.id, quantity: 2, serials: ["X"] }, "body.serials", "serials_required"],
      [{ type: "transfer", partId: p.id, depotId: d.id, toDepotId: d.id, quantity: 1, serials: ["X"] }, "body.toDepotId", "same_depot"],
      [{ type: "adjust", partId: p.id, depotId: d.id, quantity: 1, serials: ["X"] }, "body.reason", "required"],
    ];
    for (const [body, path, code] of cases) {
      const refused = await api("rma").post("/api/v1/stock-movements", body);
      expect(refused.status, JSON.stringify(body)).toBe(422);
      expect(refused.body.errors[0]).toMatchObject({ path, code });
    }
    const scrap = await api("rma").post("/api/v1/stock-movements", { type: "scrap", partId: p.id, depotId: d.id, quantity: 1, serials: ["NOPE"], reason: "损坏" });
    expect(scrap.status).toBe(422);
    expect(scrap.body.errors[0]).toMatchObject({ path: "serials.0", code: "serial_not_in_depot" });
    const after = await t.deps.db.selectFrom("stockMovements").select((eb) => eb.fn.countAll<string>().as("n")).executeTakeFirstOrThrow();
    expect(after.n).toBe(before.n);
  });

  it("the movement ledger refuses UPDATE and DELETE in the database itself", async () => {
    await expect(t.deps.db.updateTable("stockMovements").set({ quantity: 99 }).execute()).rejects.toThrow(/append-only/);
    await expect(t.deps.db.deleteFrom("stockMovements").execute()).rejects.toThrow(/append-only/);
  });

  it("a customer sees no stock, no depot and no case parts (404); an engineer may not keep the catalogue (403)", async () => {
    const p = await part();
    const d = await depot("客户不可见");
    const c = await openCase();
    for (const url of ["/api/v1/depots", `/api/v1/depots/${d.id}/stock`, "/api/v1/low-stock", `/api/v1/cases/${c.id}/parts`, "/api/v1/stock-movements", "/api/v1/parts"]) {
      expect((await api("customerA").get(url)).status, url).toBe(404);
    }
    expect((await api("customerA").post(`/api/v1/cases/${c.id}/parts`, { partId: p.id, quantity: 1 })).status).toBe(404);
    expect((await api("engineer").post("/api/v1/parts", { partNumber: "X1", vendor: "IBM", description: "x", isSerialised: false })).status).toBe(403);
  });

  it("imports the catalogue from CSV: dry run counts, then applies; a bad line refuses the whole file", async () => {
    const csv = "备件号,厂商,型号,描述,适用设备型号,序列号管理\nIMP-1,IBM,S924,电源模块,Power S924;Power S922,否\nIMP-2,HPE,DL380,硬盘,,是\n";
    const upload = (body: string, dryRun: boolean) => t.server.inject({
      method: "POST", url: `/api/v1/parts/import?dryRun=${dryRun}`, headers: { authorization: `Bearer ${world.users.rma.token}`, "content-type": "multipart/form-data; boundary=XB" },
      payload: `--XB\r\nContent-Disposition: form-data; name="file"; filename="parts.csv"\r\nContent-Type: text/csv\r\n\r\n${body}\r\n--XB--\r\n`,
    });
    const dry = await upload(csv, true);
    expect(dry.statusCode).toBe(200);
    expect(dry.json()).toMatchObject({ dryRun: true, applied: false, created: 2, issues: [] });
    expect((await api("rma").get("/api/v1/parts?q=IMP-")).body.items).toHaveLength(0);
    const applied = await upload(csv, false);
    expect(applied.json()).toMatchObject({ applied: true, created: 2 });
    const parts = (await api("rma").get("/api/v1/parts?q=IMP-")).body.items;
    expect(parts.map((p: { partNumber: string; isSerialised: boolean; compatibleModels: string[] }) => [p.partNumber, p.isSerialised, p.compatibleModels])).toEqual([["IMP-1", false, ["Power S924", "Power S922"]], ["IMP-2", true, []]]);
    const bad = await upload("备件号,厂商,描述,序列号管理\nIMP-3,IBM,,也许\n", false);
    expect(bad.json()).toMatchObject({ applied: false, issues: [{ line: 2, column: "description", code: "required" }, { line: 2, column: "isSerialised", code: "invalid_yes_no" }] });
  });
});
