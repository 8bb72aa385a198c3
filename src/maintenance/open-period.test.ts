import { beforeAll, describe, expect, it } from "vitest";
import { as, TEST_ENGINE, useWorld, type TestApp, type World } from "../../test/helpers.js";

/**
 * Jobs open by themselves at 00:00 on the 1st in the contract's time zone, each period once: the
 * month's last instant opens nothing, its first opens one job per covered system, and running the
 * timers again opens nothing more. Walked across 31 → 1, February and the year end, in Shanghai
 * and New York.
 */
let t: TestApp;
let w: World;
let acmeSystem: string;
let betaSystem: string;
useWorld((app, world) => {
  t = app;
  w = world;
});
const systemOf = async (contractId: string) => (await t.deps.db.selectFrom("equipment").select("id").where("contractId", "=", contractId).executeTakeFirstOrThrow()).id;
beforeAll(async () => {
  acmeSystem = await systemOf(w.acmeContract.id);
  betaSystem = await systemOf(w.betaContract.id);
});

const jobsOf = (planId: string, period: string) =>
  t.deps.db.selectFrom("maintenanceJobs").select(["id", "equipmentId", "periodStartsAt", "reportDueAt"]).where("planId", "=", planId).where("period", "=", period).execute();

async function plan(contractId: string, equipmentId: string, timeZone: string, at: string) {
  t.clock.set(at);
  const created = await as(t, w.users.admin.token).post("/api/v1/maintenance-plans", { contractId, equipmentIds: [equipmentId], timeZone, engineerId: w.users.engineer.id });
  expect(created.status).toBe(201);
  return created.body.id as string;
}

/** Just before the boundary nothing opens; at it, one job; again, nothing more. */
async function expectOpensAt(planId: string, period: string, boundary: string) {
  t.clock.set(new Date(new Date(boundary).getTime() - 1));
  await t.runJobs();
  expect(await jobsOf(planId, period)).toHaveLength(0);
  t.clock.set(boundary);
  await t.runJobs();
  await t.runJobs();
  const jobs = await jobsOf(planId, period);
  expect(jobs).toHaveLength(1);
  expect(jobs[0]!.periodStartsAt.toISOString()).toBe(new Date(boundary).toISOString());
}

describe(`jobs open at 00:00 on the 1st in the contract's zone (${TEST_ENGINE})`, () => {
  it("Asia/Shanghai: the year end, 31 → 1 and February", { timeout: 120_000 }, async () => {
    const planId = await plan(w.acmeContract.id, acmeSystem, "Asia/Shanghai", "2026-12-20T03:00:00Z");
    // made mid-month: December's job at once
    expect(await jobsOf(planId, "2026-12")).toHaveLength(1);
    await expectOpensAt(planId, "2027-01", "2026-12-31T16:00:00Z");
    await expectOpensAt(planId, "2027-02", "2027-01-31T16:00:00Z");
    await expectOpensAt(planId, "2027-03", "2027-02-28T16:00:00Z");
    const [march] = await jobsOf(planId, "2027-03");
    expect(march!.reportDueAt.toISOString()).toBe("2027-03-07T16:00:00.000Z");
    // one timer per plan and period, each fired once
    const timers = await t.deps.db.selectFrom("timers").select(["key", "status", "attempts"]).where("key", "like", `maint:${planId}:open:%`).orderBy("key").execute();
    expect(timers.map((x) => [x.key.split(":").at(-1), x.status])).toEqual([["2027-01", "fired"], ["2027-02", "fired"], ["2027-03", "fired"], ["2027-04", "pending"]]);
  });

  it("America/New_York: the year end and February, hours after Shanghai's", { timeout: 120_000 }, async () => {
    const planId = await plan(w.betaContract.id, betaSystem, "America/New_York", "2026-12-20T03:00:00Z");
    expect(await jobsOf(planId, "2026-12")).toHaveLength(1);
    // at Shanghai's midnight New York is still in December
    t.clock.set("2026-12-31T16:00:00Z");
    await t.runJobs();
    expect(await jobsOf(planId, "2027-01")).toHaveLength(0);
    await expectOpensAt(planId, "2027-01", "2027-01-01T05:00:00Z");
    await expectOpensAt(planId, "2027-02", "2027-02-01T05:00:00Z");
    await expectOpensAt(planId, "2027-03", "2027-03-01T05:00:00Z");
  });

  it("a quarterly plan opens once a quarter", { timeout: 120_000 }, async () => {
    t.clock.set("2027-03-05T00:00:00Z");
    const created = await as(t, w.users.admin.token).post("/api/v1/maintenance-plans", { contractId: w.acmeContract.id, equipmentIds: [acmeSystem], frequency: "quarterly" });
    const planId = created.body.id as string;
    expect(await jobsOf(planId, "2027-01")).toHaveLength(1);
    await expectOpensAt(planId, "2027-04", "2027-03-31T16:00:00Z");
    t.clock.set("2027-05-15T00:00:00Z");
    await t.runJobs();
    expect(await jobsOf(planId, "2027-05")).toHaveLength(0);
  });
});
