import type { FastifyError, FastifyReply, FastifyRequest } from "fastify";
import { hasZodFastifySchemaValidationErrors } from "fastify-type-provider-zod";
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
};

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
  return reply
    .status(status)
    .type("application/problem+json")
    .header("content-language", locale)
    .send({ type: `https://casedesk.dev/problems/${error.code}`, title, status, code: error.code, detail, ...(errors ? { errors } : {}) });
}

/** Turns anything thrown into a problem: domain errors by code, framework errors by kind, the rest 500. */
export function toAppError(error: unknown): AppError | null {
  if (error instanceof AppError) return error;
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
  }
  if (fastifyError.statusCode === 400) return new AppError("invalid_encoding");
  return null;
}

function pick(params: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of ["maximum", "minimum", "keys", "values"]) if (params[key] !== undefined) out[key] = params[key];
  return out;
}
