import pino from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp, timerHandlers, type App } from "../src/app.js";
import { createApiToken, createUser, systemActor } from "../src/auth/index.js";
import { createContract, createCustomer, createSite } from "../src/customers/index.js";
import { openPostgres } from "../src/db/database.js";
import type { TimerHandler } from "../src/jobs/index.js";
import { createPlan } from "../src/maintenance/index.js";
import { ManualClock, type Clock } from "../src/shared/clock.js";
import type { Deps } from "../src/shared/deps.js";
import { EventBus } from "../src/shared/domain-events.js";
import { as, createTestDatabaseLocation, testConfig, TEST_ENGINE, type TestDatabaseLocation } from "./helpers.js";

/**
 * Two instances with workers over one PostgreSQL database cross a period's boundary together,
 * while an admin opens the same period by hand through each of them: every plan opens one job per
 * covered system, each opening timer runs once, by one instance.
 */
const PLANS = 12;
const SYSTEMS = 3;
const BOUNDARY = new Date("2026-12-31T16:00:00.000Z"); // 00:00 on 1 January 2027 in Shanghai
const LEAD_MS = 3_000;

let location: TestDatabaseLocation;
let adminToken: string;
const planIds: string[] = [];
const apps: App[] = [];
const calls = new Map<string, number[]>();
const original = timerHandlers["maintenance.open_period"]!;

describe.runIf(TEST_ENGINE === "postgres")("two instances open a maintenance period once", () => {
  beforeAll(async () => {
    location = await createTestDatabaseLocation();
    const seeding = openPostgres(location.url!, 2);
    try {
      const deps: Deps = { db: seeding.db, engine: seeding.engine, clock: new ManualClock("2026-12-20T02:00:00Z"), config: testConfig(), logger: pino({ level: "silent" }), events: new EventBus() };
      const actor = systemActor;
      const admin = await createUser(deps, { actor, email: "admin@casedesk.test", name: "admin", role: "admin" });
      adminToken = (await createApiToken(deps, { actor, userId: admin.id, name: "two-instances" })).token;
      const customer = await createCustomer(deps, { actor, name: "江南银行数据中心" });
      const site = await createSite(deps, { actor, customerId: customer.id, name: "张江机房", city: "上海" });
      const contract = await createContract(deps, {
        actor, customerId: customer.id, contractNo: "HT-PM-002", siteIds: [site.id],
        equipment: Array.from({ length: SYSTEMS }, (_, i) => ({ siteId: site.id, vendor: "HPE", model: "ProLiant DL380 Gen10", serial: `CZ20000${i}` })),
      });
      const equipmentIds = (await seeding.db.selectFrom("equipment").select("id").where("contractId", "=", contract.id).execute()).map((e) => e.id);
      for (let i = 0; i < PLANS; i++) planIds.push((await createPlan(deps, { actor, contractId: contract.id, equipmentIds, timeZone: "Asia/Shanghai" })).id);
    } finally {
      await seeding.close();
    }
    const wrapped: TimerHandler = async (tx, timer, deps) => {
      calls.set(timer.key, [...(calls.get(timer.key) ?? []), apps.findIndex((app) => app.deps === deps)]);
      return original(tx, timer, deps);
    };
    timerHandlers["maintenance.open_period"] = wrapped;
    // both instances on one clock that reaches the boundary LEAD_MS from now and runs on in real time
    const offset = BOUNDARY.getTime() - LEAD_MS - Date.now();
    const clock: Clock = { now: () => new Date(Date.now() + offset) };
    for (let i = 0; i < 2; i++) {
      const config = testConfig({ databaseUrl: location.url });
      apps.push(await createApp(config, { database: openPostgres(location.url!, 10), clock, logger: pino({ level: process.env.CASEDESK_TEST_LOG ?? "silent" }), worker: true, workerIntervalMs: 100 }));
    }
  });

  afterAll(async () => {
    for (const app of apps) await app.close();
    timerHandlers["maintenance.open_period"] = original;
    await location?.drop();
  });

  it(`opens ${PLANS} plans × ${SYSTEMS} systems once, racing an admin's openings by hand`, { timeout: 60_000 }, async () => {
    const clock = apps[0]!.deps.clock;
    while (clock.now() < BOUNDARY) await new Promise((resolve) => setTimeout(resolve, 20));
    // at the boundary: the admin opens every plan's January by hand on both instances while the workers do too
    const byHand = await Promise.all(planIds.flatMap((id) => apps.map((app) => as(app, adminToken).post(`/api/v1/maintenance-plans/${id}/open-period`, { period: "2027-01" }))));
    expect(byHand.every((r) => r.status === 200)).toBe(true);
    const db = apps[0]!.deps.db;
    const deadline = Date.now() + 30_000;
    for (;;) {
      const fired = await db.selectFrom("timers").select("key").where("key", "like", "maint:%:open:2027-01").where("status", "=", "fired").execute();
      if (fired.length === PLANS) break;
      if (Date.now() > deadline) throw new Error(`only ${fired.length} of ${PLANS} openings fired`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const jobs = await db.selectFrom("maintenanceJobs").select(["planId", "equipmentId"]).where("period", "=", "2027-01").execute();
    expect(jobs).toHaveLength(PLANS * SYSTEMS);
    expect(new Set(jobs.map((j) => `${j.planId}:${j.equipmentId}`)).size).toBe(PLANS * SYSTEMS);
    const openedByHand = byHand.reduce((n, r) => n + (r.body.openedJobIds as string[]).length, 0);
    // each opening timer ran once (a handler that lost the race opened nothing, but still ran once)
    const keys = planIds.map((id) => `maint:${id}:open:2027-01`);
    expect(keys.map((key) => calls.get(key)?.length ?? 0)).toEqual(keys.map(() => 1));
    const timers = await db.selectFrom("timers").select(["key", "status", "attempts"]).where("key", "in", keys).execute();
    expect(timers.every((x) => x.status === "fired" && x.attempts === 1)).toBe(true);
    // February's timer is scheduled once per plan
    const next = await db.selectFrom("timers").select("key").where("key", "like", "maint:%:open:2027-02").execute();
    expect(next).toHaveLength(PLANS);
    const byInstance = [0, 1].map((i) => keys.filter((key) => calls.get(key)![0] === i).length);
    console.log(`maintenance-two-instances: ${PLANS * SYSTEMS} jobs, ${openedByHand} opened by hand, openings fired by instance ${JSON.stringify(byInstance)}`);
  });
});
