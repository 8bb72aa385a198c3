import { z } from "zod";
import { createCaseBody } from "../cases/index.js";
import { TEXT_LIMITS, text } from "../shared/text.js";

/** Shapes of the attachment endpoints. Multipart bodies are read by multipart-body.ts and checked here field by field. */
export const attachmentSchema = z.object({
  id: z.string(), caseId: z.string(), activityId: z.string(), filename: z.string(), contentType: z.string(),
  declaredType: z.string().nullable(), sizeBytes: z.number(), sha256: z.string(), visibility: z.enum(["public", "internal"]),
  uploadedBy: z.string().nullable(), createdAt: z.string(), downloadUrl: z.string(),
  filenameAdjustments: z.array(z.string()).optional(),
});

export const caseParams = z.strictObject({ id: text(64).pipe(z.string().min(1)) });
export const attachmentParams = z.strictObject({ id: z.string().uuid() });
export const listAttachmentsQuery = z.strictObject({
  activityId: z.string().uuid().optional(),
  limit: z.coerce.number().int().min(1).max(500).default(200),
  cursor: text(500).optional(),
});

/** The text fields of an upload with a note. */
export const uploadFields = z.strictObject({
  body: text(TEXT_LIMITS.body).optional(),
  visibility: z.enum(["public", "internal"]).optional(),
});

/** Opening a case with files: the `case` field is the JSON body of POST /cases. */
export const openWithFilesFields = z.strictObject({ case: createCaseBody });

/** Filing a fax: an existing case, or the JSON of a new one (its channel is fax). */
export const faxFields = z.strictObject({
  caseId: text(64).pipe(z.string().min(1)).optional(),
  case: createCaseBody.omit({ channel: true }).extend({ channel: z.literal("fax").optional() }).optional(),
  note: text(TEXT_LIMITS.body).optional(),
  visibility: z.enum(["public", "internal"]).optional(),
}).refine((fields) => Boolean(fields.caseId) !== Boolean(fields.case), { message: "case_or_case_id", path: ["case"] });
