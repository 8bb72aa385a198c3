import pino from "pino";
import { createApiToken, createUser, systemActor } from "../src/auth/index.js";
import { SENDING_LEASE_MS } from "../src/notify/index.js";
import { openPglite, openPostgres, type Database } from "../src/db/database.js";
import type { Role } from "../src/db/schema.js";
import { systemClock, type Clock } from "../src/shared/clock.js";
import type { Deps } from "../src/shared/deps.js";
import { EventBus } from "../src/shared/domain-events.js";
import { testConfig, type TestDatabaseLocation } from "./helpers.js";

/**
 * What the tests that kill servers share (beside child-server.ts, which starts them): the
 * database opened directly (seeding before a child starts, reading after it died), the child's
 * environment on that database, polling, and API calls with a person's token.
 */
export type Person = { id: string; email: string; phone: string | undefined; token: string };
export type Query = <R>(text: string, params?: unknown[]) => Promise<R[]>;

export const openDirect = (location: TestDatabaseLocation): Promise<Database> =>
  location.dir ? openPglite(location.dir) : Promise.resolve(openPostgres(location.url!, 2));

/** `casedesk start`'s environment on `location`: no demo, quiet logs, no transport unless `extra` names one. */
export function childEnvFor(location: TestDatabaseLocation, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, HOST: "127.0.0.1", CASEDESK_DEMO: "false", LOG_LEVEL: "warn" };
  for (const key of ["DATABASE_URL", "CASEDESK_DATA_DIR", "SMS_GATEWAY_TOKEN", "SMTP_URL", "SMS_GATEWAY_URL"]) delete env[key];
  if (location.url) env.DATABASE_URL = location.url;
  else env.CASEDESK_DATA_DIR = location.dir;
  return { ...env, ...extra };
}

/** Runs `fn` with the use cases' dependencies on the database opened directly, then closes it (a PGlite folder has one opener at a time). */
export async function withDirectDeps<T>(location: TestDatabaseLocation, fn: (deps: Deps, database: Database) => Promise<T>, clock: Clock = systemClock): Promise<T> {
  const database = await openDirect(location);
  try {
    const deps: Deps = { db: database.db, engine: database.engine, clock, config: testConfig(), logger: pino({ level: "silent" }), events: new EventBus() };
    return await fn(deps, database);
  } finally {
    await database.close();
  }
}

/** Runs `fn` with raw SQL on the database opened directly. */
export const withDirectQuery = <T>(location: TestDatabaseLocation, fn: (q: Query) => Promise<T>): Promise<T> =>
  withDirectDeps(location, (_deps, database) => fn(<R>(text: string, params: unknown[] = []) => database.withRawSession((s) => s.query<R>(text, params))));

/** A user with an API token, `<key>@casedesk.test`. */
export async function seedPerson(deps: Deps, key: string, role: Role, tokenName: string, phone?: string): Promise<Person> {
  const user = await createUser(deps, { actor: systemActor, email: `${key}@casedesk.test`, name: key, role, ...(phone ? { phone } : {}) });
  const { token } = await createApiToken(deps, { actor: systemActor, userId: user.id, name: tokenName });
  return { id: user.id, email: user.email, phone, token };
}

/** Polls `probe` every 100 ms until it gives something truthy; fails after `ms`. */
export async function until<T>(what: string, ms: number, probe: () => Promise<T | undefined | null | false> | T | undefined | null | false): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`gave up waiting (${ms} ms) for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** One API call as `who`, the body parsed. */
export async function apiAs(base: string, who: { token: string }, method: string, path: string, body?: unknown) {
  const response = await fetch(`${base}/api/v1${path}`, {
    method,
    headers: { authorization: `Bearer ${who.token}`, ...(body === undefined ? {} : { "content-type": "application/json" }) },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await response.text();
  return { status: response.status, body: (text ? JSON.parse(text) : undefined) as any };
}

/**
 * The outbox has drained: nothing pending, and nothing 'sending' but the rows a sender killed at
 * `killedAt` had claimed (they stay 'sending' until their lease ends, minutes later).
 */
export async function outboxDrained(base: string, manager: { token: string }, killedAt: number): Promise<boolean> {
  const pending = await apiAs(base, manager, "GET", "/admin/outbox?status=pending");
  const sending = await apiAs(base, manager, "GET", "/admin/outbox?status=sending");
  if (pending.status !== 200 || sending.status !== 200) return false;
  const heldByTheDead = (n: { nextAttemptAt: string }) => Date.parse(n.nextAttemptAt) <= killedAt + SENDING_LEASE_MS;
  return pending.body.items.length === 0 && (sending.body.items as { nextAttemptAt: string }[]).every(heldByTheDead);
}
