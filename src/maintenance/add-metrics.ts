import type { Actor } from "../auth/index.js";
import type { Db } from "../db/database.js";
import type { Deps } from "../shared/deps.js";
import { AppError } from "../shared/errors.js";
import { analyse, mergeSeries } from "./analyse.js";
import { lockJob, updateJobRow } from "./jobs.repository.js";
import { assertCan, assertCanPush } from "./maintenance.policy.js";
import { isMetricName, MetricsParseError, SeriesBuilder } from "./metrics-format.js";
import { currentJobOfEquipment, insertMetricSet, metricSetsOf } from "./metrics.repository.js";
import { parseMetrics } from "./parse-metrics.js";
import { findPlan } from "./plans.repository.js";
import { activeRules } from "./rules.repository.js";
import type { MetricFormat, MetricSeries } from "./tables.js";

type Incoming = { format: MetricFormat; filename: string | null; host: string | null; series: MetricSeries[] };

/** A refused file as a 422 naming the file, the line and the reason; nothing is written. */
export function refusalOf(error: MetricsParseError): AppError {
  return new AppError("validation_failed", {}, [{ path: "body.file", code: error.code, params: { ...(error.line === null ? {} : { line: error.line }), detail: error.reason } }]);
}

/** Re-reads every upload of the job against the active rules and keeps the findings with the job. */
export async function reanalyseJob(tx: Db, jobId: string, now: Date) {
  const sets = await metricSetsOf(tx, jobId);
  const findings = analyse(mergeSeries(sets.map((set) => set.series)), await activeRules(tx));
  await updateJobRow(tx, jobId, { findings: JSON.stringify(findings) }, now);
  return findings;
}

async function keep(deps: Deps, actor: Actor, jobId: string, incoming: Incoming) {
  const points = incoming.series.flatMap((s) => s.points.map((p) => p[0]));
  if (points.length === 0) throw new AppError("validation_failed", {}, [{ path: incoming.format === "push" ? "body.samples" : "body.file", code: "no_timestamps" }]);
  return deps.db.transaction().execute(async (tx) => {
    const job = await lockJob(tx, jobId);
    if (!job) throw new AppError("not_found", { what: "maintenance_job" });
    if (job.status === "delivered") throw new AppError("conflict", { reason: "maintenance_job_delivered" });
    const now = deps.clock.now();
    const set = await insertMetricSet(tx, {
      jobId, format: incoming.format, filename: incoming.filename, host: incoming.host, series: incoming.series, sampleCount: points.length,
      firstAt: new Date(Math.min(...points)), lastAt: new Date(Math.max(...points)), uploadedBy: actor.id, createdAt: now,
    });
    if (job.status === "open") await updateJobRow(tx, jobId, { status: "in_progress" }, now);
    const findings = await reanalyseJob(tx, jobId, now);
    return { set, findings };
  });
}

/** The engineer's upload: casedesk CSV, sysstat `sadf -d` or nmon, read in the plan's time zone. */
export async function uploadMetrics(deps: Deps, input: { actor: Actor; jobId: string; filename: string | null; bytes: Buffer }) {
  assertCan(input.actor, "work_job", "maintenance_job");
  const job = await deps.db.selectFrom("maintenanceJobs").select(["planId"]).where("id", "=", input.jobId).executeTakeFirst();
  if (!job) throw new AppError("not_found", { what: "maintenance_job" });
  const plan = await findPlan(deps.db, job.planId);
  let parsed;
  try {
    parsed = parseMetrics(input.bytes, plan?.timeZone ?? "Asia/Shanghai");
  } catch (error) {
    if (error instanceof MetricsParseError) throw refusalOf(error);
    throw error;
  }
  return keep(deps, input.actor, input.jobId, { format: parsed.format, filename: input.filename, host: parsed.host, series: parsed.series });
}

export type PushedSample = { at: Date; metric: string; instance?: string; value: number };

/**
 * A monitoring system's samples for a covered system (by equipment id or serial), kept with its
 * current job (the latest not yet delivered). Unknown metrics are refused by index.
 */
export async function pushMetrics(deps: Deps, input: { actor: Actor; equipmentId?: string; serial?: string; host?: string; samples: PushedSample[] }) {
  assertCanPush(input.actor);
  const unknown = input.samples.findIndex((s) => !isMetricName(s.metric));
  if (unknown >= 0) throw new AppError("validation_failed", {}, [{ path: `body.samples.${unknown}.metric`, code: "invalid_value" }]);
  const job = await currentJobOfEquipment(deps.db, { id: input.equipmentId, serial: input.serial });
  if (!job) throw new AppError("not_found", { what: "maintenance_job" });
  const builder = new SeriesBuilder();
  for (const s of input.samples) if (isMetricName(s.metric)) builder.add(s.metric, s.instance ?? "", s.at.getTime(), s.value);
  const kept = await keep(deps, input.actor, job.id, { format: "push", filename: null, host: input.host ?? null, series: builder.build() });
  return { jobId: job.id, ...kept };
}
