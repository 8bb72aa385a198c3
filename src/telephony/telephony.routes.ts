import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { actorOf } from "../auth/index.js";
import type { Deps } from "../shared/deps.js";
import { presentCall, presentScreenPop } from "./call.presenter.js";
import { linkCall } from "./link-call.js";
import { getCall, listActiveCalls, listCalls } from "./read-calls.js";
import { recordCallEvent } from "./record-call-event.js";
import { activeCallsQuery, listCallsQuery, callEventBody, callEventResultSchema, callParams, callSchema, linkCallBody, screenPopSchema } from "./telephony.schemas.js";
import { signedIn, signedInOrToken } from "../http/access.js";

const tags = ["telephony"];

/** The PBX's event endpoint (its scoped token only) and the dispatcher's screen-pop and linking. */
export function telephonyRoutes(deps: Deps): FastifyPluginAsyncZod {
  return async (app) => {
    app.post("/telephony/calls", {
      config: { access: signedInOrToken("pbx") },
      schema: { tags, summary: "A call event from the PBX (ringing, answered, ended); a repeat changes nothing", body: callEventBody, response: { 200: callEventResultSchema } },
    }, async (request) => {
      const result = await recordCallEvent(deps, { actor: actorOf(request), event: request.body });
      return { isDuplicate: result.isDuplicate, call: presentCall(result.call) };
    });

    app.get("/telephony/calls", {
      config: { access: signedIn },
      schema: { tags, summary: "Recent calls, newest first; isLinked=false for those on no case yet", querystring: listCallsQuery, response: { 200: z.object({ items: z.array(callSchema), nextCursor: z.string().nullable() }) } },
    }, async (request) => {
      const page = await listCalls(deps, { actor: actorOf(request), ...request.query });
      return { items: page.items.map(presentCall), nextCursor: page.nextCursor };
    });

    app.get("/telephony/calls/active", {
      config: { access: signedIn },
      schema: { tags, summary: "Screen-pop: calls ringing or in progress with the caller, company, contracts and open cases", querystring: activeCallsQuery, response: { 200: z.object({ items: z.array(screenPopSchema) }) } },
    }, async (request) => {
      const calls = await listActiveCalls(deps, { actor: actorOf(request), ...request.query });
      return { items: calls.map(presentScreenPop) };
    });

    app.get("/telephony/calls/:callId", {
      config: { access: signedIn },
      schema: { tags, summary: "One call with its screen-pop", params: callParams, response: { 200: screenPopSchema } },
    }, async (request) => presentScreenPop(await getCall(deps, { actor: actorOf(request), callId: request.params.callId })));

    app.post("/telephony/calls/:callId/link", {
      config: { access: signedIn },
      schema: { tags, summary: "Put the call on a case; its call activity is written once the call has ended", params: callParams, body: linkCallBody, response: { 200: callSchema } },
    }, async (request) => presentCall(await linkCall(deps, { actor: actorOf(request), callId: request.params.callId, ...request.body })));
  };
}
