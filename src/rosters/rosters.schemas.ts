import { z } from "zod";
import { TEXT_LIMITS, requiredText, text, uuid } from "../shared/text.js";
import { ROSTER_ROLES } from "./roster.js";
import { SHIFT_TIME, isValidTimeZone } from "./shift.js";
import { expectedVersion } from "../shared/version.js";

const shiftTime = z.string().regex(SHIFT_TIME, { message: "invalid_format" });
const timeZone = z.string().max(64).refine(isValidTimeZone, { message: "invalid_time_zone" });
const isoInstant = z.iso.datetime({ offset: true }).transform((value) => new Date(value));
const isoDate = z.iso.date();
const rosterRole = z.enum(ROSTER_ROLES);
const shiftName = requiredText(40).regex(/^[\p{L}\p{N}][\p{L}\p{N} _-]*$/u, { message: "invalid_format" });

const dailyShift = z.strictObject({ name: shiftName, start: shiftTime, end: shiftTime });
const weeklyWindow = z.strictObject({ day: z.number().int().min(1).max(7), start: shiftTime, end: shiftTime });

export const shiftDefinitionSchema = z.discriminatedUnion("kind", [
  z.strictObject({ kind: z.literal("always") }),
  z.strictObject({
    kind: z.literal("daily"),
    shifts: z.array(dailyShift).min(1).max(12)
      .refine((shifts) => new Set(shifts.map((s) => s.name.toLowerCase())).size === shifts.length, { message: "duplicate_shift" }),
  }),
  z.strictObject({ kind: z.literal("weekly"), windows: z.array(weeklyWindow).min(1).max(70) }),
]);

const patternFields = {
  name: requiredText(TEXT_LIMITS.short),
  role: rosterRole.nullish(),
  timeZone: timeZone.optional(),
  definition: shiftDefinitionSchema,
};
export const createPatternBody = z.strictObject(patternFields);
export const updatePatternBody = z.strictObject({
  name: patternFields.name.optional(), role: patternFields.role, timeZone: patternFields.timeZone, definition: shiftDefinitionSchema.optional(),
  version: expectedVersion.optional(),
});

export const createAssignmentBody = z.strictObject({
  userId: uuid, patternId: uuid, shiftName: shiftName.nullish(), validFrom: isoDate, validTo: isoDate.nullish(),
});
export const updateAssignmentBody = z.strictObject({
  shiftName: shiftName.nullish(), validFrom: isoDate.optional(), validTo: isoDate.nullish(), version: expectedVersion.optional(),
});
export const listAssignmentsQuery = z.strictObject({
  userId: uuid.optional(), patternId: uuid.optional(), on: isoDate.optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100), cursor: text(500).optional(),
});

const reason = requiredText(TEXT_LIMITS.subject);
export const createOverrideBody = z.strictObject({
  userId: uuid, kind: z.enum(["on_duty", "off_duty"]), startsAt: isoInstant.optional(), endsAt: isoInstant, reason,
});
export const createSwapBody = z.strictObject({ fromUserId: uuid, toUserId: uuid, startsAt: isoInstant, endsAt: isoInstant, reason });
export const listOverridesQuery = z.strictObject({
  userId: uuid.optional(), from: isoInstant.optional(), to: isoInstant.optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100), cursor: text(500).optional(),
});

export const onDutyQuery = z.strictObject({ at: isoInstant.optional(), role: rosterRole.optional() });
export const reachableQuery = z.strictObject({ at: isoInstant.optional() });
export const vendorsBody = z.strictObject({ vendors: z.array(requiredText(64)).max(50) });
export const availabilityBody = z.strictObject({ isReachable: z.boolean(), note: text(TEXT_LIMITS.subject).nullish() });

// ---- responses

const instant = z.string();
export const patternSchema = z.object({
  id: z.string(), name: z.string(), role: rosterRole.nullable(), timeZone: z.string(), definition: shiftDefinitionSchema,
  version: z.number(), createdAt: instant, updatedAt: instant,
});
export const assignmentSchema = z.object({
  id: z.string(), userId: z.string(), userName: z.string(), patternId: z.string(), patternName: z.string(), shiftName: z.string().nullable(),
  validFrom: z.string(), validTo: z.string().nullable(), version: z.number(), createdAt: instant, updatedAt: instant,
});
export const overrideSchema = z.object({
  id: z.string(), userId: z.string(), userName: z.string(), kind: z.enum(["on_duty", "off_duty"]), startsAt: instant, endsAt: instant,
  reason: z.string(), swapId: z.string().nullable(), createdBy: z.string().nullable(), createdAt: instant,
});
export const swapSchema = z.object({ swapId: z.string(), offDuty: overrideSchema, onDuty: overrideSchema });
const dutySchema = z.object({
  source: z.enum(["default", "roster", "override"]), patternId: z.string().nullable(), patternName: z.string().nullable(),
  shiftName: z.string().nullable(), overrideId: z.string().nullable(), reason: z.string().nullable(),
  startsAt: instant.nullable(), endsAt: instant.nullable(),
});
const staffFields = { id: z.string(), name: z.string(), role: rosterRole, phone: z.string().nullable(), email: z.string() };
export const onDutySchema = z.object({ ...staffFields, shift: dutySchema, openCaseLoad: z.number(), vendors: z.array(z.string()) });
export const reachableSchema = z.object({
  ...staffFields, reason: z.enum(["on_duty", "marked_reachable", "phone_on_file"]), note: z.string().nullable(), shift: dutySchema.nullable(),
});
export const vendorsSchema = z.object({ userId: z.string(), vendors: z.array(z.string()) });
export const availabilitySchema = z.object({ userId: z.string(), isReachable: z.boolean(), note: z.string().nullable(), updatedAt: instant });
