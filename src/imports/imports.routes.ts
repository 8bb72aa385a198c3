import multipart from "@fastify/multipart";
import { multipartRefusal } from "../attachments/index.js";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { actorOf } from "../auth/index.js";
import { signedIn } from "../http/access.js";
import { errorMessage, fieldMessage, pickLocale, type Locale } from "../http/messages.js";
import type { Deps } from "../shared/deps.js";
import { AppError } from "../shared/errors.js";
import type { ImportIssue } from "./check-rows.js";
import { importMasterData } from "./import-master-data.js";
import { sheetOf } from "./master-data-sheets.js";
import { masterDataTemplate } from "./master-data-template.js";

const tags = ["imports"];
/** a centre's whole customer base in one workbook stays well under this */
export const IMPORT_MAX_BYTES = 10 * 1024 * 1024;
const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

const issueSchema = z.object({
  kind: z.enum(["customers", "contacts", "contracts", "equipment"]).nullable(), sheet: z.string(), line: z.number().nullable(),
  column: z.string().nullable(), columnLabel: z.string().nullable(), code: z.string(), message: z.string(),
});
const countSchema = z.object({ created: z.number(), updated: z.number(), unchanged: z.number() });
const reportSchema = z.object({
  dryRun: z.boolean(), applied: z.boolean(),
  counts: z.object({ customers: countSchema, contacts: countSchema, contracts: countSchema, equipment: countSchema }),
  issues: z.array(issueSchema),
});
// other refusals (a bad query) are plain problems: only the import's own carry lines and counts
const refusedSchema = z.object({
  type: z.string(), title: z.string(), status: z.number(), code: z.string(), detail: z.string(),
  errors: z.array(issueSchema.partial().extend({ path: z.string(), code: z.string(), message: z.string() })).optional(),
  counts: reportSchema.shape.counts.optional(),
});

/** One issue in the reader's language: "合同 第 5 行「结束日期」：开始晚于结束". */
function describe(locale: Locale, issue: ImportIssue) {
  const column = issue.kind && issue.column ? sheetOf(issue.kind).columns.find((c) => c.key === issue.column) : undefined;
  const columnLabel = column ? (locale === "en" ? column.en : column.zh) : null;
  let text = fieldMessage(locale, issue.code, issue.params);
  if (typeof issue.params?.firstLine === "number") text += locale === "en" ? ` (first on line ${issue.params.firstLine})` : `（第 ${issue.params.firstLine} 行已有）`;
  const sheet = issue.kind ? (locale === "en" ? sheetOf(issue.kind).en : sheetOf(issue.kind).zh) : "";
  const where = locale === "en"
    ? [sheet, issue.line === null ? "" : `line ${issue.line}`, columnLabel ? `"${columnLabel}"` : ""].filter(Boolean).join(", ")
    : `${sheet}${issue.line === null ? "" : ` 第 ${issue.line} 行`}${columnLabel ? `「${columnLabel}」` : ""}`;
  return { ...issue, columnLabel, message: where ? (locale === "en" ? `${where}: ${text}` : `${where}：${text}`) : text };
}

/** The master-data import: its XLSX template, and the upload checked line by line (dry run) or applied in one transaction. */
export function importsRoutes(deps: Deps): FastifyPluginAsyncZod {
  return async (app) => {
    await app.register(multipart, {
      throwFileSizeLimit: true,
      limits: { fileSize: IMPORT_MAX_BYTES, files: 1, fields: 2, fieldSize: 100, fieldNameSize: 100, parts: 3, headerPairs: 50 },
    });

    app.get("/imports/master-data/template.xlsx", {
      config: { access: signedIn },
      schema: { tags, summary: "The import template: a sheet per kind, Chinese headers with the English ones under them", produces: [XLSX_TYPE] },
    }, async (_request, reply) => {
      reply.header("content-disposition", `attachment; filename="casedesk-master-data.xlsx"; filename*=UTF-8''${encodeURIComponent("主数据导入模板.xlsx")}`);
      return reply.type(XLSX_TYPE).send(await masterDataTemplate());
    });

    app.post("/imports/master-data", {
      config: { access: signedIn },
      schema: {
        tags, summary: "Import customers, contacts, contracts and equipment from the template (XLSX or CSV)",
        description: "multipart/form-data, one part `file` (.xlsx, or .csv in UTF-8 or GB18030). `dryRun=true` checks every line and changes nothing; "
          + "`dryRun=false` applies the file in one transaction only if no line is bad, else answers 422 with every bad line. Managers and admins.",
        querystring: z.strictObject({ dryRun: z.enum(["true", "false"]).default("true") }),
        response: { 200: reportSchema, 422: refusedSchema },
      },
    }, async (request, reply) => {
      const actor = actorOf(request);
      const dryRun = request.query.dryRun === "true";
      if (!request.isMultipart()) throw new AppError("multipart_required");
      let bytes: Buffer;
      try {
        const file = await request.file();
        if (!file) throw new AppError("validation_failed", {}, [{ path: "body.file", code: "required" }]);
        bytes = await file.toBuffer();
      } catch (error) {
        if ((error as { code?: string }).code === "FST_REQ_FILE_TOO_LARGE") throw new AppError("payload_too_large", { limit: IMPORT_MAX_BYTES });
        // a body with no part, cut short or malformed is the client's doing, never a 500
        throw multipartRefusal(error, 1);
      }
      const report = await importMasterData(deps, { actor, bytes, dryRun });
      const locale = pickLocale(request.headers["accept-language"]);
      const issues = report.issues.map((issue) => describe(locale, issue));
      if (!dryRun && issues.length > 0) {
        // problem+json like every refusal, with each bad line among its errors
        const { title, detail } = errorMessage(locale, "validation_failed", {});
        return reply.status(422).type("application/problem+json").header("content-language", locale).send({
          type: "https://casedesk.dev/problems/validation_failed", title, status: 422, code: "validation_failed", detail,
          errors: issues.map((issue) => ({ path: [issue.kind ?? "file", issue.line, issue.column].filter((p) => p !== null).join("."), ...issue })),
          counts: report.counts,
        });
      }
      return reply.header("content-language", locale).send({ ...report, issues });
    });
  };
}

/** The upload's body for the OpenAPI document (the handler reads the part itself). */
export const importRequestBodies = {
  "/api/v1/imports/master-data": {
    post: {
      required: true,
      content: {
        "multipart/form-data": {
          schema: { type: "object", properties: { file: { type: "string", format: "binary", description: "the filled-in template: .xlsx, or .csv (UTF-8 or GB18030)" } }, required: ["file"] },
        },
      },
    },
  },
};
