import Fastify from "fastify";
import { randomUUID } from "node:crypto";
import { request as httpRequest, Agent } from "node:http";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApiToken, systemActor } from "../auth/index.js";
import { TEST_PASSWORD, type TestApp, type World, useWorld } from "../../test/helpers.js";
import { registerAccessControl, signedIn, type RouteAccess } from "./access.js";

// a web UI folder of the test's own, so the static files' catch-all route is in the table whatever was built
const webDir = mkdtempSync(join(tmpdir(), "casedesk-web-"));
writeFileSync(join(webDir, "index.html"), "<!doctype html><title>casedesk</title>");
let t: TestApp;
let world: World;
useWorld((app, w) => {
  t = app;
  world = w;
}, { webDir });
afterAll(() => rmSync(webDir, { recursive: true, force: true }));

type Caller = "nobody" | "pbx token" | "session without CSRF";
type Probe = { method: string; path: string; access: RouteAccess; refusal: { status: number; code: string } };

const SAFE = new Set(["GET", "HEAD", "OPTIONS"]);

/** What each kind of caller must get from a route, by its declared access; null: served by design. */
function refusalFor(caller: Caller, method: string, access: RouteAccess): Probe["refusal"] | null {
  if (access.caller === "anyone") return null;
  if (caller === "nobody") return { status: 401, code: "unauthenticated" };
  if (caller === "pbx token") return access.tokenScopes?.includes("pbx") ? null : { status: 403, code: "forbidden" };
  return SAFE.has(method) ? null : { status: 403, code: "csrf_failed" };
}

/** A concrete path for a route pattern: a fresh uuid for each parameter, a name for a wildcard. */
const concrete = (url: string) => url.replace(/:[A-Za-z]+/g, () => randomUUID()).replace(/\*$/, "x");

/** The same route spelled as an attacker would: each must reach the same decision or no route. */
function spellings(path: string): string[] {
  const segments = path.split("/").slice(1);
  const encodeFirstLetter = (segment: string) => segment.replace(/[a-z]/i, (c) => `%${c.charCodeAt(0).toString(16)}`);
  const variants = segments.map((segment, i) => `/${segments.map((s, j) => (j === i ? encodeFirstLetter(s) : s)).join("/")}`);
  variants.push(
    path.replace(/[a-z]/gi, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`),
    `/${path}`,
    path.replace("/", "//").replace(/\/([^/]+)$/, "//$1"),
    `${path}/`,
    path.toUpperCase(),
    `${path};x`,
    `/${segments[0]};x/${segments.slice(1).join("/")}`,
    `/${segments[0]}/./${segments.slice(1).join("/")}`,
    `/${segments[0]}/x/../${segments.slice(1).join("/")}`,
    `/${segments.join("%2f")}`,
    `${path}?x=1`,
    `${path}#x`,
  );
  return [...new Set(variants)].filter((v) => v !== path);
}

describe("route-level access, from the route table", () => {
  let port: number;
  let pbxToken: string;
  let sessionCookie: string;
  const agent = new Agent({ keepAlive: true, maxSockets: 8 });

  beforeAll(async () => {
    await t.server.listen({ host: "127.0.0.1", port: 0 });
    port = (t.server.server.address() as AddressInfo).port;
    pbxToken = (await createApiToken(t.deps, { actor: systemActor, userId: world.users.admin.id, name: "PBX", scope: "pbx" })).token;
    const login = await t.server.inject({ method: "POST", url: "/api/v1/auth/login", payload: { email: world.users.admin.email, password: TEST_PASSWORD } });
    sessionCookie = login.cookies.find((c) => c.name === "casedesk_session")!.value;
  });
  afterAll(() => agent.destroy());

  /** A raw HTTP request: the path goes on the wire exactly as written (no client normalises it). */
  const send = (method: string, path: string, caller: Caller) =>
    new Promise<{ status: number; body: string }>((resolve, reject) => {
      const headers: Record<string, string> = { "content-type": "application/json", accept: "application/json" };
      if (caller === "pbx token") headers.authorization = `Bearer ${pbxToken}`;
      if (caller === "session without CSRF") headers.cookie = `casedesk_session=${sessionCookie}`;
      const req = httpRequest({ host: "127.0.0.1", port, path, method, headers, agent, timeout: 5_000 }, (res) => {
        let body = "";
        res.setEncoding("utf8");
        res.on("data", (chunk) => (body += chunk));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, body }));
      });
      // a route that holds an unauthenticated caller open (a stream) is a failure, not a slow test
      req.on("timeout", () => req.destroy(new Error(`${method} ${path} as ${caller}: no answer within 5 s`)));
      req.on("error", (error) => reject(new Error(`${method} ${path} as ${caller}: ${error.message}`)));
      req.end(SAFE.has(method) || method === "DELETE" ? undefined : "{}");
    });

  const probes = (caller: Caller): Probe[] =>
    t.server.routeTable.flatMap((route) => {
      const methods = [route.method].flat().map(String);
      return methods.flatMap((method) => {
        const access = route.config!.access!;
        const refusal = refusalFor(caller, method, access);
        return refusal ? [{ method, path: concrete(route.url!), access, refusal }] : [];
      });
    });

  it("has a declared access on every route, and covers the routes that need a caller", () => {
    const table = t.server.routeTable;
    expect(table.length).toBeGreaterThan(100);
    expect(table.filter((route) => !route.config?.access)).toEqual([]);
    // the guard against a vacuous test: the table holds the API's routes, both open and closed
    const urls = table.map((route) => route.url);
    expect(urls).toEqual(expect.arrayContaining(["/api/v1/users", "/api/v1/live", "/api/v1/cases/:id", "/api/v1/auth/login", "/s/:token", "/*"]));
    expect(probes("nobody").length).toBeGreaterThan(90);
  });

  for (const caller of ["nobody", "pbx token", "session without CSRF"] as const) {
    it(`refuses ${caller} on every route and every spelling of it, or finds no route`, async () => {
      const served: string[] = [];
      for (const probe of probes(caller)) {
        const canonical = await send(probe.method, probe.path, caller);
        const codeSeen = probe.method === "HEAD" || canonical.body.includes(`"code":"${probe.refusal.code}"`);
        if (canonical.status !== probe.refusal.status || !codeSeen) {
          served.push(`${probe.method} ${probe.path} → ${canonical.status} ${canonical.body.slice(0, 80)}`);
        }
        for (const variant of spellings(probe.path)) {
          const answer = await send(probe.method, variant, caller);
          // a path no router would take (`//`, `/./`, `/../`) may also be refused whole as malformed
          const malformed = answer.status === 400 && (probe.method === "HEAD" || answer.body.includes('"code":"malformed_request"'));
          if (answer.status !== probe.refusal.status && answer.status !== 404 && !malformed) served.push(`${probe.method} ${variant} → ${answer.status} ${answer.body.slice(0, 80)}`);
        }
      }
      expect(served).toEqual([]);
    });
  }

  it("serves what the same callers may do, so the refusals above are the access check's", async () => {
    const users = await send("GET", "/%61pi/v1/users", "session without CSRF");
    expect(users.status).toBe(200);
    const call = await send("POST", "/%61pi/v1/telephony/calls", "pbx token");
    expect([201, 200, 422]).toContain(call.status);
  });
});

describe("a route that declares no access", () => {
  it("keeps the server from starting", async () => {
    const app = Fastify();
    registerAccessControl(app, async () => null);
    app.get("/declared", { config: { access: signedIn } }, async () => "ok");
    app.get("/forgotten", async () => "served");
    await expect(app.ready()).rejects.toThrow(/routes without a declared access: GET \/forgotten/);
  });
});
