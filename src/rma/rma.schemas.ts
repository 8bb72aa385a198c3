import { z } from "zod";
import { TEXT_LIMITS, oneOrMany, requiredText, text, uuid } from "../shared/text.js";
import { expectedVersion } from "../shared/version.js";
import { RMA_STATUSES, TIMED_STATUSES, WARRANTY_TERMS } from "./rma.js";
import { TARGET_UNITS } from "./step-targets.js";

export { z };
export const idParams = z.strictObject({ id: uuid });
export const caseParams = z.strictObject({ id: z.string().min(1).max(100) });
export const statusParams = z.strictObject({ status: z.string().min(1).max(50) });

export const openRmaBody = z.strictObject({
  partId: uuid.optional(), faultySerial: requiredText(100), vendor: requiredText(100), faultDescription: requiredText(TEXT_LIMITS.body), warrantyTerm: z.enum(WARRANTY_TERMS),
});
export const advanceBody = z.strictObject({
  to: z.enum(RMA_STATUSES), version: expectedVersion, vendorRmaNo: requiredText(100).optional(), trackingNo: requiredText(100).optional(), fromDepotId: uuid.optional(), replacementSerial: requiredText(100).optional(),
  note: text(TEXT_LIMITS.subject).optional(), receiveIntoDepotId: uuid.optional(), receivedSerials: z.array(requiredText(100)).max(1000).optional(),
});
export const listQuery = z.strictObject({
  status: oneOrMany(z.enum(RMA_STATUSES)), isLate: z.enum(["true", "false"]).optional(), caseId: uuid.optional(), limit: z.coerce.number().int().min(1).max(500).default(200),
});

const base = {
  id: z.string(), number: z.string(), caseId: z.string(), caseNumber: z.string(), status: z.enum(RMA_STATUSES), warrantyTerm: z.enum(WARRANTY_TERMS),
  isUnderWarranty: z.boolean(), partDescription: z.string().nullable(), requestedAt: z.string(), updatedAt: z.string(), closedAt: z.string().nullable(),
};
/** What a customer may read of an RMA: its number, case, state and dates. */
export const publicRmaSchema = z.object({ ...base, steps: z.array(z.object({ status: z.enum(RMA_STATUSES), at: z.string() })).optional() });
export const rmaSchema = z.object({
  ...base, customerId: z.string().nullable(), partId: z.string().nullable(), partNumber: z.string().nullable(), faultySerial: z.string(), vendor: z.string(),
  faultDescription: z.string(), warrantyBasis: z.enum(["equipment", "contract", "none"]), warrantyEndsOn: z.string().nullable(), vendorRmaNo: z.string().nullable(),
  replacementTrackingNo: z.string().nullable(), returnTrackingNo: z.string().nullable(), fromDepotId: z.string().nullable(), stepStartedAt: z.string(),
  stepDueAt: z.string().nullable(), lateSince: z.string().nullable(), isLate: z.boolean(), requestedBy: z.string().nullable(), version: z.number(),
  events: z.array(z.object({
    seq: z.number(), kind: z.enum(["step", "late"]), fromStatus: z.enum(RMA_STATUSES).nullable(), toStatus: z.enum(RMA_STATUSES), actorName: z.string().nullable(), at: z.string(),
    data: z.record(z.string(), z.unknown()),
  })).optional(),
});
export const rmaListSchema = z.object({ items: z.array(z.union([rmaSchema, publicRmaSchema])) });
/** A step's target: clock minutes or hours, or working hours or days counted in a business calendar (null: the standard week, Mon–Fri 09:00–18:00). */
export const stepTargetSchema = z.object({
  status: z.enum(TIMED_STATUSES), value: z.number(), unit: z.enum(TARGET_UNITS), calendarId: z.string().nullable(), calendarName: z.string().nullable(), updatedAt: z.string(),
});
export const stepTargetBody = z.strictObject({ value: z.number().int().min(1).max(525_600), unit: z.enum(TARGET_UNITS), calendarId: uuid.nullish() });
