import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { actorOf, isCustomer } from "../auth/index.js";
import { signedIn } from "../http/access.js";
import type { Deps } from "../shared/deps.js";
import { advanceRma } from "./advance-rma.js";
import { openRma } from "./open-rma.js";
import { getRma, listRmas, listStepTargets, setStepTarget } from "./read-rmas.js";
import { presentRma, presentRmaForCustomer } from "./rma.presenter.js";
import type { TimedStatus } from "./rma.js";
import * as s from "./rma.schemas.js";
import { findPart } from "../inventory/index.js";

const tags = ["rma"];
const config = { access: signedIn };

/** RMA (F6): opened on a case, worked step by step by the RMA admin; a customer reads its own company's, public part only. */
export function rmaRoutes(deps: Deps): FastifyPluginAsyncZod {
  return async (app) => {
    const load = async (actor: ReturnType<typeof actorOf>, rmaId: string) => {
      const { rma, events } = await getRma(deps, { actor, rmaId });
      const part = rma.partId ? await findPart(deps.db, rma.partId) : undefined;
      return { row: { ...rma, partNumber: part?.partNumber ?? null, partDescription: part?.description ?? null }, events };
    };
    const presentStaff = async (actor: ReturnType<typeof actorOf>, rmaId: string) => {
      const { row, events } = await load(actor, rmaId);
      return presentRma(row, deps.clock.now(), events);
    };
    const present = async (actor: ReturnType<typeof actorOf>, rmaId: string) => {
      const { row, events } = await load(actor, rmaId);
      return isCustomer(actor) ? presentRmaForCustomer(row, events) : presentRma(row, deps.clock.now(), events);
    };

    app.post("/cases/:id/rmas", { config, schema: { tags, summary: "Open an RMA for a faulty item of a case (staff)", params: s.caseParams, body: s.openRmaBody, response: { 201: s.rmaSchema } } },
      async (request, reply) => {
        const rma = await openRma(deps, { actor: actorOf(request), caseId: request.params.id, rma: request.body });
        return reply.status(201).send(await presentStaff(actorOf(request), rma.id));
      });
    app.get("/rmas", { config, schema: { tags, summary: "The RMA queue by state (isLate=true: past their step's target); a customer's own company's only", querystring: s.listQuery, response: { 200: s.rmaListSchema } } },
      async (request) => {
        const actor = actorOf(request);
        const rows = await listRmas(deps, { actor, status: request.query.status, isLate: request.query.isLate === "true", caseId: request.query.caseId, limit: request.query.limit });
        const now = deps.clock.now();
        return { items: rows.map((row) => (isCustomer(actor) ? presentRmaForCustomer(row) : presentRma(row, now))) };
      });
    app.get("/rmas/:id", { config, schema: { tags, summary: "One RMA with its steps", params: s.idParams, response: { 200: s.z.union([s.rmaSchema, s.publicRmaSchema]) } } },
      async (request) => present(actorOf(request), request.params.id));
    app.post("/rmas/:id/advance", { config, schema: { tags, summary: "The next step of an RMA (RMA admin); an illegal step is 409", params: s.idParams, body: s.advanceBody, response: { 200: s.rmaSchema } } },
      async (request) => {
        const rma = await advanceRma(deps, { actor: actorOf(request), rmaId: request.params.id, step: request.body });
        return presentStaff(actorOf(request), rma.id);
      });
    const presentTarget = (t: Awaited<ReturnType<typeof listStepTargets>>[number]) => ({
      status: t.status as TimedStatus, value: t.targetValue, unit: t.targetUnit, calendarId: t.calendarId, calendarName: t.calendarName, updatedAt: t.updatedAt.toISOString(),
    });
    app.get("/rma-step-targets", { config, schema: { tags, summary: "How long each RMA state may last before its step is late", response: { 200: s.z.object({ items: s.z.array(s.stepTargetSchema) }) } } },
      async (request) => ({ items: (await listStepTargets(deps, { actor: actorOf(request) })).map(presentTarget) }));
    app.put("/rma-step-targets/:status", {
      config,
      schema: { tags, summary: "Set a state's target (RMA admin): minutes, hours, or working hours or days in a business calendar", params: s.statusParams, body: s.stepTargetBody, response: { 200: s.stepTargetSchema } },
    }, async (request) => presentTarget(await setStepTarget(deps, { actor: actorOf(request), status: request.params.status, target: request.body })));
  };
}
