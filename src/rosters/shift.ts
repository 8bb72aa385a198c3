import { DateTime, IANAZone } from "luxon";

/** A wall-clock time "HH:mm", 00:00–23:59. */
export const SHIFT_TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

/**
 * A named shift of a day/night pattern. An `end` before `start` means it ends the next day; an
 * `end` equal to `start` makes a 24-hour shift.
 */
export type DailyShift = { name: string; start: string; end: string };
/** A weekly window starting on ISO weekday `day` (1 = Monday … 7 = Sunday); it may cross midnight too. */
export type WeeklyWindow = { day: number; start: string; end: string };

export type ShiftDefinition =
  | { kind: "always" }
  | { kind: "daily"; shifts: DailyShift[] }
  | { kind: "weekly"; windows: WeeklyWindow[] };

/** Shifts are wall-clock times in the pattern's IANA zone, so they keep their hours across DST changes. */
export type ShiftPattern = { timeZone: string; definition: ShiftDefinition };

/** Local dates in the pattern's zone, both inclusive; a shift belongs to the date it starts on. */
export type DateRange = { from: string; to: string | null };

/** One stretch of duty; an always-pattern has no start or end. */
export type ShiftOccurrence = { shiftName: string | null; startDate: string; startsAt: Date | null; endsAt: Date | null };

export const isValidTimeZone = (zone: string): boolean => IANAZone.isValidZone(zone);

type Span = { name: string | null; day: number | null; start: string; end: string };

/**
 * The stretch of `pattern` that covers `at`, or null. For a daily pattern `shiftName` picks one
 * shift (null: any of its shifts); always and weekly patterns ignore it. With `validity`, only a
 * stretch starting on a date inside the range counts.
 */
export function shiftAt(pattern: ShiftPattern, shiftName: string | null, at: Date, validity?: DateRange): ShiftOccurrence | null {
  return occurrencesAt(pattern, shiftName, at).find((o) => !validity || isWithin(o.startDate, validity)) ?? null;
}

/** Whether someone on `shiftName` of `pattern` (over `validity`, if given) is on duty at `at`. */
export function isOnDuty(pattern: ShiftPattern, shiftName: string | null, at: Date, validity?: DateRange): boolean {
  return shiftAt(pattern, shiftName, at, validity) !== null;
}

function occurrencesAt(pattern: ShiftPattern, shiftName: string | null, at: Date): ShiftOccurrence[] {
  const local = DateTime.fromJSDate(at, { zone: pattern.timeZone });
  const definition = pattern.definition;
  if (definition.kind === "always") return [{ shiftName: null, startDate: isoDate(local), startsAt: null, endsAt: null }];
  const spans: Span[] = definition.kind === "daily"
    ? definition.shifts.filter((s) => shiftName === null || s.name === shiftName).map((s) => ({ ...s, day: null }))
    : definition.windows.map((w) => ({ ...w, name: null }));
  const found: ShiftOccurrence[] = [];
  // a stretch lasts at most 24 hours, so only one that started yesterday or today can cover `at`
  for (const date of [local.startOf("day").minus({ days: 1 }), local.startOf("day")]) {
    for (const span of spans) {
      if (span.day !== null && date.weekday !== span.day) continue;
      const startsAt = atWallClock(date, span.start);
      const endsAt = atWallClock(span.end > span.start ? date : date.plus({ days: 1 }), span.end);
      if (startsAt <= local && local < endsAt) {
        found.push({ shiftName: span.name, startDate: isoDate(date), startsAt: startsAt.toJSDate(), endsAt: endsAt.toJSDate() });
      }
    }
  }
  return found;
}

// a time inside a spring-forward gap moves on by the skipped hour (02:30 → 03:30), as luxon does
function atWallClock(date: DateTime, time: string): DateTime {
  const [hour = 0, minute = 0] = time.split(":").map(Number);
  return date.set({ hour, minute, second: 0, millisecond: 0 });
}

const isoDate = (date: DateTime) => date.toFormat("yyyy-MM-dd");
const isWithin = (date: string, range: DateRange) => date >= range.from && (range.to === null || date <= range.to);
