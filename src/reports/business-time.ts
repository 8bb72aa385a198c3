import type { Db } from "../db/database.js";
import { loadCalendar, workingTimeBetween, type Calendar } from "../sla/index.js";

export type ClockTimes = { startedAt: Date; stoppedAt: Date | null; pausedAt: Date | null; pausedMs: number };

/**
 * A clock cycle's elapsed time in the business time of its calendar (the contract's, as the
 * cycle froze it), as the sla module counts it: working time from start to stop (or `until`),
 * less the paused working time given back, less a pause still open when it stopped.
 */
export function elapsedBusinessMs(clock: ClockTimes, calendar: Calendar, until: Date): number {
  const end = clock.stoppedAt && clock.stoppedAt < until ? clock.stoppedAt : until;
  const openPause = clock.pausedAt && clock.pausedAt < end ? workingTimeBetween(calendar, clock.pausedAt, end) : 0;
  return Math.max(0, workingTimeBetween(calendar, clock.startedAt, end) - clock.pausedMs - openPause);
}

/** Loads each calendar a set of clocks names once. */
export async function calendarsOf(db: Db, refs: Iterable<string>): Promise<Map<string, Calendar>> {
  const calendars = new Map<string, Calendar>();
  for (const ref of new Set(refs)) calendars.set(ref, await loadCalendar(db, ref));
  return calendars;
}
