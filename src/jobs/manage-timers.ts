import type { Actor } from "../auth/index.js";
import type { Deps } from "../shared/deps.js";
import { AppError, notFound } from "../shared/errors.js";
import { decodeCursor, encodeCursor, type Page } from "../shared/pagination.js";
import { assertCanOperateTimers } from "./jobs.policy.js";
import type { TimerRow, TimerStatus } from "./timer.js";
import { findTimerById, listTimerRows, requeueFailedTimer } from "./timers.repository.js";

/** Timers by status for administrators (failed ones first of all), latest due first. */
export async function listTimers(deps: Deps, input: { actor: Actor; status: TimerStatus; limit: number; cursor?: string }): Promise<Page<TimerRow>> {
  assertCanOperateTimers(input.actor);
  const after = input.cursor ? decodeCursor(input.cursor) : undefined;
  const rows = await listTimerRows(deps.db, {
    status: input.status,
    limit: input.limit,
    after: after ? { dueAt: new Date(String(after.v)), id: after.id } : undefined,
  });
  const items = rows.slice(0, input.limit);
  const last = items.at(-1);
  return { items, nextCursor: rows.length > input.limit && last ? encodeCursor({ v: last.dueAt.toISOString(), id: last.id }) : null };
}

/** Runs a failed timer again now, with a fresh count of attempts; only a failed one. */
export async function retryTimer(deps: Deps, input: { actor: Actor; timerId: string }): Promise<TimerRow> {
  assertCanOperateTimers(input.actor);
  const requeued = await requeueFailedTimer(deps.db, input.timerId, deps.clock.now());
  if (requeued) return requeued;
  const found = await findTimerById(deps.db, input.timerId);
  if (!found) throw notFound("timer");
  throw new AppError("conflict", { reason: "timer_not_failed", status: found.status });
}
