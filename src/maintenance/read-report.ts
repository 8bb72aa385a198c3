import type { Actor } from "../auth/index.js";
import type { Db } from "../db/database.js";
import type { Deps } from "../shared/deps.js";
import { AppError } from "../shared/errors.js";
import type { JobView } from "./jobs.repository.js";
import { findPlan } from "./plans.repository.js";
import { loadJobFor } from "./read-jobs.js";
import type { ReportSignatures } from "./report.pdf.js";
import type { ReportSnapshot } from "./tables.js";

/** Who signed and approved the report, and the zone its times are shown in. */
export async function reportSignatures(db: Db, job: JobView, timeZone: string): Promise<ReportSignatures> {
  const approver = job.approvedBy ? await db.selectFrom("users").select("name").where("id", "=", job.approvedBy).executeTakeFirst() : undefined;
  return { jobNumber: job.number, signedOffAt: job.signedOffAt, approvedByName: approver?.name ?? null, approvedAt: job.approvedAt, timeZone };
}

/** A built report for this caller (a customer: its own company's delivered ones only, else 404). */
export async function loadReportFor(deps: Deps, actor: Actor, jobId: string): Promise<{ job: JobView; report: ReportSnapshot; signatures: ReportSignatures }> {
  const job = await loadJobFor(deps, actor, jobId);
  if (!job.report) throw new AppError("not_found", { what: "maintenance_report" });
  const plan = await findPlan(deps.db, job.planId);
  return { job, report: job.report, signatures: await reportSignatures(deps.db, job, plan?.timeZone ?? "Asia/Shanghai") };
}
