import { z } from "zod";
import { TEXT_LIMITS, email, oneOrMany, requiredText, text } from "../shared/text.js";
import { CASE_STATUSES, CHANNELS, FAULT_LEVELS, PRIORITIES, WAIT_REASONS } from "./case.js";
import { expectedVersion } from "../shared/version.js";

/** Request and response shapes of /cases; the limits are listed in README.md ("Input limits"). */
const isoInstant = z.iso.datetime({ offset: true }).transform((value) => new Date(value));
const label = requiredText(TEXT_LIMITS.short);

export const callerSchema = z.object({
  name: z.string(), company: z.string().nullable(), phone: z.string().nullable(), email: z.string().nullable(),
  address: z.string().nullable(), contractNo: z.string().nullable(),
});

export const caseSchema = z.object({
  id: z.string(), number: z.string(), subject: z.string(), description: z.string(), channel: z.enum(CHANNELS),
  vendor: z.string(), caseType: z.string(), faultLevel: z.enum(FAULT_LEVELS), priority: z.enum(PRIORITIES),
  status: z.enum(CASE_STATUSES), customerId: z.string().nullable(), customerName: z.string().nullable(),
  contactId: z.string().nullable(), contractId: z.string().nullable(), siteId: z.string().nullable(), caller: callerSchema,
  /** the contract's last day, and whether the case was opened after it (the dispatcher is warned) */
  contractEndsOn: z.string().nullable(), contractExpired: z.boolean(), equipmentId: z.string().nullable(),
  assigneeId: z.string().nullable(), assigneeName: z.string().nullable(), expertId: z.string().nullable(),
  createdBy: z.string().nullable(), createdAt: z.string(), updatedAt: z.string(), respondedAt: z.string().nullable(),
  resolvedAt: z.string().nullable(), closedAt: z.string().nullable(), resolution: z.string().nullable(), version: z.number(),
  resolutionCycle: z.number(), rmaRequestedAt: z.string().nullable(), responseCycle: z.number(),
});

export const entrySchema = z.object({
  id: z.string(), seq: z.number(), kind: z.string(), visibility: z.enum(["public", "internal"]),
  actor: z.object({ id: z.string(), name: z.string().nullable(), role: z.string().nullable() }).nullable(),
  at: z.string(), data: z.record(z.string(), z.unknown()), correctsId: z.string().nullable(), hash: z.string(), prevHash: z.string().nullable(),
});

export const createCaseBody = z.strictObject({
  subject: requiredText(TEXT_LIMITS.subject),
  description: text(TEXT_LIMITS.description).optional(),
  channel: z.enum(CHANNELS),
  vendor: label,
  caseType: label,
  faultLevel: z.enum(FAULT_LEVELS),
  priority: z.enum(PRIORITIES).optional(),
  contactId: z.string().uuid().optional(),
  siteId: z.string().uuid().optional(),
  /** the covered equipment the case concerns: one of the caller's company's */
  equipmentId: z.string().uuid().optional(),
  caller: z.strictObject({
    name: requiredText(TEXT_LIMITS.name),
    company: text(TEXT_LIMITS.name).nullish(),
    phone: text(40).nullish(),
    email: email.nullish(),
    address: text(TEXT_LIMITS.subject).nullish(),
    contractNo: text(64).nullish(),
  }).optional(),
});

export const updateCaseBody = z.strictObject({
  subject: requiredText(TEXT_LIMITS.subject).optional(),
  description: text(TEXT_LIMITS.description).optional(),
  vendor: label.optional(),
  caseType: label.optional(),
  faultLevel: z.enum(FAULT_LEVELS).optional(),
  priority: z.enum(PRIORITIES).optional(),
  version: expectedVersion.optional(),
});

export const SORTS = ["-createdAt", "createdAt", "-updatedAt", "updatedAt", "-closedAt", "closedAt"] as const;

/** "-createdAt" → the column and the direction the search takes. */
export const sortOrder = (sort: (typeof SORTS)[number]) => ({
  sort: sort.replace("-", "") as "createdAt" | "updatedAt" | "closedAt",
  order: sort.startsWith("-") ? ("desc" as const) : ("asc" as const),
});

export const listCasesQuery = z.strictObject({
  vendor: oneOrMany(label),
  caseType: oneOrMany(label),
  status: oneOrMany(z.enum(CASE_STATUSES)),
  priority: oneOrMany(z.enum(PRIORITIES)),
  faultLevel: oneOrMany(z.enum(FAULT_LEVELS)),
  customerId: z.string().uuid().optional(),
  assigneeId: z.string().uuid().optional(),
  /** the expert a case was escalated to (staff only: customers never see who the expert is) */
  expertId: z.string().uuid().optional(),
  createdFrom: isoInstant.optional(),
  createdTo: isoInstant.optional(),
  closedFrom: isoInstant.optional(),
  closedTo: isoInstant.optional(),
  q: text(200).optional(),
  sort: z.enum(SORTS).default("-createdAt"),
  limit: z.coerce.number().int().min(1).max(500).default(50),
  cursor: text(500).optional(),
});

export const pageQuery = z.strictObject({
  limit: z.coerce.number().int().min(1).max(500).default(200),
  cursor: text(500).optional(),
});

/** visibility: internal by default for staff, public for customers (who may add only public notes) */
export const noteBody = z.strictObject({
  body: requiredText(TEXT_LIMITS.body),
  visibility: z.enum(["public", "internal"]).optional(),
  /** a staff member's public note is e-mailed to the caller unless this is false */
  notifyCustomer: z.boolean().optional(),
});

export const ccContactSchema = z.object({ contactId: z.string(), name: z.string(), email: z.string().nullable(), createdAt: z.string() });
export const ccBody = z.strictObject({ contactId: z.string().uuid() });

const summary = requiredText(TEXT_LIMITS.body);
export const activityBody = z.discriminatedUnion("type", [
  z.strictObject({
    type: z.literal("call"), direction: z.enum(["inbound", "outbound"]), number: text(40).nullish(),
    durationSeconds: z.number().int().min(0).max(86_400), summary, visibility: z.enum(["public", "internal"]).optional(),
  }),
  z.strictObject({
    type: z.literal("remote_session"), tool: text(TEXT_LIMITS.short).nullish(), startedAt: isoInstant, endedAt: isoInstant,
    summary, visibility: z.enum(["public", "internal"]).optional(),
  }),
  z.strictObject({
    type: z.literal("onsite_visit"), engineerId: z.string().uuid().nullish(), siteId: z.string().uuid().nullish(),
    arrivedAt: isoInstant, departedAt: isoInstant.nullish(), workDone: summary, visibility: z.enum(["public", "internal"]).optional(),
  }),
]);

export const correctionBody = z.strictObject({
  reason: requiredText(TEXT_LIMITS.subject),
  body: requiredText(TEXT_LIMITS.body).optional(),
  fields: z.record(z.string().max(64), z.union([z.string().max(TEXT_LIMITS.body), z.number(), z.boolean(), z.null()])).optional(),
});

const version = { version: expectedVersion.optional() };
export const assignBody = z.strictObject({ assigneeId: z.string().uuid().optional(), reason: text(TEXT_LIMITS.subject).optional(), ...version });
export const takeOverBody = z.strictObject({ reason: text(TEXT_LIMITS.subject).optional(), ...version });
export const respondBody = z.strictObject({ note: text(TEXT_LIMITS.body).optional(), ...version });
export const escalateBody = z.strictObject({ reason: requiredText(TEXT_LIMITS.body), expertId: z.string().uuid().optional(), ...version });
export const waitBody = z.strictObject({ waitFor: z.enum(WAIT_REASONS), reason: text(TEXT_LIMITS.body).optional(), ...version });
export const resumeBody = z.strictObject({ reason: text(TEXT_LIMITS.body).optional(), ...version });
export const resolveBody = z.strictObject({ resolution: requiredText(TEXT_LIMITS.body), ...version });
export const closeBody = z.strictObject({ reason: text(TEXT_LIMITS.body).optional(), ...version });
export const rmaBody = z.strictObject({
  reason: requiredText(TEXT_LIMITS.body),
  items: z.array(z.strictObject({
    description: requiredText(TEXT_LIMITS.subject), vendor: text(TEXT_LIMITS.short).optional(),
    model: text(TEXT_LIMITS.short).optional(), serial: text(TEXT_LIMITS.short).optional(),
  })).min(1).max(50),
  ...version,
});
export const reopenBody = z.strictObject({ reason: requiredText(TEXT_LIMITS.body), ...version });
