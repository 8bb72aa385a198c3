import { attachmentStoreFor } from "../attachments/index.js";
import type { Actor } from "../auth/index.js";
import { notify } from "../notify/index.js";
import type { Deps } from "../shared/deps.js";
import { AppError } from "../shared/errors.js";
import { openItems } from "./checklist.js";
import { equipmentLabel } from "./job.presenter.js";
import { designatedContacts, findJobView, lockJob, updateJobRow } from "./jobs.repository.js";
import { assertCan } from "./maintenance.policy.js";
import { findPlan } from "./plans.repository.js";
import { renderReportPdf } from "./report.pdf.js";
import { reportSignatures } from "./read-report.js";

/** "华北电力信息中心-2026-12-PM2612-00042.pdf": the report's file name. */
export const reportFilename = (job: { customerName: string; period: string; number: string }) => `${job.customerName}-${job.period}-${job.number}.pdf`;

/**
 * Delivers the built report to the customer: e-mailed (PDF attached) to the company's designated
 * contacts through the outbox, and readable in the portal from now on. Refused with a 422 naming
 * the reason when the report is not built, a checklist item is still open, or nobody is
 * designated to receive it; nothing is written then.
 */
export async function deliverReport(deps: Deps, input: { actor: Actor; jobId: string }) {
  assertCan(input.actor, "deliver", "maintenance_job");
  const job = await findJobView(deps.db, input.jobId);
  if (!job) throw new AppError("not_found", { what: "maintenance_job" });
  if (job.status === "delivered") throw new AppError("conflict", { reason: "maintenance_job_delivered" });
  if (!job.report) throw new AppError("validation_failed", {}, [{ path: "report", code: "report_not_built" }]);
  const open = openItems(job.report.checklist);
  if (open.length) throw new AppError("validation_failed", {}, [{ path: "checklist", code: "checklist_open", params: { values: open.map((item) => item.zh) } }]);
  const contacts = (await designatedContacts(deps.db, job.customerId)).filter((c) => c.email);
  if (contacts.length === 0) throw new AppError("validation_failed", {}, [{ path: "customer.designatedContact", code: "no_designated_contact" }]);
  const plan = await findPlan(deps.db, job.planId);
  const pdf = await renderReportPdf(job.report, await reportSignatures(deps.db, job, plan?.timeZone ?? "Asia/Shanghai"));
  // the file goes to the store before the transaction: an unused file is swept, a missing one would break the e-mail
  const { sha256 } = await attachmentStoreFor(deps.config).put(pdf);
  await deps.db.transaction().execute(async (tx) => {
    const locked = await lockJob(tx, job.id);
    if (!locked || locked.status === "delivered" || locked.version !== job.version) throw new AppError("version_conflict");
    const now = deps.clock.now();
    await updateJobRow(tx, job.id, { status: "delivered", deliveredAt: now, deliveredTo: contacts.map((c) => c.email).join(", "), reportPdfSha256: sha256 }, now);
    await notify(tx, {
      key: `maint:${job.id}:delivered`, recipients: contacts.map((c) => ({ email: c.email!, language: "zh-CN" as const })), channels: ["email"],
      template: "maintenance.report_delivered",
      params: {
        jobNumber: job.number, customerName: job.customerName, equipment: equipmentLabel(job), period: job.period, findingCount: job.report!.findings.length,
        url: deps.config.publicUrl ? `${deps.config.publicUrl.replace(/\/$/, "")}/portal/maintenance` : null,
      },
      mail: { attachments: [{ sha256, filename: reportFilename(job), contentType: "application/pdf" }] },
      now,
    });
  });
  return (await findJobView(deps.db, input.jobId))!;
}

/** The delivered reports' files, so the attachment store's sweep keeps them. */
export async function referencedReportFiles(deps: Pick<Deps, "db">, sha256s: string[]): Promise<Set<string>> {
  if (sha256s.length === 0) return new Set();
  const rows = await deps.db.selectFrom("maintenanceJobs").select("reportPdfSha256").where("reportPdfSha256", "in", sha256s).execute();
  return new Set(rows.flatMap((row) => (row.reportPdfSha256 ? [row.reportPdfSha256] : [])));
}
