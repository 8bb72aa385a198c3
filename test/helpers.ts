import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import pino, { type Logger } from "pino";
import { afterAll, beforeAll, inject } from "vitest";
import { createApp, type App } from "../src/app.js";
import { createApiToken, createUser, systemActor } from "../src/auth/index.js";
import { loadConfig, type Config } from "../src/config.js";
import { createContact, createContract, createCustomer, createSite } from "../src/customers/index.js";
import { openPglite, openPostgres, type Database } from "../src/db/database.js";
import type { Role } from "../src/db/schema.js";
import { ManualClock } from "../src/shared/clock.js";
import type { Deps } from "../src/shared/deps.js";
import { TEST_ENGINE, TEST_POSTGRES_URL, databaseUrlFor } from "./engine.js";

export { TEST_ENGINE };

export type TestDatabase = Database & { url?: string; dir?: string; drop(): Promise<void> };

/** A database of this test file's own, cloned from the run's migrated template. */
export async function testDatabase(): Promise<TestDatabase> {
  const location = await createTestDatabaseLocation();
  const database = location.dir ? await openPglite(location.dir) : openPostgres(location.url!, 10);
  return {
    ...database,
    ...(location.dir ? { dir: location.dir } : { url: location.url }),
    drop: async () => {
      await database.close();
      await location.drop();
    },
  };
}

export type TestDatabaseLocation = { dir?: string; url?: string; drop(): Promise<void> };

/**
 * Where a database of this file's own lives, WITHOUT opening it: a PGlite folder (copied from the
 * template) or a PostgreSQL database (cloned from it), for a child process that must be the only
 * opener of a PGlite folder. `empty: true` gives a bare folder or database, nothing migrated.
 * `drop()` removes it; on PostgreSQL it also ends whatever is still connected.
 */
export async function createTestDatabaseLocation(options: { empty?: boolean } = {}): Promise<TestDatabaseLocation> {
  const template = inject("template");
  if (TEST_ENGINE === "pglite") {
    const dir = mkdtempSync(join(tmpdir(), "casedesk-test-"));
    if (!options.empty) cpSync(template, dir, { recursive: true });
    return { dir, drop: async () => rmSync(dir, { recursive: true, force: true }) };
  }
  const pid = template.replace("casedesk_tpl_", "");
  // the global teardown drops whatever a crashed test file left behind under this prefix
  const name = `casedesk_t${pid}_${Math.random().toString(36).slice(2, 10)}`;
  const admin = new pg.Client({ connectionString: TEST_POSTGRES_URL });
  await admin.connect();
  try {
    // PostgreSQL copies a template only while nobody else is connected to it, and two test files
    // may clone at the same moment: retry briefly on "being accessed by other users".
    for (let attempt = 0; ; attempt++) {
      try {
        await admin.query(options.empty ? `CREATE DATABASE ${name}` : `CREATE DATABASE ${name} TEMPLATE ${template}`);
        break;
      } catch (error) {
        if ((error as { code?: string }).code !== "55006" || attempt > 100) throw error;
        await new Promise((resolve) => setTimeout(resolve, 50 + Math.random() * 100));
      }
    }
  } finally {
    await admin.end();
  }
  return {
    url: databaseUrlFor(name),
    drop: async () => {
      const cleanup = new pg.Client({ connectionString: TEST_POSTGRES_URL });
      await cleanup.connect();
      try {
        await cleanup.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      } finally {
        await cleanup.end();
      }
    },
  };
}

export function testConfig(overrides: Partial<Config> = {}): Config {
  return { ...loadConfig({ LOG_LEVEL: "silent" }), ...overrides };
}

export type TestApp = App & { clock: ManualClock; db: TestDatabase };

/** The whole HTTP server over a fresh database, with a clock the test moves. */
export async function testApp(overrides: Partial<Config> = {}, options: { logger?: Logger } = {}): Promise<TestApp> {
  const db = await testDatabase();
  const clock = new ManualClock();
  // attachments go to a folder of this app's own, removed with it
  const attachmentsDir = overrides.attachmentsDir ?? mkdtempSync(join(tmpdir(), "casedesk-attachments-"));
  // CASEDESK_TEST_LOG=error shows what a 500 hid
  const app = await createApp(testConfig({ attachmentsDir, ...overrides }), { clock, logger: options.logger ?? pino({ level: process.env.CASEDESK_TEST_LOG ?? "silent" }), database: db });
  const removeAttachments = () => (overrides.attachmentsDir ? undefined : rmSync(attachmentsDir, { recursive: true, force: true }));
  return { ...app, clock, db, close: async () => { await app.server.close(); await db.drop(); removeAttachments(); } };
}

export type World = Awaited<ReturnType<typeof seedWorld>>;

const PASSWORD = "correct horse battery";
export { PASSWORD as TEST_PASSWORD };

/**
 * Two customer companies (A and B) with contacts, sites and a contract each, and a user of
 * every role with an API token: the cast most tests need.
 */
export async function seedWorld(deps: Deps) {
  const actor = systemActor;
  const acme = await createCustomer(deps, { actor, name: "华北电力信息中心", address: "北京市西城区复兴门内大街 1 号" });
  const beta = await createCustomer(deps, { actor, name: "江南银行数据中心", address: "上海市浦东新区世纪大道 8 号" });
  const acmeContact = await createContact(deps, { actor, customerId: acme.id, name: "王建国", phone: "010-66112233", mobile: "138 0013 8000", email: "wang@hbdl.example.cn", isDesignated: true });
  const betaContact = await createContact(deps, { actor, customerId: beta.id, name: "李娜", phone: "021-68881234", email: "lina@jnbank.example.cn", isDesignated: true });
  const acmeSite = await createSite(deps, { actor, customerId: acme.id, name: "一号机房", city: "北京" });
  const betaSite = await createSite(deps, { actor, customerId: beta.id, name: "张江机房", city: "上海" });
  const acmeContract = await createContract(deps, {
    actor, customerId: acme.id, contractNo: "HT-2026-001", siteIds: [acmeSite.id],
    targets: { S1: { responseMinutes: 30, resolutionMinutes: 240 } },
    equipment: [{ siteId: acmeSite.id, vendor: "IBM", model: "Power S924", serial: "78D1234" }],
  });
  const betaContract = await createContract(deps, {
    actor, customerId: beta.id, contractNo: "HT-2026-002", siteIds: [betaSite.id],
    equipment: [{ siteId: betaSite.id, vendor: "HPE", model: "ProLiant DL380 Gen10", serial: "CZ2000ABC" }],
  });
  const make = async (key: string, role: Role, customerId?: string) => {
    const user = await createUser(deps, { actor, email: `${key}@casedesk.test`, name: key, role, customerId, password: PASSWORD });
    const { token } = await createApiToken(deps, { actor, userId: user.id, name: "test" });
    return { ...user, token };
  };
  const users = {
    dispatcher: await make("dispatcher", "dispatcher"),
    engineer: await make("engineer", "engineer"),
    engineer2: await make("engineer2", "engineer"),
    expert: await make("expert", "expert"),
    rma: await make("rma", "rma_admin"),
    manager: await make("manager", "manager"),
    admin: await make("admin", "admin"),
    customerA: await make("customer-a", "customer", acme.id),
    customerB: await make("customer-b", "customer", beta.id),
  };
  return { acme, beta, acmeContact, betaContact, acmeSite, betaSite, acmeContract, betaContract, users };
}

type Json = Record<string, unknown> | unknown[];

/** Requests as one user: `as(app, token).post("/api/v1/cases", body)`. */
export function as(app: App, token: string, extraHeaders: Record<string, string> = {}) {
  const request = async (method: "GET" | "POST" | "PATCH" | "DELETE" | "PUT", url: string, body?: unknown, headers: Record<string, string> = {}) => {
    const response = await app.server.inject({
      method,
      url,
      headers: { authorization: `Bearer ${token}`, ...extraHeaders, ...headers },
      ...(body === undefined ? {} : { payload: body as Json }),
    });
    let json: any;
    try {
      json = response.json();
    } catch {
      json = undefined;
    }
    return { status: response.statusCode, body: json, headers: response.headers, raw: response };
  };
  return {
    get: (url: string, headers?: Record<string, string>) => request("GET", url, undefined, headers),
    post: (url: string, body: unknown = {}, headers?: Record<string, string>) => request("POST", url, body, headers),
    patch: (url: string, body: unknown, headers?: Record<string, string>) => request("PATCH", url, body, headers),
    put: (url: string, body: unknown, headers?: Record<string, string>) => request("PUT", url, body, headers),
    delete: (url: string, headers?: Record<string, string>) => request("DELETE", url, undefined, headers),
  };
}

export const caseInput = (overrides: Record<string, unknown> = {}) => ({
  subject: "存储阵列硬盘故障，业务系统宕机",
  description: "客户报告 DS8000 阵列一块硬盘亮黄灯，数据库服务器宕机。",
  channel: "phone",
  vendor: "IBM",
  caseType: "hardware",
  faultLevel: "S1",
  caller: { name: "王建国", phone: "13800138000", contractNo: "HT-2026-001" },
  ...overrides,
});

/**
 * The usual test-file setup: before the file, a fresh app and the seeded world, handed to
 * `receive`; after it, the app and its database are gone.
 */
export function useWorld(receive: (app: TestApp, world: World) => void, overrides: Partial<Config> = {}) {
  let app: TestApp | undefined;
  beforeAll(async () => {
    app = await testApp(overrides);
    receive(app, await seedWorld(app.deps));
  });
  afterAll(() => app?.close());
}

/**
 * A drill policy: the default's shape (remind assignee + dispatcher at A; remind, alert the
 * dispatcher and reassign automatically at B; breach at C) with second-scale steps, so a test
 * sees the whole ladder in seconds. `calendar` is "always" unless given.
 */
export function drillPolicy(options: { name?: string; a?: string; b?: string; c?: string; resolution?: string; calendar?: string } = {}): import("../src/sla/index.js").SlaPolicy {
  const { a = "PT2S", b = "PT4S", c = "PT6S", resolution = "PT12S" } = options;
  const target = { response: c, resolution };
  return {
    name: options.name ?? `演练 ${a}/${b}/${c}`,
    calendar: options.calendar ?? "always",
    targets: { S1: target, S2: target, S3: target, S4: target },
    responseLadder: [
      { after: a, action: "remind", notify: ["assignee", "dispatcher"], channels: ["email", "sms"] },
      { after: b, action: "remind", notify: ["assignee"], channels: ["email", "sms"] },
      { after: b, action: "alert", notify: ["dispatcher"], channels: ["email", "sms"] },
      { after: b, action: "reassign", mode: "auto" },
      { after: c, action: "breach" },
    ],
    resolutionWarnings: [
      { atPercent: 75, notify: ["assignee", "dispatcher"], channels: ["email", "sms"] },
      { atPercent: 100, notify: ["assignee", "dispatcher", "manager"], channels: ["email", "sms"] },
    ],
  };
}
