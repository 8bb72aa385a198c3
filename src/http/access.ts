import { timingSafeEqual } from "node:crypto";
import type { FastifyInstance, FastifyRequest, RouteOptions } from "fastify";
import type { TokenScope } from "../db/schema.js";
import { AppError } from "../shared/errors.js";

/**
 * Who may call a route, declared in its options (`config: { access }`) and decided on the route
 * that matched, whatever spelling of the URL reached it. A route that declares nothing is refused.
 */
export type RouteAccess =
  /** no signed-in user: sign-in, health, and the one-time links whose token is their credential */
  | { caller: "anyone" }
  /**
   * a signed-in user: a session (echoing X-CSRF-Token on writes) or an unscoped API token; a scoped
   * token (the PBX's) only where its scope is listed. Roles are the use cases' business (404 or 403).
   */
  | { caller: "user"; tokenScopes?: readonly TokenScope[] };

export const anyone: RouteAccess = { caller: "anyone" };
export const signedIn: RouteAccess = { caller: "user" };
/** a signed-in user, or a token of one of these scopes (which reaches nothing else) */
export const signedInOrToken = (...tokenScopes: TokenScope[]): RouteAccess => ({ caller: "user", tokenScopes });

/** What the access check needs to know of a caller; the auth module says who it is. */
export type Credentials = { via: "session"; csrfToken: string; scope?: TokenScope } | { via: "token"; scope?: TokenScope };
/** Resolves (and remembers on the request) the caller behind a request's session cookie or Bearer token. */
export type CallerResolver = (request: FastifyRequest) => Promise<Credentials | null>;

declare module "fastify" {
  interface FastifyContextConfig {
    access?: RouteAccess;
  }
  interface FastifyInstance {
    /** every route as added, with its declared access (the route-table tests read it) */
    routeTable: readonly RouteOptions[];
  }
}

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * Installs the access check on every route of `app`. Each route is checked when it is added (the
 * server does not start with a route that declares no access) and again on each request, from the
 * matched route's own options: never from the text of the URL.
 */
export function registerAccessControl(app: FastifyInstance, resolveCaller: CallerResolver): void {
  const routes: RouteOptions[] = [];
  app.decorate("routeTable", routes);
  app.addHook("onRoute", (route) => void routes.push(route));
  // a plugin's own routes (docs, static files) are declared by the scope that registers them, after this hook ran
  app.addHook("onReady", async () => {
    const undeclared = routes.filter((route) => !route.config?.access).map((route) => `${String(route.method)} ${route.url}`);
    if (undeclared.length > 0) throw new Error(`routes without a declared access: ${undeclared.join(", ")}`);
  });
  app.addHook("onRequest", async (request) => {
    if (request.is404) return;
    const access = request.routeOptions.config.access;
    if (!access) throw new AppError("forbidden", { action: "route.undeclared" });
    if (access.caller === "anyone") return;
    const caller = await resolveCaller(request);
    if (!caller) throw new AppError("unauthenticated");
    if (caller.scope && !access.tokenScopes?.includes(caller.scope)) throw new AppError("forbidden", { action: "token.scope" });
    if (caller.via === "session" && !SAFE_METHODS.has(request.method) && !sameSecret(request.headers["x-csrf-token"], caller.csrfToken)) {
      throw new AppError("csrf_failed");
    }
  });
}

/**
 * Registers a third-party plugin (the API docs, the static files) whose routes cannot declare their
 * own access: each route it adds, and only those, gets `access`.
 */
export async function registerWithAccess(app: FastifyInstance, access: RouteAccess, register: () => PromiseLike<unknown>): Promise<void> {
  let registering = true;
  app.addHook("onRoute", (route) => {
    if (registering && !route.config?.access) route.config = { ...route.config, access };
  });
  await register();
  registering = false;
}

function sameSecret(given: string | string[] | undefined, expected: string): boolean {
  if (typeof given !== "string") return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}
