/** Durable timers in the database (each key fires once, in the transaction of its effects) and the worker loop. */
export { assertTimerKeys, scheduleTimer, scheduleTimers, cancelTimers, rescheduleTimer } from "./schedule-timer.js";
export { runDueTimers, type RunDueTimersOptions } from "./run-due-timers.js";
export { startWorker, type Worker, type WorkerOptions, type WorkerTask } from "./worker.js";
export { type TimerHandler, type TimerRow, type TimerStatus, TIMER_MAX_ATTEMPTS, TIMER_STATUSES, timerRetryDelayMs } from "./timer.js";
export { listTimers, retryTimer } from "./manage-timers.js";
export { registerJobsMetrics, timerLagSeconds } from "./metrics.js";
export { insertTimersStatement, wakeWorkers, wakeWorkersStatement, WAKE_CHANNEL } from "./timers.repository.js";
export { timersRoutes } from "./timers.routes.js";
