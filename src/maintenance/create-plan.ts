import type { Actor } from "../auth/index.js";
import { findContract } from "../customers/index.js";
import type { Db } from "../db/database.js";
import type { Deps } from "../shared/deps.js";
import { AppError, type FieldError } from "../shared/errors.js";
import { DEFAULT_CHECKLIST, keyItems } from "./checklist.js";
import { assertCan } from "./maintenance.policy.js";
import { openPeriodJobs, scheduleNextOpening } from "./open-period.js";
import { isKnownZone, periodAt } from "./period.js";
import { contractTimeZone, equipmentRows, findStaffUser, insertPlan } from "./plans.repository.js";
import type { MaintenanceFrequency } from "./tables.js";
import { getPlan } from "./read-plans.js";

export type ChecklistInput = { key?: string; zh: string; en: string }[];
export type CreatePlanInput = {
  actor: Actor; contractId: string; equipmentIds: string[]; frequency?: MaintenanceFrequency; reportDueDays?: number; engineerId?: string | null;
  checklist?: ChecklistInput; timeZone?: string; asksMonthlyCall?: boolean; callDueDays?: number; isDemo?: boolean;
};

const invalid = (errors: FieldError[]) => new AppError("validation_failed", {}, errors);

/** Every equipment id must be on the plan's contract: each one that is not is named. */
export async function checkCoveredEquipment(db: Db, contractId: string, equipmentIds: string[]): Promise<void> {
  const found = new Map((await equipmentRows(db, equipmentIds)).map((row) => [row.id, row]));
  const errors = equipmentIds.flatMap((id, index): FieldError[] =>
    found.get(id)?.contractId === contractId ? [] : [{ path: `body.equipmentIds.${index}`, code: "equipment_outside_contract", params: { keys: [id] } }]);
  if (errors.length) throw invalid(errors);
}

/** A plan's engineer: an active engineer or expert. */
export async function checkEngineer(db: Db, engineerId: string | null | undefined): Promise<void> {
  if (!engineerId) return;
  const user = await findStaffUser(db, engineerId);
  if (!user?.isActive || (user.role !== "engineer" && user.role !== "expert")) throw invalid([{ path: "body.engineerId", code: "not_assignable" }]);
}

/**
 * Sets up preventive maintenance for a contract: the covered systems, the period, the engineer
 * (or the roster), the report's due days and the checklist (the seed's by default, version 1).
 * The current period's jobs open at once; a durable timer opens the next at 00:00 on its 1st in
 * the contract's time zone.
 */
export async function createPlan(deps: Deps, input: CreatePlanInput) {
  assertCan(input.actor, "manage_plans");
  const contract = await findContract(deps.db, input.contractId);
  if (!contract) throw invalid([{ path: "body.contractId", code: "unknown_contract" }]);
  const equipmentIds = [...new Set(input.equipmentIds)];
  await checkCoveredEquipment(deps.db, contract.id, equipmentIds);
  await checkEngineer(deps.db, input.engineerId);
  if (input.timeZone !== undefined && !isKnownZone(input.timeZone)) throw invalid([{ path: "body.timeZone", code: "invalid_time_zone" }]);
  const timeZone = input.timeZone ?? (await contractTimeZone(deps.db, contract.id)) ?? "Asia/Shanghai";
  const items = keyItems(input.checklist ?? DEFAULT_CHECKLIST);
  const planId = await deps.db.transaction().execute(async (tx) => {
    const now = deps.clock.now();
    const plan = await insertPlan(tx, {
      contractId: contract.id, customerId: contract.customerId, frequency: input.frequency ?? "monthly", reportDueDays: input.reportDueDays ?? 7,
      engineerId: input.engineerId ?? null, timeZone, asksMonthlyCall: input.asksMonthlyCall ?? false, callDueDays: input.callDueDays ?? 14,
      createdBy: input.actor.id, now, isDemo: input.isDemo,
    }, equipmentIds, items);
    // made mid-period: this period's jobs now, the next period's by the timer
    const current = periodAt(now, timeZone, plan.frequency);
    await openPeriodJobs(deps, tx, plan, current, now);
    await scheduleNextOpening(tx, plan, current, now);
    return plan.id;
  });
  return getPlan(deps, { actor: input.actor, planId });
}
