import multipart from "@fastify/multipart";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { multipartRefusal } from "../attachments/index.js";
import { actorOf } from "../auth/index.js";
import { signedIn, signedInOrToken } from "../http/access.js";
import type { Deps } from "../shared/deps.js";
import { AppError } from "../shared/errors.js";
import { requiredText, uuid } from "../shared/text.js";
import { pushMetrics, uploadMetrics } from "./add-metrics.js";
import { presentMetricSet } from "./job.presenter.js";
import { findingSchema, idParams } from "./maintenance.schemas.js";
import { readJobMetrics } from "./read-metrics.js";

const tags = ["maintenance"];
/** a month of one-minute sadf -d output of a large system stays well under this */
export const METRICS_MAX_BYTES = 20 * 1024 * 1024;

const uploadSchema = z.object({
  id: z.string(), format: z.enum(["csv", "sysstat", "nmon", "push"]), filename: z.string().nullable(), host: z.string().nullable(), sampleCount: z.number(),
  firstAt: z.string(), lastAt: z.string(), createdAt: z.string(),
  series: z.array(z.object({ metric: z.string(), instance: z.string(), unit: z.string(), pointCount: z.number() })),
});
const keptSchema = z.object({ upload: uploadSchema, findings: z.array(findingSchema) });
const seriesSchema = z.object({ metric: z.string(), instance: z.string(), unit: z.string(), points: z.array(z.tuple([z.number(), z.number()])) });
const pushBody = z.strictObject({
  equipmentId: uuid.optional(), serial: requiredText(100).optional(), host: requiredText(200).optional(),
  samples: z.array(z.strictObject({
    at: z.iso.datetime({ offset: true }).transform((value) => new Date(value)), metric: requiredText(40), instance: requiredText(200).optional(), value: z.number().finite(),
  })).min(1).max(50_000),
}).refine((body) => (body.equipmentId === undefined) !== (body.serial === undefined), { message: "custom", path: ["equipmentId"] });

/** Performance data: the engineer's uploads, a monitoring system's pushes, the series for charts. */
export function maintenanceMetricsRoutes(deps: Deps): FastifyPluginAsyncZod {
  return async (app) => {
    await app.register(multipart, {
      throwFileSizeLimit: true,
      limits: { fileSize: METRICS_MAX_BYTES, files: 1, fields: 2, fieldSize: 200, fieldNameSize: 100, parts: 3, headerPairs: 50 },
    });

    app.post("/maintenance-jobs/:id/metrics", {
      config: { access: signedIn },
      schema: {
        tags, summary: "Upload performance data: casedesk CSV, sysstat sadf -d or nmon; parsed into series and analysed",
        description: `multipart/form-data, one part \`file\` of at most ${METRICS_MAX_BYTES / 1024 / 1024} MB. The format is told by the content. A file that cannot be read is refused (422) with its line and reason, and nothing is kept.`,
        params: idParams, response: { 201: keptSchema },
      },
    }, async (request, reply) => {
      if (!request.isMultipart()) throw new AppError("multipart_required");
      let bytes: Buffer;
      let filename: string | null;
      try {
        const file = await request.file();
        if (!file) throw new AppError("validation_failed", {}, [{ path: "body.file", code: "required" }]);
        bytes = await file.toBuffer();
        filename = file.filename || null;
      } catch (error) {
        if ((error as { code?: string }).code === "FST_REQ_FILE_TOO_LARGE") throw new AppError("payload_too_large", { limit: METRICS_MAX_BYTES });
        throw multipartRefusal(error, 1);
      }
      const kept = await uploadMetrics(deps, { actor: actorOf(request), jobId: request.params.id, filename, bytes });
      return reply.status(201).send({ upload: presentMetricSet(kept.set, false), findings: kept.findings });
    });

    app.get("/maintenance-jobs/:id/metrics", {
      config: { access: signedIn },
      schema: {
        tags, summary: "A job's uploads and its series merged across them, at most 500 points each (peaks kept), for charts",
        params: idParams, response: { 200: z.object({ uploads: z.array(uploadSchema), series: z.array(seriesSchema) }) },
      },
    }, async (request) => readJobMetrics(deps, { actor: actorOf(request), jobId: request.params.id }));

    app.post("/maintenance-metrics", {
      config: { access: signedInOrToken("monitoring") },
      schema: {
        tags, summary: "A monitoring system pushes samples for a covered system (by equipmentId or serial); they join its current job",
        description: "For a token of scope `monitoring` (which reaches nothing else), or staff who work jobs. Metrics by their canonical names (cpu.busy_pct, mem.used_pct, fs.used_pct, log.errors, …).",
        body: pushBody, response: { 201: keptSchema.extend({ jobId: z.string() }) },
      },
    }, async (request, reply) => {
      const kept = await pushMetrics(deps, { actor: actorOf(request), ...request.body });
      return reply.status(201).send({ jobId: kept.jobId, upload: presentMetricSet(kept.set, false), findings: kept.findings });
    });
  };
}

/** The upload's body for the OpenAPI document (the handler reads the part itself). */
export const maintenanceRequestBodies = {
  "/api/v1/maintenance-jobs/{id}/metrics": {
    post: {
      required: true,
      content: { "multipart/form-data": { schema: { type: "object", properties: { file: { type: "string", format: "binary", description: "casedesk CSV, sysstat sadf -d output, or an nmon file" } }, required: ["file"] } } },
    },
  },
};
