/**
 * What went wrong with the database, as far as the caller can act on it:
 * - `unreachable`: the connection is gone or could not be made (a failover, a network blip, an
 *   administrator's pg_terminate_backend, a server that does not answer); try again shortly.
 * - `timed_out`: the server cancelled a statement that ran past statement_timeout.
 * Anything else (a constraint, a syntax error, a bug) is not a database outage.
 */
export type DatabaseFailure = "unreachable" | "timed_out";

// SQLSTATE class 08 (connection exception) and the server's own ways of ending a session
const UNREACHABLE_SQLSTATES = new Set(["57P01", "57P02", "57P03", "57P05", "53300", "25P03"]);
// the socket's errors, as Node names them
const UNREACHABLE_SYSCALL_CODES = new Set([
  "ECONNRESET", "ECONNREFUSED", "ECONNABORTED", "EPIPE", "ETIMEDOUT", "EHOSTUNREACH", "ENETUNREACH", "ENETDOWN", "ENOTFOUND", "EAI_AGAIN",
]);
// node-postgres and its pool report a lost or impossible connection only by message
const UNREACHABLE_MESSAGES = [
  /^Connection terminated/,
  /^timeout exceeded when trying to connect$/,
  /^timeout expired$/,
  /^Query read timeout$/,
  /is not queryable$/,
];

const FROM_DRIVER = Symbol("casedesk.fromDatabaseDriver");

/**
 * Marks an error the PostgreSQL driver raised (src/db/postgres.ts does, before anyone else sees
 * it): a socket's ECONNREFUSED means the database only then, not when an SMTP server or a
 * gateway refused a connection.
 */
export function markAsDriverError(error: unknown): void {
  if (error instanceof Error) Object.defineProperty(error, FROM_DRIVER, { value: true });
}

export function databaseFailureOf(error: unknown): DatabaseFailure | undefined {
  // our own code may wrap the driver's error (`new Error(…, { cause })`); look a few levels down
  for (let current = error, depth = 0; current instanceof Error && depth < 5; current = current.cause, depth++) {
    const code = (current as { code?: unknown }).code;
    // SQLSTATEs are the server's own (PostgreSQL or PGlite), whoever passes them on
    if (code === "57014") return "timed_out";
    if (typeof code === "string" && (code.startsWith("08") || UNREACHABLE_SQLSTATES.has(code))) return "unreachable";
    if (!(FROM_DRIVER in current)) continue;
    if (typeof code === "string" && UNREACHABLE_SYSCALL_CODES.has(code)) return "unreachable";
    if (UNREACHABLE_MESSAGES.some((pattern) => pattern.test(current.message))) return "unreachable";
  }
  return undefined;
}

/** A unique constraint refused the row: any, or the one named. */
export const isUniqueViolation = (error: unknown, constraint?: string) =>
  typeof error === "object" && error !== null && (error as { code?: unknown }).code === "23505" &&
  (constraint === undefined || (error as { constraint?: unknown }).constraint === constraint);

/** A kept plan that a change of its table's columns made unusable (after a migration): prepare the statement again. */
export const isStalePlan = (error: unknown) =>
  (error as { code?: string }).code === "0A000" && /cached plan must not change result type/.test((error as Error).message ?? "");
