import type { Actor } from "../auth/index.js";
import type { Deps } from "../shared/deps.js";
import { AppError } from "../shared/errors.js";
import { assertCan } from "./maintenance.policy.js";
import { checklistVersion, checklistVersions, findPlan, listPlanRows, planEquipmentIds } from "./plans.repository.js";

type PlanRow = Awaited<ReturnType<typeof listPlanRows>>[number];

function planView(row: PlanRow, equipmentIds: string[], checklist: { version: number; items: unknown }) {
  return {
    id: row.id, contractId: row.contractId, contractNo: row.contractNo, customerId: row.customerId, customerName: row.customerName,
    equipmentIds, frequency: row.frequency, reportDueDays: row.reportDueDays, engineerId: row.engineerId, engineerName: row.engineerName,
    timeZone: row.timeZone, asksMonthlyCall: row.asksMonthlyCall, callDueDays: row.callDueDays, isActive: row.isActive,
    checklistVersion: row.checklistVersion, checklist: checklist.items as { key: string; zh: string; en: string }[],
    version: row.version, createdAt: row.createdAt.toISOString(), updatedAt: row.updatedAt.toISOString(),
  };
}
export type PlanView = ReturnType<typeof planView>;

/** One plan with its covered systems and current checklist. Staff only. */
export async function getPlan(deps: Deps, input: { actor: Actor; planId: string }): Promise<PlanView> {
  assertCan(input.actor, "read", "maintenance_plan");
  const plan = await findPlan(deps.db, input.planId);
  if (!plan) throw new AppError("not_found", { what: "maintenance_plan" });
  const [row] = await listPlanRows(deps.db, { contractId: plan.contractId }).then((rows) => rows.filter((r) => r.id === plan.id));
  const equipment = (await planEquipmentIds(deps.db, [plan.id])).get(plan.id) ?? [];
  const checklist = await checklistVersion(deps.db, plan.id, plan.checklistVersion);
  return planView(row!, equipment, checklist ?? { version: plan.checklistVersion, items: [] });
}

/** The plans, of one customer or contract if asked. Staff only. */
export async function listPlans(deps: Deps, input: { actor: Actor; customerId?: string; contractId?: string }): Promise<PlanView[]> {
  assertCan(input.actor, "read", "maintenance_plan");
  const rows = await listPlanRows(deps.db, input);
  const equipment = await planEquipmentIds(deps.db, rows.map((row) => row.id));
  const views: PlanView[] = [];
  for (const row of rows) {
    const checklist = await checklistVersion(deps.db, row.id, row.checklistVersion);
    views.push(planView(row, equipment.get(row.id) ?? [], checklist ?? { version: row.checklistVersion, items: [] }));
  }
  return views;
}

/** Every version of a plan's checklist, newest first. */
export async function listChecklistVersions(deps: Deps, input: { actor: Actor; planId: string }) {
  assertCan(input.actor, "read", "maintenance_plan");
  if (!(await findPlan(deps.db, input.planId))) throw new AppError("not_found", { what: "maintenance_plan" });
  return (await checklistVersions(deps.db, input.planId)).map((row) => ({ version: row.version, items: row.items, createdBy: row.createdBy, createdAt: row.createdAt.toISOString() }));
}
