import { beforeAll, describe, expect, it } from "vitest";
import { as, TEST_ENGINE, useWorld, type TestApp, type World } from "../../test/helpers.js";

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

const admin = () => as(t, w.users.admin.token);
const countPlans = async () => Number((await t.deps.db.selectFrom("maintenancePlans").select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow()).n);

async function secondSystem() {
  const added = await admin().post(`/api/v1/contracts/${w.acmeContract.id}/equipment`, { vendor: "IBM", model: "DS8910F", serial: "75KX123" });
  expect(added.status).toBe(201);
  return added.body.id as string;
}

describe(`maintenance plans (${TEST_ENGINE})`, () => {
  let planId: string;
  let equipmentIds: string[];

  it("sets up a plan with the seed's checklist and opens the current period's job per covered system at once", async () => {
    t.clock.set("2026-11-25T02:00:00Z");
    equipmentIds = [acmeSystem, await secondSystem()];
    const created = await admin().post("/api/v1/maintenance-plans", { contractId: w.acmeContract.id, equipmentIds, engineerId: w.users.engineer.id });
    expect(created.status).toBe(201);
    planId = created.body.id;
    expect(created.body).toMatchObject({ frequency: "monthly", reportDueDays: 7, timeZone: "Asia/Shanghai", checklistVersion: 1, customerName: "华北电力信息中心" });
    expect(created.body.checklist.map((item: { zh: string }) => item.zh)).toEqual([
      "系统的全面诊断", "检查错误记录及历史记录", "微码、补丁检查及免费升级（如需要）", "主要功能部件的检查与建议", "使用记录检查", "针对检查结果提供报告", "客户要求的其他一般技术支持",
    ]);
    expect(created.body.checklist[0].en).toBe("Full system diagnosis");
    const jobs = await admin().get(`/api/v1/maintenance-jobs?period=2026-11&customerId=${w.acme.id}`);
    expect(jobs.body.items).toHaveLength(2);
    // 00:00 on 1 November in Shanghai, plus seven days
    expect(jobs.body.items[0]).toMatchObject({ status: "open", periodStartsAt: "2026-10-31T16:00:00.000Z", reportDueAt: "2026-11-07T16:00:00.000Z", engineerId: w.users.engineer.id, checklistVersion: 1 });
    expect(jobs.body.items[0].number).toMatch(/^PM2611-\d{5}$/);
  });

  it("refuses a plan for equipment outside its contract, naming the field, and writes nothing", async () => {
    const before = await countPlans();
    const refused = await admin().post("/api/v1/maintenance-plans", { contractId: w.acmeContract.id, equipmentIds: [acmeSystem, betaSystem] });
    expect(refused.status).toBe(422);
    expect(refused.body.errors).toEqual([expect.objectContaining({ path: "body.equipmentIds.1", code: "equipment_outside_contract" })]);
    expect(refused.body.errors[0].message).toContain("不在此维护计划的合同下");
    expect(await countPlans()).toBe(before);
    const unknownContract = await admin().post("/api/v1/maintenance-plans", { contractId: "00000000-0000-4000-8000-000000000000", equipmentIds: [acmeSystem] });
    expect(unknownContract.status).toBe(422);
    expect(unknownContract.body.errors[0].path).toBe("body.contractId");
  });

  it("opens a period by hand once; a repeat opens nothing new", async () => {
    const first = await admin().post(`/api/v1/maintenance-plans/${planId}/open-period`, { period: "2026-12" });
    expect(first.status).toBe(200);
    expect(first.body.openedJobIds).toHaveLength(2);
    const again = await admin().post(`/api/v1/maintenance-plans/${planId}/open-period`, { period: "2026-12" });
    expect(again.body).toEqual({ period: "2026-12", openedJobIds: [] });
    expect((await admin().get(`/api/v1/maintenance-jobs?period=2026-12`)).body.items).toHaveLength(2);
    expect((await admin().post(`/api/v1/maintenance-plans/${planId}/open-period`, { period: "2026-13" })).status).toBe(422);
  });

  it("versions an edited checklist: open jobs keep the version they were opened with", async () => {
    const edited = await admin().patch(`/api/v1/maintenance-plans/${planId}`, {
      checklist: [{ zh: "系统的全面诊断", en: "Full system diagnosis" }, { key: "hmc", zh: "HMC 事件检查", en: "Check the HMC events" }],
    });
    expect(edited.status).toBe(200);
    expect(edited.body.checklistVersion).toBe(2);
    const versions = await admin().get(`/api/v1/maintenance-plans/${planId}/checklist-versions`);
    expect(versions.body.items.map((v: { version: number; items: unknown[] }) => [v.version, v.items.length])).toEqual([[2, 2], [1, 7]]);
    const december = (await admin().get(`/api/v1/maintenance-jobs?period=2026-12`)).body.items;
    expect(december.every((job: { checklistVersion: number; checklist: unknown[] }) => job.checklistVersion === 1 && job.checklist.length === 7)).toBe(true);
    await admin().post(`/api/v1/maintenance-plans/${planId}/open-period`, { period: "2027-01" });
    const january = (await admin().get(`/api/v1/maintenance-jobs?period=2027-01`)).body.items;
    expect(january.map((job: { checklistVersion: number; checklist: { key: string }[] }) => [job.checklistVersion, job.checklist.map((i) => i.key)])).toEqual([[2, ["item1", "hmc"]], [2, ["item1", "hmc"]]]);
  });

  it("records checklist results by item key and refuses an unknown item", async () => {
    const job = (await admin().get(`/api/v1/maintenance-jobs?period=2026-12`)).body.items[0];
    const engineer = as(t, w.users.engineer.token);
    const saved = await engineer.patch(`/api/v1/maintenance-jobs/${job.id}`, { checklist: [{ key: "diagnosis", result: "ok", note: "无异常" }] });
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({ status: "in_progress", openItemCount: 6 });
    expect(saved.body.checklist[0]).toMatchObject({ key: "diagnosis", result: "ok", note: "无异常" });
    const unknown = await engineer.patch(`/api/v1/maintenance-jobs/${job.id}`, { checklist: [{ key: "hmc", result: "ok" }] });
    expect(unknown.status).toBe(422);
    expect(unknown.body.errors[0]).toMatchObject({ path: "body.checklist.0.key", code: "unknown_checklist_item" });
  });

  it("lets only admins and managers set plans up; a customer sees no undelivered job", async () => {
    const body = { contractId: w.acmeContract.id, equipmentIds: [acmeSystem] };
    expect((await as(t, w.users.engineer.token).post("/api/v1/maintenance-plans", body)).status).toBe(403);
    expect((await as(t, w.users.customerA.token).post("/api/v1/maintenance-plans", body)).status).toBe(404);
    const job = (await admin().get(`/api/v1/maintenance-jobs?period=2026-12`)).body.items[0];
    expect((await as(t, w.users.customerA.token).get(`/api/v1/maintenance-jobs/${job.id}`)).status).toBe(404);
    expect((await as(t, w.users.customerA.token).get(`/api/v1/maintenance-jobs`)).body.items).toEqual([]);
  });
});
