import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { TEST_PASSWORD, as, caseInput, useWorld, type TestApp, type World } from "../../test/helpers.js";
import { jsonBody, junkHeaders, multipartBody, pathSegment, queryString, strayBody, type Body } from "../../test/junk-requests.js";

let app: TestApp;
let world: World;
useWorld((a, w) => { app = a; world = w; });

type Operation = { method: string; path: string; query: string[]; body: "json" | "multipart" | null; schema?: Parameters<typeof jsonBody>[0] };
type Identity = { headers: Record<string, string>; cookies: Record<string, string> };

/** Requests per route and identity: ~120 routes × 2 × 8 stay under a minute per engine (CASEDESK_TEST_JUNK_RUNS=100 digs deeper). */
const RUNS_PER_ROUTE = Number(process.env.CASEDESK_TEST_JUNK_RUNS ?? 8);
// a stream that stays open (the admin's would never end) and the admin signing herself out
const ANSWER_WITHIN_MS = 20_000;
const SKIPPED_FOR_THE_ADMIN = new Set(["GET /api/v1/live", "POST /api/v1/auth/logout"]);
// routes a client reaches that the API document leaves out
const UNDOCUMENTED: Operation[] = [
  { method: "POST", path: "/api/v1/auth/login", query: [], body: "json" },
  { method: "GET", path: "/s/{token}", query: [], body: null },
  { method: "GET", path: "/login", query: ["next"], body: null },
  { method: "GET", path: "/{page}", query: ["next"], body: null },
  { method: "HEAD", path: "/api/v1/cases/{id}", query: [], body: null },
  { method: "OPTIONS", path: "/api/v1/cases", query: [], body: null },
];

let operations: Operation[] = [];
let known: string[] = [];
let admin: Identity;
const nobody: Identity = { headers: { authorization: "Bearer not-a-token" }, cookies: { casedesk_session: "forged" } };

beforeAll(async () => {
  const document = (await app.server.inject({ method: "GET", url: "/api/v1/openapi.json" })).json() as { paths: Record<string, Record<string, any>> };
  operations = [...UNDOCUMENTED];
  for (const [path, methods] of Object.entries(document.paths)) {
    for (const [method, operation] of Object.entries(methods)) {
      const content = operation.requestBody?.content ?? {};
      const query = (operation.parameters ?? []).filter((p: { in: string }) => p.in === "query").map((p: { name: string }) => p.name);
      const body = content["multipart/form-data"] ? "multipart" : content["application/json"] ? "json" : null;
      operations.push({ method: method.toUpperCase(), path, query, body, schema: content["application/json"]?.schema });
    }
  }
  const opened = (await as(app, world.users.dispatcher.token).post("/api/v1/cases", caseInput())).body as { id: string; number: string };
  known = [opened.id, opened.number, world.acme.id, world.acmeSite.id, world.acmeContact.id, world.users.engineer.id, "case_opened", "zh-CN", "en", "2026"];
  const login = await app.server.inject({ method: "POST", url: "/api/v1/auth/login", payload: { email: "admin@casedesk.test", password: TEST_PASSWORD } });
  admin = { headers: { "x-csrf-token": login.json().csrfToken }, cookies: { casedesk_session: login.cookies.find((c) => c.name === "casedesk_session")!.value } };
});

type JunkRequest = { segments: string[]; query: string; headers: Record<string, string>; body: Body };

function requestFor(operation: Operation): fc.Arbitrary<JunkRequest> {
  const params = operation.path.match(/\{[^}]+\}/g) ?? [];
  const body = operation.body === "multipart" ? multipartBody : operation.body === "json" ? jsonBody(operation.schema, known) : strayBody;
  return fc.record({ segments: fc.tuple(...params.map(() => pathSegment(known))), query: queryString(operation.query, known), headers: junkHeaders, body });
}

async function send(operation: Operation, identity: Identity, request: JunkRequest) {
  let url = operation.path;
  for (const segment of request.segments) url = url.replace(/\{[^}]+\}/, segment);
  url += request.query;
  const { payload, contentType } = request.body;
  const headers: Record<string, string> = { ...request.headers, ...identity.headers, ...(contentType === undefined ? {} : { "content-type": contentType }) };
  const answer = app.server.inject({ method: operation.method as "GET", url, headers, cookies: identity.cookies, ...(payload === undefined ? {} : { payload }) });
  // a request left unanswered is a failure that names itself, not a stalled suite
  let timer: ReturnType<typeof setTimeout> | undefined;
  const unanswered = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new Error(`${operation.method} ${url.slice(0, 200)}: no answer within ${ANSWER_WITHIN_MS} ms`)), ANSWER_WITHIN_MS);
  });
  const response = await Promise.race([answer, unanswered]).finally(() => clearTimeout(timer));
  return { url, response };
}

describe("junk from clients", () => {
  it("never answers 5xx, and every API error is problem+json, on every route", async () => {
    const reachedHandlers = new Set<string>();
    for (const operation of operations) {
      for (const [who, identity] of [["admin", admin], ["nobody", nobody]] as const) {
        if (who === "admin" && SKIPPED_FOR_THE_ADMIN.has(`${operation.method} ${operation.path}`)) continue;
        await fc.assert(fc.asyncProperty(requestFor(operation), async (request) => {
          const { url, response } = await send(operation, identity, request);
          const where = `${who} ${operation.method} ${url.slice(0, 200)} → ${response.statusCode} ${response.body.slice(0, 300)}`;
          expect(response.statusCode, where).toBeLessThan(500);
          // the survey link and the web UI's pages answer people, in HTML; the API answers problem+json
          if (response.statusCode >= 400 && operation.path.startsWith("/api/")) expect(response.headers["content-type"], where).toMatch(/^application\/problem\+json/);
          if (who === "admin" && response.statusCode < 400) reachedHandlers.add(`${operation.method} ${operation.path}`);
        }), { numRuns: RUNS_PER_ROUTE });
      }
    }
    // the admin's requests get past authentication and validation to the use cases, on many routes
    expect(reachedHandlers.size).toBeGreaterThan(operations.length / 8);
  }, 600_000);
});
