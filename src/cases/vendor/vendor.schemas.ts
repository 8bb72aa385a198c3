import { z } from "zod";
import { TEXT_LIMITS, requiredText, text } from "../../shared/text.js";
import { expectedVersion } from "../../shared/version.js";

export const vendorRequestSchema = z.object({
  id: z.string(), caseId: z.string(), vendor: z.string(), reason: z.string(),
  status: z.enum(["requested", "confirmed", "rejected", "opened", "answered", "done"]),
  vendorCaseRef: z.string().nullable(), vendorContact: z.string().nullable(), summary: z.string().nullable(),
  requestedBy: z.string().nullable(), confirmedBy: z.string().nullable(), requestedAt: z.string(),
  confirmedAt: z.string().nullable(), openedAt: z.string().nullable(), answeredAt: z.string().nullable(),
  doneAt: z.string().nullable(), version: z.number(),
});

export const requestVendorBody = z.strictObject({ reason: requiredText(TEXT_LIMITS.body), vendor: requiredText(TEXT_LIMITS.short).optional() });
const version = { version: expectedVersion.optional() };
export const confirmVendorBody = z.strictObject({ ...version });
export const rejectVendorBody = z.strictObject({ reason: requiredText(TEXT_LIMITS.body), ...version });
export const openVendorBody = z.strictObject({ vendorCaseRef: requiredText(TEXT_LIMITS.short), vendorContact: text(TEXT_LIMITS.subject).optional(), ...version });
export const answerVendorBody = z.strictObject({ summary: requiredText(TEXT_LIMITS.body), ...version });
