import { z } from "zod";
import { requiredText, text } from "../shared/text.js";
import { canonicalTimeZone, parseClockTime, parseIsoDate } from "./calendar.js";
import { expectedVersion } from "../shared/version.js";

const clockTime = z.string().max(5).refine((value) => parseClockTime(value) !== null, { message: "invalid_format" });
const inOrder = (w: { start: string; end: string }) => (parseClockTime(w.start) ?? 0) < (parseClockTime(w.end) ?? 0);

const windowSchema = z.strictObject({ start: clockTime, end: clockTime }).refine(inOrder, { message: "range_order", path: ["end"] });
const weeklyWindowSchema = z
  .strictObject({ day: z.literal([1, 2, 3, 4, 5, 6, 7]), start: clockTime, end: clockTime })
  .refine(inOrder, { message: "range_order", path: ["end"] });

/** Windows of one day must not overlap (adjacent is fine: 09:00–12:00 and 12:00–13:00). */
function refuseOverlaps(windows: { day?: number; start: string; end: string }[], ctx: z.RefinementCtx) {
  windows.forEach((window, index) => {
    const start = parseClockTime(window.start);
    const end = parseClockTime(window.end);
    if (start === null || end === null) return;
    const clash = windows.findIndex((other, j) => {
      if (j >= index || other.day !== window.day) return false;
      const a = parseClockTime(other.start);
      const b = parseClockTime(other.end);
      return a !== null && b !== null && a < end && start < b;
    });
    if (clash >= 0) ctx.addIssue({ code: "custom", message: "overlapping_windows", path: [index] });
  });
}

// at least one window, so a calendar always has working time (the maths refuses one without)
const weeklySchema = z.array(weeklyWindowSchema).min(1).max(70).superRefine(refuseOverlaps);
const makeUpHoursSchema = z.array(windowSchema).min(1).max(10).superRefine(refuseOverlaps);

const timeZoneSchema = text(64)
  .refine((value) => canonicalTimeZone(value) !== null, { message: "invalid_time_zone" })
  .transform((value) => canonicalTimeZone(value)!);

export const isoDateSchema = z.string().refine((value) => parseIsoDate(value) !== null, { message: "invalid_format" });

export const calendarParams = z.strictObject({ id: z.string().uuid() });
export const calendarYearParams = z.strictObject({ id: z.string().uuid(), year: z.coerce.number().int().min(2000).max(2100) });

export const createCalendarBody = z.strictObject({
  name: requiredText(200),
  timeZone: timeZoneSchema,
  weekly: weeklySchema,
  makeUpHours: makeUpHoursSchema.nullish(),
});

export const updateCalendarBody = z.strictObject({
  name: requiredText(200).optional(),
  timeZone: timeZoneSchema.optional(),
  weekly: weeklySchema.optional(),
  makeUpHours: makeUpHoursSchema.nullish(),
  version: expectedVersion.optional(),
});

const daySchema = z.strictObject({ date: isoDateSchema, name: requiredText(200) });
export const calendarYearBody = z.strictObject({
  holidays: z.array(daySchema).max(366),
  workdays: z.array(daySchema).max(366),
});

export const calendarSchema = z.object({
  id: z.string(),
  name: z.string(),
  timeZone: z.string(),
  weekly: z.array(z.object({ day: z.number(), start: z.string(), end: z.string() })),
  makeUpHours: z.array(z.object({ start: z.string(), end: z.string() })).nullable(),
  version: z.number(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

export const calendarDetailSchema = calendarSchema.extend({
  years: z.array(z.object({ year: z.number(), holidays: z.number(), workdays: z.number() })),
});

const dayView = z.object({ date: z.string(), name: z.string() });
export const calendarYearSchema = z.object({
  calendarId: z.string(),
  year: z.number(),
  version: z.number(),
  holidays: z.array(dayView),
  workdays: z.array(dayView),
});

export type CalendarDayInput = z.infer<typeof daySchema>;
