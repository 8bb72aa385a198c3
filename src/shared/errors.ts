/**
 * Domain errors carry a stable code; src/http/problem.ts maps codes to HTTP statuses and
 * localised messages in one place. Use cases never throw HTTP errors.
 */
export type ErrorCode =
  | "validation_failed"
  | "unauthenticated"
  | "forbidden"
  | "not_found"
  | "conflict"
  | "version_conflict"
  | "rate_limited"
  | "invalid_credentials"
  | "account_disabled"
  | "csrf_failed"
  | "illegal_transition"
  | "case_closed"
  | "duplicate"
  | "idempotency_mismatch"
  | "payload_too_large"
  | "invalid_encoding"
  | "malformed_request"
  | "unsupported_media_type"
  | "reopen_window_passed"
  | "link_expired"
  | "link_used"
  // attachments
  | "attachment_too_large"
  | "case_attachments_full"
  | "attachment_type_mismatch"
  | "multipart_required"
  // telephony and surveys
  | "call_linked"
  | "survey_answered"
  | "survey_expired"
  // spare parts and RMA
  | "insufficient_stock"
  | "reservation_not_open"
  | "rma_step_not_allowed"
  // the database is unreachable or did not answer in time
  | "database_unavailable";

export type FieldError = { path: string; code: string; message?: string; params?: Record<string, unknown> };

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly params: Record<string, unknown> = {},
    readonly fieldErrors?: FieldError[],
  ) {
    super(code);
    this.name = "AppError";
  }
}

export const notFound = (what: string) => new AppError("not_found", { what });
export const forbidden = (action: string) => new AppError("forbidden", { action });
