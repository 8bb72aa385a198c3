import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testApp, TEST_ENGINE, type TestApp } from "../../test/helpers.js";

const READYZ_TIMEOUT_MS = 300;

describe(`GET /readyz (${TEST_ENGINE})`, () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await testApp({ readyzTimeoutMs: READYZ_TIMEOUT_MS });
  });
  afterAll(() => t?.close());

  it("answers 200 with the engine while the database answers", async () => {
    const response = await t.server.inject({ url: "/readyz" });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ status: "ready", engine: TEST_ENGINE });
  });

  it("answers 503 at READYZ_TIMEOUT_MS while the database does not answer, and 200 once it does", async () => {
    let started = 0;
    const probe = await t.deps.db.transaction().execute(async (tx) => {
      // PGlite: the one connection is taken; PostgreSQL: the probe's read of schema_migrations waits on the lock
      await sql`LOCK TABLE schema_migrations IN ACCESS EXCLUSIVE MODE`.execute(tx);
      started = Date.now();
      return t.server.inject({ url: "/readyz" });
    });
    const tookMs = Date.now() - started;
    expect(probe.statusCode).toBe(503);
    // the reason is logged, never shown to whoever probes
    expect(probe.json()).toEqual({ status: "database unreachable" });
    expect(tookMs).toBeGreaterThanOrEqual(READYZ_TIMEOUT_MS - 10);
    expect(tookMs).toBeLessThan(READYZ_TIMEOUT_MS + 1_000);
    expect((await t.server.inject({ url: "/readyz" })).statusCode).toBe(200);
  });
});
