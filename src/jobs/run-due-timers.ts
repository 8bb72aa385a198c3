import { databaseFailureOf } from "../db/database-errors.js";
import type { Deps } from "../shared/deps.js";
import { timerLagSeconds } from "./metrics.js";
import { describeError, TIMER_MAX_ATTEMPTS, timerRetryDelayMs, type TimerHandler, type TimerRow } from "./timer.js";
import {
  findDueTimerIds, lockDueTimer, lockPendingTimer, markTimerFailed, markTimerFired, setTimerRetry,
} from "./timers.repository.js";

export type RunDueTimersOptions = { limit?: number; maxAttempts?: number };

const LATE_SECONDS = 60;

type Outcome = "fired" | "retry" | "failed" | "skipped";

/**
 * Fires every due pending timer (`due_at <= deps.clock.now()`), oldest first, in batches, with no
 * cap. Each timer runs in a transaction of its own that also marks it fired, so its effects and
 * the mark commit together; a timer claimed by a process that died before committing is simply
 * pending again. Returns how many fired.
 */
export async function runDueTimers(deps: Deps, handlers: Record<string, TimerHandler>, options: RunDueTimersOptions = {}): Promise<number> {
  const limit = options.limit ?? 100;
  const maxAttempts = options.maxAttempts ?? TIMER_MAX_ATTEMPTS;
  let fired = 0;
  for (;;) {
    const now = deps.clock.now();
    // one statement on its own (its row locks last as long as it does): skips what others are
    // firing now, and needs no BEGIN and COMMIT around it
    const candidates = await findDueTimerIds(deps.db, now, limit);
    let progressed = 0;
    for (const { id } of candidates) {
      const outcome = await fireTimer(deps, handlers, id, maxAttempts);
      if (outcome !== "skipped") progressed++;
      if (outcome === "fired") fired++;
    }
    // a handled timer leaves the due set (fired, failed or pushed back), so this ends
    if (candidates.length < limit || progressed === 0) return fired;
  }
}

async function fireTimer(deps: Deps, handlers: Record<string, TimerHandler>, id: string, maxAttempts: number): Promise<Outcome> {
  const claim: { timer?: TimerRow } = {};
  let firedAt: Date | undefined;
  try {
    const outcome = await deps.db.transaction().execute(async (tx): Promise<Outcome> => {
      const now = deps.clock.now();
      const timer = await lockDueTimer(tx, id, now);
      if (!timer) return "skipped";
      claim.timer = timer;
      const handler = Object.hasOwn(handlers, timer.kind) ? handlers[timer.kind] : undefined;
      if (!handler) {
        await markTimerFailed(tx, id, `no handler for timer kind "${timer.kind}"`, timer.attempts);
        deps.logger.error({ key: timer.key, kind: timer.kind }, "timer of an unknown kind failed");
        return "failed";
      }
      await handler(tx, timer, deps);
      await markTimerFired(tx, id, now);
      firedAt = now;
      return "fired";
    });
    if (outcome === "fired" && claim.timer && firedAt) observeLag(deps, claim.timer, firedAt);
    return outcome;
  } catch (error) {
    if (!claim.timer) {
      deps.logger.error({ err: error, timerId: id }, "could not claim a timer");
      return "skipped";
    }
    // a lost connection is not the handler's fault: its transaction did not commit (or did, and
    // the timer is fired), so no attempt is counted and the next round takes it up again
    if (databaseFailureOf(error) === "unreachable") {
      deps.logger.warn({ err: error, key: claim.timer.key }, "timer not fired: the database connection was lost");
      return "skipped";
    }
    return recordFailure(deps, claim.timer, error, maxAttempts);
  }
}

/** The handler's effects are rolled back; count the attempt and push the timer back, in a transaction of its own. */
async function recordFailure(deps: Deps, claimed: TimerRow, error: unknown, maxAttempts: number): Promise<Outcome> {
  const message = describeError(error);
  try {
    return await deps.db.transaction().execute(async (tx): Promise<Outcome> => {
      const timer = await lockPendingTimer(tx, claimed.id, deps.clock.now());
      if (!timer) return "skipped";
      const attempts = timer.attempts + 1;
      if (attempts >= maxAttempts) {
        await markTimerFailed(tx, timer.id, message, attempts);
        deps.logger.error({ key: timer.key, kind: timer.kind, attempts, error: message }, "timer failed for good");
        return "failed";
      }
      const retryAt = new Date(deps.clock.now().getTime() + timerRetryDelayMs(attempts));
      await setTimerRetry(tx, timer.id, message, attempts, retryAt);
      deps.logger.warn({ key: timer.key, kind: timer.kind, attempts, retryAt, error: message }, "timer handler failed; will retry");
      return "retry";
    });
  } catch (failure) {
    deps.logger.error({ err: failure, key: claimed.key }, "could not record a timer's failure");
    return "skipped";
  }
}

function observeLag(deps: Deps, timer: TimerRow, firedAt: Date): void {
  const lagSeconds = Math.max(0, (firedAt.getTime() - timer.dueAt.getTime()) / 1000);
  timerLagSeconds.observe({ kind: timer.kind }, lagSeconds);
  if (lagSeconds > LATE_SECONDS) deps.logger.warn({ key: timer.key, kind: timer.kind, lagSeconds }, "timer fired late");
}
