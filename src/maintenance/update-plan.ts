import type { Actor } from "../auth/index.js";
import type { Deps } from "../shared/deps.js";
import { AppError } from "../shared/errors.js";
import { keyItems } from "./checklist.js";
import { checkCoveredEquipment, checkEngineer, type ChecklistInput } from "./create-plan.js";
import { assertCan } from "./maintenance.policy.js";
import { openPeriodJobs, scheduleNextOpening } from "./open-period.js";
import { isKnownZone, normalisePeriod, periodAt } from "./period.js";
import { appendChecklistVersion, lockPlan, replacePlanEquipment, updatePlanRow } from "./plans.repository.js";
import { getPlan } from "./read-plans.js";
import type { MaintenanceFrequency } from "./tables.js";

export type UpdatePlanInput = {
  actor: Actor; planId: string; version?: number; equipmentIds?: string[]; frequency?: MaintenanceFrequency; reportDueDays?: number;
  engineerId?: string | null; checklist?: ChecklistInput; timeZone?: string; asksMonthlyCall?: boolean; callDueDays?: number; isActive?: boolean;
};

/**
 * Changes a plan. A new checklist becomes the next version (jobs already open keep theirs); new
 * equipment and the rest apply from the next period opened. Switching a plan on again opens the
 * current period's missing jobs and schedules the next opening.
 */
export async function updatePlan(deps: Deps, input: UpdatePlanInput) {
  assertCan(input.actor, "manage_plans");
  if (input.timeZone !== undefined && !isKnownZone(input.timeZone)) throw new AppError("validation_failed", {}, [{ path: "body.timeZone", code: "invalid_time_zone" }]);
  await checkEngineer(deps.db, input.engineerId);
  await deps.db.transaction().execute(async (tx) => {
    const plan = await lockPlan(tx, input.planId);
    if (!plan) throw new AppError("not_found", { what: "maintenance_plan" });
    if (input.version !== undefined && input.version !== plan.version) throw new AppError("version_conflict");
    const now = deps.clock.now();
    if (input.equipmentIds) {
      const ids = [...new Set(input.equipmentIds)];
      await checkCoveredEquipment(tx, plan.contractId, ids);
      await replacePlanEquipment(tx, plan.id, ids);
    }
    const changes: Record<string, unknown> = {};
    for (const key of ["frequency", "reportDueDays", "engineerId", "timeZone", "asksMonthlyCall", "callDueDays", "isActive"] as const) {
      if (input[key] !== undefined) changes[key] = input[key];
    }
    if (input.checklist) {
      const version = plan.checklistVersion + 1;
      await appendChecklistVersion(tx, { planId: plan.id, version, items: keyItems(input.checklist), createdBy: input.actor.id, createdAt: now });
      changes.checklistVersion = version;
    }
    const updated = await updatePlanRow(tx, plan.id, changes, now);
    if (input.isActive === true && !plan.isActive) {
      const current = periodAt(now, updated.timeZone, updated.frequency);
      await openPeriodJobs(deps, tx, updated, current, now);
      await scheduleNextOpening(tx, updated, current, now);
    }
  });
  return getPlan(deps, { actor: input.actor, planId: input.planId });
}

/** An admin opens a period's jobs by hand; a repeat (or the timer's own opening) opens nothing new. */
export async function openPeriodByHand(deps: Deps, input: { actor: Actor; planId: string; period: string }) {
  assertCan(input.actor, "manage_plans");
  return deps.db.transaction().execute(async (tx) => {
    const plan = await lockPlan(tx, input.planId);
    if (!plan) throw new AppError("not_found", { what: "maintenance_plan" });
    const period = normalisePeriod(input.period, plan.frequency);
    const opened = await openPeriodJobs(deps, tx, plan, period, deps.clock.now());
    return { period, openedJobIds: opened.map((job) => job.id) };
  });
}
