import { z } from "zod";
import { TEXT_LIMITS, requiredText, text, uuid } from "../shared/text.js";

/** zod schemas of the maintenance routes: the only DTOs. */
const period = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, { message: "invalid_format" });
const frequency = z.enum(["monthly", "quarterly"]);
const checklistItemInput = z.strictObject({ key: z.string().regex(/^[a-z0-9_]{1,40}$/, { message: "invalid_format" }).optional(), zh: requiredText(500), en: requiredText(500) });
const checklistInput = z.array(checklistItemInput).min(1).max(50);
const timeZone = requiredText(64);

export const idParams = z.strictObject({ id: uuid });
export const customerParams = z.strictObject({ id: uuid });

export const createPlanBody = z.strictObject({
  contractId: uuid,
  equipmentIds: z.array(uuid).min(1).max(200),
  frequency: frequency.optional(),
  reportDueDays: z.number().int().min(1).max(90).optional(),
  engineerId: uuid.nullable().optional(),
  checklist: checklistInput.optional(),
  timeZone: timeZone.optional(),
  asksMonthlyCall: z.boolean().optional(),
  callDueDays: z.number().int().min(1).max(90).optional(),
});
export const updatePlanBody = createPlanBody.omit({ contractId: true }).partial().extend({ isActive: z.boolean().optional(), version: z.number().int().optional() }).strict();
export const listPlansQuery = z.strictObject({ customerId: uuid.optional(), contractId: uuid.optional() });
export const openPeriodBody = z.strictObject({ period });

const checklistItem = z.object({ key: z.string(), zh: z.string(), en: z.string() });
const checklistEntry = checklistItem.extend({ result: z.enum(["ok", "issue", "n_a"]).nullable(), note: z.string().nullable() });

export const planSchema = z.object({
  id: z.string(), contractId: z.string(), contractNo: z.string(), customerId: z.string(), customerName: z.string(), equipmentIds: z.array(z.string()),
  frequency, reportDueDays: z.number(), engineerId: z.string().nullable(), engineerName: z.string().nullable(), timeZone: z.string(),
  asksMonthlyCall: z.boolean(), callDueDays: z.number(), isActive: z.boolean(), checklistVersion: z.number(), checklist: z.array(checklistItem),
  version: z.number(), createdAt: z.string(), updatedAt: z.string(),
});
export const checklistVersionSchema = z.object({ version: z.number(), items: z.array(checklistItem), createdBy: z.string().nullable(), createdAt: z.string() });
export const openPeriodResult = z.object({ period: z.string(), openedJobIds: z.array(z.string()) });

const jobStatus = z.enum(["open", "in_progress", "report_submitted", "delivered"]);
export const findingSchema = z.object({
  ruleCode: z.string(), metric: z.string(), instance: z.string(), severity: z.enum(["info", "warning", "critical"]), comparison: z.enum(["above", "below"]),
  threshold: z.number(), worst: z.number(), minutes: z.number(), from: z.string(), to: z.string(), titleZh: z.string(), titleEn: z.string(),
  recommendationZh: z.string(), recommendationEn: z.string(),
});
export const jobSchema = z.object({
  id: z.string(), number: z.string(), planId: z.string(), customerId: z.string(), customerName: z.string(), contractId: z.string(), contractNo: z.string(),
  equipmentId: z.string(), equipment: z.string(), period: z.string(), periodStartsAt: z.string(), status: jobStatus, reportDueAt: z.string(),
  timeliness: z.enum(["due", "on_time", "late"]), engineerId: z.string().nullable(), engineerName: z.string().nullable(), checklistVersion: z.number(),
  checklist: z.array(checklistEntry), openItemCount: z.number(), findings: z.array(findingSchema), summary: z.string().nullable(), hasReport: z.boolean(),
  reportBuiltAt: z.string().nullable(), signedOffAt: z.string().nullable(), approvedAt: z.string().nullable(), deliveredAt: z.string().nullable(),
  deliveredTo: z.string().nullable(), overdueWarnedAt: z.string().nullable(), version: z.number(), openedAt: z.string(),
});
export const listJobsQuery = z.strictObject({
  status: z.preprocess((v) => (v === undefined || Array.isArray(v) ? v : String(v).split(",")), z.array(jobStatus).min(1).max(4)).optional(),
  customerId: uuid.optional(), period: period.optional(), engineerId: uuid.optional(),
  /** periods that started in this month, as the board counts them */
  month: period.optional(), timeliness: z.enum(["on_time", "late", "due"]).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(50), cursor: text(200).optional(),
});
export const updateJobBody = z.strictObject({
  version: z.number().int().optional(),
  engineerId: uuid.nullable().optional(),
  summary: text(TEXT_LIMITS.body).nullable().optional(),
  checklist: z.array(z.strictObject({ key: requiredText(60), result: z.enum(["ok", "issue", "n_a"]).nullable(), note: text(2000).nullable().optional() })).max(50).optional(),
});
export const pageOf = <T extends z.ZodType>(item: T) => z.object({ items: z.array(item), nextCursor: z.string().nullable() });
export { period as periodSchema };
