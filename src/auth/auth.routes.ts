import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { SESSION_COOKIE, actorOf } from "./request-caller.js";
import { ifMatchVersion } from "../http/versioning.js";
import type { Deps } from "../shared/deps.js";
import { notFound } from "../shared/errors.js";
import {
  changePasswordBody, createTokenBody, createUserBody, listTokensQuery, listUsersQuery, loginBody, meSchema, tokenParams, tokenSchema, updateUserBody, userSchema,
} from "./auth.schemas.js";
import { listApiTokens, revokeApiToken } from "./api-tokens.js";
import { assertCanReadUsers, assertCanSeeUser } from "./auth.policy.js";
import { createUser } from "./create-user.js";
import { createApiToken, login, logout } from "./sessions.js";
import { changeOwnPassword, updateUser } from "./update-user.js";
import { presentUser } from "./user.presenter.js";
import { findUserById, listUsers } from "./users.repository.js";
import { anyone, signedIn } from "../http/access.js";

const idParams = z.strictObject({ id: z.string().uuid() });
const iso = (d: Date | null) => (d ? d.toISOString() : null);
const presentToken = (row: Awaited<ReturnType<typeof listApiTokens>>[number]) => ({
  ...row, createdAt: row.createdAt.toISOString(), lastUsedAt: iso(row.lastUsedAt), revokedAt: iso(row.revokedAt),
});

/** /auth (sign in and out, who am I) and /users (administration). */
export function authRoutes(deps: Deps): FastifyPluginAsyncZod {
  return async (app) => {
    const secureCookie = (protocol: string) => deps.config.cookieSecure === "true" || (deps.config.cookieSecure === "auto" && protocol === "https");

    app.post("/auth/login", {
      config: { access: anyone, clientLimit: "login" },
      schema: { tags: ["auth"], summary: "Sign in; sets the session cookie", body: loginBody, response: { 200: meSchema } },
    }, async (request, reply) => {
      const result = await login(deps, {
        email: request.body.email,
        password: request.body.password,
        ip: request.ip,
        userAgent: request.headers["user-agent"] ?? null,
      });
      reply.setCookie(SESSION_COOKIE, result.token, {
        path: "/",
        httpOnly: true,
        sameSite: "lax",
        secure: secureCookie(request.protocol),
        expires: result.expiresAt,
      });
      const user = await findUserById(deps.db, result.userId);
      return { user: presentUser(user!), csrfToken: result.csrfToken };
    });

    app.post("/auth/logout", { config: { access: signedIn }, schema: { tags: ["auth"], summary: "Sign out", response: { 204: z.null() } } }, async (request, reply) => {
      const cookie = request.cookies[SESSION_COOKIE];
      if (cookie) await logout(deps, cookie);
      reply.clearCookie(SESSION_COOKIE, { path: "/" });
      return reply.status(204).send(null);
    });

    app.get("/auth/me", { config: { access: signedIn }, schema: { tags: ["auth"], summary: "The signed-in user and the CSRF token", response: { 200: meSchema } } }, async (request) => {
      const user = await findUserById(deps.db, actorOf(request).id);
      if (!user) throw notFound("user");
      return { user: presentUser(user), csrfToken: request.auth?.via === "session" ? request.auth.csrfToken : null };
    });

    app.post("/auth/password", {
      config: { access: signedIn },
      schema: { tags: ["auth"], summary: "Change your own password (ends your sessions)", body: changePasswordBody, response: { 204: z.null() } },
    }, async (request, reply) => {
      await changeOwnPassword(deps, { actor: actorOf(request), ...request.body });
      reply.clearCookie(SESSION_COOKIE, { path: "/" });
      return reply.status(204).send(null);
    });

    app.post("/auth/tokens", {
      config: { access: signedIn },
      schema: { tags: ["auth"], summary: "Mint an API token for yourself (shown once)", body: createTokenBody, response: { 201: z.object({ id: z.string(), token: z.string(), createdAt: z.string() }) } },
    }, async (request, reply) => {
      const actor = actorOf(request);
      const created = await createApiToken(deps, { actor, userId: actor.id, name: request.body.name, scope: request.body.scope });
      return reply.status(201).send({ ...created, createdAt: created.createdAt.toISOString() });
    });

    app.get("/auth/tokens", {
      config: { access: signedIn },
      schema: { tags: ["auth"], summary: "Your API tokens (admins: everyone's with ?all=true); never the tokens themselves", querystring: listTokensQuery, response: { 200: z.object({ items: z.array(tokenSchema) }) } },
    }, async (request) => ({ items: (await listApiTokens(deps, { actor: actorOf(request), all: request.query.all })).map(presentToken) }));

    app.delete("/auth/tokens/:id", {
      config: { access: signedIn },
      schema: { tags: ["auth"], summary: "Revoke an API token at once (yours; admins: any, the PBX's too)", params: tokenParams, response: { 200: tokenSchema } },
    }, async (request) => presentToken(await revokeApiToken(deps, { actor: actorOf(request), tokenId: request.params.id })));

    app.get("/users", {
      config: { access: signedIn },
      schema: { tags: ["users"], summary: "List users", querystring: listUsersQuery, response: { 200: z.object({ items: z.array(userSchema), nextCursor: z.string().nullable() }) } },
    }, async (request) => {
      assertCanReadUsers(actorOf(request));
      const { limit, cursor, ...filter } = request.query;
      const afterEmail = cursor ? Buffer.from(cursor, "base64url").toString("utf8") : undefined;
      const rows = await listUsers(deps.db, { ...filter, limit, afterEmail });
      const items = rows.slice(0, limit);
      const nextCursor = rows.length > limit ? Buffer.from(items.at(-1)!.email).toString("base64url") : null;
      return { items: items.map(presentUser), nextCursor };
    });

    app.post("/users", {
      config: { access: signedIn },
      schema: { tags: ["users"], summary: "Create a user", body: createUserBody, response: { 201: userSchema } },
    }, async (request, reply) => {
      const user = await createUser(deps, { actor: actorOf(request), ...request.body });
      return reply.status(201).send(presentUser(user));
    });

    app.get("/users/:id", { config: { access: signedIn }, schema: { tags: ["users"], params: idParams, response: { 200: userSchema } } }, async (request) => {
      assertCanSeeUser(actorOf(request));
      assertCanReadUsers(actorOf(request));
      const user = await findUserById(deps.db, request.params.id);
      if (!user) throw notFound("user");
      return presentUser(user);
    });

    app.patch("/users/:id", {
      config: { access: signedIn },
      schema: { tags: ["users"], summary: "Change, disable or re-enable a user", params: idParams, body: updateUserBody, response: { 200: userSchema } },
    }, async (request) => {
      const { version, ...changes } = request.body;
      const user = await updateUser(deps, {
        actor: actorOf(request),
        userId: request.params.id,
        expectedVersion: ifMatchVersion(request) ?? version,
        ...changes,
      });
      return presentUser(user);
    });
  };
}
