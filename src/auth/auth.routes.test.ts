import { describe, expect, it } from "vitest";
import { randomUUID } from "node:crypto";
import { TEST_PASSWORD, as, caseInput, type TestApp, type World, useWorld } from "../../test/helpers.js";

let t: TestApp;
let world: World;
useWorld((app, w) => {
  t = app;
  world = w;
});

async function login(email: string, password = TEST_PASSWORD) {
  const response = await t.server.inject({ method: "POST", url: "/api/v1/auth/login", payload: { email, password } });
  const cookie = response.cookies.find((c) => c.name === "casedesk_session");
  return { response, cookie, csrf: response.json().csrfToken as string | undefined };
}

const withCookie = (cookie: string, method: "GET" | "POST", url: string, payload?: object, headers: Record<string, string> = {}) =>
  t.server.inject({ method, url, cookies: { casedesk_session: cookie }, headers, ...(payload ? { payload } : {}) });

describe("sessions", () => {
  it("signs in with an HttpOnly SameSite cookie and keeps only hashes", async () => {
    const { response, cookie, csrf } = await login("DISPATCHER@casedesk.test");
    expect(response.statusCode).toBe(200);
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: "Lax", path: "/" });
    expect(csrf).toMatch(/^csrf_/);
    const me = await withCookie(cookie!.value, "GET", "/api/v1/auth/me");
    expect(me.json().user.email).toBe("dispatcher@casedesk.test");
    const stored = await t.deps.db.selectFrom("sessions").select("tokenHash").execute();
    expect(stored.map((s) => s.tokenHash)).not.toContain(cookie!.value);
    const user = await t.deps.db.selectFrom("users").select("passwordHash").where("email", "=", "dispatcher@casedesk.test").executeTakeFirstOrThrow();
    expect(user.passwordHash).toMatch(/^\$argon2id\$/);
    const tokens = await t.deps.db.selectFrom("apiTokens").select("tokenHash").execute();
    expect(tokens.map((row) => row.tokenHash)).not.toContain(world.users.dispatcher.token);
  });

  it("needs the CSRF token for writes made with the cookie", async () => {
    const { cookie, csrf } = await login("dispatcher@casedesk.test");
    const without = await withCookie(cookie!.value, "POST", "/api/v1/cases", caseInput());
    expect(without.statusCode).toBe(403);
    expect(without.json().code).toBe("csrf_failed");
    const wrong = await withCookie(cookie!.value, "POST", "/api/v1/cases", caseInput(), { "x-csrf-token": "csrf_guess" });
    expect(wrong.statusCode).toBe(403);
    const right = await withCookie(cookie!.value, "POST", "/api/v1/cases", caseInput(), { "x-csrf-token": csrf! });
    expect(right.statusCode).toBe(201);
  });

  it("refuses a wrong password alike for known and unknown users", async () => {
    const wrong = await login("engineer@casedesk.test", "not the password");
    const unknown = await login("nobody@casedesk.test", "not the password");
    expect(wrong.response.statusCode).toBe(401);
    expect(unknown.response.statusCode).toBe(401);
    expect(wrong.response.json().detail).toBe(unknown.response.json().detail);
  });

  it("limits failed sign-ins per address, then lets the window pass", async () => {
    for (let i = 0; i < 5; i++) expect((await login("expert@casedesk.test", `wrong ${i}`)).response.statusCode).toBe(401);
    const blocked = await login("expert@casedesk.test");
    expect(blocked.response.statusCode).toBe(429);
    expect(blocked.response.headers["retry-after"]).toBe("900");
    expect((await login("rma@casedesk.test")).response.statusCode).toBe(200);
    t.clock.advance(16 * 60_000);
    expect((await login("expert@casedesk.test")).response.statusCode).toBe(200);
  });

  it("ends the sessions of a disabled user and refuses its tokens", async () => {
    const { cookie } = await login("engineer2@casedesk.test");
    const disabled = await as(t, world.users.admin.token).patch(`/api/v1/users/${world.users.engineer2.id}`, { isActive: false });
    expect(disabled.status).toBe(200);
    expect((await withCookie(cookie!.value, "GET", "/api/v1/auth/me")).statusCode).toBe(401);
    expect((await as(t, world.users.engineer2.token).get("/api/v1/cases")).status).toBe(401);
    const again = await login("engineer2@casedesk.test");
    expect(again.response.statusCode).toBe(403);
    expect(again.response.json().code).toBe("account_disabled");
  });

  it("ends every session when the password changes", async () => {
    const first = await login("manager@casedesk.test");
    const second = await login("manager@casedesk.test");
    const changed = await withCookie(first.cookie!.value, "POST", "/api/v1/auth/password", { currentPassword: TEST_PASSWORD, newPassword: "a brand new passphrase" }, { "x-csrf-token": first.csrf! });
    expect(changed.statusCode).toBe(204);
    expect((await withCookie(first.cookie!.value, "GET", "/api/v1/auth/me")).statusCode).toBe(401);
    expect((await withCookie(second.cookie!.value, "GET", "/api/v1/auth/me")).statusCode).toBe(401);
    expect((await login("manager@casedesk.test")).response.statusCode).toBe(401);
    expect((await login("manager@casedesk.test", "a brand new passphrase")).response.statusCode).toBe(200);
  });

  it("expires sessions after their time", async () => {
    const { cookie } = await login("admin@casedesk.test");
    t.clock.advance(13 * 3_600_000);
    expect((await withCookie(cookie!.value, "GET", "/api/v1/auth/me")).statusCode).toBe(401);
  });

  it("signs out", async () => {
    const { cookie, csrf } = await login("rma@casedesk.test");
    expect((await withCookie(cookie!.value, "POST", "/api/v1/auth/logout", {}, { "x-csrf-token": csrf! })).statusCode).toBe(204);
    expect((await withCookie(cookie!.value, "GET", "/api/v1/auth/me")).statusCode).toBe(401);
  });
});

describe("the API surface", () => {
  it("serves health, readiness, metrics, the OpenAPI document and the docs", async () => {
    expect((await t.server.inject({ url: "/healthz" })).json()).toEqual({ status: "ok" });
    expect((await t.server.inject({ url: "/readyz" })).json()).toMatchObject({ status: "ready" });
    const openapi = (await t.server.inject({ url: "/api/v1/openapi.json" })).json();
    expect(openapi.openapi).toBe("3.1.0");
    expect(Object.keys(openapi.paths)).toEqual(expect.arrayContaining(["/api/v1/cases", "/api/v1/cases/{id}/take-over", "/api/v1/callers/lookup"]));
    expect((await t.server.inject({ url: "/api/docs/" })).statusCode).toBe(200);
    const metrics = await t.server.inject({ url: "/metrics" });
    expect(metrics.body).toContain("casedesk_http_requests_total");
  });
});

describe("users a caller may not see", () => {
  it("are not found, existing or not, so a customer cannot probe ids", async () => {
    const customer = as(t, world.users.customerA.token);
    for (const id of [world.users.admin.id, world.users.customerB.id, randomUUID()]) {
      const patched = await customer.patch(`/api/v1/users/${id}`, { name: "x" });
      expect(patched.status, `PATCH ${id}`).toBe(404);
      expect(patched.body.code).toBe("not_found");
      expect((await customer.get(`/api/v1/users/${id}`)).status, `GET ${id}`).toBe(404);
    }
    // staff see users: a role that may not change one is told so
    expect((await as(t, world.users.dispatcher.token).patch(`/api/v1/users/${world.users.admin.id}`, { name: "x" })).status).toBe(403);
  });
});
