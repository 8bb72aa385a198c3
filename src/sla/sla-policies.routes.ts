import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { actorOf } from "../auth/index.js";
import { ifMatchVersion } from "../http/versioning.js";
import type { Deps } from "../shared/deps.js";
import { text } from "../shared/text.js";
import { bindSlaPolicy, caseClocks, createSlaPolicy, defaultSlaPolicy, getSlaPolicy, listSlaPolicies, updateSlaPolicy } from "./manage-sla-policies.js";
import { bindPolicyBody, bindingSchema, caseClocksResponse, createPolicyBody, policyResponse, runningClocksResponse, updatePolicyBody } from "./sla-policies.schemas.js";
import { policySchema } from "./policy.js";
import { listBreaches } from "./list-breaches.js";
import { readRunningClocks } from "./read-running-clocks.js";
import { signedIn } from "../http/access.js";

const tags = ["service levels"];
const idParams = z.strictObject({ id: z.string().uuid() });
const iso = (d: Date | null) => (d ? d.toISOString() : null);

type PolicyRow = { id: string; name: string; version: number; definition: unknown; createdAt: Date; updatedAt: Date; bindings: { id: string; policyId: string; contractId: string | null; faultLevel: string | null; createdAt: Date }[]; recalculated?: number };
const present = (row: PolicyRow) => ({
  ...row, createdAt: row.createdAt.toISOString(), updatedAt: row.updatedAt.toISOString(),
  bindings: row.bindings.map((b) => ({ ...b, createdAt: b.createdAt.toISOString() })),
});

/** /sla-policies (targets and escalation ladders as data, versioned) and /cases/{id}/sla (a case's clocks). */
export function slaPoliciesRoutes(deps: Deps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get("/sla-policies", { config: { access: signedIn }, schema: { tags, summary: "Service-level policies and what they are bound to", response: { 200: z.object({ items: z.array(policyResponse) }) } } }, async (request) => ({
      items: (await listSlaPolicies(deps, { actor: actorOf(request) })).map(present),
    }));
    app.get("/sla-policies/default", { config: { access: signedIn }, schema: { tags, summary: "The built-in default (the seed's 1-hour response, 30/45-minute ladder)", response: { 200: policySchema } } }, async (request) =>
      defaultSlaPolicy(deps, { actor: actorOf(request) }));
    app.post("/sla-policies", { config: { access: signedIn }, schema: { tags, summary: "Add a policy (ISO 8601 durations)", body: createPolicyBody, response: { 201: policyResponse } } }, async (request, reply) => {
      const created = await createSlaPolicy(deps, { actor: actorOf(request), definition: request.body });
      return reply.status(201).send(present(created));
    });
    app.get("/sla-policies/:id", { config: { access: signedIn }, schema: { tags, params: idParams, response: { 200: policyResponse } } }, async (request) =>
      present(await getSlaPolicy(deps, { actor: actorOf(request), policyId: request.params.id })));
    app.put("/sla-policies/:id", {
      config: { access: signedIn },
      schema: { tags, summary: "Save a new version; running clocks keep theirs unless recalculate", params: idParams, body: updatePolicyBody, response: { 200: policyResponse } },
    }, async (request) => {
      const { version, ...body } = request.body;
      return present(await updateSlaPolicy(deps, { actor: actorOf(request), policyId: request.params.id, expectedVersion: ifMatchVersion(request) ?? version, ...body }));
    });
    app.post("/sla-policies/:id/bindings", {
      config: { access: signedIn },
      schema: { tags, summary: "Bind to a contract and/or fault level (null = any)", params: idParams, body: bindPolicyBody, response: { 201: bindingSchema } },
    }, async (request, reply) => {
      const binding = await bindSlaPolicy(deps, { actor: actorOf(request), policyId: request.params.id, ...request.body });
      return reply.status(201).send({ ...binding, createdAt: binding.createdAt.toISOString() });
    });
    app.get("/sla-breaches", {
      config: { access: signedIn },
      schema: {
        tags, summary: "Breaches recorded in a period (default the last 7 days), per metric and newest first (staff)",
        querystring: z.strictObject({
          from: z.iso.datetime({ offset: true }).transform((v) => new Date(v)).optional(),
          to: z.iso.datetime({ offset: true }).transform((v) => new Date(v)).optional(),
          limit: z.coerce.number().int().min(1).max(500).default(100),
        }),
        response: { 200: z.object({
          from: z.string(), to: z.string(), total: z.number(),
          byMetric: z.array(z.object({ metric: z.string(), count: z.number() })),
          items: z.array(z.object({
            caseId: z.string(), caseNumber: z.string(), subject: z.string(), faultLevel: z.string(), status: z.string(), metric: z.string(),
            cycle: z.number(), dueAt: z.string(), breachedAt: z.string(), assigneeId: z.string().nullable(), assigneeName: z.string().nullable(),
          })),
        }) },
      },
    }, async (request) => {
      const result = await listBreaches(deps, { actor: actorOf(request), ...request.query });
      return {
        ...result, from: result.from.toISOString(), to: result.to.toISOString(),
        items: result.items.map((b) => ({ ...b, dueAt: b.dueAt.toISOString(), breachedAt: b.breachedAt.toISOString() })),
      };
    });
    app.get("/cases/:id/sla", {
      config: { access: signedIn },
      schema: { tags, summary: "A case's service-level clocks and breaches", params: z.strictObject({ id: text(64).pipe(z.string().min(1)) }), response: { 200: caseClocksResponse } },
    }, async (request) => {
      const result = await caseClocks(deps, { actor: actorOf(request), caseId: request.params.id });
      return {
        clocks: result.clocks.map((c) => ({
          metric: c.metric, cycle: c.cycle, policyId: c.policyId, policyVersion: c.policyVersion, assigneeId: c.assigneeId,
          startedAt: c.startedAt.toISOString(), targetMs: Number(c.targetMs), status: c.status, pausedMs: Number(c.pausedMs),
          dueAt: iso(c.dueAt), stoppedAt: iso(c.stoppedAt), stopReason: c.stopReason, breachedAt: iso(c.breachedAt),
        })),
        breaches: result.breaches.map((b) => ({ metric: b.metric, cycle: b.cycle, dueAt: b.dueAt.toISOString(), breachedAt: b.breachedAt.toISOString() })),
      };
    });
    // web UI: the countdowns of a board of cases in one request
    app.get("/sla/running-clocks", {
      config: { access: signedIn },
      schema: {
        tags, summary: "Running and paused clocks of up to 200 cases (repeat caseId)",
        querystring: z.strictObject({ caseId: z.preprocess((value) => (Array.isArray(value) ? value : [value]), z.array(z.string().uuid()).min(1).max(200)) }),
        response: { 200: runningClocksResponse },
      },
    }, async (request) => {
      const rows = await readRunningClocks(deps, { actor: actorOf(request), caseIds: request.query.caseId });
      return {
        items: rows.map((c) => ({
          caseId: c.caseId, metric: c.metric, cycle: c.cycle, assigneeId: c.assigneeId, startedAt: c.startedAt.toISOString(),
          targetMs: Number(c.targetMs), status: c.status, pausedMs: Number(c.pausedMs), pausedAt: iso(c.pausedAt), dueAt: iso(c.dueAt), breachedAt: iso(c.breachedAt),
        })),
      };
    });
  };
}
