import { describe, expect, it } from "vitest";
import { as, type TestApp, type World, useWorld } from "../../test/helpers.js";

let t: TestApp;
let world: World;
useWorld((app, w) => {
  t = app;
  world = w;
});

describe("caller look-up", () => {
  it.each(["010-6611 2233", "+86 10 66112233", "0086 10-66112233", "13800138000", "+86 138 0013 8000"])(
    "finds the contact from %s",
    async (phone) => {
      const response = await as(t, world.users.dispatcher.token).get(`/api/v1/callers/lookup?phone=${encodeURIComponent(phone)}`);
      expect(response.status).toBe(200);
      expect(response.body.contacts.map((c: { id: string }) => c.id)).toEqual([world.acmeContact.id]);
      expect(response.body.contacts[0].customerName).toBe("华北电力信息中心");
      expect(response.body.contracts.map((c: { contractNo: string }) => c.contractNo)).toEqual(["HT-2026-001"]);
    },
  );

  it("finds a contact by e-mail in any case", async () => {
    const response = await as(t, world.users.dispatcher.token).get("/api/v1/callers/lookup?email=LINA@jnbank.example.cn");
    expect(response.body.contacts.map((c: { id: string }) => c.id)).toEqual([world.betaContact.id]);
  });

  it("says which number it could not read", async () => {
    const response = await as(t, world.users.dispatcher.token).get("/api/v1/callers/lookup?phone=12");
    expect(response.status).toBe(422);
    expect(response.body.errors[0]).toMatchObject({ path: "query.phone", code: "invalid_phone" });
  });
});

describe("customers, contacts, sites and contracts", () => {
  it("shows a company with its contacts, sites, contracts and equipment", async () => {
    const response = await as(t, world.users.engineer.token).get(`/api/v1/customers/${world.acme.id}`);
    expect(response.status).toBe(200);
    expect(response.body.contacts[0]).toMatchObject({ name: "王建国", phoneNormalized: "+861066112233", mobileNormalized: "+8613800138000" });
    expect(response.body.contracts[0]).toMatchObject({
      contractNo: "HT-2026-001",
      serviceHours: "7x24",
      siteIds: [world.acmeSite.id],
      targets: { S1: { responseMinutes: 30, resolutionMinutes: 240 } },
      equipment: [expect.objectContaining({ vendor: "IBM", model: "Power S924", serial: "78D1234" })],
    });
  });

  it("adds a company, a contact and a site, and refuses duplicates and unreadable numbers", async () => {
    const dispatcher = as(t, world.users.dispatcher.token);
    const created = await dispatcher.post("/api/v1/customers", { name: "岭南第一人民医院", address: "广州市越秀区" });
    expect(created.status).toBe(201);
    expect((await dispatcher.post("/api/v1/customers", { name: "岭南第一人民医院" })).status).toBe(409);
    const contact = await dispatcher.post(`/api/v1/customers/${created.body.id}/contacts`, { name: "陈医生", phone: "020-8888 1234" });
    expect(contact.body.phoneNormalized).toBe("+862088881234");
    const bad = await dispatcher.post(`/api/v1/customers/${created.body.id}/contacts`, { name: "x", phone: "123" });
    expect(bad.status).toBe(422);
    expect((await dispatcher.post(`/api/v1/customers/${created.body.id}/sites`, { name: "信息科机房", city: "广州" })).status).toBe(201);
    const pages = await dispatcher.get(`/api/v1/customers?q=${encodeURIComponent("医院")}`);
    expect(pages.body.items.map((c: { name: string }) => c.name)).toEqual(["岭南第一人民医院"]);
  });

  it("refuses a contract covering another company's site or a reused number", async () => {
    const manager = as(t, world.users.manager.token);
    const foreign = await manager.post(`/api/v1/customers/${world.acme.id}/contracts`, { contractNo: "HT-X-1", siteIds: [world.betaSite.id] });
    expect(foreign.status).toBe(422);
    const reused = await manager.post(`/api/v1/customers/${world.acme.id}/contracts`, { contractNo: "ht-2026-001" });
    expect(reused.status).toBe(409);
    const reversed = await manager.post(`/api/v1/customers/${world.acme.id}/contracts`, { contractNo: "HT-X-2", startsOn: "2027-01-01", endsOn: "2026-01-01" });
    expect(reversed.status).toBe(422);
  });
});
