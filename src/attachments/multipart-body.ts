import type { FastifyRequest } from "fastify";
import { rm } from "node:fs/promises";
import sjson from "secure-json-parse";
import type { z } from "zod";
import { AppError, type FieldError } from "../shared/errors.js";
import { sanitiseFilename } from "./filename.js";
import type { FilesystemAttachmentStore, SpooledFile } from "./attachment-store.js";
import type { IncomingFile } from "./save-attachments.js";
import { countWireParts } from "./wire-parts.js";
import "./busboy-skipped-part-fix.js";

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
  const parts = request.parts()[Symbol.asyncIterator]();
  // the first next() starts the parser reading the body: the count starts on the same bytes
  let pending = parts.next();
  const partsOnTheWire = countWireParts(request.raw, request.headers["content-type"]);
  let partsRead = 0;
  try {
    for (;;) {
      const step = await pending.catch((error: unknown) => { throw fromParser(error, options.maxFiles); });
      if (step.done) break;
      const part = step.value;
      partsRead++;
      if (part.type === "file") {
        if (!FILE_FIELDS.has(part.fieldname)) throw invalid(`body.${safeName(part.fieldname)}`, "unknown_field");
        if (files.length >= options.maxFiles) throw new AppError("validation_failed", {}, [{ path: "body.file", code: "too_many_files", params: { maximum: options.maxFiles } }]);
        const tooLarge = () => new AppError("attachment_too_large", { filename: sanitiseFilename(part.filename).filename, limit: options.fileLimitBytes });
        let spooled: SpooledFile | null;
        try {
          spooled = await store.spool(part.file, () => part.file.truncated);
        } catch (error) {
          if ((error as MultipartError).code === "FST_REQ_FILE_TOO_LARGE") throw tooLarge();
          // the disk's errors are ours; any other is the part itself ending early
          if ((error as NodeJS.ErrnoException).syscall !== undefined) throw error;
          throw new AppError("malformed_request");
        }
        if (!spooled) throw tooLarge();
        spooledPaths.push(spooled.path);
        files.push({ filename: part.filename, declaredType: part.mimetype, spooled });
      } else {
        const name = part.fieldname;
        if (part.valueTruncated || part.fieldnameTruncated) {
          throw new AppError("validation_failed", {}, [{ path: `body.${safeName(name)}`, code: "too_big", params: { maximum: options.fieldLimitBytes } }]);
        }
        if (Object.hasOwn(fields, name)) throw invalid(`body.${safeName(name)}`, "duplicate_value");
        fields[name] = fieldValue(name, part.value, options.jsonFields ?? []);
      }
      pending = parts.next();
    }
  } catch (error) {
    await parts.return?.(undefined);
    throw error;
  }
  if (partsOnTheWire() > partsRead) throw invalid("body", "unreadable_part");
  return { fields, files };
}

/**
 * A text field's value; the JSON ones through the same strict parser as JSON bodies. A part sent
 * as application/json reaches here parsed already (by @fastify/multipart, with secure-json-parse
 * and the same refusal of prototype keys), which only a JSON field may be.
 */
function fieldValue(name: string, value: unknown, jsonFields: string[]): unknown {
  const isJsonField = jsonFields.includes(name);
  if (typeof value !== "string") {
    if (isJsonField) return value;
    throw new AppError("validation_failed", {}, [{ path: `body.${safeName(name)}`, code: "invalid_type" }]);
  }
  if (!isJsonField) return value;
  try {
    return sjson.parse(value, undefined, { protoAction: "error", constructorAction: "error" });
  } catch {
    throw new AppError("validation_failed", {}, [{ path: `body.${name}`, code: "invalid_json" }]);
  }
}

/**
 * What the parser refuses is the client's doing: limits by name, the rest (no boundary, a body
 * cut short, malformed part headers, busboy's own errors without a code) a malformed request.
 */
export function fromParser(error: unknown, maxFiles: number): AppError {
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
    case "FST_INVALID_JSON_FIELD_ERROR":
      return new AppError("validation_failed", {}, [{ path: "body", code: "invalid_json" }]);
  }
  return new AppError("malformed_request");
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
