import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { actorOf } from "../auth/index.js";
import type { Deps } from "../shared/deps.js";
import { listTimers, retryTimer } from "./manage-timers.js";
import { presentTimer } from "./timer.presenter.js";
import { listTimersQuery, timerParams, timerSchema } from "./timers.schemas.js";
import { signedIn } from "../http/access.js";

const tags = ["admin"];

/** /admin/timers: failed (and other) durable timers, and running a failed one again. */
export function timersRoutes(deps: Deps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get("/admin/timers", {
      config: { access: signedIn },
      schema: { tags, summary: "Durable timers by status (default: failed); admins and managers", querystring: listTimersQuery, response: { 200: z.object({ items: z.array(timerSchema), nextCursor: z.string().nullable() }) } },
    }, async (request) => {
      const page = await listTimers(deps, { actor: actorOf(request), ...request.query });
      return { items: page.items.map(presentTimer), nextCursor: page.nextCursor };
    });

    app.post("/admin/timers/:id/retry", {
      config: { access: signedIn },
      schema: { tags, summary: "Run a failed timer again now", params: timerParams, response: { 200: timerSchema } },
    }, async (request) => presentTimer(await retryTimer(deps, { actor: actorOf(request), timerId: request.params.id })));
  };
}
