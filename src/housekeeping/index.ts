/** Daily chores: old raw mail trimmed, unreferenced attachment files swept, ended rate-limit windows deleted. */
export { ensureHousekeepingScheduled, housekeepingTimerHandlers, nextRunAt, runHousekeeping, SWEEP_GRACE_MS, type HousekeepingReport } from "./housekeeping.js";
