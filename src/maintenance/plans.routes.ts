import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { actorOf } from "../auth/index.js";
import { signedIn } from "../http/access.js";
import type { Deps } from "../shared/deps.js";
import { createPlan } from "./create-plan.js";
import { checklistVersionSchema, createPlanBody, idParams, listPlansQuery, openPeriodBody, openPeriodResult, planSchema, updatePlanBody } from "./maintenance.schemas.js";
import { getPlan, listChecklistVersions, listPlans } from "./read-plans.js";
import { openPeriodByHand, updatePlan } from "./update-plan.js";

const tags = ["maintenance"];

/** Maintenance plans: per contract, covered systems, period, engineer, due days and a versioned checklist. */
export function maintenancePlansRoutes(deps: Deps): FastifyPluginAsyncZod {
  return async (app) => {
    app.post("/maintenance-plans", {
      config: { access: signedIn },
      schema: {
        tags, summary: "Set up preventive maintenance for a contract; the current period's jobs open at once",
        description: "Admins and managers. Every equipment id must be on the contract (422 naming `equipmentIds.N` otherwise). The checklist defaults to the seed's seven items.",
        body: createPlanBody, response: { 201: planSchema },
      },
    }, async (request, reply) => reply.status(201).send(await createPlan(deps, { actor: actorOf(request), ...request.body })));

    app.get("/maintenance-plans", {
      config: { access: signedIn },
      schema: { tags, summary: "Maintenance plans, of one customer or contract if asked (staff)", querystring: listPlansQuery, response: { 200: z.object({ items: z.array(planSchema) }) } },
    }, async (request) => ({ items: await listPlans(deps, { actor: actorOf(request), ...request.query }) }));

    app.get("/maintenance-plans/:id", {
      config: { access: signedIn },
      schema: { tags, summary: "One maintenance plan", params: idParams, response: { 200: planSchema } },
    }, async (request) => getPlan(deps, { actor: actorOf(request), planId: request.params.id }));

    app.patch("/maintenance-plans/:id", {
      config: { access: signedIn },
      schema: {
        tags, summary: "Change a plan; a new checklist becomes its next version (open jobs keep theirs)",
        params: idParams, body: updatePlanBody, response: { 200: planSchema },
      },
    }, async (request) => updatePlan(deps, { actor: actorOf(request), planId: request.params.id, ...request.body }));

    app.get("/maintenance-plans/:id/checklist-versions", {
      config: { access: signedIn },
      schema: { tags, summary: "Every version of the plan's checklist, newest first", params: idParams, response: { 200: z.object({ items: z.array(checklistVersionSchema) }) } },
    }, async (request) => ({ items: await listChecklistVersions(deps, { actor: actorOf(request), planId: request.params.id }) }));

    app.post("/maintenance-plans/:id/open-period", {
      config: { access: signedIn },
      schema: {
        tags, summary: "Open a period's jobs by hand (admins, managers); a repeat opens nothing new",
        params: idParams, body: openPeriodBody, response: { 200: openPeriodResult },
      },
    }, async (request) => openPeriodByHand(deps, { actor: actorOf(request), planId: request.params.id, period: request.body.period }));
  };
}
