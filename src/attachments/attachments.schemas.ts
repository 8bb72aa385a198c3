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
  /** "false": a staff member's public note and its files are not e-mailed to the caller */
  notifyCustomer: z.enum(["true", "false"]).optional(),
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

const asJsonSchema = (schema: z.ZodType) => z.toJSONSchema(schema, { io: "input", unrepresentable: "any", target: "openapi-3.0" }) as Record<string, unknown> & { properties?: Record<string, unknown>; required?: string[] };
const fileParts = (maxItems: number, description: string) => ({
  type: "array", maxItems, minItems: 1, description, items: { type: "string", format: "binary" },
});

/** A multipart request body as OpenAPI describes one: the text fields' schema, the file parts beside them. */
function multipartBody(fields: z.ZodType, files: ReturnType<typeof fileParts>, jsonFields: string[] = []) {
  const schema = asJsonSchema(fields);
  return {
    required: true,
    content: {
      "multipart/form-data": {
        schema: { type: "object", properties: { ...schema.properties, file: files }, required: [...(schema.required ?? []), "file"] },
        encoding: Object.fromEntries([["file", { contentType: "application/octet-stream" }], ...jsonFields.map((name) => [name, { contentType: "application/json" }])]),
      },
    },
  };
}

/**
 * The multipart bodies of the upload endpoints for the OpenAPI document (their handlers read
 * the parts themselves, so the route schemas cannot carry them); keyed by method and path.
 */
export const multipartRequestBodies: Record<string, Record<"post", object>> = {
  "/api/v1/cases/{id}/attachments": { post: multipartBody(uploadFields, fileParts(10, "the files (repeat the part); each within ATTACHMENT_MAX_BYTES")) },
  "/api/v1/cases/with-attachments": { post: multipartBody(openWithFilesFields, fileParts(10, "the files (repeat the part)"), ["case"]) },
  "/api/v1/faxes": {
    post: multipartBody(faxFields, fileParts(1, "the fax image: a PDF or TIFF"), ["case"]),
  },
};
