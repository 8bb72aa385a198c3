import { sql, type Transaction } from "kysely";
import type { Db } from "../db/database.js";
import type { CalendarWeeklyWindow, CalendarWindow, DB } from "../db/schema.js";
import { notFound } from "../shared/errors.js";
import { ALWAYS, type Calendar } from "./calendar.js";

type Executor = Db | Transaction<DB>;

/** More rows than years 2000–2100 can hold (101 × 366): loading a calendar is bounded. */
const MAX_DAYS = 40_000;

export const findCalendar = (db: Executor, id: string) =>
  db.selectFrom("calendars").selectAll().where("id", "=", id).executeTakeFirst();

export const listCalendarRows = (db: Executor, limit = 500) =>
  db.selectFrom("calendars").selectAll().orderBy("name").orderBy("id").limit(limit).execute();

export type CalendarFields = { name?: string; timeZone?: string; weekly?: CalendarWeeklyWindow[]; makeUpHours?: CalendarWindow[] | null };

export function insertCalendar(db: Executor, fields: Required<CalendarFields>, now: Date) {
  return db
    .insertInto("calendars")
    .values({
      name: fields.name, timeZone: fields.timeZone, weekly: JSON.stringify(fields.weekly),
      makeUpHours: fields.makeUpHours === null ? null : JSON.stringify(fields.makeUpHours), createdAt: now, updatedAt: now,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

/**
 * Changes the fields given and bumps the version: only if the version is `expectedVersion`
 * (undefined: whatever it is, still serialised by the row lock). Undefined when it was not.
 */
export function updateCalendarRow(db: Executor, id: string, fields: CalendarFields, now: Date, expectedVersion?: number) {
  let query = db
    .updateTable("calendars")
    .set((eb) => ({
      name: fields.name,
      timeZone: fields.timeZone,
      weekly: fields.weekly === undefined ? undefined : JSON.stringify(fields.weekly),
      makeUpHours: fields.makeUpHours === undefined ? undefined : fields.makeUpHours === null ? null : JSON.stringify(fields.makeUpHours),
      updatedAt: now,
      version: eb("version", "+", 1),
    }))
    .where("id", "=", id);
  if (expectedVersion !== undefined) query = query.where("version", "=", expectedVersion);
  return query.returningAll().executeTakeFirst();
}

const yearRange = (year: number) => [`${year}-01-01`, `${year + 1}-01-01`] as const;

/** Replaces one year's holidays and make-up days of a calendar; run it inside a transaction. */
export async function replaceYearDays(
  tx: Transaction<DB>,
  calendarId: string,
  year: number,
  days: { date: string; kind: "holiday" | "workday"; name: string }[],
) {
  const [from, to] = yearRange(year);
  await tx.deleteFrom("calendarDays").where("calendarId", "=", calendarId).where("date", ">=", from).where("date", "<", to).execute();
  if (days.length > 0) await tx.insertInto("calendarDays").values(days.map((day) => ({ calendarId, ...day }))).execute();
}

export function daysOfYear(db: Executor, calendarId: string, year: number) {
  const [from, to] = yearRange(year);
  return db
    .selectFrom("calendarDays")
    .select(["date", "kind", "name"])
    .where("calendarId", "=", calendarId)
    .where("date", ">=", from)
    .where("date", "<", to)
    .orderBy("date")
    .limit(366)
    .execute();
}

/** How many holidays and make-up days each loaded year has. */
export async function yearSummaries(db: Executor, calendarId: string) {
  const rows = await db
    .selectFrom("calendarDays")
    .select([
      sql<number>`extract(year from date)::int`.as("year"),
      sql<number>`count(*) FILTER (WHERE kind = 'holiday')::int`.as("holidays"),
      sql<number>`count(*) FILTER (WHERE kind = 'workday')::int`.as("workdays"),
    ])
    .where("calendarId", "=", calendarId)
    .groupBy(sql`extract(year from date)`)
    .orderBy(sql`extract(year from date)`)
    .execute();
  return rows.map((row) => ({ year: Number(row.year), holidays: Number(row.holidays), workdays: Number(row.workdays) }));
}

/**
 * A calendar as the service-level maths takes it, with all its holidays and make-up days; the
 * id "always" gives the 7×24 calendar. Throws not_found for an unknown id.
 */
export async function loadCalendar(db: Executor, id: string): Promise<Calendar> {
  if (id === "always") return ALWAYS;
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id)) throw notFound("calendar");
  const row = await findCalendar(db, id);
  if (!row) throw notFound("calendar");
  const days = await db
    .selectFrom("calendarDays")
    .select(["date", "kind"])
    .where("calendarId", "=", id)
    .orderBy("date")
    .limit(MAX_DAYS)
    .execute();
  return {
    kind: "business",
    timeZone: row.timeZone,
    weekly: row.weekly,
    holidays: days.filter((d) => d.kind === "holiday").map((d) => String(d.date).slice(0, 10)),
    workdays: days.filter((d) => d.kind === "workday").map((d) => String(d.date).slice(0, 10)),
    ...(row.makeUpHours ? { makeUpHours: row.makeUpHours } : {}),
  };
}
