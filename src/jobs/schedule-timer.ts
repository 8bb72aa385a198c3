import type { Db } from "../db/database.js";
import { cancelPendingTimers, insertTimer, insertTimers, reschedulePendingTimer, wakeWorkers } from "./timers.repository.js";

const KEY = /^[\x21-\x7e]{1,400}$/;

/**
 * Schedules a timer in the caller's transaction. A key fires at most once, ever (it encodes case,
 * metric, cycle and step): scheduling an existing key changes nothing and returns false.
 */
export async function scheduleTimer(
  tx: Db,
  t: { key: string; kind: string; dueAt: Date; payload?: object; now: Date },
): Promise<boolean> {
  if (!KEY.test(t.key)) throw new Error(`timer key must be 1-400 printable ASCII characters: ${JSON.stringify(t.key)}`);
  const inserted = await insertTimer(tx, { ...t, payload: t.payload ?? {} });
  if (inserted && t.dueAt.getTime() <= t.now.getTime()) await wakeWorkers(tx);
  return inserted;
}

/**
 * Schedules several timers in the caller's transaction with one statement, each exactly as
 * `scheduleTimer` would (a key fires at most once); returns the keys that were new.
 */
export async function scheduleTimers(tx: Db, timers: { key: string; kind: string; dueAt: Date; payload?: object }[], now: Date): Promise<Set<string>> {
  assertTimerKeys(timers);
  const inserted = await insertTimers(tx, timers.map((t) => ({ ...t, payload: t.payload ?? {} })), now);
  if (timers.some((t) => inserted.has(t.key) && t.dueAt.getTime() <= now.getTime())) await wakeWorkers(tx);
  return inserted;
}

/** Refuses a key that is not 1-400 printable ASCII characters (for callers that insert timers in a statement of their own). */
export function assertTimerKeys(timers: { key: string }[]): void {
  for (const t of timers) {
    if (!KEY.test(t.key)) throw new Error(`timer key must be 1-400 printable ASCII characters: ${JSON.stringify(t.key)}`);
  }
}

/**
 * Cancels the pending timers with these keys, or whose key starts with the prefix; with
 * `dueAfter`, only those due later than it (what fell due before stays to fire). Returns how many.
 */
export function cancelTimers(tx: Db, where: ({ keyPrefix: string } | { keys: string[] }) & { dueAfter?: Date }, now: Date): Promise<number> {
  return cancelPendingTimers(tx, where, now);
}

/** Moves a pending timer (a paused clock resumed and the deadline moved); false if it is not pending. */
export async function rescheduleTimer(tx: Db, key: string, dueAt: Date): Promise<boolean> {
  return reschedulePendingTimer(tx, key, dueAt);
}
