import { DateTime } from "luxon";
import { attachmentStoreFor } from "../attachments/index.js";
import type { Db } from "../db/database.js";
import { scheduleTimer, type TimerHandler } from "../jobs/index.js";
import { referencedReportFiles } from "../maintenance/index.js";
import type { Deps } from "../shared/deps.js";

/**
 * Daily housekeeping, as a durable timer like every other deadline (one instance runs it; a
 * crash runs it again): the raw bytes of e-mail handled for good are dropped after
 * INBOUND_RAW_RETENTION_DAYS, attachment files that no attachment names are deleted once a
 * day has passed, and per-client limit windows that have ended are deleted. Each run schedules
 * the next, at 03:00 in TZ_DISPLAY.
 */
export const HOUSEKEEPING_KIND = "housekeeping.daily";
/** Files are left this long before a sweep may take them: far longer than any change that is writing them. */
export const SWEEP_GRACE_MS = 24 * 60 * 60_000;
const TRIM_BATCH = 500;

export type HousekeepingReport = { inboundTrimmed: number; files: { examined: number; removed: number; bytes: number }; rateLimitsCleared: number };

/** The next 03:00 in the display time zone after `now`. */
export function nextRunAt(now: Date, timeZone: string): Date {
  const local = DateTime.fromJSDate(now).setZone(timeZone);
  const today = local.set({ hour: 3, minute: 0, second: 0, millisecond: 0 });
  return (today > local ? today : today.plus({ days: 1 })).toJSDate();
}

/** Schedules the next run (its key names its day, so every instance schedules the same one). */
export async function scheduleHousekeeping(tx: Db, deps: Pick<Deps, "config">, now: Date): Promise<void> {
  const dueAt = nextRunAt(now, deps.config.displayTimeZone);
  const day = DateTime.fromJSDate(dueAt).setZone(deps.config.displayTimeZone).toISODate();
  await scheduleTimer(tx, { key: `housekeeping:${day}`, kind: HOUSEKEEPING_KIND, dueAt, now });
}

/** Drops the raw bytes of processed and rejected mail older than the retention; failed mail keeps them for a retry. */
async function trimInboundRaw(db: Db, cutoff: Date): Promise<number> {
  let trimmed = 0;
  for (;;) {
    const result = await db
      .updateTable("inboundMessages")
      .set({ raw: null })
      .where("id", "in", (eb) => eb
        .selectFrom("inboundMessages")
        .select("id")
        .where("raw", "is not", null)
        .where("status", "in", ["processed", "rejected"])
        .where("receivedAt", "<", cutoff)
        .limit(TRIM_BATCH))
      .executeTakeFirst();
    const n = Number(result.numUpdatedRows);
    trimmed += n;
    if (n < TRIM_BATCH) return trimmed;
  }
}

/** Deletes the per-client limit windows that have ended (an ended window counts as empty anyway). */
async function clearEndedRateLimits(db: Db): Promise<number> {
  // the limiter writes its windows' ends by the wall clock (rate-limiter-flexible reads Date.now())
  const result = await db.deleteFrom("rateLimits").where("expire", "<", Date.now()).executeTakeFirst();
  return Number(result.numDeletedRows);
}

/** Runs every chore now; `casedesk housekeeping` and the daily timer both come here. */
export async function runHousekeeping(deps: Deps, db: Db = deps.db): Promise<HousekeepingReport> {
  const now = deps.clock.now();
  const days = deps.config.inboundRawRetentionDays;
  const inboundTrimmed = days > 0 ? await trimInboundRaw(db, new Date(now.getTime() - days * 24 * 60 * 60_000)) : 0;
  const rateLimitsCleared = await clearEndedRateLimits(db);
  const files = await attachmentStoreFor(deps.config).sweep({
    // the files' own times are the wall clock's, whatever clock the app runs on
    olderThan: new Date(Date.now() - SWEEP_GRACE_MS),
    referenced: async (sha256s) => {
      const rows = await db.selectFrom("caseAttachments").select("sha256").distinct().where("sha256", "in", sha256s).execute();
      // delivered maintenance reports keep their PDF (the e-mail's attachment)
      const reports = await referencedReportFiles({ db }, sha256s);
      return new Set([...rows.map((row) => row.sha256), ...reports]);
    },
  });
  deps.logger.info({ inboundTrimmed, files, rateLimitsCleared }, "housekeeping done");
  return { inboundTrimmed, files, rateLimitsCleared };
}

// the next run is scheduled in the same transaction; a chore that throws is logged, not retried,
// so that one bad file cannot stop tomorrow's run
const runDaily: TimerHandler = async (tx, _timer, deps) => {
  await runHousekeeping(deps, tx).catch((error: unknown) => deps.logger.error({ err: error }, "housekeeping failed; it runs again tomorrow"));
  await scheduleHousekeeping(tx, deps, deps.clock.now());
};

export const housekeepingTimerHandlers = { [HOUSEKEEPING_KIND]: runDaily };

/** At worker start: makes sure a next run is scheduled (a no-op when one is). */
export async function ensureHousekeepingScheduled(deps: Deps): Promise<void> {
  await deps.db.transaction().execute((tx) => scheduleHousekeeping(tx, deps, deps.clock.now()));
}
