import { DateTime } from "luxon";

/** A month as the API names it: "2026-11". */
export const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

export type ReportPeriod = {
  /** first and last month, "2026-06" … "2026-11" */
  fromMonth: string;
  toMonth: string;
  /** [startsAt, endsAt): midnight of the first month to midnight after the last, in the time zone */
  startsAt: Date;
  endsAt: Date;
  timeZone: string;
};

const monthStart = (month: string, timeZone: string) => DateTime.fromFormat(`${month}-01`, "yyyy-MM-dd", { zone: timeZone });

/** The instants a range of whole months covers in a time zone (the centre's display zone). */
export function reportPeriod(fromMonth: string, toMonth: string, timeZone: string): ReportPeriod {
  return {
    fromMonth, toMonth, timeZone,
    startsAt: monthStart(fromMonth, timeZone).toJSDate(),
    endsAt: monthStart(toMonth, timeZone).plus({ months: 1 }).toJSDate(),
  };
}

/** The month before the one `at` falls in, in the time zone. */
export function previousMonth(at: Date, timeZone: string): string {
  return DateTime.fromJSDate(at).setZone(timeZone).startOf("month").minus({ months: 1 }).toFormat("yyyy-MM");
}

/** How many months a range covers (2026-06 … 2026-11 is 6). */
export function monthsBetween(fromMonth: string, toMonth: string): number {
  const [fy, fm] = fromMonth.split("-").map(Number) as [number, number];
  const [ty, tm] = toMonth.split("-").map(Number) as [number, number];
  return (ty - fy) * 12 + (tm - fm) + 1;
}

/** The ends of the `count` months up to and including `toMonth` (each the instant the month ends), oldest first. */
export function monthEnds(toMonth: string, count: number, timeZone: string): { month: string; startsAt: Date; endsAt: Date }[] {
  const last = monthStart(toMonth, timeZone);
  return Array.from({ length: count }, (_, index) => {
    const start = last.minus({ months: count - 1 - index });
    return { month: start.toFormat("yyyy-MM"), startsAt: start.toJSDate(), endsAt: start.plus({ months: 1 }).toJSDate() };
  });
}
