import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { actorOf } from "../auth/index.js";
import { signedIn } from "../http/access.js";
import type { Deps } from "../shared/deps.js";
import { TEXT_LIMITS, text } from "../shared/text.js";
import { approveReport, buildReport } from "./build-report.js";
import { deliverReport, reportFilename } from "./deliver-report.js";
import { presentJob } from "./job.presenter.js";
import { idParams, jobSchema } from "./maintenance.schemas.js";
import { loadReportFor } from "./read-report.js";
import { renderReportHtml } from "./report.html.js";
import { renderReportPdf } from "./report.pdf.js";

const tags = ["maintenance"];
const PRINT_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'; frame-ancestors 'self'";

/** The report: built and signed off, approved, as PDF and print page, delivered to the customer. */
export function maintenanceReportRoutes(deps: Deps): FastifyPluginAsyncZod {
  return async (app) => {
    app.post("/maintenance-jobs/:id/report", {
      config: { access: signedIn },
      schema: {
        tags, summary: "Build the report and sign it off: checklist results, findings, charts, recommendations and the summary, frozen as they are now",
        params: idParams, body: z.strictObject({ summary: text(TEXT_LIMITS.body).nullable().optional() }).optional(), response: { 200: jobSchema },
      },
    }, async (request) => presentJob(await buildReport(deps, { actor: actorOf(request), jobId: request.params.id, summary: request.body?.summary }), deps.clock.now()));

    app.post("/maintenance-jobs/:id/approve", {
      config: { access: signedIn },
      schema: { tags, summary: "An expert approves the built report (optional)", params: idParams, response: { 200: jobSchema } },
    }, async (request) => presentJob(await approveReport(deps, { actor: actorOf(request), jobId: request.params.id }), deps.clock.now()));

    app.post("/maintenance-jobs/:id/deliver", {
      config: { access: signedIn },
      schema: {
        tags, summary: "Deliver the report: e-mailed to the customer's designated contacts (PDF attached) and shown in the portal",
        description: "422 naming the reason when the report is not built, checklist items are open, or the customer has no designated contact with an e-mail address.",
        params: idParams, response: { 200: jobSchema },
      },
    }, async (request) => presentJob(await deliverReport(deps, { actor: actorOf(request), jobId: request.params.id }), deps.clock.now()));

    app.get("/maintenance-jobs/:id/report.pdf", {
      config: { access: signedIn },
      schema: { tags, summary: "The report as PDF (customers: their own company's delivered reports)", params: idParams, produces: ["application/pdf"] },
    }, async (request, reply) => {
      const { job, report, signatures } = await loadReportFor(deps, actorOf(request), request.params.id);
      const name = reportFilename(job);
      reply.header("content-disposition", `attachment; filename="${job.number}.pdf"; filename*=UTF-8''${encodeURIComponent(name)}`);
      return reply.type("application/pdf").send(await renderReportPdf(report, signatures));
    });

    app.get("/maintenance-jobs/:id/report.html", {
      config: { access: signedIn },
      schema: { tags, summary: "The report as a print-friendly page", params: idParams, produces: ["text/html"] },
    }, async (request, reply) => {
      const { report, signatures } = await loadReportFor(deps, actorOf(request), request.params.id);
      return reply.type("text/html; charset=utf-8").header("content-security-policy", PRINT_CSP).header("x-content-type-options", "nosniff").send(renderReportHtml(report, signatures));
    });
  };
}
