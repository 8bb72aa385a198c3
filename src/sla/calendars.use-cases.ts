import type { Actor } from "../auth/index.js";
import type { CalendarWeeklyWindow, CalendarWindow } from "../db/schema.js";
import type { Deps } from "../shared/deps.js";
import { AppError, forbidden, notFound, type FieldError } from "../shared/errors.js";
import { parseIsoDate } from "./calendar.js";
import {
  daysOfYear, findCalendar, insertCalendar, listCalendarRows, replaceYearDays, updateCalendarRow, yearSummaries, type CalendarFields,
} from "./calendars.repository.js";
import type { CalendarDayInput } from "./calendars.schemas.js";

/** Staff read calendars; managers and admins change them; customers have no business here. */
export function assertCanCalendar(actor: Actor, action: "read" | "write"): void {
  if (actor.kind === "system") return;
  if (actor.role === "customer") throw forbidden(`calendar.${action}`);
  if (action === "read" || actor.role === "manager" || actor.role === "admin") return;
  throw forbidden(`calendar.${action}`);
}

/** Lists the business calendars by name. */
export async function listCalendars(deps: Deps, input: { actor: Actor }) {
  assertCanCalendar(input.actor, "read");
  return listCalendarRows(deps.db);
}

/** A calendar with the years whose holidays and make-up days are loaded. */
export async function getCalendar(deps: Deps, input: { actor: Actor; calendarId: string }) {
  assertCanCalendar(input.actor, "read");
  const calendar = await findCalendar(deps.db, input.calendarId);
  if (!calendar) throw notFound("calendar");
  return { ...calendar, years: await yearSummaries(deps.db, calendar.id) };
}

export type CreateCalendarInput = {
  actor: Actor;
  name: string;
  timeZone: string;
  weekly: CalendarWeeklyWindow[];
  makeUpHours?: CalendarWindow[] | null;
};

/** Creates a business calendar: a time zone and weekly working windows; days come per year. */
export async function createCalendar(deps: Deps, input: CreateCalendarInput) {
  assertCanCalendar(input.actor, "write");
  return insertCalendar(deps.db, { name: input.name, timeZone: input.timeZone, weekly: input.weekly, makeUpHours: input.makeUpHours ?? null }, deps.clock.now());
}

/** Changes a calendar's name, zone or windows; a stale version is refused. */
export async function updateCalendar(deps: Deps, input: { actor: Actor; calendarId: string; expectedVersion?: number } & CalendarFields) {
  assertCanCalendar(input.actor, "write");
  const found = await findCalendar(deps.db, input.calendarId);
  if (!found) throw notFound("calendar");
  const { name, timeZone, weekly, makeUpHours } = input;
  const updated = await updateCalendarRow(deps.db, found.id, { name, timeZone, weekly, makeUpHours }, deps.clock.now(), input.expectedVersion ?? found.version);
  if (!updated) throw new AppError("version_conflict");
  return updated;
}

/** One year's holidays and make-up days of a calendar. */
export async function getCalendarYear(deps: Deps, input: { actor: Actor; calendarId: string; year: number }) {
  assertCanCalendar(input.actor, "read");
  const calendar = await findCalendar(deps.db, input.calendarId);
  if (!calendar) throw notFound("calendar");
  return yearView(calendar.id, input.year, calendar.version, await daysOfYear(deps.db, calendar.id, input.year));
}

export type ReplaceCalendarYearInput = {
  actor: Actor;
  calendarId: string;
  year: number;
  holidays: CalendarDayInput[];
  workdays: CalendarDayInput[];
  expectedVersion?: number;
};

/**
 * Replaces a year's holidays and make-up working days (调休) in one transaction, as published
 * for that year; other years stay as they are. Every date must lie in that year and appear once.
 */
export async function replaceCalendarYear(deps: Deps, input: ReplaceCalendarYearInput) {
  assertCanCalendar(input.actor, "write");
  const days = checkYearDays(input.year, input.holidays, input.workdays);
  const found = await findCalendar(deps.db, input.calendarId);
  if (!found) throw notFound("calendar");
  return deps.db.transaction().execute(async (tx) => {
    // the version bump takes the calendar's row lock: two loads of the same year queue, never interleave
    const updated = await updateCalendarRow(tx, found.id, {}, deps.clock.now(), input.expectedVersion);
    if (!updated) throw new AppError(input.expectedVersion === undefined ? "not_found" : "version_conflict", { what: "calendar" });
    await replaceYearDays(tx, found.id, input.year, days);
    return yearView(found.id, input.year, updated.version, days);
  });
}

function checkYearDays(year: number, holidays: CalendarDayInput[], workdays: CalendarDayInput[]) {
  const errors: FieldError[] = [];
  const seen = new Set<string>();
  const days: { date: string; kind: "holiday" | "workday"; name: string }[] = [];
  for (const [list, kind, field] of [[holidays, "holiday", "holidays"], [workdays, "workday", "workdays"]] as const) {
    list.forEach((day, index) => {
      const path = `body.${field}.${index}.date`;
      if (parseIsoDate(day.date) === null) errors.push({ path, code: "invalid_format" });
      else if (!day.date.startsWith(`${year}-`)) errors.push({ path, code: "date_outside_year", params: { year } });
      else if (seen.has(day.date)) errors.push({ path, code: "duplicate_date" });
      seen.add(day.date);
      days.push({ date: day.date, kind, name: day.name });
    });
  }
  if (errors.length > 0) throw new AppError("validation_failed", {}, errors);
  return days.sort((a, b) => a.date.localeCompare(b.date));
}

function yearView(calendarId: string, year: number, version: number, days: { date: string; kind: "holiday" | "workday"; name: string }[]) {
  const of = (kind: "holiday" | "workday") => days.filter((d) => d.kind === kind).map((d) => ({ date: String(d.date).slice(0, 10), name: d.name }));
  return { calendarId, year, version, holidays: of("holiday"), workdays: of("workday") };
}
