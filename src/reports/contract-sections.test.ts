import { beforeAll, describe, expect, it } from "vitest";
import { as, caseInput, TEST_ENGINE, useWorld, type TestApp, type World } from "../../test/helpers.js";
import { systemActor } from "../auth/index.js";
import { createContract } from "../customers/index.js";

/**
 * A contract's monthly report counts that contract's preventive maintenance jobs and RMAs (an RMA
 * by its case's contract), not the whole company's; the company's report counts them all.
 */
let t: TestApp;
let w: World;
let second: { id: string };
useWorld((app, world) => {
  t = app;
  w = world;
});

const report = async (query: string) => {
  const answer = await as(t, w.users.manager.token).get(`/api/v1/reports/monthly?${query}&month=2026-12`);
  expect(answer.status).toBe(200);
  return answer.body as { maintenance: { due: number }; rma: { opened: number } };
};

beforeAll(async () => {
  // 00:30 on 1 December in Shanghai: the plans' first jobs are December's
  t.clock.set("2026-11-30T16:30:00Z");
  second = await createContract(t.deps, {
    actor: systemActor, customerId: w.acme.id, contractNo: "HT-2026-009", siteIds: [w.acmeSite.id],
    equipment: [
      { siteId: w.acmeSite.id, vendor: "HPE", model: "MSA 2060", serial: "CN-MSA-0001" },
      { siteId: w.acmeSite.id, vendor: "HPE", model: "MSA 2060", serial: "CN-MSA-0002" },
    ],
  });
  for (const contractId of [w.acmeContract.id, second.id]) {
    const equipmentIds = (await t.deps.db.selectFrom("equipment").select("id").where("contractId", "=", contractId).execute()).map((e) => e.id);
    const plan = await as(t, w.users.admin.token).post("/api/v1/maintenance-plans", { contractId, equipmentIds, engineerId: w.users.engineer.id });
    expect(plan.status).toBe(201);
  }
  await t.runJobs();
  // one RMA under the first contract (IBM), two under the second (HPE)
  for (const [contractNo, vendor] of [["HT-2026-001", "IBM"], ["HT-2026-009", "HPE"], ["HT-2026-009", "HPE"]] as const) {
    const opened = await as(t, w.users.dispatcher.token).post("/api/v1/cases", caseInput({ vendor, caller: { name: "王建国", phone: "13800138000", contractNo } }));
    expect(opened.status).toBe(201);
    const rma = await as(t, w.users.engineer.token).post(`/api/v1/cases/${opened.body.id}/rmas`, { faultySerial: `SN-${vendor}`, vendor, faultDescription: "电源故障", warrantyTerm: "repair" });
    expect(rma.status).toBe(201);
  }
});

describe(`a contract's report: its own maintenance and RMAs (${TEST_ENGINE})`, () => {
  it("counts the first contract's one job and one RMA", async () => {
    const first = await report(`contractId=${w.acmeContract.id}`);
    expect(first.maintenance).toMatchObject({ due: 1 });
    expect(first.rma).toMatchObject({ opened: 1 });
  });

  it("counts the second contract's two jobs and two RMAs", async () => {
    const other = await report(`contractId=${second.id}`);
    expect(other.maintenance).toMatchObject({ due: 2 });
    expect(other.rma).toMatchObject({ opened: 2 });
  });

  it("counts both contracts in the company's report", async () => {
    const company = await report(`customerId=${w.acme.id}`);
    expect(company.maintenance).toMatchObject({ due: 3 });
    expect(company.rma).toMatchObject({ opened: 3 });
  });
});
