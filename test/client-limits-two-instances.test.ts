import { randomBytes } from "node:crypto";
import pino from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp, type App } from "../src/app.js";
import { openPostgres, type Database } from "../src/db/database.js";
import { ManualClock } from "../src/shared/clock.js";
import { testConfig, testDatabase, type TestDatabase } from "./helpers.js";

/**
 * Two casedesk instances over one database (PostgreSQL: each with its own pool; PGlite: two
 * servers over the one embedded database) count one client's misses and failures together.
 */
const LIMIT = 20;
let shared: TestDatabase;
let second: Database;
const apps: App[] = [];

beforeAll(async () => {
  shared = await testDatabase();
  second = shared.url ? openPostgres(shared.url, 4) : shared;
  const options = { clock: new ManualClock(), logger: pino({ level: "silent" }) };
  for (const database of [shared, second]) apps.push(await createApp(testConfig({ webDir: "off" }), { ...options, database }));
});
afterAll(async () => {
  for (const app of apps) await app.server.close();
  if (second !== shared) await second.close();
  await shared?.drop();
});

const from = (remoteAddress: string) => ({ remoteAddress });

describe("per-client limits over two instances", () => {
  it("share a client's link misses: half on each instance reach the limit", async () => {
    const guess = (app: App) => app.server.inject({ method: "GET", url: `/api/v1/surveys/${randomBytes(16).toString("base64url")}`, ...from("203.0.113.40") });
    for (let i = 0; i < LIMIT; i++) expect((await guess(apps[i % 2]!)).statusCode).toBe(404);
    expect((await guess(apps[0]!)).statusCode).toBe(429);
    expect((await guess(apps[1]!)).statusCode).toBe(429);
  });

  it("share a client's failed sign-ins", async () => {
    const signIn = (app: App, i: number) => app.server.inject({ method: "POST", url: "/api/v1/auth/login", ...from("203.0.113.41"), payload: { email: `guess-${i}@casedesk.test`, password: "not the password" } });
    for (let i = 0; i < LIMIT; i++) expect((await signIn(apps[i % 2]!, i)).statusCode).toBe(401);
    expect((await signIn(apps[1]!, LIMIT)).statusCode).toBe(429);
    expect((await signIn(apps[0]!, LIMIT + 1)).statusCode).toBe(429);
  });
});
