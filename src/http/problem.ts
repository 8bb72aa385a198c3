import type { FastifyError, FastifyReply, FastifyRequest } from "fastify";
import { hasZodFastifySchemaValidationErrors } from "fastify-type-provider-zod";
import { databaseFailureOf } from "../db/database-errors.js";
import { AppError, type ErrorCode, type FieldError } from "../shared/errors.js";
import { errorMessage, fieldMessage, pickLocale } from "./messages.js";

const STATUS: Record<ErrorCode, number> = {
  validation_failed: 422,
  unauthenticated: 401,
  invalid_credentials: 401,
  account_disabled: 403,
  forbidden: 403,
  csrf_failed: 403,
  not_found: 404,
  conflict: 409,
  version_conflict: 409,
  illegal_transition: 409,
  case_closed: 409,
  duplicate: 409,
  idempotency_mismatch: 422,
  payload_too_large: 413,
  invalid_encoding: 400,
  malformed_request: 400,
  unsupported_media_type: 415,
  rate_limited: 429,
  reopen_window_passed: 409,
  link_expired: 410,
  link_used: 409,
  // attachments
  attachment_too_large: 413,
  case_attachments_full: 413,
  attachment_type_mismatch: 422,
  multipart_required: 415,
  // telephony and surveys
  call_linked: 409,
  survey_answered: 409,
  survey_expired: 410,
  // spare parts and RMA
  insufficient_stock: 409,
  reservation_not_open: 409,
  rma_step_not_allowed: 409,
  database_unavailable: 503,
};

/** What a 503 for a database outage asks the client to wait before trying again. */
const DATABASE_RETRY_AFTER_SECONDS = 5;

/** RFC 9457 problem+json; title, detail and field messages in the caller's language. */
export function sendProblem(request: FastifyRequest, reply: FastifyReply, error: AppError) {
  const locale = pickLocale(request.headers["accept-language"]);
  const status = STATUS[error.code];
  const { title, detail } = errorMessage(locale, error.code, error.params);
  const errors = error.fieldErrors?.map((field) => ({
    path: field.path,
    code: field.code,
    message: fieldMessage(locale, field.code, field.params),
  }));
  if (error.code === "rate_limited") reply.header("retry-after", String(error.params.retryAfterSeconds ?? 60));
  if (error.code === "database_unavailable") reply.header("retry-after", String(DATABASE_RETRY_AFTER_SECONDS));
  return reply
    .status(status)
    .type("application/problem+json")
    .header("content-language", locale)
    .send({ type: `https://casedesk.dev/problems/${error.code}`, title, status, code: error.code, detail, ...(errors ? { errors } : {}) });
}

/** Turns anything thrown into a problem: domain errors by code, framework errors by kind or status, the rest 500. */
export function toAppError(error: unknown): AppError | null {
  if (error instanceof AppError) return error;
  if (databaseFailureOf(error)) return new AppError("database_unavailable");
  if (hasZodFastifySchemaValidationErrors(error)) {
    const where = (error as FastifyError).validationContext ?? "body";
    return new AppError("validation_failed", {}, error.validation.map((issue): FieldError => {
      const path = [where, ...(issue.instancePath ?? "").split("/").filter(Boolean)].join(".");
      const params = issue.params as Record<string, unknown>;
      const message = issue.message ?? "";
      const code = issue.keyword === "custom" && /^[a-z_]+$/.test(message) ? message : String(issue.keyword);
      const isMissing = issue.keyword === "invalid_type" && params.input === undefined;
      return { path, code: isMissing ? "required" : code, params: pick(params) };
    }));
  }
  const fastifyError = error as FastifyError;
  switch (fastifyError.code) {
    case "FST_ERR_CTP_BODY_TOO_LARGE":
      return new AppError("payload_too_large", { limit: fastifyError.message.match(/\d+/)?.[0] });
    case "FST_ERR_CTP_INVALID_MEDIA_TYPE":
      return new AppError("unsupported_media_type");
    case "FST_ERR_CTP_EMPTY_JSON_BODY":
    case "FST_ERR_CTP_INVALID_JSON_BODY":
      return new AppError("invalid_encoding");
    // the web UI's files: a path that climbs out of the folder (`//x`, `/a/../b`) names no file;
    // a path parameter longer than any id names nothing
    case "FST_STATIC_FORBIDDEN_PATH":
    case "FST_ERR_MAX_PARAM_LENGTH":
      return new AppError("not_found");
  }
  // anything else Fastify or a plugin refuses as the client's doing (a URL that does not decode,
  // a wrong Content-Length, a body cut short) is a client error, never a 500
  const status = fastifyError.statusCode;
  if (typeof status === "number" && status >= 400 && status < 500) return new AppError(CLIENT_ERRORS[status] ?? "malformed_request");
  return null;
}

const CLIENT_ERRORS: Partial<Record<number, ErrorCode>> = { 404: "not_found", 413: "payload_too_large", 415: "unsupported_media_type" };

function pick(params: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of ["maximum", "minimum", "keys", "values"]) if (params[key] !== undefined) out[key] = params[key];
  return out;
}
