import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { as, caseInput, seedWorld, testApp, type TestApp, type World } from "../../test/helpers.js";

let t: TestApp;
let world: World;
let acmeCase: { id: string; number: string };
let betaCase: { id: string; number: string };

beforeAll(async () => {
  t = await testApp();
  world = await seedWorld(t.deps);
  const dispatcher = as(t, world.users.dispatcher.token);
  acmeCase = (await dispatcher.post("/api/v1/cases", caseInput())).body;
  betaCase = (await dispatcher.post("/api/v1/cases", caseInput({ subject: "交换机端口闪断", caller: { name: "李娜", contractNo: "HT-2026-002" } }))).body;
  await dispatcher.post(`/api/v1/cases/${acmeCase.id}/notes`, { body: "内部：怀疑是背板问题，先别告诉客户", visibility: "internal" });
  await dispatcher.post(`/api/v1/cases/${acmeCase.id}/notes`, { body: "已安排工程师一小时内联系您", visibility: "public" });
});
afterAll(() => t.close());

describe("a customer's view", () => {
  it("sees its own company's case and only the public entries", async () => {
    const customer = as(t, world.users.customerA.token);
    const found = await customer.get(`/api/v1/cases/${acmeCase.id}`);
    expect(found.status).toBe(200);
    expect(found.body.createdBy).toBeNull();
    const log = await customer.get(`/api/v1/cases/${acmeCase.id}/activities`);
    expect(log.status).toBe(200);
    const bodies = log.body.items.map((e: { data: { body?: string } }) => e.data.body).filter(Boolean);
    expect(bodies).toEqual(["已安排工程师一小时内联系您"]);
    expect(log.body.items.every((e: { visibility: string }) => e.visibility === "public")).toBe(true);
  });

  it("gets 404 for another company's case, by id and by number, on every path", async () => {
    const customer = as(t, world.users.customerA.token);
    for (const ref of [betaCase.id, betaCase.number, betaCase.number.toLowerCase()]) {
      expect((await customer.get(`/api/v1/cases/${ref}`)).status).toBe(404);
      expect((await customer.get(`/api/v1/cases/${ref}/activities`)).status).toBe(404);
      expect((await customer.post(`/api/v1/cases/${ref}/notes`, { body: "hello", visibility: "public" })).status).toBe(404);
      expect((await customer.post(`/api/v1/cases/${ref}/reopen`, { reason: "x" })).status).toBe(404);
    }
    const missing = await customer.get("/api/v1/cases/00000000-0000-4000-8000-000000000000");
    const foreign = await customer.get(`/api/v1/cases/${betaCase.id}`);
    expect(foreign.body).toEqual(missing.body);
  });

  it("lists only its own company's cases, whatever customerId it asks for", async () => {
    const customer = as(t, world.users.customerA.token);
    const list = await customer.get(`/api/v1/cases?customerId=${world.beta.id}`);
    expect(list.status).toBe(200);
    expect(list.body.items.every((c: { customerId: string }) => c.customerId === world.acme.id)).toBe(true);
    const all = await customer.get("/api/v1/cases");
    expect(all.body.items.map((c: { id: string }) => c.id)).toEqual([acmeCase.id]);
  });

  it("does not find a case through words of an internal note", async () => {
    const customer = as(t, world.users.customerA.token);
    const hidden = await customer.get(`/api/v1/cases?q=${encodeURIComponent("背板")}`);
    expect(hidden.body.items).toEqual([]);
    const staff = await as(t, world.users.engineer.token).get(`/api/v1/cases?q=${encodeURIComponent("背板")}`);
    expect(staff.body.items.map((c: { id: string }) => c.id)).toEqual([acmeCase.id]);
  });

  it("may add public notes but not internal ones, and may not work the case", async () => {
    const customer = as(t, world.users.customerA.token);
    expect((await customer.post(`/api/v1/cases/${acmeCase.id}/notes`, { body: "补充：黄灯在 3 号槽位", visibility: "public" })).status).toBe(201);
    expect((await customer.post(`/api/v1/cases/${acmeCase.id}/notes`, { body: "x", visibility: "internal" })).status).toBe(403);
    expect((await customer.post(`/api/v1/cases/${acmeCase.id}/take-over`, {})).status).toBe(403);
    expect((await customer.post(`/api/v1/cases/${acmeCase.id}/assign`, { assigneeId: world.users.engineer.id })).status).toBe(403);
    expect((await customer.patch(`/api/v1/cases/${acmeCase.id}`, { priority: "P4" })).status).toBe(403);
    expect((await customer.post(`/api/v1/cases/${acmeCase.id}/activities`, { type: "call", direction: "inbound", durationSeconds: 60, summary: "x" })).status).toBe(403);
  });

  it("opens cases for its own company only", async () => {
    const customer = as(t, world.users.customerA.token);
    const own = await customer.post("/api/v1/cases", caseInput({ channel: "web", caller: undefined }));
    expect(own.status).toBe(201);
    expect(own.body.customerId).toBe(world.acme.id);
    const foreign = await customer.post("/api/v1/cases", caseInput({ channel: "web", caller: undefined, contactId: world.betaContact.id }));
    expect(foreign.status).toBe(422);
  });

  it("cannot read other companies or list customers and users", async () => {
    const customer = as(t, world.users.customerA.token);
    expect((await customer.get(`/api/v1/customers/${world.acme.id}`)).status).toBe(200);
    expect((await customer.get(`/api/v1/customers/${world.beta.id}`)).status).toBe(404);
    expect((await customer.get("/api/v1/customers")).status).toBe(403);
    expect((await customer.get("/api/v1/users")).status).toBe(403);
    expect((await customer.get("/api/v1/callers/lookup?phone=13800138000")).status).toBe(403);
  });
});

describe("staff roles", () => {
  it("lets only dispatchers, managers and admins assign", async () => {
    const body = { assigneeId: world.users.engineer.id };
    const opened = (await as(t, world.users.dispatcher.token).post("/api/v1/cases", caseInput())).body;
    for (const role of ["engineer", "expert", "rma"] as const) {
      expect((await as(t, world.users[role].token).post(`/api/v1/cases/${opened.id}/assign`, body)).status).toBe(403);
    }
    expect((await as(t, world.users.dispatcher.token).post(`/api/v1/cases/${opened.id}/assign`, body)).status).toBe(200);
  });

  it("lets only the assignee (or a manager) work the case", async () => {
    const dispatcher = as(t, world.users.dispatcher.token);
    const opened = (await dispatcher.post("/api/v1/cases", caseInput())).body;
    await dispatcher.post(`/api/v1/cases/${opened.id}/assign`, { assigneeId: world.users.engineer.id });
    expect((await as(t, world.users.engineer2.token).post(`/api/v1/cases/${opened.id}/respond`, {})).status).toBe(403);
    expect((await as(t, world.users.rma.token).post(`/api/v1/cases/${opened.id}/resolve`, { resolution: "x" })).status).toBe(403);
    expect((await as(t, world.users.engineer.token).post(`/api/v1/cases/${opened.id}/respond`, {})).status).toBe(200);
    expect((await as(t, world.users.manager.token).post(`/api/v1/cases/${opened.id}/wait`, { waitFor: "parts" })).status).toBe(200);
  });

  it("refuses users and contracts to roles that do not manage them", async () => {
    const user = { email: "new@casedesk.test", name: "新人", role: "engineer", password: "long enough password" };
    expect((await as(t, world.users.dispatcher.token).post("/api/v1/users", user)).status).toBe(403);
    expect((await as(t, world.users.engineer.token).post("/api/v1/users", user)).status).toBe(403);
    expect((await as(t, world.users.manager.token).post("/api/v1/users", { ...user, role: "admin" })).status).toBe(403);
    expect((await as(t, world.users.manager.token).post("/api/v1/users", user)).status).toBe(201);
    const contract = { contractNo: "HT-2026-099" };
    expect((await as(t, world.users.dispatcher.token).post(`/api/v1/customers/${world.acme.id}/contracts`, contract)).status).toBe(403);
    expect((await as(t, world.users.manager.token).post(`/api/v1/customers/${world.acme.id}/contracts`, contract)).status).toBe(201);
  });

  it("refuses anonymous requests and unknown tokens", async () => {
    expect((await t.server.inject({ method: "GET", url: "/api/v1/cases" })).statusCode).toBe(401);
    expect((await as(t, "cdt_not-a-token").get("/api/v1/cases")).status).toBe(401);
  });
});
