import { IANAZone } from "luxon";
import { ZoneOffsets } from "./zone-offsets.js";

/**
 * Working time: when a service-level clock counts. Pure: no database, no HTTP, no "now".
 *
 * A 7×24 calendar counts every millisecond. A business calendar counts the weekly windows of
 * its IANA time zone (wall-clock times, so a window stays 09:00–18:00 local across a DST change),
 * minus whole-day holidays, plus make-up working days (调休: a weekend day worked with the hours
 * of `makeUpHours`, by default Monday's windows). Windows are half-open: 09:00–18:00 counts
 * 09:00:00.000 up to, not including, 18:00:00.000.
 */

export type IsoWeekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;
/** "HH:mm" to "HH:mm" on one day; `end` may be "24:00". Overnight work is two windows. */
export type TimeWindow = { start: string; end: string };
export type WeeklyWindow = TimeWindow & { day: IsoWeekday };

export type BusinessCalendar = {
  timeZone: string;
  /** several windows per day allowed, e.g. 09:00–12:00 and 13:30–18:00 */
  weekly: WeeklyWindow[];
  /** ISO dates (YYYY-MM-DD, in the calendar's zone) with no working time at all */
  holidays: string[];
  /** ISO dates of make-up working days (调休), worked with `makeUpHours` */
  workdays: string[];
  /** the windows of a make-up day; default: the windows of Monday */
  makeUpHours?: TimeWindow[];
};

export type Calendar = { kind: "always" } | ({ kind: "business" } & BusinessCalendar);

/** The 7×24 calendar: every instant is working time. */
export const ALWAYS: Calendar = Object.freeze({ kind: "always" });

export type CalendarErrorCode = "invalid_time_zone" | "invalid_window" | "invalid_date" | "no_working_time";

/** A calendar that cannot be computed with; `code` is stable. */
export class CalendarError extends Error {
  constructor(
    readonly code: CalendarErrorCode,
    detail: string,
  ) {
    super(`${code}: ${detail}`);
    this.name = "CalendarError";
  }
}

const MINUTE = 60_000;
const DAY = 86_400_000;
/** an instant's UTC day and local day differ by less than this (offsets lie within ±18 h) */
const OFFSET_BOUND = 18 * 3_600_000;

/** "HH:mm" (00:00–24:00) → minutes of the day, or null. */
export function parseClockTime(value: string): number | null {
  const match = /^(\d{2}):(\d{2})$/.exec(value);
  if (!match) return null;
  const hours = Number(match[1]);
  const minutes = Number(match[2]);
  if (minutes > 59 || hours > 24 || (hours === 24 && minutes !== 0)) return null;
  return hours * 60 + minutes;
}

/** "YYYY-MM-DD" that names a real day → days since 1970-01-01, or null. */
export function parseIsoDate(value: string): number | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const ms = Date.UTC(year, month - 1, day);
  const check = new Date(ms);
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return null;
  return ms / DAY;
}

/** An IANA zone name luxon and Intl accept, in its canonical spelling; null if unknown. */
export function canonicalTimeZone(value: string): string | null {
  if (!/^[A-Za-z][A-Za-z0-9_+\-/]*$/.test(value) || !IANAZone.isValidZone(value)) return null;
  return new Intl.DateTimeFormat("en-US", { timeZone: value }).resolvedOptions().timeZone;
}

/** Days since 1970-01-01 → ISO weekday (Monday = 1). 1970-01-01 was a Thursday. */
export const weekdayOfDay = (day: number): IsoWeekday => ((((day + 3) % 7) + 7) % 7 + 1) as IsoWeekday;

// ---------------------------------------------------------------------------------------------
// Zone offsets (zone-offsets.ts), one table per zone.

const zones = new Map<string, ZoneOffsets>();

function zoneOffsets(timeZone: string): ZoneOffsets {
  let found = zones.get(timeZone);
  if (!found) {
    if (canonicalTimeZone(timeZone) === null) throw new CalendarError("invalid_time_zone", timeZone);
    found = new ZoneOffsets(IANAZone.create(timeZone));
    zones.set(timeZone, found);
  }
  return found;
}

// ---------------------------------------------------------------------------------------------
// A business calendar compiled once (per object; calendars are treated as immutable values).

type Compiled = {
  zone: ZoneOffsets;
  /** index 1–7: the day's windows as flat [start, end, start, end …] minutes, sorted and merged */
  windows: number[][];
  makeUp: number[];
  /** index 1–7: working ms of a plain day of that weekday (no holiday, no offset change) */
  nominalMs: number[];
  weeklyMs: number;
  kinds: Map<number, "holiday" | "workday">;
  /** the holidays' and workdays' day numbers, ascending */
  special: number[];
};

const compiledCache = new WeakMap<object, Compiled>();

function windowMinutes(windows: readonly TimeWindow[], where: string): number[] {
  const ranges = windows.map((window) => {
    const start = parseClockTime(window.start);
    const end = parseClockTime(window.end);
    if (start === null || end === null || start >= end || start === 1440) {
      throw new CalendarError("invalid_window", `${where}: ${window.start}–${window.end}`);
    }
    return [start, end] as const;
  });
  ranges.sort((a, b) => a[0] - b[0]);
  const merged: number[] = [];
  for (const [start, end] of ranges) {
    const last = merged.length - 1;
    if (last > 0 && start <= merged[last]!) merged[last] = Math.max(merged[last]!, end);
    else merged.push(start, end);
  }
  return merged;
}

const sumMinutes = (flat: number[]) => {
  let total = 0;
  for (let i = 0; i < flat.length; i += 2) total += flat[i + 1]! - flat[i]!;
  return total * MINUTE;
};

function compile(calendar: BusinessCalendar): Compiled {
  const cached = compiledCache.get(calendar);
  if (cached) return cached;
  const zone = zoneOffsets(calendar.timeZone);
  if (calendar.weekly.some((w) => !Number.isInteger(w.day) || w.day < 1 || w.day > 7)) {
    throw new CalendarError("invalid_window", "day must be 1 (Monday) to 7 (Sunday)");
  }
  const windows: number[][] = [[]];
  for (let day = 1; day <= 7; day++) {
    windows.push(windowMinutes(calendar.weekly.filter((w) => w.day === day), `day ${day}`));
  }
  const makeUp = calendar.makeUpHours ? windowMinutes(calendar.makeUpHours, "make-up day") : windows[1]!;
  const nominalMs = windows.map(sumMinutes);
  const weeklyMs = nominalMs.reduce((a, b) => a + b, 0);
  // with no weekly working time a deadline could lie beyond every make-up day: refuse outright
  if (weeklyMs === 0) throw new CalendarError("no_working_time", "the weekly windows hold no working time");
  const kinds = new Map<number, "holiday" | "workday">();
  for (const [list, kind] of [[calendar.holidays, "holiday"], [calendar.workdays, "workday"]] as const) {
    for (const date of list) {
      const day = parseIsoDate(date);
      if (day === null) throw new CalendarError("invalid_date", date);
      if (kinds.has(day) && kinds.get(day) !== kind) throw new CalendarError("invalid_date", `${date} is both a holiday and a make-up day`);
      kinds.set(day, kind);
    }
  }
  const compiled: Compiled = { zone, windows, makeUp, nominalMs, weeklyMs, kinds, special: [...kinds.keys()].sort((a, b) => a - b) };
  compiledCache.set(calendar, compiled);
  return compiled;
}

/** Checks a business calendar and returns nothing, or throws the CalendarError the maths would. */
export function assertCalendar(calendar: Calendar): void {
  if (calendar.kind === "business") compile(calendar);
}

const localDayOf = (c: Compiled, at: number) => Math.floor((at + c.zone.offsetMs(at)) / DAY);

function windowsOfDay(c: Compiled, day: number): number[] {
  const kind = c.kinds.get(day);
  if (kind === "holiday") return [];
  if (kind === "workday") return c.makeUp;
  return c.windows[weekdayOfDay(day)]!;
}

/**
 * The day's working intervals as flat [from, to, …] instants, ascending and disjoint: every
 * instant whose wall-clock time in the zone lies on this day inside one of its windows. Across an
 * offset change that is exact: a window reaching into the hour skipped in spring starts or ends
 * at the change, and the hour repeated in autumn counts twice if a window covers it.
 */
function intervalsOfDay(c: Compiled, day: number): number[] {
  const minutes = windowsOfDay(c, day);
  if (minutes.length === 0) return [];
  const dayStart = day * DAY;
  const from = dayStart - OFFSET_BOUND;
  const to = dayStart + DAY + OFFSET_BOUND;
  const transitions = c.zone.transitionsIn(from, to);
  const out: number[] = [];
  let offset = c.zone.offsetMs(from);
  let pieceStart = from;
  // each piece is a stretch of constant offset; map each window's wall-clock span into it
  for (let k = 0; k <= transitions.length; k++) {
    const pieceEnd = k < transitions.length ? transitions[k]!.at : to;
    for (let i = 0; i < minutes.length; i += 2) {
      const localFrom = Math.max(pieceStart + offset, dayStart + minutes[i]! * MINUTE);
      const localTo = Math.min(pieceEnd + offset, dayStart + minutes[i + 1]! * MINUTE);
      if (localTo <= localFrom) continue;
      if (out.length > 0 && out[out.length - 1] === localFrom - offset) out[out.length - 1] = localTo - offset;
      else out.push(localFrom - offset, localTo - offset);
    }
    if (k < transitions.length) {
      offset = transitions[k]!.offsetMs;
      pieceStart = pieceEnd;
    }
  }
  return out;
}

/**
 * The first day ≥ `day` whose working time may differ from its weekday's nominal amount: a
 * holiday, a make-up day, or a day touched by an offset change. Looks no further than `limit`.
 */
function nextIrregularDay(c: Compiled, day: number, limit: number): number {
  let lo = 0;
  let hi = c.special.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (c.special[mid]! < day) lo = mid + 1;
    else hi = mid;
  }
  const special = c.special[lo] ?? Infinity;
  const horizon = Math.min(special, limit);
  if (horizon <= day) return day;
  const transition = c.zone.nextTransition(day * DAY - OFFSET_BOUND, horizon * DAY + OFFSET_BOUND);
  if (transition === null) return special;
  // the days on either side of the change (its wall time before and after) are both irregular
  return Math.max(day, Math.min(special, localDayOf(c, transition - 1), localDayOf(c, transition)));
}

/** Working ms of whole days [from, to) (day numbers), skipping plain weeks arithmetically. */
function wholeDaysMs(c: Compiled, from: number, to: number): number {
  let total = 0;
  let day = from;
  while (day < to) {
    const irregular = Math.min(nextIrregularDay(c, day, to), to);
    const plainDays = irregular - day;
    total += Math.floor(plainDays / 7) * c.weeklyMs;
    for (let d = day + plainDays - (plainDays % 7); d < irregular; d++) total += c.nominalMs[weekdayOfDay(d)]!;
    if (irregular >= to) break;
    total += measure(intervalsOfDay(c, irregular), -Infinity, Infinity);
    day = irregular + 1;
  }
  return total;
}

function measure(intervals: number[], from: number, to: number): number {
  let total = 0;
  for (let i = 0; i < intervals.length; i += 2) {
    const a = Math.max(intervals[i]!, from);
    const b = Math.min(intervals[i + 1]!, to);
    if (b > a) total += b - a;
  }
  return total;
}

function instant(value: Date, name: string): number {
  const ms = value instanceof Date ? value.getTime() : Number.NaN;
  if (!Number.isFinite(ms)) throw new RangeError(`${name} is not a valid instant`);
  return ms;
}

/**
 * The instant at which `durationMs` of working time has elapsed after `start`. On a 7×24
 * calendar that is start + duration. A deadline that falls exactly on the end of a window is that
 * end (18:00, not 09:00 next morning); zero returns `start` unchanged.
 */
export function addWorkingTime(calendar: Calendar, start: Date, durationMs: number): Date {
  const from = instant(start, "start");
  if (!Number.isSafeInteger(durationMs) || durationMs < 0) throw new RangeError("durationMs must be a whole number ≥ 0");
  if (calendar.kind === "always" || durationMs === 0) return new Date(from + durationMs);
  const c = compile(calendar);
  let remaining = durationMs;
  let day = localDayOf(c, from) - 1;
  // the day before and the day of `start` may hold working time before it; later days cannot
  for (let i = 0; i < 2; i++, day++) {
    const intervals = intervalsOfDay(c, day);
    for (let j = 0; j < intervals.length; j += 2) {
      const a = Math.max(intervals[j]!, from);
      const b = intervals[j + 1]!;
      if (b <= a) continue;
      if (remaining <= b - a) return new Date(a + remaining);
      remaining -= b - a;
    }
  }
  for (;;) {
    const weeksWanted = Math.floor((remaining - 1) / c.weeklyMs);
    if (weeksWanted > 0) {
      const weeks = Math.min(weeksWanted, Math.floor((nextIrregularDay(c, day, day + 7 * weeksWanted) - day) / 7));
      remaining -= weeks * c.weeklyMs;
      day += 7 * weeks;
    }
    const intervals = intervalsOfDay(c, day);
    for (let j = 0; j < intervals.length; j += 2) {
      const length = intervals[j + 1]! - intervals[j]!;
      if (remaining <= length) return new Date(intervals[j]! + remaining);
      remaining -= length;
    }
    day++;
  }
}

/** Working time in [from, to) in ms; 0 when `to` ≤ `from`. */
export function workingTimeBetween(calendar: Calendar, from: Date, to: Date): number {
  const a = instant(from, "from");
  const b = instant(to, "to");
  if (b <= a) return 0;
  if (calendar.kind === "always") return b - a;
  const c = compile(calendar);
  const firstDay = localDayOf(c, a);
  const lastDay = localDayOf(c, b);
  let total = 0;
  for (const day of new Set([firstDay - 1, firstDay, lastDay, lastDay + 1])) total += measure(intervalsOfDay(c, day), a, b);
  if (lastDay - firstDay > 1) total += wholeDaysMs(c, firstDay + 1, lastDay);
  return total;
}

/** Whether `at` lies inside a working window (always true on a 7×24 calendar). */
export function isWorkingTime(calendar: Calendar, at: Date): boolean {
  const t = instant(at, "at");
  if (calendar.kind === "always") return true;
  const c = compile(calendar);
  const day = localDayOf(c, t);
  return measure(intervalsOfDay(c, day - 1), t, t + 1) + measure(intervalsOfDay(c, day), t, t + 1) > 0;
}
