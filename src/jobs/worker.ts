import type { Deps } from "../shared/deps.js";
import { runDueTimers } from "./run-due-timers.js";
import type { TimerHandler } from "./timer.js";
import { listenForWakeups } from "./wake-listener.js";

/** Further work each round, such as delivering the notification outbox. */
export type WorkerTask = (deps: Deps) => Promise<unknown>;

export type WorkerOptions = {
  timerHandlers: Record<string, TimerHandler>;
  tasks?: WorkerTask[];
  intervalMs?: number;
  /** wake early on NOTIFY casedesk_jobs (PostgreSQL with DATABASE_URL); default true */
  listen?: boolean;
};

export type Worker = {
  /** Ends the loop after the current round, which it waits for. */
  stop(): Promise<void>;
  /** Starts the next round now instead of after the interval. */
  wake(): void;
  /** Rounds completed so far. */
  readonly rounds: number;
};

/**
 * Every interval: fires due timers, then runs each task. A failing round is logged and the loop
 * goes on; nothing here ends the process.
 */
export function startWorker(deps: Deps, options: WorkerOptions): Worker {
  const intervalMs = options.intervalMs ?? 1000;
  const tasks = options.tasks ?? [];
  let stopped = false;
  let rounds = 0;
  let wokenEarly = false;
  let endSleep: (() => void) | undefined;

  const sleep = () =>
    new Promise<void>((resolve) => {
      const timeout = setTimeout(done, intervalMs);
      function done() {
        clearTimeout(timeout);
        endSleep = undefined;
        resolve();
      }
      endSleep = done;
    });

  const round = async () => {
    try {
      await runDueTimers(deps, options.timerHandlers);
    } catch (error) {
      deps.logger.error({ err: error }, "timer round failed");
    }
    for (const task of tasks) {
      try {
        await task(deps);
      } catch (error) {
        deps.logger.error({ err: error, task: task.name }, "worker task failed");
      }
    }
    rounds++;
  };

  const wake = () => {
    if (endSleep) endSleep();
    else wokenEarly = true;
  };

  const loop = (async () => {
    while (!stopped) {
      await round();
      if (stopped) break;
      if (wokenEarly) {
        wokenEarly = false;
        continue;
      }
      await sleep();
    }
  })().catch((error: unknown) => deps.logger.error({ err: error }, "worker loop ended"));

  const listener = options.listen === false ? undefined : listenForWakeups(deps, wake);

  return {
    async stop() {
      stopped = true;
      endSleep?.();
      await loop;
      await listener?.close();
    },
    wake,
    get rounds() {
      return rounds;
    },
  };
}
