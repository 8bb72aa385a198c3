import type { Actor } from "../auth/index.js";
import type { Deps } from "../shared/deps.js";
import { AppError } from "../shared/errors.js";
import { downsample, mergeSeries } from "./analyse.js";
import { equipmentLabel } from "./job.presenter.js";
import { findJobView, lockJob, updateJobRow } from "./jobs.repository.js";
import { assertCan } from "./maintenance.policy.js";
import { metricSetsOf } from "./metrics.repository.js";
import type { MetricSeries, ReportSnapshot } from "./tables.js";

/** The charts a report carries, in this order, and how many points each keeps. */
const CHART_METRICS = ["cpu.busy_pct", "mem.used_pct", "swap.used_pct", "disk.busy_pct", "disk.await_ms", "fs.used_pct", "log.errors"];
const CHARTS_MAX = 8;
const CHART_POINTS = 120;

/** The series worth a chart: the whole-system ones, and per disk or file system the busiest few. */
export function chartsOf(series: MetricSeries[]): ReportSnapshot["charts"] {
  const peak = (s: MetricSeries) => Math.max(...s.points.map((p) => p[1]));
  const chosen = CHART_METRICS.flatMap((metric) => series.filter((s) => s.metric === metric).sort((a, b) => peak(b) - peak(a)).slice(0, 2));
  return chosen.slice(0, CHARTS_MAX).map((s) => ({ metric: s.metric, instance: s.instance, unit: s.unit, points: downsample(s.points, CHART_POINTS) }));
}

/**
 * Builds the report and signs it off in the actor's name: the checklist results, the findings
 * with their recommendations, the charts and the summary, frozen as they are now (the PDF, the
 * print page and the portal show this snapshot). Building again replaces it and clears an
 * expert's approval of the old one.
 */
export async function buildReport(deps: Deps, input: { actor: Actor; jobId: string; summary?: string | null }) {
  assertCan(input.actor, "deliver", "maintenance_job");
  await deps.db.transaction().execute(async (tx) => {
    const locked = await lockJob(tx, input.jobId);
    if (!locked) throw new AppError("not_found", { what: "maintenance_job" });
    if (locked.status === "delivered") throw new AppError("conflict", { reason: "maintenance_job_delivered" });
    const job = (await findJobView(tx, input.jobId))!;
    const now = deps.clock.now();
    const summary = input.summary === undefined ? job.summary : input.summary;
    const series = mergeSeries((await metricSetsOf(tx, job.id)).map((set) => set.series));
    const report: ReportSnapshot = {
      builtAt: now.toISOString(), customerName: job.customerName, contractNo: job.contractNo, equipment: equipmentLabel(job), period: job.period,
      engineerName: input.actor.kind === "user" ? input.actor.name : job.engineerName, summary, checklist: job.checklist, findings: job.findings, charts: chartsOf(series),
    };
    await updateJobRow(tx, job.id, {
      report: JSON.stringify(report), summary, reportBuiltAt: now, status: "report_submitted", signedOffBy: input.actor.id, signedOffAt: now, approvedBy: null, approvedAt: null,
    }, now);
  });
  return (await findJobView(deps.db, input.jobId))!;
}

/** An expert (or a manager) approves the built report; optional, shown on it. */
export async function approveReport(deps: Deps, input: { actor: Actor; jobId: string }) {
  assertCan(input.actor, "approve_report", "maintenance_job");
  await deps.db.transaction().execute(async (tx) => {
    const job = await lockJob(tx, input.jobId);
    if (!job) throw new AppError("not_found", { what: "maintenance_job" });
    if (!job.report) throw new AppError("validation_failed", {}, [{ path: "report", code: "report_not_built" }]);
    if (job.status === "delivered") throw new AppError("conflict", { reason: "maintenance_job_delivered" });
    const now = deps.clock.now();
    await updateJobRow(tx, job.id, { approvedBy: input.actor.id, approvedAt: now }, now);
  });
  return (await findJobView(deps.db, input.jobId))!;
}
