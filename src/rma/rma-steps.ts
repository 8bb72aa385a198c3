import type { Db } from "../db/database.js";
import { cancelTimers, scheduleTimer } from "../jobs/index.js";
import type { Deps } from "../shared/deps.js";
import { loadCalendar } from "../sla/index.js";
import { findStepTarget } from "./rmas.repository.js";
import { isTimed } from "./rma.js";
import { isWorkingUnit, standardWeek, stepDueAt } from "./step-targets.js";
import type { RmaStatus } from "./tables.js";

export const LATE_TIMER_KIND = "rma.step_late";
export const lateTimerKey = (rmaId: string, status: RmaStatus) => `rma:${rmaId}:${status}:late`;

/**
 * The durable timer of a state's target: entering a timed state schedules it (a key per RMA and
 * state, which it enters once), leaving it cancels it. Returns the state's due instant, if any.
 * Working units count in the target's calendar, or the standard week in the display time zone.
 */
export async function timeStep(deps: Deps, tx: Db, rma: { id: string; from: RmaStatus | null; to: RmaStatus }, now: Date): Promise<Date | null> {
  if (rma.from && isTimed(rma.from)) await cancelTimers(tx, { keys: [lateTimerKey(rma.id, rma.from)] }, now);
  if (!isTimed(rma.to)) return null;
  const target = await findStepTarget(tx, rma.to);
  if (!target) return null;
  const unit = target.targetUnit;
  const calendar = isWorkingUnit(unit) && target.calendarId ? await loadCalendar(tx, target.calendarId) : standardWeek(deps.config.displayTimeZone);
  const dueAt = stepDueAt({ value: target.targetValue, unit }, now, calendar);
  await scheduleTimer(tx, { key: lateTimerKey(rma.id, rma.to), kind: LATE_TIMER_KIND, dueAt, payload: { rmaId: rma.id, status: rma.to }, now });
  return dueAt;
}
