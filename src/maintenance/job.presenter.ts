import type { Selectable } from "kysely";
import type { JobView } from "./jobs.repository.js";
import { openItems } from "./checklist.js";
import type { MaintenanceMetricSetsTable } from "./tables.js";

/** "IBM Power S924 (78D1234)": how a covered system is named to people. */
export const equipmentLabel = (e: { vendor: string; model: string; serial: string | null }) => `${e.vendor} ${e.model}${e.serial ? ` (${e.serial})` : ""}`;

const iso = (at: Date | null) => (at ? at.toISOString() : null);

/** Is the report late: past its due instant and not delivered, or delivered after it. */
export function lateness(job: { status: string; reportDueAt: Date; deliveredAt: Date | null }, now: Date): "on_time" | "late" | "due" {
  if (job.deliveredAt) return job.deliveredAt <= job.reportDueAt ? "on_time" : "late";
  return now > job.reportDueAt ? "late" : "due";
}

/** A job as staff see it. */
export function presentJob(job: JobView, now: Date) {
  return {
    id: job.id, number: job.number, planId: job.planId, customerId: job.customerId, customerName: job.customerName, contractId: job.contractId,
    contractNo: job.contractNo, equipmentId: job.equipmentId, equipment: equipmentLabel(job), period: job.period,
    periodStartsAt: job.periodStartsAt.toISOString(), status: job.status, reportDueAt: job.reportDueAt.toISOString(), timeliness: lateness(job, now),
    engineerId: job.engineerId, engineerName: job.engineerName, checklistVersion: job.checklistVersion, checklist: job.checklist,
    openItemCount: openItems(job.checklist).length, findings: job.findings, summary: job.summary, hasReport: job.report !== null,
    reportBuiltAt: iso(job.reportBuiltAt), signedOffAt: iso(job.signedOffAt), approvedAt: iso(job.approvedAt), deliveredAt: iso(job.deliveredAt),
    deliveredTo: job.deliveredTo, overdueWarnedAt: iso(job.overdueWarnedAt), version: job.version, openedAt: job.openedAt.toISOString(),
  };
}

/** What a customer sees of a delivered report in the portal: no engineer's notes beyond the report itself. */
export function presentPortalReport(job: JobView) {
  return {
    id: job.id, number: job.number, period: job.period, equipment: equipmentLabel(job), customerName: job.customerName,
    deliveredAt: iso(job.deliveredAt), findingCount: job.findings.length,
  };
}

export function presentMetricSet(set: Selectable<MaintenanceMetricSetsTable>, withPoints: boolean) {
  return {
    id: set.id, format: set.format, filename: set.filename, host: set.host, sampleCount: set.sampleCount,
    firstAt: set.firstAt.toISOString(), lastAt: set.lastAt.toISOString(), createdAt: set.createdAt.toISOString(),
    series: set.series.map((s) => ({ metric: s.metric, instance: s.instance, unit: s.unit, pointCount: s.points.length, ...(withPoints ? { points: s.points } : {}) })),
  };
}
