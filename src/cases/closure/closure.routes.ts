import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { actorOf } from "../../auth/index.js";
import type { Deps } from "../../shared/deps.js";
import { TEXT_LIMITS, text } from "../../shared/text.js";
import { presentCase, presentCaseForCustomer } from "../case.presenter.js";
import { isCustomerActor } from "../case.policy.js";
import { caseSchema } from "../cases.schemas.js";
import { confirmResolution, confirmResolutionByLink, describeConfirmationLink } from "./confirm-resolution.js";
import { anyone, signedIn } from "../../http/access.js";

const tags = ["closure"];
const answerBody = z.strictObject({ accepted: z.boolean(), comment: text(TEXT_LIMITS.body).optional() });
const tokenParams = z.strictObject({ token: z.string().regex(/^[A-Za-z0-9_-]{43}$/, { message: "invalid_format" }) });
const linkSchema = z.object({ caseNumber: z.string(), subject: z.string(), resolution: z.string().nullable(), status: z.string(), expiresAt: z.string(), isUsable: z.boolean() });
const outcomeSchema = z.object({ caseNumber: z.string(), status: z.string() });

/** The customer's answer to a resolution: from the portal, or through the link in the e-mail. */
export function closureRoutes(deps: Deps): FastifyPluginAsyncZod {
  return async (app) => {
    app.post("/cases/:id/confirm-resolution", {
      config: { access: signedIn },
      schema: { tags, summary: "Confirm the resolution (closes) or dispute it (reopens)", params: z.strictObject({ id: text(64).pipe(z.string().min(1)) }), body: answerBody, response: { 200: caseSchema } },
    }, async (request) => {
      const actor = actorOf(request);
      const updated = await confirmResolution(deps, { actor, caseId: request.params.id, ...request.body });
      return isCustomerActor(actor) ? presentCaseForCustomer(updated) : presentCase(updated);
    });

    app.get("/case-confirmations/:token", {
      config: { access: anyone, clientLimit: "links" },
      schema: { tags, summary: "What a confirmation link is about (no sign-in)", params: tokenParams, response: { 200: linkSchema } },
    }, async (request) => {
      const link = await describeConfirmationLink(deps, request.params.token);
      return { ...link, expiresAt: link.expiresAt.toISOString() };
    });

    app.post("/case-confirmations/:token", {
      config: { access: anyone, clientLimit: "links" },
      schema: { tags, summary: "Answer through the e-mailed link (one use)", params: tokenParams, body: answerBody, response: { 200: outcomeSchema } },
    }, async (request) => {
      const updated = await confirmResolutionByLink(deps, { token: request.params.token, ...request.body });
      return { caseNumber: updated.number, status: updated.status };
    });
  };
}
