import type { Logger } from "pino";

/** One round of work; it returns how long to sleep before the next one (ms). */
export type Round = (signal: AbortSignal) => Promise<number>;

export type PollLoop = {
  /** Stops after the current round, which it waits for; the round's signal is aborted meanwhile. */
  stop(): Promise<void>;
  /** Starts the next round now instead of after the sleep (or right after the current round). */
  wake(): void;
  /** Rounds completed so far. */
  readonly rounds: number;
};

/**
 * Runs `round` again and again, sleeping what it asks between rounds. A round that throws is
 * logged and followed by a sleep of `retryMs`; nothing here ends the process.
 */
export function startPollLoop(name: string, round: Round, options: { retryMs: number; logger: Logger }): PollLoop {
  const stopping = new AbortController();
  let rounds = 0;
  let wokenEarly = false;
  let endSleep: (() => void) | undefined;

  const sleep = (ms: number) =>
    new Promise<void>((resolve) => {
      const timeout = setTimeout(done, ms);
      function done() {
        clearTimeout(timeout);
        endSleep = undefined;
        resolve();
      }
      endSleep = done;
    });

  const loop = (async () => {
    while (!stopping.signal.aborted) {
      let sleepMs = options.retryMs;
      try {
        sleepMs = await round(stopping.signal);
      } catch (error) {
        options.logger.error({ err: error, loop: name }, "worker round failed");
      }
      rounds++;
      if (stopping.signal.aborted) break;
      if (wokenEarly) {
        wokenEarly = false;
        continue;
      }
      if (sleepMs > 0) await sleep(sleepMs);
    }
  })().catch((error: unknown) => options.logger.error({ err: error, loop: name }, "worker loop ended"));

  return {
    async stop() {
      stopping.abort();
      endSleep?.();
      await loop;
    },
    wake() {
      if (endSleep) endSleep();
      else wokenEarly = true;
    },
    get rounds() {
      return rounds;
    },
  };
}
