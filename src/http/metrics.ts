import type { FastifyInstance } from "fastify";
import { Counter, Histogram, Registry, collectDefaultMetrics } from "prom-client";
import { anyone } from "./access.js";

/** Prometheus text at /metrics: process metrics, the modules' own (`moduleMetrics`), request counts and latencies per route. */
export function registerMetrics(app: FastifyInstance, moduleMetrics: (registry: Registry) => void): Registry {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: "casedesk_" });
  moduleMetrics(registry);
  const requests = new Counter({
    name: "casedesk_http_requests_total",
    help: "HTTP requests by method, route and status",
    labelNames: ["method", "route", "status"] as const,
    registers: [registry],
  });
  const duration = new Histogram({
    name: "casedesk_http_request_duration_seconds",
    help: "HTTP request latency by method and route",
    labelNames: ["method", "route"] as const,
    buckets: [0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [registry],
  });
  app.addHook("onResponse", async (request, reply) => {
    const route = request.routeOptions.url ?? "unmatched";
    requests.inc({ method: request.method, route, status: String(reply.statusCode) });
    duration.observe({ method: request.method, route }, reply.elapsedTime / 1000);
  });
  app.get("/metrics", { config: { access: anyone }, schema: { hide: true } }, async (_request, reply) => {
    reply.type(registry.contentType);
    return registry.metrics();
  });
  return registry;
}
