import type { FastifyRequest } from "fastify";
import type { CallerResolver } from "../http/access.js";
import type { Deps } from "../shared/deps.js";
import { AppError } from "../shared/errors.js";
import type { UserActor } from "./actor.js";
import { authenticateSession, authenticateToken, type Authenticated } from "./sessions.js";

export const SESSION_COOKIE = "casedesk_session";

declare module "fastify" {
  interface FastifyRequest {
    /** the caller, once the route's access check has resolved it (null on routes open to anyone) */
    auth: Authenticated | null;
  }
}

/** Who is behind a request: a Bearer token, else the session cookie; a malformed or unknown token is refused. */
export async function authenticateRequest(deps: Deps, request: Pick<FastifyRequest, "headers" | "cookies">): Promise<Authenticated | null> {
  const header = request.headers.authorization;
  if (header) {
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    if (!match?.[1]) throw new AppError("unauthenticated");
    const found = await authenticateToken(deps, match[1]);
    if (!found) throw new AppError("unauthenticated");
    return found;
  }
  const cookie = request.cookies[SESSION_COOKIE];
  return cookie ? authenticateSession(deps, cookie) : null;
}

/** The access check's resolver: resolves the caller and keeps it on the request for the handler. */
export function callerResolver(deps: Deps): CallerResolver {
  return async (request) => {
    request.auth = await authenticateRequest(deps, request);
    return request.auth && { ...request.auth, scope: request.auth.actor.scope };
  };
}

/** The signed-in user of a route whose access requires one (the access check has refused anyone else). */
export function actorOf(request: FastifyRequest): UserActor {
  if (!request.auth) throw new AppError("unauthenticated");
  return request.auth.actor;
}
