import type { FastifyReply, FastifyRequest } from "fastify";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import type { Actor } from "../auth/index.js";
import { actorOf } from "../auth/index.js";
import { ifMatchVersion } from "../http/versioning.js";
import type { Deps } from "../shared/deps.js";
import { AppError } from "../shared/errors.js";
import { text } from "../shared/text.js";
import { addNote } from "./add-note.js";
import { assignCase, takeOverCase } from "./assign-case.js";
import { presentCase, presentCaseForCustomer, presentEntry } from "./case.presenter.js";
import { isCustomerActor } from "./case.policy.js";
import type { CaseWithNames } from "./cases.repository.js";
import {
  activityBody, assignBody, caseSchema, closeBody, correctionBody, createCaseBody, entrySchema, escalateBody, listCasesQuery,
  noteBody, pageQuery, reopenBody, rmaBody, resolveBody, respondBody, resumeBody, sortOrder, takeOverBody, updateCaseBody, waitBody,
} from "./cases.schemas.js";
import { correctEntry } from "./correct-entry.js";
import { logActivity } from "./log-activity.js";
import { moveCase, type MoveAction } from "./move-case.js";
import { openCase } from "./open-case.js";
import { getCase, listActivities, searchCases } from "./read-cases.js";
import { updateCase } from "./update-case.js";
import { closureRoutes } from "./closure/closure.routes.js";
import { handToRma } from "./hand-to-rma.js";
import { vendorRoutes } from "./vendor/vendor.routes.js";
import { casesOverviewRoutes } from "./cases-overview.routes.js";
import { caseCcRoutes } from "./case-cc.routes.js";
import { signedIn } from "../http/access.js";

const tags = ["cases"];
const caseParams = z.strictObject({ id: text(64).pipe(z.string().min(1)) });
const idempotencyHeaders = z.object({ "idempotency-key": z.string().min(1).max(200).regex(/^[\x21-\x7e]+$/).optional() });

const view = (actor: Actor, c: CaseWithNames) => (isCustomerActor(actor) ? presentCaseForCustomer(c) : presentCase(c));

function sendCase(request: FastifyRequest, reply: FastifyReply, c: CaseWithNames, status = 200) {
  return reply.status(status).header("etag", `"${c.version}"`).send(view(actorOf(request), c));
}

/** Wins over a body `version`: the If-Match header. */
const expected = (request: FastifyRequest, bodyVersion?: number) => ifMatchVersion(request) ?? bodyVersion;

/** /cases: open, find, read, change, move along the flow, and the activity log. */
export function casesRoutes(deps: Deps): FastifyPluginAsyncZod {
  return async (app) => {
    await app.register(vendorRoutes(deps));
    await app.register(closureRoutes(deps));
    await app.register(casesOverviewRoutes(deps));
    await app.register(caseCcRoutes(deps));

    app.post("/cases/:id/rma-handoff", {
      config: { access: signedIn },
      schema: { tags, summary: "Hand faulty hardware to the RMA admin", params: caseParams, body: rmaBody, response: { 200: caseSchema } },
    }, async (request, reply) => {
      const { version, ...body } = request.body;
      const updated = await handToRma(deps, { actor: actorOf(request), caseId: request.params.id, expectedVersion: expected(request, version), ...body });
      return sendCase(request, reply, updated);
    });

    app.post("/cases", {
      config: { access: signedIn },
      schema: { tags, summary: "Open a case", headers: idempotencyHeaders, body: createCaseBody, response: { 201: caseSchema } },
    }, async (request, reply) => {
      const result = await openCase(deps, { actor: actorOf(request), ...request.body, idempotencyKey: request.headers["idempotency-key"] });
      if (result.replayed) reply.header("idempotent-replayed", "true");
      reply.header("location", `/api/v1/cases/${result.case.id}`);
      return sendCase(request, reply, result.case, 201);
    });

    app.get("/cases", {
      config: { access: signedIn },
      schema: { tags, summary: "Find cases (filters, Chinese/English full text, keyset pages)", querystring: listCasesQuery, response: { 200: z.object({ items: z.array(caseSchema), nextCursor: z.string().nullable() }) } },
    }, async (request) => {
      const actor = actorOf(request);
      const { sort, ...query } = request.query;
      const result = await searchCases(deps, {
        actor,
        ...query,
        ...sortOrder(sort),
      });
      return { items: result.items.map((c) => view(actor, c)), nextCursor: result.nextCursor };
    });

    app.get("/cases/:id", { config: { access: signedIn }, schema: { tags, summary: "A case by id or number", params: caseParams, response: { 200: caseSchema } } }, async (request, reply) => {
      const found = await getCase(deps, { actor: actorOf(request), caseId: request.params.id });
      return sendCase(request, reply, found);
    });

    app.patch("/cases/:id", {
      config: { access: signedIn },
      schema: { tags, summary: "Change subject, description, vendor, type, fault level or priority", params: caseParams, body: updateCaseBody, response: { 200: caseSchema } },
    }, async (request, reply) => {
      const { version, ...fields } = request.body;
      const updated = await updateCase(deps, { actor: actorOf(request), caseId: request.params.id, expectedVersion: expected(request, version), ...fields });
      return sendCase(request, reply, updated);
    });

    app.get("/cases/:id/activities", {
      config: { access: signedIn },
      schema: { tags, summary: "The append-only activity log, oldest first", params: caseParams, querystring: pageQuery, response: { 200: z.object({ items: z.array(entrySchema), nextCursor: z.string().nullable() }) } },
    }, async (request) => {
      const result = await listActivities(deps, { actor: actorOf(request), caseId: request.params.id, ...request.query });
      return { items: result.items.map(presentEntry), nextCursor: result.nextCursor };
    });

    app.post("/cases/:id/notes", {
      config: { access: signedIn },
      schema: { tags, summary: "Add a public or internal note", params: caseParams, body: noteBody, response: { 201: entrySchema } },
    }, async (request, reply) => {
      const { body, visibility, notifyCustomer } = request.body;
      const actor = actorOf(request);
      const entry = await addNote(deps, {
        actor, caseId: request.params.id, body, visibility: visibility ?? (isCustomerActor(actor) ? "public" : "internal"), extra: { notifyCustomer },
      });
      return reply.status(201).send(presentEntry({ ...entry, actorName: actorOf(request).name, actorRole: actorOf(request).role }));
    });

    app.post("/cases/:id/activities", {
      config: { access: signedIn },
      schema: { tags, summary: "Record a call, remote session or on-site visit", params: caseParams, body: activityBody, response: { 201: entrySchema } },
    }, async (request, reply) => {
      const { visibility, ...activity } = request.body;
      const entry = await logActivity(deps, { actor: actorOf(request), caseId: request.params.id, activity, visibility });
      return reply.status(201).send(presentEntry({ ...entry, actorName: actorOf(request).name, actorRole: actorOf(request).role }));
    });

    app.post("/cases/:id/activities/:entryId/corrections", {
      config: { access: signedIn },
      schema: { tags, summary: "Correct an entry with a new one that points at it", params: caseParams.extend({ entryId: z.string().uuid() }), body: correctionBody, response: { 201: entrySchema } },
    }, async (request, reply) => {
      const entry = await correctEntry(deps, { actor: actorOf(request), caseId: request.params.id, entryId: request.params.entryId, ...request.body });
      return reply.status(201).send(presentEntry({ ...entry, actorName: actorOf(request).name, actorRole: actorOf(request).role }));
    });

    app.post("/cases/:id/assign", { config: { access: signedIn }, schema: { tags, summary: "Assign to an engineer or expert; without assigneeId, to the on-duty engineer with the lightest load", params: caseParams, body: assignBody, response: { 200: caseSchema } } }, async (request, reply) => {
      const { version, ...body } = request.body;
      const updated = await assignCase(deps, { actor: actorOf(request), caseId: request.params.id, expectedVersion: expected(request, version), ...body });
      return sendCase(request, reply, updated);
    });

    app.post("/cases/:id/take-over", { config: { access: signedIn }, schema: { tags, summary: "Take the case over (any engineer)", params: caseParams, body: takeOverBody, response: { 200: caseSchema } } }, async (request, reply) => {
      const { version, ...body } = request.body;
      const updated = await takeOverCase(deps, { actor: actorOf(request), caseId: request.params.id, expectedVersion: expected(request, version), ...body });
      return sendCase(request, reply, updated);
    });

    const moves: { path: string; action: MoveAction; body: z.ZodType; summary: string }[] = [
      { path: "respond", action: "respond", body: respondBody, summary: "Record the engineer's response to the customer" },
      { path: "escalate", action: "escalate", body: escalateBody, summary: "Escalate to an expert, with a reason" },
      { path: "wait", action: "wait", body: waitBody, summary: "Wait for the customer, the vendor or parts" },
      { path: "resume", action: "resume", body: resumeBody, summary: "Resume work after waiting" },
      { path: "resolve", action: "resolve", body: resolveBody, summary: "Resolve, saying what was done" },
      { path: "close", action: "close", body: closeBody, summary: "Close a resolved case" },
      { path: "reopen", action: "reopen", body: reopenBody, summary: "Reopen a resolved or closed case" },
    ];
    for (const move of moves) {
      app.post(`/cases/:id/${move.path}`, {
        config: { access: signedIn },
        schema: { tags, summary: move.summary, params: caseParams, body: move.body, response: { 200: caseSchema } },
      }, async (request, reply) => {
        const { version, note, ...body } = request.body as { version?: number; note?: string; reason?: string; resolution?: string; waitFor?: "customer" | "vendor" | "parts"; expertId?: string };
        if (!request.params.id) throw new AppError("not_found");
        const updated = await moveCase(deps, {
          actor: actorOf(request),
          caseId: request.params.id,
          action: move.action,
          expectedVersion: expected(request, version),
          ...body,
          reason: body.reason ?? note,
        });
        return sendCase(request, reply, updated);
      });
    }
  };
}
