import pino from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp, type App } from "../src/app.js";
import { openPostgres, type Database } from "../src/db/database.js";
import { ManualClock } from "../src/shared/clock.js";
import { TEST_PASSWORD, as, caseInput, seedWorld, testConfig, testDatabase, type TestDatabase, type World } from "./helpers.js";

/**
 * Two instances over one database cache the actor behind a token or session and a contract's
 * service terms (src/db/shared-cache.ts). A revocation, a disabled user, a sign-out or new
 * targets made on one instance hold on that instance for its very next request, and on the other
 * as soon as PostgreSQL delivers the NOTIFY of the commit (PostgreSQL: each instance with its own
 * pool and LISTEN connection; PGlite: two servers over the one embedded database).
 */
let shared: TestDatabase;
let second: Database;
let world: World;
const apps: App[] = [];

beforeAll(async () => {
  shared = await testDatabase();
  second = shared.url ? openPostgres(shared.url, 4) : shared;
  const options = { clock: new ManualClock(), logger: pino({ level: "silent" }) };
  for (const database of [shared, second]) apps.push(await createApp(testConfig({ webDir: "off" }), { ...options, database }));
  world = await seedWorld(apps[0]!.deps);
});
afterAll(async () => {
  for (const app of apps) await app.close().catch(() => undefined);
  if (second !== shared) await second.close().catch(() => undefined);
  await shared?.drop();
});

const [a, b] = [() => apps[0]!, () => apps[1]!];

/** The other instance hears of a commit through NOTIFY: a few milliseconds, bounded here at 2 s. */
async function soon(check: () => Promise<boolean>): Promise<number> {
  const started = Date.now();
  while (!(await check())) {
    if (Date.now() - started > 2_000) throw new Error("the other instance still answers from its cache after 2 s");
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  return Date.now() - started;
}

describe("the cached actor over two instances", () => {
  it("refuses a revoked token on the revoking instance at once and on the other as soon as it hears", async () => {
    const token = (await as(a(), world.users.engineer.token).post("/api/v1/auth/tokens", { name: "laptop" })).body as { id: string; token: string };
    for (const app of [a(), b()]) expect((await as(app, token.token).get("/api/v1/auth/me")).status).toBe(200);
    for (const app of [a(), b()]) expect((await as(app, token.token).get("/api/v1/auth/me")).status).toBe(200);
    expect((await as(a(), world.users.engineer.token).delete(`/api/v1/auth/tokens/${token.id}`)).status).toBe(200);
    expect((await as(a(), token.token).get("/api/v1/auth/me")).status).toBe(401);
    await soon(async () => (await as(b(), token.token).get("/api/v1/auth/me")).status === 401);
    expect((await as(b(), token.token).get("/api/v1/auth/me")).status).toBe(401);
  });

  it("refuses a disabled user's token and session everywhere, and takes a changed role", async () => {
    const user = world.users.engineer2;
    const login = await a().server.inject({ method: "POST", url: "/api/v1/auth/login", payload: { email: "engineer2@casedesk.test", password: TEST_PASSWORD } });
    expect(login.statusCode).toBe(200);
    const cookie = String(login.headers["set-cookie"]).split(";")[0]!;
    const me = (app: App) => app.server.inject({ method: "GET", url: "/api/v1/auth/me", headers: { cookie } });
    for (const app of [b(), a(), b()]) expect((await me(app)).statusCode).toBe(200);
    for (const app of [b(), a(), b()]) expect((await as(app, user.token).get("/api/v1/auth/me")).status).toBe(200);

    const promoted = await as(b(), world.users.admin.token).patch(`/api/v1/users/${user.id}`, { role: "expert" });
    expect(promoted.status).toBe(200);
    expect((await as(b(), user.token).get("/api/v1/auth/me")).body.user.role).toBe("expert");
    await soon(async () => (await as(a(), user.token).get("/api/v1/auth/me")).body.user.role === "expert");

    expect((await as(a(), world.users.admin.token).patch(`/api/v1/users/${user.id}`, { isActive: false })).status).toBe(200);
    expect((await as(a(), user.token).get("/api/v1/auth/me")).status).toBe(401);
    expect((await me(a())).statusCode).toBe(401);
    await soon(async () => (await as(b(), user.token).get("/api/v1/auth/me")).status === 401);
    await soon(async () => (await me(b())).statusCode === 401);
  });

  it("ends a session signed out on one instance on the other too", async () => {
    const login = await b().server.inject({ method: "POST", url: "/api/v1/auth/login", payload: { email: "expert@casedesk.test", password: TEST_PASSWORD } });
    const cookie = String(login.headers["set-cookie"]).split(";")[0]!;
    const me = (app: App) => app.server.inject({ method: "GET", url: "/api/v1/auth/me", headers: { cookie } });
    for (const app of [a(), b(), a()]) expect((await me(app)).statusCode).toBe(200);
    const csrf = (await me(b())).json<{ csrfToken: string }>().csrfToken;
    const out = await b().server.inject({ method: "POST", url: "/api/v1/auth/logout", headers: { cookie, "x-csrf-token": csrf } });
    expect(out.statusCode).toBe(204);
    expect((await me(b())).statusCode).toBe(401);
    await soon(async () => (await me(a())).statusCode === 401);
  });
});

describe("cached service terms over two instances", () => {
  it("opens cases under a contract's new targets on both instances once they are changed", async () => {
    const open = async (app: App) => {
      const opened = await as(app, world.users.dispatcher.token).post("/api/v1/cases", caseInput());
      expect(opened.status).toBe(201);
      return opened.body as { id: string };
    };
    const resolutionTarget = async (app: App, caseId: string) => {
      const row = await app.deps.db.selectFrom("slaClocks").select("targetMs").where("caseId", "=", caseId).where("metric", "=", "resolution").executeTakeFirstOrThrow();
      return Number(row.targetMs);
    };
    for (const app of [a(), b()]) expect(await resolutionTarget(app, (await open(app)).id)).toBe(240 * 60_000);
    const changed = await as(a(), world.users.admin.token).patch(`/api/v1/contracts/${world.acmeContract.id}`, {
      targets: { S1: { responseMinutes: 30, resolutionMinutes: 120 } },
    });
    expect(changed.status).toBe(200);
    expect(await resolutionTarget(a(), (await open(a())).id)).toBe(120 * 60_000);
    await soon(async () => (await resolutionTarget(b(), (await open(b())).id)) === 120 * 60_000);
  });
});

describe("cached typed callers over two instances", () => {
  const open = (app: App, overrides: Record<string, unknown>) => as(app, world.users.dispatcher.token).post("/api/v1/cases", caseInput(overrides));

  it("matches a caller to a contact added on the other instance, and refuses a vendor deactivated there", async () => {
    const caller = { caller: { name: "新联系人", phone: "13712345678" } };
    // both instances look the phone up and keep "nobody has it"
    for (const app of [a(), b(), a(), b()]) expect((await open(app, caller)).body).toMatchObject({ status: "new", contactId: null, customerId: null });
    const added = await as(b(), world.users.dispatcher.token).post(`/api/v1/customers/${world.acme.id}/contacts`, { name: "新联系人", mobile: "13712345678" });
    expect(added.status).toBe(201);
    expect((await open(b(), caller)).body).toMatchObject({ contactId: added.body.id, customerId: world.acme.id });
    await soon(async () => (await open(a(), caller)).body.contactId === added.body.id);

    const vendor = { vendor: "CacheTestVendor" };
    expect((await as(a(), world.users.admin.token).post("/api/v1/vendors", { code: "CacheTestVendor", nameZh: "缓存测试厂商", nameEn: "Cache test vendor" })).status).toBe(201);
    for (const app of [a(), b(), a(), b()]) expect((await open(app, vendor)).status).toBe(201);
    expect((await as(a(), world.users.admin.token).patch("/api/v1/vendors/CacheTestVendor", { isActive: false })).status).toBe(200);
    expect((await open(a(), vendor)).status).toBe(422);
    await soon(async () => (await open(b(), vendor)).status === 422);
  });
});

