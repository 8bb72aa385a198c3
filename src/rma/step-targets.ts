import { addWorkingTime, workingTimeBetween, type Calendar } from "../sla/index.js";
import type { TargetUnit } from "./tables.js";

/**
 * A step's target as the RMA admin sets it: clock time (minutes, hours) or working time (working
 * hours, working days) counted in a business calendar by the service-level maths. Pure.
 */
export const TARGET_UNITS = ["minutes", "hours", "working_hours", "working_days"] as const satisfies readonly TargetUnit[];
export type StepTarget = { value: number; unit: TargetUnit };

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const WEEK = 7 * 24 * HOUR;

/** The most each unit may be set to: about a year. */
export const MAX_TARGET: Record<TargetUnit, number> = { minutes: 525_600, hours: 8_760, working_hours: 8_760, working_days: 365 };

export const isWorkingUnit = (unit: TargetUnit) => unit === "working_hours" || unit === "working_days";

/** Working units count in this week when the RMA admin chose no calendar: Monday to Friday 09:00–18:00, no holidays. */
export const standardWeek = (timeZone: string): Calendar => ({
  kind: "business", timeZone, weekly: ([1, 2, 3, 4, 5] as const).map((day) => ({ day, start: "09:00", end: "18:00" })), holidays: [], workdays: [],
});

/**
 * One working day's worth of working time: the calendar's ordinary week (holidays aside) shared
 * over the weekdays that have working time, so 09:00–18:00 gives 9 h and, with a lunch break
 * 12:00–13:30, 7.5 h. Counting that much from 17:00 on a Friday ends at 17:00 on the next
 * working day.
 */
export function workingDayMs(calendar: Calendar): number {
  if (calendar.kind === "always") return 24 * HOUR;
  const ordinary: Calendar = { ...calendar, holidays: [], workdays: [] };
  const from = new Date(Date.UTC(2001, 0, 1));
  const week = workingTimeBetween(ordinary, from, new Date(from.getTime() + WEEK));
  return Math.round(week / new Set(calendar.weekly.map((w) => w.day)).size);
}

/** When a step that started at `start` is due under `target`. */
export function stepDueAt(target: StepTarget, start: Date, calendar: Calendar): Date {
  switch (target.unit) {
    case "minutes": return new Date(start.getTime() + target.value * MINUTE);
    case "hours": return new Date(start.getTime() + target.value * HOUR);
    case "working_hours": return addWorkingTime(calendar, start, target.value * HOUR);
    case "working_days": return addWorkingTime(calendar, start, target.value * workingDayMs(calendar));
  }
}
