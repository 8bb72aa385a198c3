import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { actorOf } from "../auth/index.js";
import { signedIn } from "../http/access.js";
import type { Deps } from "../shared/deps.js";
import { requiredText, uuid } from "../shared/text.js";
import { findingSchema, idParams } from "./maintenance.schemas.js";
import { analyseJob, createRule, listRules, updateRule } from "./manage-rules.js";

const tags = ["maintenance"];

const ruleFields = {
  metric: requiredText(40), comparison: z.enum(["above", "below"]), threshold: z.number().finite(), durationMinutes: z.number().int().min(0).max(44_640),
  severity: z.enum(["info", "warning", "critical"]), titleZh: requiredText(200), titleEn: requiredText(200), recommendationZh: requiredText(2000), recommendationEn: requiredText(2000),
};
const createRuleBody = z.strictObject({ code: z.string().regex(/^[a-z0-9_]{1,40}$/, { message: "invalid_format" }), ...ruleFields, isActive: z.boolean().optional() });
const updateRuleBody = z.strictObject({ ...ruleFields, isActive: z.boolean(), version: z.number().int() }).partial();
const ruleSchema = z.object({
  id: z.string(), code: z.string(), metric: z.string(), comparison: z.enum(["above", "below"]), threshold: z.number(), durationMinutes: z.number(),
  severity: z.enum(["info", "warning", "critical"]), titleZh: z.string(), titleEn: z.string(), recommendationZh: z.string(), recommendationEn: z.string(),
  isActive: z.boolean(), version: z.number(), updatedAt: z.string(),
});

/** The analysis rules as data, and re-running a job's analysis. */
export function maintenanceRulesRoutes(deps: Deps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get("/maintenance-rules", {
      config: { access: signedIn },
      schema: { tags, summary: "The analysis rules: metric, threshold, duration, severity and the recommendation in zh-CN and en", response: { 200: z.object({ items: z.array(ruleSchema) }) } },
    }, async (request) => ({ items: await listRules(deps, { actor: actorOf(request) }) }));

    app.post("/maintenance-rules", {
      config: { access: signedIn },
      schema: { tags, summary: "Add an analysis rule (admins, managers)", body: createRuleBody, response: { 201: ruleSchema } },
    }, async (request, reply) => reply.status(201).send(await createRule(deps, { actor: actorOf(request), rule: request.body })));

    app.patch("/maintenance-rules/:id", {
      config: { access: signedIn },
      schema: { tags, summary: "Change an analysis rule or switch it off (admins, managers)", params: z.strictObject({ id: uuid }), body: updateRuleBody, response: { 200: ruleSchema } },
    }, async (request) => {
      const { version, ...changes } = request.body;
      return updateRule(deps, { actor: actorOf(request), ruleId: request.params.id, version, changes });
    });

    app.post("/maintenance-jobs/:id/analyse", {
      config: { access: signedIn },
      schema: { tags, summary: "Read the job's performance data again against today's rules", params: idParams, response: { 200: z.object({ findings: z.array(findingSchema) }) } },
    }, async (request) => ({ findings: await analyseJob(deps, { actor: actorOf(request), jobId: request.params.id }) }));
  };
}
