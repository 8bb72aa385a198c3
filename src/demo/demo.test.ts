import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { as, testApp, type TestApp } from "../../test/helpers.js";
import { createApiToken, ROLES, systemActor, type UserActor } from "../auth/index.js";
import { CASE_STATUSES, searchCases, verifyActivityLog } from "../cases/index.js";
import { timerHandlers } from "../app.js";
import { seedDemo } from "./index.js";

let t: TestApp;
let seeded: Awaited<ReturnType<typeof seedDemo>>;
beforeAll(async () => {
  t = await testApp();
  seeded = await seedDemo(t.deps, { timerHandlers });
  // about 550 use-case calls: a few seconds on a quiet machine, minutes on a busy one
}, 600_000);
afterAll(() => t.close());

const count = async (table: "cases" | "caseActivities" | "users" | "customers" | "contacts" | "contracts" | "equipment") =>
  Number((await t.deps.db.selectFrom(table).select((eb) => eb.fn.countAll().as("n")).executeTakeFirstOrThrow()).n);

describe(seedDemo.name, () => {
  it("returns a login for every role, all of them demo users who can sign in", async () => {
    expect(seeded).not.toBeNull();
    const roles = new Set(seeded!.logins.map((login) => login.role));
    for (const role of ROLES) expect(roles).toContain(role);
    const users = await t.deps.db.selectFrom("users").selectAll().execute();
    expect(users.map((u) => u.email).sort()).toEqual(seeded!.logins.map((l) => l.email).sort());
    expect(users.every((u) => u.isDemo && u.passwordHash)).toBe(true);
    const signIn = await t.server.inject({
      method: "POST", url: "/api/v1/auth/login", payload: { email: "dispatcher1@demo.casedesk.cn", password: "casedesk-demo" },
    });
    expect(signIn.statusCode).toBeLessThan(300);
  });

  it("does nothing the second time", async () => {
    const before = await Promise.all([count("cases"), count("caseActivities"), count("users"), count("customers")]);
    expect(await seedDemo(t.deps, { timerHandlers })).toBeNull();
    expect(await Promise.all([count("cases"), count("caseActivities"), count("users"), count("customers")])).toEqual(before);
  });

  it("creates customers with contacts, contracts and equipment, all marked as demo", async () => {
    const customers = await t.deps.db.selectFrom("customers").selectAll().execute();
    expect(customers.length).toBeGreaterThanOrEqual(3);
    expect(customers.every((c) => c.isDemo)).toBe(true);
    expect(await count("contacts")).toBeGreaterThanOrEqual(2 * customers.length);
    const contracts = await t.deps.db.selectFrom("contracts").selectAll().execute();
    expect(contracts).toHaveLength(customers.length);
    for (const contract of contracts) {
      expect(contract.contractNo).toMatch(/^HT-\d{4}-0\d\d$/);
      expect(Object.keys(contract.targets).sort()).toEqual(["S1", "S2", "S3", "S4"]);
    }
    expect(await count("equipment")).toBeGreaterThanOrEqual(3 * customers.length);
  });

  it("spreads about 50 cases over every status, the last two months and never the future", async () => {
    const cases = await t.deps.db.selectFrom("cases").selectAll().execute();
    expect(cases.length).toBeGreaterThanOrEqual(45);
    expect(cases.every((c) => c.isDemo && c.customerId)).toBe(true);
    expect(new Set(cases.map((c) => c.status))).toEqual(new Set(CASE_STATUSES));
    for (const field of ["channel", "faultLevel", "caseType"] as const) {
      expect(new Set(cases.map((c) => c[field])).size).toBeGreaterThanOrEqual(4);
    }
    const now = t.clock.now().getTime();
    const oldest = Math.min(...cases.map((c) => c.createdAt.getTime()));
    expect(now - oldest).toBeGreaterThan(30 * 86_400_000);
    expect(now - oldest).toBeLessThan(61 * 86_400_000);

    const entries = await t.deps.db.selectFrom("caseActivities").select(["caseId", "seq", "at", "kind"]).orderBy("caseId").orderBy("seq").execute();
    expect(entries.every((e) => e.at.getTime() <= now)).toBe(true);
    for (let i = 1; i < entries.length; i++) {
      if (entries[i]!.caseId === entries[i - 1]!.caseId) expect(entries[i]!.at.getTime()).toBeGreaterThanOrEqual(entries[i - 1]!.at.getTime());
    }
    const kinds = new Set(entries.map((e) => e.kind));
    for (const kind of ["case.reopened", "case.escalated", "case.taken_over", "case.updated", "note.added", "call.logged", "remote_session.logged", "onsite_visit.logged"]) {
      expect(kinds).toContain(kind);
    }
  });

  it("numbers the cases in the order they were opened", async () => {
    const cases = await t.deps.db.selectFrom("cases").select(["number", "createdAt"]).orderBy("createdAt").execute();
    const sequence = cases.map((c) => Number(c.number.split("-")[1]));
    expect(sequence).toEqual([...sequence].sort((a, b) => a - b));
  });

  it("lets every customer login see its own company's cases and no other", async () => {
    const customers = await t.deps.db.selectFrom("users").selectAll().where("role", "=", "customer").execute();
    expect(customers.length).toBeGreaterThanOrEqual(3);
    for (const user of customers) {
      const actor: UserActor = { kind: "user", id: user.id, role: user.role, customerId: user.customerId, name: user.name, language: user.language };
      const found = await searchCases(t.deps, { actor, sort: "createdAt", order: "desc", limit: 500 });
      const own = await t.deps.db.selectFrom("cases").select("id").where("customerId", "=", user.customerId).execute();
      expect(found.items.length).toBeGreaterThan(0);
      expect(found.items.map((c) => c.id).sort()).toEqual(own.map((c) => c.id).sort());

      const { token } = await createApiToken(t.deps, { actor: systemActor, userId: user.id, name: "demo-seed test" });
      const listed = await as(t, token).get("/api/v1/cases?limit=500");
      expect(listed.status).toBe(200);
      expect(listed.body.items.map((c: { id: string }) => c.id).sort()).toEqual(own.map((c) => c.id).sort());
    }
  });

  it("leaves every activity-log chain intact", async () => {
    const result = await verifyActivityLog(t.deps);
    expect(result.breaks).toEqual([]);
    expect(result.cases).toBe(await count("cases"));
    expect(result.entries).toBeGreaterThan(5 * result.cases);
  });
});

describe("the demo's clocks", () => {
  it("played the centre's timers along the way: breaches recorded, open cases' ladders still ahead", async () => {
    const breaches = await t.deps.db.selectFrom("slaBreaches").select((eb) => eb.fn.countAll().as("n")).executeTakeFirstOrThrow();
    expect(Number(breaches.n)).toBeGreaterThan(0);
    const failed = await t.deps.db.selectFrom("timers").select("key").where("status", "=", "failed").execute();
    expect(failed).toEqual([]);
    const overdue = await t.deps.db.selectFrom("timers").select("key").where("status", "=", "pending").where("dueAt", "<=", t.clock.now()).execute();
    expect(overdue).toEqual([]);
    const running = await t.deps.db.selectFrom("slaClocks").select("caseId").where("metric", "=", "response").where("status", "=", "running").execute();
    expect(running.length).toBeGreaterThan(0);
  });
});
