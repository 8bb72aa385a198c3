import type { FastifyRequest } from "fastify";
import { rm } from "node:fs/promises";
import sjson from "secure-json-parse";
import type { z } from "zod";
import { AppError, type FieldError } from "../shared/errors.js";
import { sanitiseFilename } from "./filename.js";
import type { FilesystemAttachmentStore, SpooledFile } from "./attachment-store.js";
import type { IncomingFile } from "./save-attachments.js";

/** Field names a file part may have: `file` (repeatable) or `files`. */
const FILE_FIELDS = new Set(["file", "files", "file[]", "files[]"]);

type MultipartError = Error & { code?: string; statusCode?: number };

/**
 * Reads a multipart/form-data body and hands it to `use`: text fields (those named in `jsonFields` parsed as JSON) and
 * up to `maxFiles` files, each spooled into the attachment store's folder as it arrives (never
 * held in memory whole) within ATTACHMENT_MAX_BYTES (the multipart limits are set where the
 * plugin is registered). Anything beyond a limit is refused, never cut short.
 */
export async function withMultipart<T>(
  request: FastifyRequest,
  store: FilesystemAttachmentStore,
  options: { maxFiles: number; fileLimitBytes: number; fieldLimitBytes: number; jsonFields?: string[] },
  use: (body: { fields: Record<string, unknown>; files: IncomingFile[] }) => Promise<T>,
): Promise<T> {
  const spooled: string[] = [];
  try {
    return await use(await readMultipart(request, store, options, spooled));
  } finally {
    // what was kept was moved into the store; the rest goes now, whatever happened
    for (const path of spooled) await rm(path, { force: true });
  }
}

async function readMultipart(
  request: FastifyRequest,
  store: FilesystemAttachmentStore,
  options: { maxFiles: number; fileLimitBytes: number; fieldLimitBytes: number; jsonFields?: string[] },
  spooledPaths: string[],
): Promise<{ fields: Record<string, unknown>; files: IncomingFile[] }> {
  if (!request.isMultipart()) throw new AppError("multipart_required");
  const fields: Record<string, unknown> = {};
  const files: IncomingFile[] = [];
  const invalid = (path: string, code: string) => new AppError("validation_failed", {}, [{ path, code }]);
  try {
    for await (const part of request.parts()) {
      if (part.type === "file") {
        if (!FILE_FIELDS.has(part.fieldname)) throw invalid(`body.${safeName(part.fieldname)}`, "unknown_field");
        if (files.length >= options.maxFiles) throw new AppError("validation_failed", {}, [{ path: "body.file", code: "too_many_files", params: { maximum: options.maxFiles } }]);
        const tooLarge = () => new AppError("attachment_too_large", { filename: sanitiseFilename(part.filename).filename, limit: options.fileLimitBytes });
        let spooled: SpooledFile | null;
        try {
          spooled = await store.spool(part.file, () => part.file.truncated);
        } catch (error) {
          if ((error as MultipartError).code === "FST_REQ_FILE_TOO_LARGE") throw tooLarge();
          throw error;
        }
        if (!spooled) throw tooLarge();
        spooledPaths.push(spooled.path);
        files.push({ filename: part.filename, declaredType: part.mimetype, spooled });
        continue;
      }
      const name = part.fieldname;
      if (part.valueTruncated || part.fieldnameTruncated) {
        throw new AppError("validation_failed", {}, [{ path: `body.${safeName(name)}`, code: "too_big", params: { maximum: options.fieldLimitBytes } }]);
      }
      if (Object.hasOwn(fields, name)) throw invalid(`body.${safeName(name)}`, "duplicate_value");
      const value = typeof part.value === "string" ? part.value : String(part.value);
      if (options.jsonFields?.includes(name)) {
        try {
          fields[name] = sjson.parse(value, undefined, { protoAction: "error", constructorAction: "error" });
        } catch {
          throw invalid(`body.${name}`, "invalid_json");
        }
      } else {
        fields[name] = value;
      }
    }
  } catch (error) {
    throw toUploadError(error, options.maxFiles);
  }
  return { fields, files };
}

function toUploadError(error: unknown, maxFiles: number): unknown {
  if (error instanceof AppError) return error;
  switch ((error as MultipartError).code) {
    case "FST_INVALID_MULTIPART_CONTENT_TYPE":
      return new AppError("multipart_required");
    case "FST_FILES_LIMIT":
      return new AppError("validation_failed", {}, [{ path: "body.file", code: "too_many_files", params: { maximum: maxFiles } }]);
    case "FST_PARTS_LIMIT":
    case "FST_FIELDS_LIMIT":
      return new AppError("validation_failed", {}, [{ path: "body", code: "too_big" }]);
    case "FST_PROTO_VIOLATION":
      return new AppError("validation_failed", {}, [{ path: "body", code: "unknown_field" }]);
  }
  if ((error as MultipartError).statusCode === 400) return new AppError("invalid_encoding");
  return error;
}

const safeName = (name: string) => sanitiseFilename(name, "field").filename.slice(0, 64);

/** Checks the text fields of a multipart body against a zod schema, reporting paths as `body.<field>`. */
export function parseFields<T extends z.ZodType>(schema: T, fields: Record<string, unknown>): z.infer<T> {
  const parsed = schema.safeParse(fields);
  if (parsed.success) return parsed.data;
  throw new AppError("validation_failed", {}, parsed.error.issues.map((issue): FieldError => {
    const custom = issue.code === "custom" && /^[a-z_]+$/.test(issue.message) ? issue.message : undefined;
    const isMissing = issue.code === "invalid_type" && (issue as { input?: unknown }).input === undefined;
    const params: Record<string, unknown> = {};
    if ("maximum" in issue) params.maximum = issue.maximum;
    if ("minimum" in issue) params.minimum = issue.minimum;
    if ("keys" in issue) params.keys = issue.keys;
    return { path: ["body", ...issue.path.map(String)].join("."), code: custom ?? (isMissing ? "required" : issue.code), params };
  }));
}
