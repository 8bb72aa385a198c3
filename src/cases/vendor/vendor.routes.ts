import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { actorOf } from "../../auth/index.js";
import { ifMatchVersion } from "../../http/versioning.js";
import type { Deps } from "../../shared/deps.js";
import { text } from "../../shared/text.js";
import { advanceVendorRequest } from "./advance-vendor-request.js";
import { listPendingVendorConfirmations, listVendorRequests } from "./list-vendor-requests.js";
import { requestVendorSupport } from "./request-vendor-support.js";
import type { VendorStep } from "./vendor-request.js";
import { presentVendorRequest } from "./vendor-request.presenter.js";
import { answerVendorBody, confirmVendorBody, openVendorBody, rejectVendorBody, requestVendorBody, vendorRequestSchema } from "./vendor.schemas.js";
import { signedIn } from "../../http/access.js";

const tags = ["vendor support"];
const caseParams = z.strictObject({ id: text(64).pipe(z.string().min(1)) });
const requestParams = caseParams.extend({ requestId: z.string().uuid() });

/** /cases/{id}/vendor-requests: ask for vendor support, confirm it as an expert, track it to done. */
export function vendorRoutes(deps: Deps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get("/cases/:id/vendor-requests", {
      config: { access: signedIn },
      schema: { tags, summary: "A case's vendor support requests", params: caseParams, response: { 200: z.object({ items: z.array(vendorRequestSchema) }) } },
    }, async (request) => ({ items: (await listVendorRequests(deps, { actor: actorOf(request), caseId: request.params.id })).map(presentVendorRequest) }));

    app.post("/cases/:id/vendor-requests", {
      config: { access: signedIn },
      schema: { tags, summary: "Ask for vendor support (an expert must confirm)", params: caseParams, body: requestVendorBody, response: { 201: vendorRequestSchema } },
    }, async (request, reply) => {
      const created = await requestVendorSupport(deps, { actor: actorOf(request), caseId: request.params.id, ...request.body });
      return reply.status(201).send(presentVendorRequest(created));
    });

    app.get("/vendor-requests/pending-confirmation", {
      config: { access: signedIn },
      schema: { tags, summary: "The experts' queue of requests to confirm", querystring: z.strictObject({ limit: z.coerce.number().int().min(1).max(500).default(100) }), response: { 200: z.object({ items: z.array(vendorRequestSchema.extend({ caseNumber: z.string(), caseSubject: z.string() })) }) } },
    }, async (request) => {
      const rows = await listPendingVendorConfirmations(deps, { actor: actorOf(request), limit: request.query.limit });
      return { items: rows.map((r) => ({ ...presentVendorRequest(r), caseNumber: r.caseNumber, caseSubject: r.caseSubject })) };
    });

    const steps: { path: string; step: VendorStep; body: z.ZodType; summary: string }[] = [
      { path: "confirm", step: "confirm", body: confirmVendorBody, summary: "Confirm that the vendor is needed (experts)" },
      { path: "reject", step: "reject", body: rejectVendorBody, summary: "Decline the request, saying why (experts)" },
      { path: "open", step: "open", body: openVendorBody, summary: "Record the case opened with the vendor" },
      { path: "answer", step: "answer", body: answerVendorBody, summary: "Record the vendor's answer" },
      { path: "complete", step: "complete", body: answerVendorBody, summary: "The vendor's part is done" },
    ];
    for (const step of steps) {
      app.post(`/cases/:id/vendor-requests/:requestId/${step.path}`, {
        config: { access: signedIn },
        schema: { tags, summary: step.summary, params: requestParams, body: step.body, response: { 200: vendorRequestSchema } },
      }, async (request) => {
        const { version, ...body } = request.body as { version?: number; reason?: string; vendorCaseRef?: string; vendorContact?: string; summary?: string };
        const updated = await advanceVendorRequest(deps, {
          actor: actorOf(request), caseId: request.params.id, requestId: request.params.requestId, step: step.step,
          expectedVersion: ifMatchVersion(request) ?? version, ...body,
        });
        return presentVendorRequest(updated);
      });
    }
  };
}
