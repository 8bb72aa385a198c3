import type { Db } from "../db/database.js";
import { scheduleTimer } from "../jobs/index.js";
import { pickEngineer } from "../rosters/index.js";
import type { Deps } from "../shared/deps.js";
import { entriesOf } from "./checklist.js";
import { insertJobOnce } from "./jobs.repository.js";
import { daysIntoPeriod, nextPeriod, periodStartsAt } from "./period.js";
import { checklistVersion, planEquipmentIds } from "./plans.repository.js";
import type { MaintenancePlansTable } from "./tables.js";
import type { Selectable } from "kysely";

type PlanRow = Selectable<MaintenancePlansTable>;

export const OPEN_PERIOD_KIND = "maintenance.open_period";
export const REPORT_REMINDER_KIND = "maintenance.report_reminder";
export const REPORT_OVERDUE_KIND = "maintenance.report_overdue";
export const CALL_REMINDER_KIND = "maintenance.call_reminder";
/** the engineer hears of a report this many days before it is due */
export const REMIND_BEFORE_DAYS = 2;
const DAY_MS = 86_400_000;

export const openingKey = (planId: string, period: string) => `maint:${planId}:open:${period}`;

/**
 * Opens a period's jobs for a plan, one per covered system, in the caller's transaction: each
 * insert gives way to one already there (the unique plan, equipment and period), so a repeat, a
 * race between instances or an admin's opening by hand opens nothing twice. New jobs get their
 * report timers (a reminder, the overdue warning); a plan asking for a monthly call gets its
 * reminder. Returns the jobs this call opened.
 */
export async function openPeriodJobs(deps: Deps, tx: Db, plan: PlanRow, period: string, now: Date) {
  const equipmentIds = (await planEquipmentIds(tx, [plan.id])).get(plan.id) ?? [];
  const checklist = await checklistVersion(tx, plan.id, plan.checklistVersion);
  const startsAt = periodStartsAt(period, plan.timeZone);
  const reportDueAt = daysIntoPeriod(period, plan.timeZone, plan.reportDueDays);
  const engineerId = plan.engineerId ?? (await pickEngineer({ db: tx }, { at: now }))?.id ?? null;
  const opened = [];
  for (const equipmentId of equipmentIds) {
    const job = await insertJobOnce(tx, {
      planId: plan.id, customerId: plan.customerId, contractId: plan.contractId, equipmentId, period, periodStartsAt: startsAt, reportDueAt,
      engineerId, checklistVersion: plan.checklistVersion, checklist: entriesOf(checklist?.items ?? []), openedAt: now, isDemo: plan.isDemo,
    });
    if (!job) continue;
    opened.push(job);
    const remindAt = new Date(reportDueAt.getTime() - REMIND_BEFORE_DAYS * DAY_MS);
    if (remindAt > now) await scheduleTimer(tx, { key: `maint:job:${job.id}:remind`, kind: REPORT_REMINDER_KIND, dueAt: remindAt, payload: { jobId: job.id }, now });
    // a period opened after its report fell due shows late on the board; nobody is warned of the past
    if (reportDueAt > now) await scheduleTimer(tx, { key: `maint:job:${job.id}:overdue`, kind: REPORT_OVERDUE_KIND, dueAt: reportDueAt, payload: { jobId: job.id }, now });
  }
  const callDueAt = daysIntoPeriod(period, plan.timeZone, plan.callDueDays);
  if (plan.asksMonthlyCall && callDueAt > now) {
    await scheduleTimer(tx, { key: `maint:${plan.id}:call:${period}`, kind: CALL_REMINDER_KIND, dueAt: callDueAt, payload: { planId: plan.id, period }, now });
  }
  deps.logger.info({ planId: plan.id, period, opened: opened.length, covered: equipmentIds.length }, "maintenance period opened");
  return opened;
}

/** The durable timer that opens `period` at its start; one per plan and period, whoever schedules it. */
export function scheduleOpening(tx: Db, plan: PlanRow, period: string, now: Date): Promise<boolean> {
  return scheduleTimer(tx, { key: openingKey(plan.id, period), kind: OPEN_PERIOD_KIND, dueAt: periodStartsAt(period, plan.timeZone), payload: { planId: plan.id, period }, now });
}

/** After opening `period`, the timer of the one after it. */
export const scheduleNextOpening = (tx: Db, plan: PlanRow, period: string, now: Date) => scheduleOpening(tx, plan, nextPeriod(period, plan.frequency), now);
