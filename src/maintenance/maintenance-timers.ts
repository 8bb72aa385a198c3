import type { TimerHandler } from "../jobs/index.js";
import { notify } from "../notify/index.js";
import type { Deps } from "../shared/deps.js";
import { activeManagerIds, findJobView, lockJob, updateJobRow } from "./jobs.repository.js";
import { CALL_REMINDER_KIND, OPEN_PERIOD_KIND, openPeriodJobs, REPORT_OVERDUE_KIND, REPORT_REMINDER_KIND, scheduleNextOpening } from "./open-period.js";
import { lockPlan } from "./plans.repository.js";
import { callsSince } from "./proactive-calls.repository.js";
import { equipmentLabel } from "./job.presenter.js";

const linkTo = (deps: Deps, path: string) => (deps.config.publicUrl ? `${deps.config.publicUrl.replace(/\/$/, "")}${path}` : null);

/** 00:00 on the 1st in the contract's zone: the period's jobs open, and the next period's timer is set. */
const openPeriod: TimerHandler = async (tx, timer, deps) => {
  const { planId, period } = timer.payload as { planId: string; period: string };
  const plan = await lockPlan(tx, planId);
  // a plan switched off keeps what it opened and opens nothing more; switching it on again schedules anew
  if (!plan?.isActive) return;
  await openPeriodJobs(deps, tx, plan, period, deps.clock.now());
  await scheduleNextOpening(tx, plan, period, deps.clock.now());
};

/** Two days before the report is due: a reminder to the engineer, unless it has reached the customer. */
const remindReport: TimerHandler = async (tx, timer, deps) => {
  const { jobId } = timer.payload as { jobId: string };
  const locked = await lockJob(tx, jobId);
  if (!locked || locked.status === "delivered" || !locked.engineerId || locked.remindedAt) return;
  const job = (await findJobView(tx, jobId))!;
  const now = deps.clock.now();
  await notify(tx, {
    key: `maint:${jobId}:report_due`, recipients: [{ userId: locked.engineerId }], channels: ["email", "inapp"], template: "maintenance.report_due",
    params: { jobNumber: job.number, customerName: job.customerName, equipment: equipmentLabel(job), period: job.period, dueAt: job.reportDueAt, url: linkTo(deps, `/maintenance/jobs/${jobId}`) },
    now,
  });
  await updateJobRow(tx, jobId, { remindedAt: now }, now);
};

/** The report's due instant passed undelivered: the engineer and the managers are warned, once, by e-mail, SMS and in-app. */
const warnOverdue: TimerHandler = async (tx, timer, deps) => {
  const { jobId } = timer.payload as { jobId: string };
  const locked = await lockJob(tx, jobId);
  if (!locked || locked.status === "delivered" || locked.overdueWarnedAt) return;
  const job = (await findJobView(tx, jobId))!;
  const now = deps.clock.now();
  const recipients = [...new Set([...(locked.engineerId ? [locked.engineerId] : []), ...(await activeManagerIds(tx))])].map((userId) => ({ userId }));
  await notify(tx, {
    key: `maint:${jobId}:report_overdue`, recipients, channels: ["email", "sms", "inapp"], template: "maintenance.report_overdue",
    params: {
      jobNumber: job.number, customerName: job.customerName, equipment: equipmentLabel(job), period: job.period, dueAt: job.reportDueAt,
      engineerName: job.engineerName, url: linkTo(deps, `/maintenance/jobs/${jobId}`),
    },
    now,
  });
  await updateJobRow(tx, jobId, { overdueWarnedAt: now }, now);
};

/** A plan asking for a monthly call: if no call to the customer is logged this period, the engineer is reminded. */
const remindCall: TimerHandler = async (tx, timer, deps) => {
  const { planId, period } = timer.payload as { planId: string; period: string };
  const plan = await lockPlan(tx, planId);
  if (!plan?.isActive || !plan.engineerId) return;
  const job = await tx.selectFrom("maintenanceJobs").select(["periodStartsAt"]).where("planId", "=", planId).where("period", "=", period).executeTakeFirst();
  const since = job?.periodStartsAt ?? new Date(0);
  if ((await callsSince(tx, plan.customerId, since)) > 0) return;
  const customer = await tx.selectFrom("customers").select("name").where("id", "=", plan.customerId).executeTakeFirstOrThrow();
  await notify(tx, {
    key: `maint:${planId}:call:${period}`, recipients: [{ userId: plan.engineerId }], channels: ["email", "inapp"], template: "maintenance.call_due",
    params: { customerName: customer.name, period, dueAt: timer.scheduledAt, url: linkTo(deps, `/maintenance/calls?customerId=${plan.customerId}`) },
    now: deps.clock.now(),
  });
};

export const maintenanceTimerHandlers: Record<string, TimerHandler> = {
  [OPEN_PERIOD_KIND]: openPeriod,
  [REPORT_REMINDER_KIND]: remindReport,
  [REPORT_OVERDUE_KIND]: warnOverdue,
  [CALL_REMINDER_KIND]: remindCall,
};
