import { sql } from "kysely";
import { describe, expect, it } from "vitest";
import { as, caseInput, type TestApp, type World, useWorld } from "../../test/helpers.js";

let t: TestApp;
let world: World;
useWorld((app, w) => {
  t = app;
  world = w;
});

const weekly = [1, 2, 3, 4, 5].flatMap((day) => [{ day, start: "09:00", end: "12:00" }, { day, start: "13:30", end: "18:00" }]);

async function contractOf(customerId: string, token = world.users.admin.token) {
  const detail = await as(t, token).get(`/api/v1/customers/${customerId}`);
  return detail.body.contracts[0] as { id: string; version: number; calendarId: string | null; equipment: Array<{ id: string; version: number }> };
}

describe("editing master data", () => {
  it("changes a company with If-Match, refuses a stale version with 409 and keeps who changed what", async () => {
    const dispatcher = as(t, world.users.dispatcher.token);
    const fresh = await dispatcher.post("/api/v1/customers", { name: "岭南第一人民医院", address: "广州市越秀区" });
    const changed = await dispatcher.patch(`/api/v1/customers/${fresh.body.id}`, { phone: "020-8888 0000", address: "广州市越秀区中山二路" }, { "if-match": `"${fresh.body.version}"` });
    expect(changed.status).toBe(200);
    expect(changed.body).toMatchObject({ phone: "020-8888 0000", address: "广州市越秀区中山二路", version: fresh.body.version + 1 });

    const stale = await dispatcher.patch(`/api/v1/customers/${fresh.body.id}`, { notes: "late" }, { "if-match": `"${fresh.body.version}"` });
    expect(stale.status).toBe(409);
    expect(stale.body.code).toBe("version_conflict");
    expect((await dispatcher.patch(`/api/v1/customers/${fresh.body.id}`, { notes: "late", version: fresh.body.version })).status).toBe(409);

    const history = await as(t, world.users.manager.token).get(`/api/v1/customers/${fresh.body.id}/history`);
    expect(history.status).toBe(200);
    expect(history.body.items).toHaveLength(2);
    expect(history.body.items[0]).toMatchObject({ action: "created", before: null, after: { name: "岭南第一人民医院", address: "广州市越秀区" } });
    expect(history.body.items[1]).toMatchObject({
      action: "updated", source: "api", actor: { id: world.users.dispatcher.id, name: "dispatcher" }, at: t.clock.now().toISOString(),
      before: { phone: null, address: "广州市越秀区" }, after: { phone: "020-8888 0000", address: "广州市越秀区中山二路" },
    });
  });

  it("changes a contact and a site, each with its own trail", async () => {
    const dispatcher = as(t, world.users.dispatcher.token);
    const contact = await dispatcher.patch(`/api/v1/contacts/${world.betaContact.id}`, { mobile: "139 1234 5678", title: "运维主管" });
    expect(contact.body).toMatchObject({ mobileNormalized: "+8613912345678", title: "运维主管" });
    const site = await dispatcher.patch(`/api/v1/sites/${world.betaSite.id}`, { name: "张江二号机房", version: 1 });
    expect(site.body).toMatchObject({ name: "张江二号机房", version: 2 });
    const contactHistory = await dispatcher.get(`/api/v1/contacts/${world.betaContact.id}/history`);
    expect(contactHistory.body.items.at(-1)).toMatchObject({ before: { mobile: null, title: null }, after: { mobile: "139 1234 5678", title: "运维主管" } });
    const siteHistory = await dispatcher.get(`/api/v1/sites/${world.betaSite.id}/history`);
    expect(siteHistory.body.items.at(-1)).toMatchObject({ before: { name: "张江机房" }, after: { name: "张江二号机房" } });
  });

  it("changes a contract's dates, calendar and targets, and says which field named nothing", async () => {
    const manager = as(t, world.users.manager.token);
    const calendar = await manager.post("/api/v1/calendars", { name: "工作日", timeZone: "Asia/Shanghai", weekly });
    const contract = await contractOf(world.beta.id);
    const changed = await manager.patch(`/api/v1/contracts/${contract.id}`, {
      startsOn: "2026-01-01", endsOn: "2026-12-31", calendarId: calendar.body.id, targets: { S2: { responseMinutes: 60, resolutionMinutes: 480 } },
    }, { "if-match": `"${contract.version}"` });
    expect(changed.status).toBe(200);
    expect(changed.body).toMatchObject({ startsOn: "2026-01-01", endsOn: "2026-12-31", calendarId: calendar.body.id, targets: { S2: { responseMinutes: 60 } } });

    const unknown = await manager.patch(`/api/v1/contracts/${contract.id}`, { calendarId: "7d1b3c2e-6a55-4a8e-9b43-0c6f3f1d2a10" });
    expect(unknown.status).toBe(422);
    expect(unknown.body.errors).toEqual([expect.objectContaining({ path: "body.calendarId", code: "unknown_calendar", message: "业务日历不存在" })]);
    const backwards = await manager.patch(`/api/v1/contracts/${contract.id}`, { startsOn: "2027-01-01" });
    expect(backwards.body.errors[0]).toMatchObject({ path: "body.endsOn", code: "range_order" });
    expect((await manager.patch("/api/v1/contracts/7d1b3c2e-6a55-4a8e-9b43-0c6f3f1d2a10", { title: "x" })).status).toBe(404);
    // a dispatcher keeps companies and contacts, not contracts
    expect((await as(t, world.users.dispatcher.token).patch(`/api/v1/contracts/${contract.id}`, { title: "x" })).status).toBe(403);

    const history = await manager.get(`/api/v1/contracts/${contract.id}/history`);
    expect(history.body.items.at(-1)).toMatchObject({
      before: { startsOn: null, endsOn: null, calendarId: null, targets: {} },
      after: { startsOn: "2026-01-01", endsOn: "2026-12-31", calendarId: calendar.body.id },
    });
  });

  it("adds equipment under a contract and changes it, warranty included", async () => {
    const admin = as(t, world.users.admin.token);
    const contract = await contractOf(world.acme.id);
    const added = await admin.post(`/api/v1/contracts/${contract.id}/equipment`, { vendor: "Huawei", model: "OceanStor 5500 V5", serial: "2102351HTP10K9000123", siteId: world.acmeSite.id, warrantyEndsOn: "2028-06-30" });
    expect(added.status).toBe(201);
    expect(added.body).toMatchObject({ contractId: contract.id, warrantyEndsOn: "2028-06-30", version: 1 });
    const changed = await admin.patch(`/api/v1/equipment/${added.body.id}`, { warrantyEndsOn: "2029-06-30" }, { "if-match": '"1"' });
    expect(changed.body).toMatchObject({ warrantyEndsOn: "2029-06-30", version: 2 });
    expect((await admin.patch(`/api/v1/equipment/${added.body.id}`, { model: "x" }, { "if-match": '"1"' })).status).toBe(409);
    const foreignSite = await admin.post(`/api/v1/contracts/${contract.id}/equipment`, { vendor: "IBM", model: "x", siteId: world.betaSite.id });
    expect(foreignSite.body.errors[0]).toMatchObject({ path: "body.siteId", code: "unknown_site" });
    const history = await admin.get(`/api/v1/equipment/${added.body.id}/history`);
    expect(history.body.items.map((c: { action: string }) => c.action)).toEqual(["created", "updated"]);
    expect(history.body.items[1]).toMatchObject({ before: { warrantyEndsOn: "2028-06-30" }, after: { warrantyEndsOn: "2029-06-30" } });
  });

  it("lets a customer login edit nothing and see no other company's records or trails", async () => {
    const customerA = as(t, world.users.customerA.token);
    const own = await customerA.patch(`/api/v1/customers/${world.acme.id}`, { notes: "x" });
    expect(own.status).toBe(403);
    for (const [method, url] of [
      ["patch", `/api/v1/customers/${world.beta.id}`], ["patch", `/api/v1/contacts/${world.betaContact.id}`], ["patch", `/api/v1/sites/${world.betaSite.id}`],
      ["get", `/api/v1/customers/${world.acme.id}/history`], ["get", `/api/v1/contacts/${world.acmeContact.id}/history`],
    ] as const) {
      const response = method === "get" ? await customerA.get(url) : await customerA.patch(url, { name: "x" });
      expect(response.status, `${method} ${url}`).toBe(404);
    }
    const contacts = await customerA.get("/api/v1/contacts");
    expect(contacts.body.items.map((c: { customerId: string }) => c.customerId)).toEqual([world.acme.id]);
    expect((await customerA.get(`/api/v1/contacts?customerId=${world.beta.id}`)).body.items).toEqual([]);
  });

  it("keeps the trail in the database itself: UPDATE, DELETE and TRUNCATE are refused", async () => {
    await expect(sql`UPDATE master_data_changes SET after = '{}'::jsonb`.execute(t.deps.db)).rejects.toThrow(/append-only/);
    await expect(sql`DELETE FROM master_data_changes`.execute(t.deps.db)).rejects.toThrow(/append-only/);
    await expect(sql`TRUNCATE master_data_changes`.execute(t.deps.db)).rejects.toThrow(/append-only/);
  });
});

describe("GET /contacts", () => {
  it.each([
    ["王建", "name"], ["WANG@hbdl", "e-mail"], ["华北电力", "company"], ["010-6611 2233", "phone"], ["+86 138 0013 8000", "mobile"],
  ])("finds a contact by %s (%s)", async (q) => {
    const response = await as(t, world.users.dispatcher.token).get(`/api/v1/contacts?q=${encodeURIComponent(q)}`);
    expect(response.status).toBe(200);
    expect(response.body.items.map((c: { id: string }) => c.id)).toEqual([world.acmeContact.id]);
    expect(response.body.items[0].customerName).toBe("华北电力信息中心");
  });

  it("lists one company's contacts and pages through them", async () => {
    const dispatcher = as(t, world.users.dispatcher.token);
    await dispatcher.post(`/api/v1/customers/${world.beta.id}/contacts`, { name: "赵六" });
    const first = await dispatcher.get(`/api/v1/contacts?customerId=${world.beta.id}&limit=1`);
    expect(first.body.items).toHaveLength(1);
    const second = await dispatcher.get(`/api/v1/contacts?customerId=${world.beta.id}&limit=1&cursor=${first.body.nextCursor}`);
    expect(second.body.items).toHaveLength(1);
    expect(second.body.items[0].id).not.toBe(first.body.items[0].id);
    expect((await dispatcher.get("/api/v1/contacts?customerId=nope")).status).toBe(422);
  });
});

describe("the contract drives its cases' clocks", () => {
  it("counts a new case's clocks in the calendar the contract names; open cases keep theirs", async () => {
    // Wednesday 17:00 in Beijing: an hour of the working day left
    t.clock.set("2026-11-25T09:00:00Z");
    const manager = as(t, world.users.manager.token);
    const dispatcher = as(t, world.users.dispatcher.token);
    const before = await dispatcher.post("/api/v1/cases", caseInput());
    const dueOf = async (caseId: string, metric: string) =>
      ((await dispatcher.get(`/api/v1/cases/${caseId}/sla`)).body.clocks as Array<{ metric: string; dueAt: string }>).find((c) => c.metric === metric)!.dueAt;
    // HT-2026-001 sets S1 resolution to 240 minutes: 7×24, 21:00 the same day
    expect(await dueOf(before.body.id, "resolution")).toBe("2026-11-25T13:00:00.000Z");

    const calendar = await manager.post("/api/v1/calendars", { name: "华北工作日", timeZone: "Asia/Shanghai", weekly });
    const contract = await contractOf(world.acme.id);
    expect((await manager.patch(`/api/v1/contracts/${contract.id}`, { calendarId: calendar.body.id, version: contract.version })).status).toBe(200);

    const after = await dispatcher.post("/api/v1/cases", caseInput());
    // 17:00–18:00, then Thursday 09:00–12:00: due Thursday 12:00 in Beijing
    expect(await dueOf(after.body.id, "resolution")).toBe("2026-11-26T04:00:00.000Z");
    expect(await dueOf(after.body.id, "first_response")).toBe("2026-11-25T09:30:00.000Z");
    expect(await dueOf(before.body.id, "resolution")).toBe("2026-11-25T13:00:00.000Z");

    // the contract's targets too: S1 resolution of 60 minutes from now on
    await manager.patch(`/api/v1/contracts/${contract.id}`, { targets: { S1: { responseMinutes: 30, resolutionMinutes: 60 } } });
    const third = await dispatcher.post("/api/v1/cases", caseInput());
    expect(await dueOf(third.body.id, "resolution")).toBe("2026-11-25T10:00:00.000Z");
  });
});

describe("cases naming equipment and contracts that ended", () => {
  it("takes the caller's equipment, refuses another company's, and flags a contract that ended", async () => {
    t.clock.set("2026-11-25T02:00:00Z");
    const dispatcher = as(t, world.users.dispatcher.token);
    const acmeEquipment = (await contractOf(world.acme.id)).equipment[0]!;
    const betaEquipment = (await contractOf(world.beta.id)).equipment[0]!;
    const opened = await dispatcher.post("/api/v1/cases", caseInput({ equipmentId: acmeEquipment.id }));
    expect(opened.status).toBe(201);
    expect(opened.body).toMatchObject({ equipmentId: acmeEquipment.id, contractExpired: false });

    const foreign = await dispatcher.post("/api/v1/cases", caseInput({ equipmentId: betaEquipment.id }));
    expect(foreign.status).toBe(422);
    expect(foreign.body.errors[0]).toMatchObject({ path: "body.equipmentId", code: "unknown_equipment" });
    expect((await dispatcher.post("/api/v1/cases", caseInput({ equipmentId: "7d1b3c2e-6a55-4a8e-9b43-0c6f3f1d2a10" }))).status).toBe(422);

    // equipment alone names the company and the contract
    const byEquipment = await dispatcher.post("/api/v1/cases", caseInput({ caller: { name: "值班员" }, equipmentId: betaEquipment.id }));
    expect(byEquipment.body).toMatchObject({ customerId: world.beta.id, caller: { contractNo: "HT-2026-002", company: "江南银行数据中心" } });

    const contract = await contractOf(world.acme.id);
    await as(t, world.users.manager.token).patch(`/api/v1/contracts/${contract.id}`, { endsOn: "2026-11-24" });
    const late = await dispatcher.post("/api/v1/cases", caseInput());
    expect(late.body).toMatchObject({ contractEndsOn: "2026-11-24", contractExpired: true });
    // its last day still counts (Beijing's date, not UTC's)
    await as(t, world.users.manager.token).patch(`/api/v1/contracts/${contract.id}`, { endsOn: "2026-11-25" });
    expect((await dispatcher.get(`/api/v1/cases/${opened.body.id}`)).body).toMatchObject({ contractEndsOn: "2026-11-25", contractExpired: false });
    t.clock.set("2026-11-25T15:59:00Z");
    expect((await dispatcher.post("/api/v1/cases", caseInput())).body.contractExpired).toBe(false);
    t.clock.set("2026-11-25T16:01:00Z");
    expect((await dispatcher.post("/api/v1/cases", caseInput())).body.contractExpired).toBe(true);
  });
});
