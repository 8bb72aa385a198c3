import type { Database } from "../db/database.js";
import type { Deps } from "../shared/deps.js";
import { startPollLoop, type PollLoop } from "./poll-loop.js";
import { runDueTimers } from "./run-due-timers.js";
import type { TimerHandler } from "./timer.js";
import { findNextDueAt } from "./timers.repository.js";
import { listenForWakeups } from "./wake-listener.js";

/**
 * Further work beside the timers, such as delivering one channel of the outbox. Each task runs in
 * a loop of its own; `signal` is aborted when the worker stops, so a long round can end early.
 */
export type WorkerTask = { name: string; run(deps: Deps, signal: AbortSignal): Promise<unknown> };

export type WorkerOptions = {
  timerHandlers: Record<string, TimerHandler>;
  tasks?: WorkerTask[];
  intervalMs?: number;
  /** wake early on NOTIFY casedesk_jobs, heard through this (PostgreSQL's `Database.listen`); without it the worker only polls */
  wakeOn?: Database["listen"];
};

export type Worker = {
  /** Ends every loop after its current round, which it waits for. */
  stop(): Promise<void>;
  /** Starts every loop's next round now instead of after its sleep. */
  wake(): void;
  /** Timer rounds completed so far. */
  readonly rounds: number;
};

/**
 * Fires due timers in a loop of their own, and runs each task in another: a task's round that
 * waits on a slow gateway never delays a timer. The timer loop sleeps until the next timer falls
 * due, at most `intervalMs` (timers written meanwhile, by this instance or another, are found by
 * the next poll or a NOTIFY). A failing round is logged and its loop goes on.
 */
export function startWorker(deps: Deps, options: WorkerOptions): Worker {
  const intervalMs = options.intervalMs ?? 1000;
  const loopOptions = { retryMs: intervalMs, logger: deps.logger };
  const timers = startPollLoop("timers", async () => {
    const fired = await runDueTimers(deps, options.timerHandlers);
    return sleepBeforeNextTimer(deps, intervalMs, fired);
  }, loopOptions);
  const tasks = (options.tasks ?? []).map((task) =>
    startPollLoop(task.name, async (signal) => {
      await task.run(deps, signal);
      return intervalMs;
    }, loopOptions),
  );
  const loops: PollLoop[] = [timers, ...tasks];
  const wake = () => loops.forEach((loop) => loop.wake());
  const listener = options.wakeOn ? listenForWakeups(options.wakeOn, wake) : undefined;

  return {
    async stop() {
      await Promise.all(loops.map((loop) => loop.stop()));
      await listener?.close();
    },
    wake,
    get rounds() {
      return timers.rounds;
    },
  };
}

/**
 * Until the next pending timer falls due, within [0, intervalMs]. One already due again (it fell
 * due during the round) runs at once. If the round fired nothing, the due ones are held elsewhere
 * (another instance's transaction, a kind this worker has no handler for): the loop then sleeps
 * until the first timer still to come, so such a timer neither makes it spin nor hides a later one.
 */
async function sleepBeforeNextTimer(deps: Deps, intervalMs: number, fired: number): Promise<number> {
  const now = deps.clock.now();
  const next = await findNextDueAt(deps.db, fired > 0 ? undefined : now);
  if (!next) return intervalMs;
  return Math.max(0, Math.min(next.getTime() - now.getTime(), intervalMs));
}
