import cookie from "@fastify/cookie";
import swagger from "@fastify/swagger";
import swaggerUi from "@fastify/swagger-ui";
import Fastify, { type FastifyBaseLogger, type FastifyInstance } from "fastify";
import { jsonSchemaTransform, serializerCompiler, validatorCompiler, type ZodTypeProvider } from "fastify-type-provider-zod";
import type { Registry } from "prom-client";
import type { Deps } from "../shared/deps.js";
import { anyone, registerWithAccess, registerAccessControl, type CallerResolver } from "./access.js";
import { registerFavicon } from "./favicon.js";
import { registerClientLimits } from "./client-limits.js";
import { AppError } from "../shared/errors.js";
import { registerJsonParser } from "./json-body.js";
import { registerMetrics } from "./metrics.js";
import { checkReadiness } from "./readiness.js";
import { requestIdOf } from "./request-id.js";
import { sendProblem, toAppError } from "./problem.js";
import { pickLocale, errorMessage } from "./messages.js";
import { registerWebAssets, sendWebIndex } from "./web-assets.js";
import { VERSION } from "../version.js";

/** What the modules bring to the server (src/http-modules.ts): the server itself imports no module. */
export type HttpModules = {
  /** who is behind a request's cookie or token */
  resolveCaller: CallerResolver;
  /** request decorations the modules' routes rely on */
  decorate(app: FastifyInstance): void;
  /** every module's routes */
  routes(app: FastifyInstance): Promise<void>;
  /** the modules' own Prometheus metrics */
  metrics(registry: Registry): void;
  /** request bodies of the upload endpoints, which read their multipart parts themselves */
  openapiRequestBodies: Record<string, { post: unknown }>;
};

/** Builds the HTTP server: the modules' routes, docs, health and metrics, each route's access checked. */
export async function buildServer(deps: Deps, modules: HttpModules): Promise<FastifyInstance> {
  const app = Fastify({
    loggerInstance: deps.logger as FastifyBaseLogger,
    bodyLimit: deps.config.bodyLimitBytes,
    trustProxy: deps.config.trustProxy,
    requestIdHeader: false,
    genReqId: requestIdOf,
    // a URL that does not decode or a path parameter over 100 characters, refused before routing
    frameworkErrors: (error, request, reply) => sendProblem(request, reply, toAppError(error) ?? new AppError("malformed_request")),
  }).withTypeProvider<ZodTypeProvider>();

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  registerJsonParser(app);

  app.setErrorHandler((error, request, reply) => {
    const appError = toAppError(error);
    if (appError?.code === "database_unavailable") request.log.warn({ err: error }, "request failed: database unavailable");
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
      for (const [path, methods] of Object.entries(modules.openapiRequestBodies)) {
        const operation = paths[path]?.post as Record<string, unknown> | undefined;
        if (operation) operation.requestBody = methods.post as typeof operation.requestBody;
      }
      return document.openapiObject;
    },
  });
  modules.decorate(app);
  registerAccessControl(app, modules.resolveCaller);
  // the browsable API docs are public, as the OpenAPI document is
  await registerWithAccess(app, anyone, () => app.register(swaggerUi, { routePrefix: "/api/docs" }));
  registerClientLimits(app, deps);
  registerMetrics(app, modules.metrics);

  app.get("/healthz", { config: { access: anyone }, schema: { hide: true } }, async () => ({ status: "ok" }));
  app.get("/readyz", { config: { access: anyone }, schema: { hide: true } }, async (_request, reply) => {
    const { isReady, body } = await checkReadiness(deps);
    return reply.status(isReady ? 200 : 503).send(body);
  });
  registerFavicon(app);
  app.get("/api/v1/openapi.json", { config: { access: anyone }, schema: { hide: true } }, async () => app.swagger());

  await modules.routes(app);
  // the web UI at / (after the API, so /api, /healthz and /metrics stay theirs)
  await registerWithAccess(app, anyone, () => registerWebAssets(app, deps.config.webDir));
  return app;
}
