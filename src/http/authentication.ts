import type { FastifyInstance, FastifyRequest } from "fastify";
import type { UserActor } from "../auth/index.js";
import { authenticateSession, authenticateToken, type Authenticated } from "../auth/index.js";
import type { TokenScope } from "../db/schema.js";
import type { Deps } from "../shared/deps.js";
import { AppError } from "../shared/errors.js";

export const SESSION_COOKIE = "casedesk_session";

declare module "fastify" {
  interface FastifyRequest {
    auth: Authenticated | null;
  }
  interface FastifyContextConfig {
    /** routes that answer without a signed-in user (login, health) */
    isPublic?: boolean;
    /** telephony: the token scope that may call this route; a scoped token reaches no other */
    tokenScope?: TokenScope;
  }
}

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * Resolves the caller on every API request: a Bearer token, else the session cookie. Cookie
 * requests that change something must echo the session's CSRF token in X-CSRF-Token (tokens are
 * not sent by browsers on their own, so they need no such check).
 */
export function registerAuthentication(app: FastifyInstance, deps: Deps): void {
  app.decorateRequest("auth", null);
  app.addHook("preHandler", async (request) => {
    request.auth = await resolve(deps, request);
    const scope = request.auth?.actor.scope;
    if (scope && request.url.startsWith("/api/") && request.routeOptions.config.tokenScope !== scope) throw new AppError("forbidden", { action: "token.scope" });
    if (request.routeOptions.config.isPublic) return;
    if (!request.url.startsWith("/api/v1/")) return;
    if (!request.auth) throw new AppError("unauthenticated");
    if (request.auth.via === "session" && !SAFE_METHODS.has(request.method)) {
      if (request.headers["x-csrf-token"] !== request.auth.csrfToken) throw new AppError("csrf_failed");
    }
  });
}

async function resolve(deps: Deps, request: FastifyRequest): Promise<Authenticated | null> {
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

/** The signed-in user of a route that is not public (the hook has already refused anonymous callers). */
export function actorOf(request: FastifyRequest): UserActor {
  if (!request.auth) throw new AppError("unauthenticated");
  return request.auth.actor;
}

/** Resolves the caller again (a long-lived stream checks that its session still holds). */
export const authenticateRequest = (deps: Deps, request: FastifyRequest) => resolve(deps, request).catch(() => null);
