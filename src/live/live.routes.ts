import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import type { Database } from "../db/database.js";
import { actorOf, authenticateRequest } from "../auth/index.js";
import type { Deps } from "../shared/deps.js";
import { AppError } from "../shared/errors.js";
import { LiveHub, sseEvent, type LiveClient } from "./live-hub.js";
import { signedIn } from "../http/access.js";

const signedOutOnRefusal = (error: unknown) => {
  if (error instanceof AppError) return null;
  throw error;
};

/** How long a browser waits before reconnecting a dropped stream. */
const RETRY_MS = 3_000;

/**
 * GET /live: server-sent events of what happens on the cases the caller may see. Events carry
 * `{type, caseId, caseNumber, at}` only; clients refetch through the API. A reconnect with
 * `Last-Event-ID` gets a `resync` event (nothing is replayed, so the client refetches what it shows).
 */
export function liveRoutes(deps: Deps, database: Pick<Database, "listen">): FastifyPluginAsyncZod {
  return async (app) => {
    const hub = new LiveHub(deps, database, deps.config.liveHeartbeatSeconds * 1000);
    app.addHook("onReady", () => hub.start());
    app.addHook("preClose", () => hub.close());

    app.get("/live", {
      config: { access: signedIn },
      schema: {
        tags: ["live"],
        summary: "Live updates as server-sent events (text/event-stream): case events the caller may see, heartbeats",
        produces: ["text/event-stream"],
      },
    }, async (request, reply) => {
      const raw = reply.raw;
      reply.hijack();
      raw.writeHead(200, {
        "content-type": "text/event-stream; charset=utf-8",
        "cache-control": "no-cache, no-transform",
        connection: "keep-alive",
        "x-accel-buffering": "no",
      });
      const client: LiveClient = {
        actor: actorOf(request),
        // a refused token means signed out; a database that does not answer is the hub's to wait out
        reauthenticate: async () => (await authenticateRequest(deps, request).catch(signedOutOnRefusal))?.actor ?? null,
        write: (chunk) => void raw.write(chunk),
        pending: () => raw.writableLength,
        end: () => raw.end(),
      };
      hub.add(client);
      raw.on("close", () => hub.remove(client));
      raw.write(`retry: ${RETRY_MS}\n: connected\n\n`);
      if (request.headers["last-event-id"]) raw.write(sseEvent(hub.nextId(), "resync", {}));
    });
  };
}
