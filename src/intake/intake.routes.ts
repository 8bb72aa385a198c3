import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { actorOf } from "../auth/index.js";
import type { Deps } from "../shared/deps.js";
import { confirmCaller, listUnverifiedCallers } from "./confirm-caller.js";
import { presentInbound, presentUnverified } from "./inbound.presenter.js";
import { caseParams, confirmCallerBody, inboundParams, inboundSchema, listInboundQuery, pageQuery, unverifiedSchema } from "./intake.schemas.js";
import { getInboundMessage, listInboundMessages, retryInboundMessage } from "./manage-inbound.js";
import { signedIn } from "../http/access.js";

const tags = ["intake"];

/** /intake: incoming mail and what became of it, and the callers a dispatcher still has to confirm. */
export function intakeRoutes(deps: Deps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get("/intake/messages", {
      config: { access: signedIn },
      schema: { tags, summary: "Incoming e-mail and fax, newest first; dispatchers, managers and admins", querystring: listInboundQuery, response: { 200: z.object({ items: z.array(inboundSchema), nextCursor: z.string().nullable() }) } },
    }, async (request) => {
      const page = await listInboundMessages(deps, { actor: actorOf(request), ...request.query });
      return { items: page.items.map(presentInbound), nextCursor: page.nextCursor };
    });

    app.get("/intake/messages/:id", {
      config: { access: signedIn },
      schema: { tags, summary: "One incoming message", params: inboundParams, response: { 200: inboundSchema } },
    }, async (request) => presentInbound(await getInboundMessage(deps, { actor: actorOf(request), id: request.params.id })));

    app.post("/intake/messages/:id/retry", {
      config: { access: signedIn },
      schema: { tags, summary: "Process a rejected or failed message again; managers and admins", params: inboundParams, response: { 200: inboundSchema } },
    }, async (request) => presentInbound(await retryInboundMessage(deps, { actor: actorOf(request), id: request.params.id })));

    app.get("/intake/unverified-callers", {
      config: { access: signedIn },
      schema: { tags, summary: "Cases opened by mail or fax from senders not in the customer database", querystring: pageQuery, response: { 200: z.object({ items: z.array(unverifiedSchema), nextCursor: z.string().nullable() }) } },
    }, async (request) => {
      const page = await listUnverifiedCallers(deps, { actor: actorOf(request), ...request.query });
      return { items: page.items.map(presentUnverified), nextCursor: page.nextCursor };
    });

    app.post("/intake/unverified-callers/:caseId/confirm", {
      config: { access: signedIn },
      schema: {
        tags, summary: "Confirm who the sender is: an existing contact, or a new contact of a company", params: caseParams, body: confirmCallerBody,
        response: { 200: z.object({ caseId: z.string(), contactId: z.string().nullable(), customerId: z.string().nullable(), version: z.number() }) },
      },
    }, async (request) => {
      const updated = await confirmCaller(deps, { actor: actorOf(request), caseId: request.params.caseId, ...request.body });
      return { caseId: updated.id, contactId: updated.contactId, customerId: updated.customerId, version: updated.version };
    });
  };
}
