import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import type { FastifyReply } from "fastify";
import { DateTime } from "luxon";
import type { z } from "zod";
import { actorOf } from "../auth/index.js";
import { exportCases, listCasesQuery, sortOrder } from "../cases/index.js";
import { signedIn } from "../http/access.js";
import { pickLocale } from "../http/messages.js";
import type { Deps } from "../shared/deps.js";
import { caseSearchWorkbook } from "./case-export.spreadsheet.js";
import { centreReport } from "./centre-report.js";
import { monthlyReport } from "./monthly-report.js";
import { previousMonth } from "./report-period.js";
import { monthlyReportPdf } from "./report.pdf.js";
import type { ReportSections } from "./report-sections.js";
import { centreReportWorkbook, monthlyReportWorkbook } from "./report.spreadsheet.js";
import { asJson, centreQuery, centreReportSchema, monthlyQuery, monthlyReportSchema, type periodQuery } from "./reports.schemas.js";

const tags = ["reports"];
const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** The months a query names: `month`, or `from` … `to` (to defaults to from), or the month before now. */
export function monthsOf(deps: Deps, query: z.infer<typeof periodQuery>): { fromMonth: string; toMonth: string } {
  if (query.month) return { fromMonth: query.month, toMonth: query.month };
  const fromMonth = query.from ?? query.to ?? previousMonth(deps.clock.now(), deps.config.displayTimeZone);
  return { fromMonth, toMonth: query.to ?? fromMonth };
}

const download = (reply: FastifyReply, type: string, filename: string, body: Buffer) =>
  reply.header("content-type", type).header("content-disposition", `attachment; filename="${filename}"`).send(body);

const fileStem = (kind: string, fromMonth: string, toMonth: string) => `${kind}-${fromMonth}${toMonth === fromMonth ? "" : `_${toMonth}`}`;

/** GET /reports/monthly(.xlsx|.pdf) (a customer, a contract or the centre), /reports/centre(.xlsx) and /cases/export.xlsx. */
export function reportsRoutes(sections: ReportSections) {
  return (deps: Deps): FastifyPluginAsyncZod => async (app) => {
    const monthly = (request: { query: z.infer<typeof monthlyQuery> } & Parameters<typeof actorOf>[0]) =>
      monthlyReport(deps, sections, { actor: actorOf(request), customerId: request.query.customerId, contractId: request.query.contractId, ...monthsOf(deps, request.query) });
    const languageOf = (request: { query: { lang?: "zh-CN" | "en" }; headers: { "accept-language"?: string } }) => request.query.lang ?? pickLocale(request.headers["accept-language"]);

    app.get("/reports/monthly", {
      config: { access: signedIn },
      schema: { tags, summary: "A customer's (or contract's, or without either the centre's) monthly service report", querystring: monthlyQuery, response: { 200: monthlyReportSchema } },
    }, async (request) => asJson(await monthly(request)) as z.infer<typeof monthlyReportSchema>);

    app.get("/reports/monthly.xlsx", {
      config: { access: signedIn },
      schema: { tags, summary: "The monthly report as an Excel workbook (headers in the reader's language)", querystring: monthlyQuery, produces: [XLSX] },
    }, async (request, reply) => {
      const report = await monthly(request);
      return download(reply, XLSX, `${fileStem("report", report.period.fromMonth, report.period.toMonth)}.xlsx`, await monthlyReportWorkbook(report, languageOf(request)));
    });

    app.get("/reports/monthly.pdf", {
      config: { access: signedIn },
      schema: { tags, summary: "The monthly report as a PDF (Chinese fonts embedded)", querystring: monthlyQuery, produces: ["application/pdf"] },
    }, async (request, reply) => {
      const report = await monthly(request);
      return download(reply, "application/pdf", `${fileStem("report", report.period.fromMonth, report.period.toMonth)}.pdf`, await monthlyReportPdf(report, languageOf(request)));
    });

    app.get("/reports/centre", {
      config: { access: signedIn },
      schema: { tags, summary: "The centre's report for a range of months, with engineers, vendors and dispatchers (managers)", querystring: centreQuery, response: { 200: centreReportSchema } },
    }, async (request) => asJson(await centreReport(deps, sections, { actor: actorOf(request), ...monthsOf(deps, request.query) })) as z.infer<typeof centreReportSchema>);

    app.get("/reports/centre.xlsx", {
      config: { access: signedIn },
      schema: { tags, summary: "The centre report as an Excel workbook", querystring: centreQuery, produces: [XLSX] },
    }, async (request, reply) => {
      const report = await centreReport(deps, sections, { actor: actorOf(request), ...monthsOf(deps, request.query) });
      return download(reply, XLSX, `${fileStem("centre-report", report.period.fromMonth, report.period.toMonth)}.xlsx`, await centreReportWorkbook(report, languageOf(request)));
    });

    app.get("/cases/export.xlsx", {
      config: { access: signedIn },
      schema: {
        tags: ["cases"],
        summary: "Export a case search as an Excel workbook (same filters as GET /cases; at most EXPORT_MAX_ROWS rows)",
        querystring: listCasesQuery.omit({ limit: true, cursor: true }),
        produces: [XLSX],
      },
    }, async (request, reply) => {
      const { sort, ...query } = request.query;
      const rows = await exportCases(deps, { actor: actorOf(request), ...query, ...sortOrder(sort) });
      const book = await caseSearchWorkbook(rows, pickLocale(request.headers["accept-language"]), deps.config.displayTimeZone);
      const day = wallClockDay(deps.clock.now(), deps.config.displayTimeZone);
      return download(reply.header("x-export-max-rows", String(deps.config.exportMaxRows)), XLSX, `cases-${day}.xlsx`, book);
    });
  };
}

const wallClockDay = (at: Date, timeZone: string) => DateTime.fromJSDate(at).setZone(timeZone).toFormat("yyyyMMdd");
