import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { Readable, pipeline } from "node:stream";
import { actorOf } from "../auth/index.js";
import { pickLocale } from "../http/messages.js";
import { csvDownload } from "../shared/csv-download.js";
import type { Deps } from "../shared/deps.js";
import type { CaseWithNames } from "./cases.repository.js";
import { listCasesQuery, sortOrder } from "./cases.schemas.js";
import { CASE_STATUSES } from "./case.js";
import { caseWorkload } from "./case-workload.js";
import { exportCases } from "./export-cases.js";
import { signedIn } from "../http/access.js";
import type { Language } from "../db/schema.js";
import { listNames } from "../lists/index.js";
import { CHANNEL_NAMES, STATUS_NAMES } from "./case-labels.js";

const COLUMNS = {
  "zh-CN": ["Case号", "主题", "状态", "优先级", "故障级别", "厂商", "Case类型", "渠道", "客户", "联系人", "联系电话", "工程师", "创建时间", "响应时间", "解决时间", "关闭时间"],
  en: ["Case number", "Subject", "Status", "Priority", "Fault level", "Vendor", "Case type", "Channel", "Customer", "Caller", "Caller phone", "Engineer", "Created", "Responded", "Resolved", "Closed"],
} as const;

/** "2026-11-30 17:05:09" in the display time zone: what a spreadsheet reads as a date. */
function localTime(timeZone: string) {
  const format = new Intl.DateTimeFormat("sv-SE", { timeZone, year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", second: "2-digit", hour12: false });
  return (at: Date | null) => (at ? format.format(at) : "");
}

type Names = { language: Language; vendors: Map<string, string>; caseTypes: Map<string, string> };

/** One row, every code written as its name in the reader's language. */
function toRecord(c: CaseWithNames, time: (at: Date | null) => string, names: Names): string[] {
  const caller = c.caller as { name?: string; phone?: string | null };
  return [
    c.number, c.subject, STATUS_NAMES[names.language][c.status], c.priority, c.faultLevel, names.vendors.get(c.vendor) ?? c.vendor,
    names.caseTypes.get(c.caseType) ?? c.caseType, CHANNEL_NAMES[names.language][c.channel] ?? c.channel, c.customerName ?? "",
    caller.name ?? "", caller.phone ?? "", c.assigneeName ?? "",
    time(c.createdAt), time(c.respondedAt), time(c.resolvedAt), time(c.closedAt),
  ];
}

const workloadResponse = z.object({
  total: z.number(),
  byStatus: z.array(z.object({ status: z.enum(CASE_STATUSES), count: z.number() })),
  byAssignee: z.array(z.object({ assigneeId: z.string().nullable(), assigneeName: z.string().nullable(), assigneeRole: z.string().nullable(), count: z.number() })),
});

/** GET /cases/export.csv (a case search as CSV through `csvDownload`; streamed) and GET /cases/workload. */
export function casesOverviewRoutes(deps: Deps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get("/cases/workload", {
      config: { access: signedIn },
      schema: { tags: ["cases"], summary: "Open cases by status and by assignee (staff)", response: { 200: workloadResponse } },
    }, async (request) => caseWorkload(deps, { actor: actorOf(request) }));

    app.get("/cases/export.csv", {
      config: { access: signedIn },
      schema: {
        tags: ["cases"],
        summary: "Export a case search as CSV (same filters as GET /cases; at most EXPORT_MAX_ROWS rows)",
        querystring: listCasesQuery.omit({ limit: true, cursor: true }),
        produces: ["text/csv"],
      },
    }, async (request, reply) => {
      const actor = actorOf(request);
      const { sort, ...query } = request.query;
      const rows = await exportCases(deps, {
        actor,
        ...query,
        ...sortOrder(sort),
      });
      const locale = pickLocale(request.headers["accept-language"]);
      const time = localTime(deps.config.displayTimeZone);
      const names = { language: locale, vendors: await listNames(deps, "vendors", locale), caseTypes: await listNames(deps, "caseTypes", locale) };
      const csv = csvDownload(COLUMNS[locale]);
      const records = Readable.from((async function* () {
        for await (const c of rows) yield toRecord(c, time, names);
      })());
      // a client that goes away ends the reading too; a failed page ends the file early
      pipeline(records, csv, (error) => {
        if (error && error.code !== "ERR_STREAM_PREMATURE_CLOSE") request.log.error({ err: error }, "case export failed");
      });
      const day = time(deps.clock.now()).slice(0, 10).replaceAll("-", "");
      return reply
        .header("content-type", "text/csv; charset=utf-8")
        .header("content-disposition", `attachment; filename="cases-${day}.csv"`)
        .header("x-export-max-rows", String(deps.config.exportMaxRows))
        .send(csv);
    });
  };
}
