import { DateTime } from "luxon";
import type { MaintenanceFrequency } from "./tables.js";

/**
 * Maintenance periods: a month, or a quarter named by its first month ("2026-10" is Q4). A period
 * starts at 00:00 on its first day in the contract's time zone. Pure: no database, no clock.
 */
export const PERIOD = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** The period holding `month` ("2026-11" → "2026-10" for a quarterly plan). */
export function normalisePeriod(month: string, frequency: MaintenanceFrequency): string {
  const match = PERIOD.exec(month);
  if (!match) throw new Error(`not a period: ${month}`);
  const year = Number(match[1]);
  const m = Number(match[2]);
  const first = frequency === "quarterly" ? m - ((m - 1) % 3) : m;
  return `${year}-${String(first).padStart(2, "0")}`;
}

/** The period an instant falls in, read in the time zone. */
export function periodAt(at: Date, timeZone: string, frequency: MaintenanceFrequency): string {
  const local = DateTime.fromJSDate(at, { zone: timeZone });
  return normalisePeriod(`${local.year}-${String(local.month).padStart(2, "0")}`, frequency);
}

/** The instant a period starts: 00:00 on its first day in the zone. */
export function periodStartsAt(period: string, timeZone: string): Date {
  const match = PERIOD.exec(period);
  if (!match) throw new Error(`not a period: ${period}`);
  return DateTime.fromObject({ year: Number(match[1]), month: Number(match[2]), day: 1 }, { zone: timeZone }).toJSDate();
}

/** The period after this one. */
export function nextPeriod(period: string, frequency: MaintenanceFrequency): string {
  const start = DateTime.fromFormat(period, "yyyy-MM", { zone: "UTC" }).plus({ months: frequency === "quarterly" ? 3 : 1 });
  return start.toFormat("yyyy-MM");
}

/** `days` calendar days after the period's start, at the same local time (midnight), in the zone. */
export function daysIntoPeriod(period: string, timeZone: string, days: number): Date {
  return DateTime.fromJSDate(periodStartsAt(period, timeZone), { zone: timeZone }).plus({ days }).toJSDate();
}

/** A zone luxon knows, or null. */
export function isKnownZone(timeZone: string): boolean {
  return DateTime.local().setZone(timeZone).isValid;
}
