import type { ChildProcess } from "node:child_process";
import http from "node:http";
import pg from "pg";
import pino from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApiToken, createUser, systemActor } from "../src/auth/index.js";
import { createContact, createContract, createCustomer, createSite } from "../src/customers/index.js";
import { openPostgres } from "../src/db/database.js";
import type { Role } from "../src/db/schema.js";
import { systemClock } from "../src/shared/clock.js";
import type { Deps } from "../src/shared/deps.js";
import { EventBus } from "../src/shared/domain-events.js";
import { bindSlaPolicy, createSlaPolicy } from "../src/sla/manage-sla-policies.js";
import { startChildServer, type ChildServer } from "./child-server.js";
import { TEST_POSTGRES_URL } from "./engine.js";
import { createTestDatabaseLocation, drillPolicy, testConfig, TEST_ENGINE, type TestDatabaseLocation } from "./helpers.js";
import { startTcpProxy, type TcpProxy } from "./tcp-proxy.js";

/**
 * `casedesk start` reaches PostgreSQL through a TCP proxy that the test cuts (a failover),
 * black-holes (a dead route) and whose backends it terminates (an administrator), each while
 * dispatchers open and read cases. The process must live through all of it: requests in flight
 * get 503 problem+json within the timeouts, /readyz says 503 at once and 200 again afterwards,
 * the server serves again within seconds, live updates reconnect, timers that fell due meanwhile
 * fire once, and a case opening retried with its Idempotency-Key is neither lost nor doubled.
 */
const TIMEOUTS = { connectMs: 1_000, statementMs: 1_500 };
// connect, then a statement and its 2 s of client-side grace, on a slow shared machine
const REQUEST_BOUND_MS = 9_000;
const READYZ_TIMEOUT_MS = 500;
const RECOVERY_MS = 8_000;

type Person = { id: string; token: string };
type Outcome = { path: string; method: string; startedAt: number; ms: number; status: number; contentType: string; code?: string; title?: string; retryAfter: string | null; caseId?: string };

let location: TestDatabaseLocation;
let databaseName: string;
let proxy: TcpProxy;
let admin: pg.Client;
// straight to the test database, past the proxy
let direct: pg.Client;
let server: ChildServer;
// a dispatcher's live-update stream, open through every outage (its heartbeats check the session)
let stream: LiveStream;
let people: Record<"dispatcher" | "engineer" | "engineer2" | "manager", Person>;
let contractNo: string;
const children = new Set<ChildProcess>();
// every Idempotency-Key a case opening was sent with, and the case it finally opened
const openings = new Map<string, string | undefined>();

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function until<T>(what: string, ms: number, probe: () => Promise<T | undefined | null | false>): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await probe().catch(() => undefined);
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`gave up waiting (${ms} ms) for ${what}\n${server?.output().slice(-4000)}`);
    await sleep(100);
  }
}

async function call(who: Person, method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<Outcome & { body: any }> {
  const startedAt = Date.now();
  try {
    const response = await fetch(`${server.base}${path}`, {
      method,
      headers: { authorization: `Bearer ${who.token}`, "accept-language": "en", ...(body === undefined ? {} : { "content-type": "application/json" }), ...headers },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      signal: AbortSignal.timeout(REQUEST_BOUND_MS),
    });
    const text = await response.text();
    const parsed = text ? JSON.parse(text) : undefined;
    return {
      path, method, startedAt, ms: Date.now() - startedAt, status: response.status, contentType: response.headers.get("content-type") ?? "",
      code: parsed?.code, title: parsed?.title, retryAfter: response.headers.get("retry-after"), caseId: method === "POST" ? parsed?.id : undefined, body: parsed,
    };
  } catch (error) {
    // -1: no answer within the bound (a hang); 0: no answer at all (the process is gone)
    const status = (error as Error).name === "TimeoutError" ? -1 : 0;
    return { path, method, startedAt, ms: Date.now() - startedAt, status, contentType: "", retryAfter: null, body: undefined };
  }
}

const caseBody = (subject: string) => ({
  subject, channel: "phone", vendor: "IBM", caseType: "hardware", faultLevel: "S2", caller: { name: "王建国", phone: "13800138000", contractNo },
});

async function openCase(key: string): Promise<Outcome> {
  const outcome = await call(people.dispatcher, "POST", "/api/v1/cases", caseBody(`负载 ${key}`), { "idempotency-key": key });
  if (!openings.has(key) || outcome.status === 201) openings.set(key, outcome.status === 201 ? outcome.caseId : undefined);
  return outcome;
}

/** Four dispatchers opening and reading cases until `disrupt` is done, then a little longer. */
async function underLoad(label: string, disrupt: () => Promise<void>): Promise<Outcome[]> {
  const outcomes: Outcome[] = [];
  let isDone = false;
  let known: string | undefined;
  const dispatcher = async (n: number) => {
    for (let i = 0; i < 400 && !isDone; i++) {
      const kind = i % 3;
      if (kind === 0) outcomes.push(await openCase(`${label}-${n}-${i}`));
      else if (kind === 1) outcomes.push(await call(people.dispatcher, "GET", "/api/v1/cases?limit=20"));
      else if (known) outcomes.push(await call(people.dispatcher, "GET", `/api/v1/cases/${known}`));
      known = [...openings.values()].find(Boolean) ?? known;
      await sleep(20);
    }
  };
  const running = Promise.all([0, 1, 2, 3].map(dispatcher));
  await disrupt();
  await sleep(1_500);
  isDone = true;
  await running;
  return outcomes;
}

/** The process lives, and every answer is a success or a 503 for the database, never a 500 or a hang. */
function expectSurvived(outcomes: Outcome[]) {
  expect(server.child.exitCode).toBeNull();
  expect(server.child.signalCode).toBeNull();
  expect(server.output()).not.toMatch(/Unhandled|uncaught/i);
  const statuses = new Set(outcomes.map((o) => o.status));
  expect([...statuses].filter((s) => ![200, 201, 503].includes(s))).toEqual([]);
  const unavailable = outcomes.filter((o) => o.status === 503);
  expect(unavailable.length).toBeGreaterThan(0);
  for (const o of unavailable) {
    expect(o.contentType).toMatch(/^application\/problem\+json/);
    expect(o.code).toBe("database_unavailable");
    expect(o.title).toBe("Service temporarily unavailable");
    expect(o.retryAfter).toBe("5");
  }
  expect(Math.max(...outcomes.map((o) => o.ms))).toBeLessThan(REQUEST_BOUND_MS);
}

async function readyz(): Promise<{ status: number; ms: number; body: any }> {
  const started = Date.now();
  const response = await fetch(`${server.base}/readyz`, { signal: AbortSignal.timeout(REQUEST_BOUND_MS) });
  return { status: response.status, ms: Date.now() - started, body: await response.json() };
}

/** Once the database is back: /readyz says 200 and a case opens, both within seconds. */
async function expectServingAgain(since: number) {
  await until("/readyz to answer 200", RECOVERY_MS, async () => (await readyz()).status === 200);
  const opened = await until("a case to open", RECOVERY_MS, async () => {
    const outcome = await openCase(`after-${since}`);
    return outcome.status === 201 ? outcome : undefined;
  });
  expect(opened.startedAt - since).toBeLessThan(RECOVERY_MS);
}

const terminateBackends = () =>
  admin.query("SELECT count(pg_terminate_backend(pid))::int AS n FROM pg_stat_activity WHERE datname = $1 AND application_name <> 'outage-test'", [databaseName]);

describe.skipIf(TEST_ENGINE !== "postgres")("the database goes away under load (postgres, through a TCP proxy)", () => {
  beforeAll(async () => {
    location = await createTestDatabaseLocation();
    databaseName = new URL(location.url!).pathname.slice(1);
    const database = openPostgres(location.url!, 2);
    try {
      const deps: Deps = { db: database.db, engine: database.engine, clock: systemClock, config: testConfig(), logger: pino({ level: "silent" }), events: new EventBus() };
      const actor = systemActor;
      const person = async (key: string, role: Role): Promise<Person> => {
        const user = await createUser(deps, { actor, email: `${key}@casedesk.test`, name: key, role });
        return { id: user.id, token: (await createApiToken(deps, { actor, userId: user.id, name: "outage" })).token };
      };
      people = { dispatcher: await person("dispatcher", "dispatcher"), engineer: await person("engineer", "engineer"), engineer2: await person("engineer2", "engineer"), manager: await person("manager", "manager") };
      const customer = await createCustomer(deps, { actor, name: "华北电力信息中心" });
      await createContact(deps, { actor, customerId: customer.id, name: "王建国", mobile: "138 0013 8000", isDesignated: true });
      const site = await createSite(deps, { actor, customerId: customer.id, name: "一号机房", city: "北京" });
      contractNo = (await createContract(deps, { actor, customerId: customer.id, contractNo: "HT-OUTAGE-001", siteIds: [site.id], equipment: [] })).contractNo;
      // a ladder of seconds: a timer falls due while the database is black-holed
      const policy = await createSlaPolicy(deps, { actor, definition: drillPolicy({ name: "断库演练", a: "PT3S", b: "PT4S", c: "PT5S", resolution: "PT1H" }) });
      await bindSlaPolicy(deps, { actor, policyId: policy.id, contractId: null, faultLevel: null });
    } finally {
      await database.close();
    }
    admin = new pg.Client({ connectionString: TEST_POSTGRES_URL });
    await admin.connect();
    direct = new pg.Client({ connectionString: location.url!, application_name: "outage-test" });
    await direct.connect();
    const target = new URL(TEST_POSTGRES_URL);
    proxy = await startTcpProxy({ host: target.hostname, port: Number(target.port || 5432) });
    const env: NodeJS.ProcessEnv = {
      ...process.env, HOST: "127.0.0.1", CASEDESK_DEMO: "false", LOG_LEVEL: "warn", CASEDESK_WORKER: "true", WORKER_INTERVAL_MS: "200",
      DATABASE_URL: proxy.urlFor(location.url!), DATABASE_CONNECT_TIMEOUT_MS: String(TIMEOUTS.connectMs), DATABASE_STATEMENT_TIMEOUT_MS: String(TIMEOUTS.statementMs),
      READYZ_TIMEOUT_MS: String(READYZ_TIMEOUT_MS), LIVE_HEARTBEAT_SECONDS: "1",
    };
    for (const key of ["CASEDESK_DATA_DIR", "SMTP_URL", "SMS_GATEWAY_URL", "IMAP_URL", "INBOUND_SMTP_PORT"]) delete env[key];
    server = await startChildServer(env, children);
    stream = await openLiveStream(people.dispatcher);
  }, 120_000);

  afterAll(async () => {
    stream?.close();
    for (const child of children) child.kill("SIGKILL");
    await admin?.end();
    await direct?.end();
    await proxy?.close();
    await location?.drop();
  });

  it("cut: every connection reset and new ones refused for 2.5 s, then the server comes back", { timeout: 60_000 }, async () => {
    let resumedAt = 0;
    let duringOutage: Awaited<ReturnType<typeof readyz>> | undefined;
    let inChinese: Outcome | undefined;
    const outcomes = await underLoad("cut", async () => {
      await sleep(700);
      proxy.refuse();
      proxy.reset();
      await sleep(300);
      duringOutage = await readyz();
      inChinese = await call(people.dispatcher, "GET", "/api/v1/cases?limit=1", undefined, { "accept-language": "zh-CN" });
      await sleep(2_000);
      proxy.resume();
      resumedAt = Date.now();
      await expectServingAgain(resumedAt);
    });
    expectSurvived(outcomes);
    expect(duringOutage).toMatchObject({ status: 503, body: { status: "database unreachable" } });
    expect(duringOutage!.ms).toBeLessThan(READYZ_TIMEOUT_MS + 1_000);
    expect(outcomes.filter((o) => o.startedAt > resumedAt + RECOVERY_MS).every((o) => o.status < 300)).toBe(true);
    expect(inChinese).toMatchObject({ status: 503, code: "database_unavailable", title: "服务暂时不可用", retryAfter: "5" });
    // sessions could not be checked at the heartbeats meanwhile; the stream stayed open
    expect(stream.isEnded()).toBe(false);
  });

  it("black hole: nothing answers for 6 s; requests get 503 at the timeouts, and a timer that fell due meanwhile fires once afterwards", { timeout: 90_000 }, async () => {
    const opened = await call(people.dispatcher, "POST", "/api/v1/cases", caseBody("存储阵列硬盘故障"));
    expect(opened.status).toBe(201);
    const caseId = opened.body.id as string;
    expect((await call(people.dispatcher, "POST", `/api/v1/cases/${caseId}/assign`, { assigneeId: people.engineer.id })).status).toBe(200);
    const assignedAt = Date.now();

    let blackholedAt = 0;
    let resumedAt = 0;
    let duringOutage: Awaited<ReturnType<typeof readyz>> | undefined;
    const outcomes = await underLoad("blackhole", async () => {
      await sleep(300);
      proxy.blackhole();
      blackholedAt = Date.now();
      await sleep(500);
      duringOutage = await readyz();
      // the whole first ladder (3, 4 and 5 s after the assignment) falls due in the dark
      await sleep(Math.max(0, assignedAt + 6_000 - Date.now()));
      proxy.resume();
      resumedAt = Date.now();
      await expectServingAgain(resumedAt);
    });
    expect(blackholedAt).toBeLessThan(assignedAt + 3_000);
    expectSurvived(outcomes);
    expect(duringOutage).toMatchObject({ status: 503, body: { status: "database unreachable" } });
    expect(duringOutage!.ms).toBeLessThan(READYZ_TIMEOUT_MS + 1_000);
    // in flight when the route died: answered at the statement timeout and its grace, not never
    const inTheDark = outcomes.filter((o) => o.startedAt >= blackholedAt && o.startedAt + o.ms <= resumedAt);
    expect(inTheDark.some((o) => o.status === 503)).toBe(true);

    // the first cycle's ladder fell due in the dark and fires after, each timer once and with no
    // failed attempt counted against it (a lost connection is not the handler's failure)
    const timers = await until("the first cycle's ladder to fire", RECOVERY_MS, async () => {
      const { rows } = await direct.query<{ key: string; status: string; attempts: number; lastError: string | null; dueAt: Date; firedAt: Date | null }>(
        `SELECT key, status, attempts, last_error AS "lastError", due_at AS "dueAt", fired_at AS "firedAt" FROM timers WHERE key LIKE $1 ORDER BY due_at, key`, [`sla:${caseId}:response:1:%`],
      );
      return rows.length > 0 && rows.every((r) => r.status !== "pending") ? rows : undefined;
    });
    await sleep(1_000);
    expect(timers.map((t) => t.status)).not.toContain("failed");
    const fired = timers.filter((t) => t.status === "fired");
    expect(fired.length).toBeGreaterThan(0);
    for (const timer of fired) {
      expect(timer.dueAt.getTime()).toBeLessThan(resumedAt);
      expect(timer.firedAt!.getTime()).toBeGreaterThanOrEqual(resumedAt - 100);
      // firing counts as the one attempt
      expect(timer).toMatchObject({ attempts: 1, lastError: null });
    }
    const { rows: steps } = await direct.query<{ step: number; n: number }>(
      `SELECT (data->>'step')::int AS step, count(*)::int AS n FROM sla_clock_events
       WHERE case_id = $1 AND metric = 'response' AND cycle = 1 AND type = 'step' GROUP BY 1 ORDER BY 1`, [caseId],
    );
    expect(steps.length).toBe(fired.length);
    expect(steps.every((s) => s.n === 1)).toBe(true);
    const log = await call(people.manager, "GET", `/api/v1/cases/${caseId}/activities?limit=500`);
    const reminders = (log.body.items as { kind: string; data: Record<string, unknown> }[]).filter((e) => e.kind === "sla.reminded" && e.data.responseCycle === 1 && e.data.step === 0);
    expect(reminders).toHaveLength(1);
  });

  it("pg_terminate_backend, three times under load: the pool and the LISTEN connection come back by themselves", { timeout: 60_000 }, async () => {
    const resyncsBefore = stream.events.filter((e) => e.event === "resync").length;
    let terminated = 0;
    let lastAt = 0;
    const outcomes = await underLoad("terminate", async () => {
      for (let round = 0; round < 3; round++) {
        await sleep(700);
        terminated += (await terminateBackends()).rows[0]!.n;
      }
      lastAt = Date.now();
      await expectServingAgain(lastAt);
    });
    // the pool's connections, the one LISTEN connection (live updates, the cache, worker wake-ups) and more
    expect(terminated).toBeGreaterThan(3);
    expectSurvived(outcomes);
    // live updates: a resync (what was NOTIFYed meanwhile is gone), then events flow again
    await until("a resync on the live stream", RECOVERY_MS, async () => stream.events.filter((e) => e.event === "resync").length > resyncsBefore);
    const opened = await call(people.dispatcher, "POST", "/api/v1/cases", caseBody("断线后新建"));
    expect(opened.status).toBe(201);
    await until("the new case on the live stream", RECOVERY_MS, async () => stream.events.some((e) => e.event === "case" && e.data.caseId === opened.body.id));
    expect(stream.isEnded()).toBe(false);
  });

  it("every case opening retried with its Idempotency-Key opened exactly one case", { timeout: 60_000 }, async () => {
    for (const [key, caseId] of openings) {
      if (caseId) continue;
      const retried = await openCase(key);
      expect(retried.status).toBe(201);
    }
    const caseIds = [...openings.values()];
    expect(caseIds.every(Boolean)).toBe(true);
    const { rows } = await direct.query<{ n: number }>("SELECT count(*)::int AS n FROM cases WHERE subject LIKE '负载 %'");
    // none lost (each key has its case) and none doubled (one row per key)
    expect(new Set(caseIds).size).toBe(openings.size);
    expect(rows[0]!.n).toBe(openings.size);
    expect(server.child.exitCode).toBeNull();
  });
});

type LiveStream = { events: { event: string; data: any }[]; isEnded(): boolean; close(): void };

function openLiveStream(who: Person): Promise<LiveStream> {
  return new Promise((resolve, reject) => {
    const request = http.get(`${server.base}/api/v1/live`, { headers: { accept: "text/event-stream", authorization: `Bearer ${who.token}` } }, (response) => {
      const events: LiveStream["events"] = [];
      let buffer = "";
      let isEnded = false;
      response.on("close", () => (isEnded = true));
      response.setEncoding("utf8");
      response.on("data", (chunk: string) => {
        buffer += chunk;
        for (let cut = buffer.indexOf("\n\n"); cut >= 0; cut = buffer.indexOf("\n\n")) {
          const lines = buffer.slice(0, cut).split("\n");
          buffer = buffer.slice(cut + 2);
          const event = lines.find((line) => line.startsWith("event: "))?.slice(7);
          const data = lines.find((line) => line.startsWith("data: "))?.slice(6);
          if (event && data) events.push({ event, data: JSON.parse(data) });
        }
      });
      if (response.statusCode !== 200) reject(new Error(`live stream: ${response.statusCode}`));
      else resolve({ events, isEnded: () => isEnded, close: () => request.destroy() });
    });
    request.on("error", reject);
  });
}
