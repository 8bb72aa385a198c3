import type { Actor } from "../auth/index.js";
import type { Deps } from "../shared/deps.js";
import { AppError, type FieldError } from "../shared/errors.js";
import { checkEngineer } from "./create-plan.js";
import { findJobView, lockJob, updateJobRow } from "./jobs.repository.js";
import { assertCan } from "./maintenance.policy.js";
import type { ChecklistResult } from "./tables.js";

export type UpdateJobInput = {
  actor: Actor; jobId: string; version?: number; engineerId?: string | null; summary?: string | null;
  checklist?: { key: string; result: ChecklistResult | null; note?: string | null }[];
};

/**
 * The engineer's work on a job: checklist results (by item key, of the version the job was opened
 * with), the summary, the engineer. An open job becomes in progress; a delivered one is closed to
 * changes, and a submitted report goes back to in progress when its contents change.
 */
export async function updateJob(deps: Deps, input: UpdateJobInput) {
  assertCan(input.actor, "work_job", "maintenance_job");
  await checkEngineer(deps.db, input.engineerId);
  await deps.db.transaction().execute(async (tx) => {
    const job = await lockJob(tx, input.jobId);
    if (!job) throw new AppError("not_found", { what: "maintenance_job" });
    if (input.version !== undefined && input.version !== job.version) throw new AppError("version_conflict");
    if (job.status === "delivered") throw new AppError("conflict", { reason: "maintenance_job_delivered" });
    const changes: Record<string, unknown> = {};
    if (input.checklist) {
      const byKey = new Map(job.checklist.map((entry) => [entry.key, entry]));
      const errors = input.checklist.flatMap((line, index): FieldError[] => (byKey.has(line.key) ? [] : [{ path: `body.checklist.${index}.key`, code: "unknown_checklist_item" }]));
      if (errors.length) throw new AppError("validation_failed", {}, errors);
      const given = new Map(input.checklist.map((line) => [line.key, line]));
      changes.checklist = JSON.stringify(job.checklist.map((entry) => {
        const line = given.get(entry.key);
        return line ? { ...entry, result: line.result, note: line.note === undefined ? entry.note : line.note } : entry;
      }));
    }
    if (input.summary !== undefined) changes.summary = input.summary;
    if (input.engineerId !== undefined) changes.engineerId = input.engineerId;
    if (Object.keys(changes).length === 0) return;
    changes.status = "in_progress";
    await updateJobRow(tx, job.id, changes, deps.clock.now());
  });
  return (await findJobView(deps.db, input.jobId))!;
}
