import { describe, expect, it } from "vitest";
import { as, caseInput, type TestApp, type World, useWorld } from "../../test/helpers.js";

let t: TestApp;
let world: World;
useWorld((app, w) => {
  t = app;
  world = w;
});

const countCases = async () => Number((await t.db.db.selectFrom("cases").select((eb) => eb.fn.countAll().as("n")).executeTakeFirstOrThrow()).n);

describe("managed lists", () => {
  it("starts with the codes the data already uses, named in both languages, readable by every role", async () => {
    const vendors = await as(t, world.users.customerA.token).get("/api/v1/vendors");
    expect(vendors.status).toBe(200);
    expect(vendors.body.items).toContainEqual(expect.objectContaining({ code: "Huawei", nameZh: "华为", nameEn: "Huawei", isActive: true, version: 1 }));
    const types = await as(t, world.users.engineer.token).get("/api/v1/case-types");
    expect(types.body.items).toContainEqual(expect.objectContaining({ code: "hardware", nameZh: "硬件", nameEn: "Hardware" }));
    expect(types.body.items.map((i: { code: string }) => i.code)).toContain("待分类");
  });

  it("lets an admin add, rename and deactivate; others are refused; a taken code or a stale version is 409", async () => {
    const admin = as(t, world.users.admin.token);
    expect((await as(t, world.users.manager.token).post("/api/v1/vendors", { code: "Fujitsu", nameZh: "富士通", nameEn: "Fujitsu" })).status).toBe(403);
    const added = await admin.post("/api/v1/vendors", { code: "Fujitsu", nameZh: "富士通", nameEn: "Fujitsu" });
    expect(added.status).toBe(201);
    expect((await admin.post("/api/v1/vendors", { code: "Fujitsu", nameZh: "x", nameEn: "x" })).status).toBe(409);
    expect((await admin.post("/api/v1/vendors", { code: "HP/HPE", nameZh: "x", nameEn: "x" })).body.errors[0].path).toBe("body.code");
    expect((await admin.post("/api/v1/vendors", { code: " Fujitsu ", nameZh: "x", nameEn: "x" })).status).toBe(409);

    const renamed = await admin.patch("/api/v1/vendors/Fujitsu", { nameZh: "富士通株式会社", version: 1 });
    expect(renamed.body).toMatchObject({ code: "Fujitsu", nameZh: "富士通株式会社", nameEn: "Fujitsu", version: 2 });
    const stale = await admin.patch("/api/v1/vendors/Fujitsu", { isActive: false }, { "if-match": "\"1\"" });
    expect(stale.status).toBe(409);
    expect(stale.body.code).toBe("version_conflict");
    expect((await as(t, world.users.dispatcher.token).patch("/api/v1/vendors/Fujitsu", { isActive: false })).status).toBe(403);
    expect((await admin.patch("/api/v1/case-types/nothing-here", { isActive: false })).status).toBe(404);
    const chineseCode = await admin.post("/api/v1/case-types", { code: "巡检", nameZh: "巡检", nameEn: "Inspection" });
    expect(chineseCode.status).toBe(201);
    expect((await admin.patch(`/api/v1/case-types/${encodeURIComponent("巡检")}`, { nameEn: "Routine inspection" })).body.nameEn).toBe("Routine inspection");
  });

  it("refuses a case whose vendor or case type is unknown or inactive with 422 naming the field, writing nothing", async () => {
    const dispatcher = as(t, world.users.dispatcher.token);
    const before = await countCases();
    const unknownVendor = await dispatcher.post("/api/v1/cases", caseInput({ vendor: "Acme Storage" }));
    expect(unknownVendor.status).toBe(422);
    expect(unknownVendor.body.errors).toEqual([expect.objectContaining({ path: "body.vendor", code: "unknown_code" })]);
    const both = await dispatcher.post("/api/v1/cases", caseInput({ vendor: "ibm", caseType: "Hardware" }));
    expect(both.body.errors.map((e: { path: string }) => e.path)).toEqual(["body.vendor", "body.caseType"]);

    await as(t, world.users.admin.token).post("/api/v1/case-types", { code: "retired", nameZh: "旧类型", nameEn: "Old type", isActive: false });
    const inactive = await dispatcher.post("/api/v1/cases", caseInput({ caseType: "retired" }));
    expect(inactive.status).toBe(422);
    expect(inactive.body.errors[0].path).toBe("body.caseType");

    const portal = await as(t, world.users.customerA.token).post("/api/v1/cases", { subject: "硬盘告警", channel: "web", vendor: "IBM", caseType: "bogus", faultLevel: "S3" });
    expect(portal.status).toBe(422);
    expect(portal.body.errors[0].path).toBe("body.caseType");
    expect(await countCases()).toBe(before);

    expect((await dispatcher.post("/api/v1/cases", caseInput({ vendor: "Huawei", caseType: "network" }))).status).toBe(201);
  });

  it("checks a changed vendor or case type on update, and leaves a case whose code was later deactivated editable", async () => {
    const admin = as(t, world.users.admin.token);
    const dispatcher = as(t, world.users.dispatcher.token);
    await admin.post("/api/v1/vendors", { code: "Sun", nameZh: "太阳微系统", nameEn: "Sun Microsystems" });
    const opened = await dispatcher.post("/api/v1/cases", caseInput({ vendor: "Sun" }));
    await admin.patch("/api/v1/vendors/Sun", { isActive: false });

    const bad = await dispatcher.patch(`/api/v1/cases/${opened.body.id}`, { caseType: "hardwar" });
    expect(bad.status).toBe(422);
    expect(bad.body.errors[0].path).toBe("body.caseType");
    const stillSun = await dispatcher.patch(`/api/v1/cases/${opened.body.id}`, { vendor: "Sun", subject: "旧小型机硬盘故障" });
    expect(stillSun.status).toBe(200);
    const back = await dispatcher.patch(`/api/v1/cases/${opened.body.id}`, { vendor: "Sun", caseType: "software", version: stillSun.body.version });
    expect(back.body).toMatchObject({ vendor: "Sun", caseType: "software" });
    expect((await dispatcher.patch(`/api/v1/cases/${opened.body.id}`, { vendor: "Oracle" })).body.vendor).toBe("Oracle");
    const refused = await dispatcher.patch(`/api/v1/cases/${opened.body.id}`, { vendor: "Sun" });
    expect(refused.status).toBe(422);
    expect(refused.body.errors[0].path).toBe("body.vendor");
  });
});

describe("names in messages", () => {
  it("tells the experts of a vendor request with the vendor's name in each one's language; an unknown vendor is 422", async () => {
    const dispatcher = as(t, world.users.dispatcher.token);
    expect((await as(t, world.users.admin.token).patch(`/api/v1/users/${world.users.expert.id}`, { language: "en" })).status).toBe(200);
    const opened = await dispatcher.post("/api/v1/cases", caseInput({ vendor: "Huawei" }));
    const manager = as(t, world.users.manager.token);
    const unknown = await manager.post(`/api/v1/cases/${opened.body.id}/vendor-requests`, { reason: "需原厂分析", vendor: "华为公司" });
    expect(unknown.status).toBe(422);
    expect(unknown.body.errors[0].path).toBe("body.vendor");
    expect((await manager.post(`/api/v1/cases/${opened.body.id}/vendor-requests`, { reason: "需原厂分析" })).status).toBe(201);
    const inbox = await as(t, world.users.expert.token).get("/api/v1/notifications");
    const item = inbox.body.items.find((i: { template: string }) => i.template === "vendor.confirmation_requested");
    expect(item.title).toContain("Huawei");
    expect(item.title).not.toContain("华为");
  });
});
