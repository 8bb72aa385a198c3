import { randomBytes } from "node:crypto";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { TEST_PASSWORD, as, caseInput, testApp, useWorld, type TestApp, type World } from "../../test/helpers.js";
import { ConfigError, loadConfig } from "../config.js";
import { clientKeyOf } from "./client-limits.js";

let t: TestApp;
let world: World;
useWorld((app, w) => {
  t = app;
  world = w;
});

// defaults: 20 failed sign-ins and 20 link misses per client in 15 minutes
const LIMIT = 20;
const WINDOW_MS = 15 * 60_000;

// rate-limiter-flexible reads the wall clock (Date.now), so the tests move that one
afterEach(() => {
  vi.useRealTimers();
});
const afterTheWindow = () => {
  vi.useFakeTimers({ toFake: ["Date"] });
  vi.setSystemTime(Date.now() + WINDOW_MS + 1_000);
};

type From = { remoteAddress: string; headers?: Record<string, string> };
const signIn = (from: From, email: string, password: string) =>
  t.server.inject({ method: "POST", url: "/api/v1/auth/login", remoteAddress: from.remoteAddress, headers: from.headers, payload: { email, password } });
const randomToken = (bytes: number) => randomBytes(bytes).toString("base64url");
const answer = { responseSpeed: 5, professionalism: 4, resolution: 4, overall: 5 };

/** Every public one-time link route, each asked for a token that does not exist. */
const linkGuesses = [
  { method: "GET", url: () => `/api/v1/surveys/${randomToken(16)}` },
  { method: "POST", url: () => `/api/v1/surveys/${randomToken(16)}`, payload: answer },
  { method: "GET", url: () => `/s/${randomToken(16)}` },
  { method: "GET", url: () => `/api/v1/case-confirmations/${randomToken(32).slice(0, 43)}` },
  { method: "POST", url: () => `/api/v1/case-confirmations/${randomToken(32).slice(0, 43)}`, payload: { accepted: true } },
] as const;
const guessLink = (app: TestApp, from: From, i: number) => {
  const guess = linkGuesses[i % linkGuesses.length]!;
  return app.server.inject({ method: guess.method, url: guess.url(), remoteAddress: from.remoteAddress, headers: from.headers, ...("payload" in guess ? { payload: guess.payload } : {}) });
};

/** A closed case's survey link token (from the invitation in the outbox). */
async function validSurveyToken(): Promise<string> {
  const manager = as(t, world.users.manager.token);
  const opened = (await as(t, world.users.dispatcher.token).post("/api/v1/cases", caseInput({
    caller: { name: "王建国", phone: "13800138000", email: "wang@hbdl.example.cn", contractNo: "HT-2026-001" },
  }))).body;
  await manager.post(`/api/v1/cases/${opened.id}/assign`, { assigneeId: world.users.engineer.id });
  await manager.post(`/api/v1/cases/${opened.id}/resolve`, { resolution: "更换硬盘后阵列恢复" });
  await manager.post(`/api/v1/cases/${opened.id}/close`, {});
  const invitation = await t.deps.db.selectFrom("notifications").select("params")
    .where("key", "like", `survey:${opened.id}:%`).where("template", "=", "survey.invitation").executeTakeFirstOrThrow();
  const params = (typeof invitation.params === "string" ? JSON.parse(invitation.params) : invitation.params) as { surveyUrl: string };
  return params.surveyUrl.split("/s/")[1]!;
}

function expectRateLimited(response: Awaited<ReturnType<typeof signIn>>) {
  expect(response.statusCode).toBe(429);
  expect(response.headers["content-type"]).toContain("application/problem+json");
  expect(response.json()).toMatchObject({ status: 429, code: "rate_limited" });
  const retryAfter = Number(response.headers["retry-after"]);
  expect(retryAfter).toBeGreaterThan(0);
  expect(retryAfter).toBeLessThanOrEqual(WINDOW_MS / 1000);
}

describe("the sign-in limit per client", () => {
  it("refuses a client after 20 failures for 20 different addresses, the right password too, until the window passes", async () => {
    const attacker = { remoteAddress: "203.0.113.7" };
    const statuses: number[] = [];
    for (let i = 0; i < 30; i++) statuses.push((await signIn(attacker, `guess-${i}@casedesk.test`, "not the password")).statusCode);
    expect(statuses).toEqual([...Array<number>(LIMIT).fill(401), ...Array<number>(30 - LIMIT).fill(429)]);
    expectRateLimited(await signIn(attacker, "dispatcher@casedesk.test", TEST_PASSWORD));

    // another client is not affected
    const colleague = { remoteAddress: "198.51.100.9" };
    expect((await signIn(colleague, "guess-0@casedesk.test", "not the password")).statusCode).toBe(401);
    expect((await signIn(colleague, "dispatcher@casedesk.test", TEST_PASSWORD)).statusCode).toBe(200);

    afterTheWindow();
    expect((await signIn(attacker, "dispatcher@casedesk.test", TEST_PASSWORD)).statusCode).toBe(200);
  });

  it("counts failures only: sign-ins that succeed cost nothing", async () => {
    const office = { remoteAddress: "203.0.113.8" };
    for (let i = 0; i < LIMIT - 1; i++) expect((await signIn(office, `typo-${i}@casedesk.test`, "not the password")).statusCode).toBe(401);
    for (let i = 0; i < 3; i++) expect((await signIn(office, "engineer@casedesk.test", TEST_PASSWORD)).statusCode).toBe(200);
    expect((await signIn(office, "typo-last@casedesk.test", "not the password")).statusCode).toBe(401);
    expectRateLimited(await signIn(office, "engineer@casedesk.test", TEST_PASSWORD));
  });
});

describe("the one-time link limit per client", () => {
  it("answers 429 after 20 unknown survey and confirmation links, a valid link too, until the window passes", async () => {
    const token = await validSurveyToken();
    const guesser = { remoteAddress: "203.0.113.20" };
    const statuses: number[] = [];
    for (let i = 0; i < 60; i++) statuses.push((await guessLink(t, guesser, i)).statusCode);
    expect(statuses).toEqual([...Array<number>(LIMIT).fill(404), ...Array<number>(60 - LIMIT).fill(429)]);
    const valid = await t.server.inject({ method: "GET", url: `/api/v1/surveys/${token}`, remoteAddress: guesser.remoteAddress });
    expectRateLimited(valid);
    const page = await t.server.inject({ method: "GET", url: `/s/${token}`, remoteAddress: guesser.remoteAddress });
    expect(page.statusCode).toBe(429);

    const customer = { remoteAddress: "198.51.100.20" };
    expect((await t.server.inject({ method: "GET", url: `/api/v1/surveys/${token}`, remoteAddress: customer.remoteAddress })).statusCode).toBe(200);

    afterTheWindow();
    expect((await t.server.inject({ method: "GET", url: `/api/v1/surveys/${token}`, remoteAddress: guesser.remoteAddress })).statusCode).toBe(200);
  });

  it("counts only links that do not exist: a valid or already used link costs nothing", async () => {
    const token = await validSurveyToken();
    const customer = { remoteAddress: "203.0.113.21" };
    for (let i = 0; i < LIMIT + 5; i++) {
      expect((await t.server.inject({ method: "GET", url: `/s/${token}`, remoteAddress: customer.remoteAddress })).statusCode).toBe(200);
    }
    expect((await t.server.inject({ method: "POST", url: `/api/v1/surveys/${token}`, remoteAddress: customer.remoteAddress, payload: answer })).statusCode).toBe(201);
    for (let i = 0; i < LIMIT + 5; i++) {
      expect((await t.server.inject({ method: "POST", url: `/api/v1/surveys/${token}`, remoteAddress: customer.remoteAddress, payload: answer })).statusCode).toBe(409);
    }
    for (let i = 0; i < LIMIT; i++) expect((await guessLink(t, customer, i)).statusCode).toBe(404);
    expect((await guessLink(t, customer, LIMIT)).statusCode).toBe(429);
  });

  it("counts an IPv6 client by its /64, so new addresses in its block do not reset the count", async () => {
    const statuses: number[] = [];
    for (let i = 0; i <= LIMIT; i++) statuses.push((await guessLink(t, { remoteAddress: `2001:db8:42:7:${(i + 1).toString(16)}::1` }, i)).statusCode);
    expect(statuses.slice(0, LIMIT).every((status) => status === 404)).toBe(true);
    expect(statuses[LIMIT]).toBe(429);
    expect((await guessLink(t, { remoteAddress: "2001:db8:42:8::1" }, 0)).statusCode).toBe(404);
  });
});

describe("the client address", () => {
  it("ignores X-Forwarded-For without TRUST_PROXY: the socket's address is the client", async () => {
    const statuses: number[] = [];
    for (let i = 0; i <= LIMIT; i++) {
      statuses.push((await guessLink(t, { remoteAddress: "203.0.113.30", headers: { "x-forwarded-for": `198.51.100.${i + 100}` } }, i)).statusCode);
    }
    expect(statuses[LIMIT - 1]).toBe(404);
    expect(statuses[LIMIT]).toBe(429);
  });

  describe("behind a proxy named in TRUST_PROXY", () => {
    let proxied: TestApp;
    beforeAll(async () => {
      proxied = await testApp({ trustProxy: loadConfig({ TRUST_PROXY: "10.0.0.1, 172.16.0.0/12" }).trustProxy });
    });
    afterAll(() => proxied?.close());

    it("takes the client from X-Forwarded-For of the trusted proxy only", async () => {
      const viaProxy = (client: string) => ({ remoteAddress: "10.0.0.1", headers: { "x-forwarded-for": client } });
      for (let i = 0; i < LIMIT; i++) expect((await guessLink(proxied, viaProxy("198.51.100.1"), i)).statusCode).toBe(404);
      expect((await guessLink(proxied, viaProxy("198.51.100.1"), LIMIT)).statusCode).toBe(429);
      // a spoofed entry in front of the real one changes nothing: the proxy appends the address it saw
      expect((await guessLink(proxied, viaProxy("192.0.2.99, 198.51.100.1"), 0)).statusCode).toBe(429);
      // another client behind the same proxy has its own count
      expect((await guessLink(proxied, viaProxy("198.51.100.2"), 0)).statusCode).toBe(404);
      // a proxy in a trusted range counts too
      expect((await guessLink(proxied, { remoteAddress: "172.20.1.1", headers: { "x-forwarded-for": "198.51.100.1" } }, 0)).statusCode).toBe(429);

      // from an address not trusted, X-Forwarded-For is ignored
      const statuses: number[] = [];
      for (let i = 0; i <= LIMIT; i++) {
        statuses.push((await guessLink(proxied, { remoteAddress: "10.0.0.2", headers: { "x-forwarded-for": `198.51.100.${i + 100}` } }, i)).statusCode);
      }
      expect(statuses[LIMIT - 1]).toBe(404);
      expect(statuses[LIMIT]).toBe(429);
    });
  });

  it("reads TRUST_PROXY as addresses and CIDR ranges, and refuses anything else", () => {
    expect(loadConfig({}).trustProxy).toBe(false);
    expect(loadConfig({ TRUST_PROXY: "10.0.0.1, 172.16.0.0/12,::1,loopback" }).trustProxy).toEqual(["10.0.0.1", "172.16.0.0/12", "::1", "loopback"]);
    for (const bad of ["true", "1", "10.0.0.0/33", "proxy.internal", "10.0.0.1,,nope"]) {
      expect(() => loadConfig({ TRUST_PROXY: bad })).toThrow(ConfigError);
    }
  });

  it("keys IPv4 addresses as they are and IPv6 addresses by their /64", () => {
    expect(clientKeyOf("203.0.113.7")).toBe("203.0.113.7");
    expect(clientKeyOf("::ffff:203.0.113.7")).toBe("203.0.113.7");
    expect(clientKeyOf("2001:db8:1:2:aaaa::1")).toBe("2001:db8:1:2::/64");
    expect(clientKeyOf("2001:0DB8:0001:0002:bbbb:cccc:dddd:eeee")).toBe("2001:db8:1:2::/64");
    expect(clientKeyOf("2001:db8::1")).toBe("2001:db8:0:0::/64");
    expect(clientKeyOf("::1")).toBe("0:0:0:0::/64");
    expect(clientKeyOf("64:ff9b:1:2:3::192.0.2.1")).toBe("64:ff9b:1:2::/64");
  });
});
