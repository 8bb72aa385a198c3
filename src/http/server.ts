import cookie from "@fastify/cookie";
import swagger from "@fastify/swagger";
import swaggerUi from "@fastify/swagger-ui";
import Fastify, { type FastifyBaseLogger, type FastifyInstance } from "fastify";
import { jsonSchemaTransform, serializerCompiler, validatorCompiler, type ZodTypeProvider } from "fastify-type-provider-zod";
import { sql } from "kysely";
import { authRoutes } from "../auth/index.js";
import { casesRoutes } from "../cases/index.js";
import { calendarsRoutes, slaPoliciesRoutes } from "../sla/index.js";
import { customersRoutes } from "../customers/index.js";
import { timersRoutes } from "../jobs/index.js";
import { notificationsRoutes, templatesRoutes } from "../notify/index.js";
import { rostersRoutes } from "../rosters/index.js";
import { attachmentsRoutes, multipartRequestBodies } from "../attachments/index.js";
import { telephonyRoutes } from "../telephony/index.js";
import { surveyShortLinkRoutes, surveysRoutes } from "../surveys/index.js";
import { liveRoutes } from "../live/index.js";
// e-mail and fax intake
import { intakeRoutes } from "../intake/index.js";
import { pendingMigrations } from "../db/migrate.js";
import type { Database } from "../db/database.js";
import type { Deps } from "../shared/deps.js";
import { registerAuthentication } from "./authentication.js";
import { registerJsonParser } from "./json-body.js";
import { registerMetrics } from "./metrics.js";
import { sendProblem, toAppError } from "./problem.js";
import { pickLocale, errorMessage } from "./messages.js";
import { registerWebAssets, sendWebIndex } from "./web-assets.js";

const VERSION = "0.1.0";

/** Builds the HTTP server: every module's routes under /api/v1, docs, health and metrics. */
export async function buildServer(deps: Deps, database: Pick<Database, "withRawSession" | "engine" | "listen">): Promise<FastifyInstance> {
  const app = Fastify({
    loggerInstance: deps.logger as FastifyBaseLogger,
    bodyLimit: deps.config.bodyLimitBytes,
    trustProxy: true,
    requestIdHeader: "x-request-id",
  }).withTypeProvider<ZodTypeProvider>();

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  registerJsonParser(app);

  app.setErrorHandler((error, request, reply) => {
    const appError = toAppError(error);
    if (appError) return sendProblem(request, reply, appError);
    request.log.error({ err: error }, "request failed");
    const locale = pickLocale(request.headers["accept-language"]);
    const title = locale === "en" ? "Internal error" : "服务器内部错误";
    return reply.status(500).type("application/problem+json").send({
      type: "about:blank",
      title,
      status: 500,
      code: "internal_error",
      detail: locale === "en" ? `Quote request id ${request.id} to the administrator.` : `请将请求编号 ${request.id} 告知管理员。`,
    });
  });
  app.setNotFoundHandler((request, reply) => {
    if (sendWebIndex(request, reply)) return reply;
    const locale = pickLocale(request.headers["accept-language"]);
    const { title, detail } = errorMessage(locale, "not_found", {});
    return reply.status(404).type("application/problem+json").send({ type: "https://casedesk.dev/problems/not_found", title, status: 404, code: "not_found", detail });
  });

  await app.register(cookie);
  await app.register(swagger, {
    openapi: {
      openapi: "3.1.0",
      info: { title: "casedesk API", version: VERSION, description: "Case tracking for IT after-sales support centres. Errors are application/problem+json, localised by Accept-Language (zh-CN default, en)." },
      components: {
        securitySchemes: {
          bearer: { type: "http", scheme: "bearer", description: "`casedesk token create --email <user>`" },
          session: { type: "apiKey", in: "cookie", name: "casedesk_session", description: "POST /api/v1/auth/login; writes need X-CSRF-Token" },
        },
      },
      security: [{ bearer: [] }, { session: [] }],
    },
    transform: jsonSchemaTransform,
    // the upload endpoints read their multipart parts themselves; their bodies are described here
    transformObject: (document) => {
      if (!("openapiObject" in document)) return document.swaggerObject;
      const paths = document.openapiObject.paths ?? {};
      for (const [path, methods] of Object.entries(multipartRequestBodies)) {
        const operation = paths[path]?.post as Record<string, unknown> | undefined;
        if (operation) operation.requestBody = methods.post;
      }
      return document.openapiObject;
    },
  });
  await app.register(swaggerUi, { routePrefix: "/api/docs" });

  registerAuthentication(app, deps);
  registerMetrics(app);

  app.get("/healthz", { config: { isPublic: true }, schema: { hide: true } }, async () => ({ status: "ok" }));
  app.get("/readyz", { config: { isPublic: true }, schema: { hide: true } }, async (_request, reply) => {
    try {
      await sql`SELECT 1`.execute(deps.db);
      const pending = await pendingMigrations(database as Database);
      if (pending.length > 0) return reply.status(503).send({ status: "migrations pending", pending });
      return { status: "ready", engine: database.engine };
    } catch (error) {
      return reply.status(503).send({ status: "database unreachable", error: (error as Error).message });
    }
  });
  app.get("/api/v1/openapi.json", { config: { isPublic: true }, schema: { hide: true } }, async () => app.swagger());

  await app.register(
    async (api) => {
      await api.register(authRoutes(deps));
      await api.register(customersRoutes(deps));
      await api.register(casesRoutes(deps));
      for (const routes of [notificationsRoutes, templatesRoutes, timersRoutes]) await api.register(routes(deps));
      await api.register(rostersRoutes(deps));
      await api.register(slaPoliciesRoutes(deps));
      await api.register(calendarsRoutes(deps));
      await api.register(attachmentsRoutes(deps));
      // telephony and surveys
      await api.register(telephonyRoutes(deps));
      await api.register(surveysRoutes(deps));
      // live updates (web screens)
      await api.register(liveRoutes(deps, database));
      // e-mail and fax intake
      await api.register(intakeRoutes(deps));
    },
    { prefix: "/api/v1" },
  );
  // surveys: the short link of the text message
  await app.register(surveyShortLinkRoutes(deps));
  // the web UI at / (after the API, so /api, /healthz and /metrics stay theirs)
  await registerWebAssets(app, deps.config.webDir);
  return app;
}
