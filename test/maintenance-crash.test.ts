import { spawn, type ChildProcess } from "node:child_process";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createUser, systemActor } from "../src/auth/index.js";
import { createContract, createCustomer, createSite } from "../src/customers/index.js";
import { createPlan } from "../src/maintenance/index.js";
import { ManualClock } from "../src/shared/clock.js";
import { freePort, repoRoot } from "./child-server.js";
import { childEnvFor, seedPerson, until, withDirectDeps } from "./crash-harness.js";
import { createTestDatabaseLocation, TEST_ENGINE, type TestDatabaseLocation } from "./helpers.js";

/**
 * kill -9 at a period's boundary: the process dies inside the transaction that opens January's
 * jobs (written, not committed). After a restart on the same data January opens exactly once,
 * one job per covered system, the opening timer fires once and February's is scheduled once.
 */
const BOUNDARY = "2026-12-31T16:00:00.000Z"; // 00:00 on 1 January 2027 in Shanghai

let location: TestDatabaseLocation;
let token: string;
let planId: string;
const children = new Set<ChildProcess>();

type Child = { child: ChildProcess; base: string; output: () => string; exited: Promise<unknown> };

async function startChild(extra: Record<string, string>): Promise<Child> {
  const port = await freePort();
  const env = childEnvFor(location, { CASEDESK_WEB_DIR: "off", PORT: String(port), CLOCK_START: new Date(new Date(BOUNDARY).getTime() - 500).toISOString(), ...extra });
  const child = spawn(process.execPath, ["--import", "tsx", "test/maintenance-boundary-child.ts"], { cwd: repoRoot, env, stdio: ["ignore", "pipe", "pipe"] });
  children.add(child);
  let output = "";
  child.stdout!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise((resolve) => child.once("exit", (code, signal) => { children.delete(child); resolve({ code, signal }); }));
  return { child, base: `http://127.0.0.1:${port}`, output: () => output, exited };
}

beforeAll(async () => {
  location = await createTestDatabaseLocation();
  // the plan is made on 20 December: December's jobs open then, January's timer waits for the boundary
  await withDirectDeps(location, async (deps, database) => {
    const actor = systemActor;
    token = (await seedPerson(deps, "admin", "admin", "maintenance-crash")).token;
    const engineer = await createUser(deps, { actor, email: "engineer@casedesk.test", name: "engineer", role: "engineer" });
    const customer = await createCustomer(deps, { actor, name: "华北电力信息中心" });
    const site = await createSite(deps, { actor, customerId: customer.id, name: "一号机房", city: "北京" });
    const contract = await createContract(deps, {
      actor, customerId: customer.id, contractNo: "HT-PM-001", siteIds: [site.id],
      equipment: [{ siteId: site.id, vendor: "IBM", model: "Power S924", serial: "78D1234" }, { siteId: site.id, vendor: "IBM", model: "DS8910F", serial: "75KX123" }],
    });
    const equipment = await database.db.selectFrom("equipment").select("id").where("contractId", "=", contract.id).execute();
    planId = (await createPlan(deps, { actor, contractId: contract.id, equipmentIds: equipment.map((e) => e.id), engineerId: engineer.id, timeZone: "Asia/Shanghai" })).id;
  }, new ManualClock("2026-12-20T02:00:00Z"));
});

afterAll(async () => {
  for (const child of children) child.kill("SIGKILL");
  await location?.drop();
});

describe(`kill -9 at a maintenance period's boundary (${TEST_ENGINE})`, () => {
  it("opens January's jobs exactly once after a restart", { timeout: 180_000 }, async () => {
    const first = await startChild({ STALL_OPENING: "1" });
    await until("the opening to write its jobs", 90_000, () => first.output().includes("OPENED_NOT_COMMITTED") || (first.child.exitCode !== null && Promise.reject(new Error(first.output()))));
    expect(first.output()).toContain(`OPENED_NOT_COMMITTED maint:${planId}:open:2027-01`);
    first.child.kill("SIGKILL");
    await first.exited;

    await withDirectDeps(location, async ({ db }) => {
      // nothing of the dead transaction survived: no January job, the timer still pending
      expect(await db.selectFrom("maintenanceJobs").select("id").where("period", "=", "2027-01").execute()).toHaveLength(0);
      const timer = await db.selectFrom("timers").select(["status"]).where("key", "=", `maint:${planId}:open:2027-01`).executeTakeFirstOrThrow();
      expect(timer.status).toBe("pending");
    });

    const second = await startChild({});
    await until("the restarted server", 90_000, () => second.output().includes("READY") || (second.child.exitCode !== null && Promise.reject(new Error(second.output()))));
    const get = (path: string) => fetch(`${second.base}/api/v1${path}`, { headers: { authorization: `Bearer ${token}` } }).then((r) => r.json() as Promise<{ items: unknown[] }>);
    await until("January's jobs", 30_000, async () => (await get("/maintenance-jobs?period=2027-01")).items.length === 2);
    // an admin opening January by hand now opens nothing new
    const again = await fetch(`${second.base}/api/v1/maintenance-plans/${planId}/open-period`, {
      method: "POST", headers: { authorization: `Bearer ${token}`, "content-type": "application/json" }, body: JSON.stringify({ period: "2027-01" }),
    });
    expect(await again.json()).toEqual({ period: "2027-01", openedJobIds: [] });
    second.child.kill("SIGTERM");
    await second.exited;

    await withDirectDeps(location, async (after) => {
      const jobs = await after.db.selectFrom("maintenanceJobs").select(["equipmentId", "period", "periodStartsAt", "reportDueAt"]).where("planId", "=", planId).orderBy("period").execute();
      expect(jobs.map((j) => j.period)).toEqual(["2026-12", "2026-12", "2027-01", "2027-01"]);
      expect(new Set(jobs.filter((j) => j.period === "2027-01").map((j) => j.equipmentId)).size).toBe(2);
      expect(jobs.find((j) => j.period === "2027-01")!.periodStartsAt.toISOString()).toBe(BOUNDARY);
      const timers = await after.db.selectFrom("timers").select(["key", "status", "attempts"]).where("key", "like", `maint:${planId}:open:%`).orderBy("key").execute();
      expect(timers.map((x) => [x.key.split(":").at(-1), x.status])).toEqual([["2027-01", "fired"], ["2027-02", "pending"]]);
    });
  });
});
