import { isCustomer, type Actor } from "../auth/index.js";
import type { Deps } from "../shared/deps.js";
import { AppError } from "../shared/errors.js";
import { decodeCursor, encodeCursor } from "../shared/pagination.js";
import { findJobView, listJobViews, type JobView } from "./jobs.repository.js";
import { BOARD_TIME_ZONE } from "./maintenance-figures.js";
import { assertCan } from "./maintenance.policy.js";
import { nextPeriod, periodStartsAt } from "./period.js";
import type { MaintenanceJobStatus } from "./tables.js";

const notFound = () => new AppError("not_found", { what: "maintenance_job" });

/**
 * A job for this caller: staff see every job; a customer only its own company's delivered
 * reports (anything else is a 404, as if it did not exist).
 */
export async function loadJobFor(deps: Deps, actor: Actor, jobId: string): Promise<JobView> {
  const job = await findJobView(deps.db, jobId);
  if (!job) throw notFound();
  if (isCustomer(actor)) {
    if (job.customerId !== actor.customerId || job.status !== "delivered") throw notFound();
    return job;
  }
  assertCan(actor, "read", "maintenance_job");
  return job;
}

export type ListJobsInput = {
  actor: Actor; status?: MaintenanceJobStatus[]; customerId?: string; period?: string; engineerId?: string; limit: number; cursor?: string;
  /** the board's drill-down: periods that started in this month (the board's zone), on time, late or not yet due */
  month?: string; timeliness?: "on_time" | "late" | "due";
};

/** Jobs, newest period first; a customer gets its own company's delivered reports only. */
export async function listJobs(deps: Deps, input: ListJobsInput) {
  const { month, timeliness, ...rest } = input;
  const filter = {
    ...rest, after: input.cursor ? asPeriodCursor(input.cursor) : undefined,
    ...(month ? monthRange(month) : {}), timeliness: timeliness ? { is: timeliness, now: deps.clock.now() } : undefined,
  };
  if (isCustomer(input.actor)) {
    filter.customerId = input.actor.customerId;
    filter.status = ["delivered"];
  } else {
    assertCan(input.actor, "read", "maintenance_job");
  }
  const rows = await listJobViews(deps.db, filter);
  const items = rows.slice(0, input.limit);
  const last = items.at(-1);
  return { items, nextCursor: rows.length > input.limit && last ? encodeCursor({ v: last.period, id: last.id }) : null };
}

function asPeriodCursor(text: string) {
  const cursor = decodeCursor(text);
  if (typeof cursor.v !== "string") throw new AppError("validation_failed", {}, [{ path: "cursor", code: "invalid_cursor" }]);
  return { v: cursor.v, id: cursor.id };
}

const monthRange = (month: string) => ({ startsFrom: periodStartsAt(month, BOARD_TIME_ZONE), startsTo: periodStartsAt(nextPeriod(month, "monthly"), BOARD_TIME_ZONE) });
