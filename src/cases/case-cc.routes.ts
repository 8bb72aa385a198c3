import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { actorOf } from "../auth/index.js";
import { signedIn } from "../http/access.js";
import type { Deps } from "../shared/deps.js";
import { text } from "../shared/text.js";
import { addCaseCc, listCaseCc, removeCaseCc } from "./case-cc.js";
import { ccBody, ccContactSchema } from "./cases.schemas.js";
import type { CcContact } from "./customer-mail.repository.js";

const tags = ["cases"];
const caseParams = z.strictObject({ id: text(64).pipe(z.string().min(1)) });
const ccList = z.object({ items: z.array(ccContactSchema) });
const present = (items: CcContact[]) => ({ items: items.map((c) => ({ ...c, createdAt: c.createdAt.toISOString() })) });

/** /cases/{id}/cc: the contacts of the case's company copied on the mail it sends its caller. */
export function caseCcRoutes(deps: Deps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get("/cases/:id/cc", {
      config: { access: signedIn },
      schema: { tags, summary: "The contacts copied on the case's mail to its caller", params: caseParams, response: { 200: ccList } },
    }, async (request) => present(await listCaseCc(deps, { actor: actorOf(request), caseId: request.params.id })));

    app.post("/cases/:id/cc", {
      config: { access: signedIn },
      schema: { tags, summary: "Copy a contact of the case's company on its mail (another company's contact is 404)", params: caseParams, body: ccBody, response: { 200: ccList } },
    }, async (request) => present(await addCaseCc(deps, { actor: actorOf(request), caseId: request.params.id, contactId: request.body.contactId })));

    app.delete("/cases/:id/cc/:contactId", {
      config: { access: signedIn },
      schema: { tags, summary: "Stop copying a contact on the case's mail", params: caseParams.extend({ contactId: z.string().uuid() }), response: { 204: z.null() } },
    }, async (request, reply) => {
      await removeCaseCc(deps, { actor: actorOf(request), caseId: request.params.id, contactId: request.params.contactId });
      return reply.status(204).send(null);
    });
  };
}
