import type { Db } from "../db/database.js";
import type { TimerRow, TimerStatus } from "../db/schema.js";
import type { Deps } from "../shared/deps.js";

export type { TimerRow, TimerStatus };

/**
 * Runs a due timer inside the transaction that marks it fired: every query must go through `tx`
 * (on PGlite there is one connection, and `deps.db` would wait for this very transaction).
 */
export type TimerHandler = (tx: Db, timer: TimerRow, deps: Deps) => Promise<void>;

export const TIMER_STATUSES = ["pending", "fired", "cancelled", "failed"] as const satisfies readonly TimerStatus[];

/** A handler that keeps throwing is given up after this many attempts (the timer turns 'failed'). */
export const TIMER_MAX_ATTEMPTS = 5;

const RETRY_BASE_MS = 30_000;
const RETRY_CAP_MS = 60 * 60_000;

/** How long to wait before the next attempt after `attempts` failed ones: 30 s, 1 min, 2 min … at most 1 h. */
export function timerRetryDelayMs(attempts: number): number {
  return Math.min(RETRY_CAP_MS, RETRY_BASE_MS * 2 ** Math.max(0, attempts - 1));
}

/** An error as one line of text for `last_error`, bounded. */
export function describeError(error: unknown): string {
  const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return text.length > 2000 ? `${text.slice(0, 2000)}…` : text;
}
