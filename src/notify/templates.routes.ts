import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { actorOf } from "../auth/index.js";
import { ifMatchVersion } from "../http/versioning.js";
import type { Deps } from "../shared/deps.js";
import {
  getTemplate, listTemplates, previewTemplate, restoreDefaultTemplate, saveTemplate, templateHistory, type TemplateView,
} from "./manage-templates.js";
import { templateDetailSchema, templateHistorySchema, templateItemSchema, templateParams, templatePreviewSchema, templateTextBody } from "./templates.schemas.js";
import type { TemplateName } from "./templates.js";
import { signedIn } from "../http/access.js";

const tags = ["notification templates"];
const present = <T extends TemplateView>(row: T) => ({ ...row, updatedAt: row.updatedAt?.toISOString() ?? null });
const target = (params: { name: string; language: "zh-CN" | "en" }) => ({ name: params.name as TemplateName, language: params.language });

/**
 * /notification-templates: the texts of every e-mail, SMS and in-app message (Liquid, with
 * placeholders such as {{ caseNumber }}), per language. Admins and managers read, admins write.
 */
export function templatesRoutes(deps: Deps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get("/notification-templates", {
      config: { access: signedIn },
      schema: { tags, summary: "Every template in both languages, with the text in force", response: { 200: z.object({ items: z.array(templateItemSchema) }) } },
    }, async (request) => ({ items: (await listTemplates(deps, { actor: actorOf(request) })).map(present) }));

    app.get("/notification-templates/:name/:language", {
      config: { access: signedIn },
      schema: { tags, summary: "One template, with its built-in text", params: templateParams, response: { 200: templateDetailSchema } },
    }, async (request, reply) => {
      const found = await getTemplate(deps, { actor: actorOf(request), ...target(request.params) });
      return reply.header("etag", `"${found.version}"`).send(present(found));
    });

    app.put("/notification-templates/:name/:language", {
      config: { access: signedIn },
      schema: { tags, summary: "Save a text (If-Match: the version read); checked against the template's placeholders", params: templateParams, body: templateTextBody, response: { 200: templateDetailSchema } },
    }, async (request, reply) => {
      const saved = await saveTemplate(deps, { actor: actorOf(request), ...target(request.params), text: request.body, expectedVersion: ifMatchVersion(request) });
      return reply.header("etag", `"${saved.version}"`).send(present(saved));
    });

    app.delete("/notification-templates/:name/:language", {
      config: { access: signedIn },
      schema: { tags, summary: "Restore the built-in text (kept in the history as a version)", params: templateParams, response: { 200: templateDetailSchema } },
    }, async (request, reply) => {
      const restored = await restoreDefaultTemplate(deps, { actor: actorOf(request), ...target(request.params), expectedVersion: ifMatchVersion(request) });
      return reply.header("etag", `"${restored.version}"`).send(present(restored));
    });

    app.post("/notification-templates/:name/:language/preview", {
      config: { access: signedIn },
      schema: { tags, summary: "Render a text with sample values without saving it", params: templateParams, body: templateTextBody, response: { 200: templatePreviewSchema } },
    }, async (request) => previewTemplate(deps, { actor: actorOf(request), ...target(request.params), text: request.body }));

    app.get("/notification-templates/:name/:language/versions", {
      config: { access: signedIn },
      schema: { tags, summary: "Every saved version, newest first (null texts: the built-in one restored)", params: templateParams, response: { 200: templateHistorySchema } },
    }, async (request) => ({
      items: (await templateHistory(deps, { actor: actorOf(request), ...target(request.params) })).map((row) => ({
        version: row.version, subject: row.subject, body: row.body, sms: row.sms, createdAt: row.createdAt.toISOString(),
        createdBy: row.createdById ? { id: row.createdById, name: row.createdByName ?? "" } : null,
      })),
    }));
  };
}
