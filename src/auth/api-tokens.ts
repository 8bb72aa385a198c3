import type { Deps } from "../shared/deps.js";
import { forbidden, notFound } from "../shared/errors.js";
import type { Actor } from "./actor.js";
import { assertNotScoped, isTokenAdmin } from "./auth.policy.js";

/** How often a token's "last used" is written at most: often enough to judge it, rarely enough to cost nothing. */
export const LAST_USED_RESOLUTION_MS = 60 * 60_000;


function tokenRows(deps: Deps, where: { userId?: string; tokenId?: string }) {
  let query = deps.db
    .selectFrom("apiTokens as t")
    .innerJoin("users as u", "u.id", "t.userId")
    .select(["t.id", "t.name", "t.scope", "t.userId", "u.name as userName", "u.email as userEmail", "t.createdAt", "t.lastUsedAt", "t.revokedAt"])
    .orderBy("t.createdAt", "desc")
    .orderBy("t.id");
  if (where.userId) query = query.where("t.userId", "=", where.userId);
  if (where.tokenId) query = query.where("t.id", "=", where.tokenId);
  return query.execute();
}

/**
 * API tokens as their owners and administrators see them: never the token nor its hash, but
 * what it is for, its scope, when it was made and last used, and whether it is revoked. A user
 * lists their own; an administrator may list everyone's (`all`), the PBX's token among them.
 */
export async function listApiTokens(deps: Deps, input: { actor: Actor; all?: boolean }) {
  assertNotScoped(input.actor, "token.manage");
  if (input.all) {
    if (!isTokenAdmin(input.actor)) throw forbidden("token.list_all");
    return tokenRows(deps, {});
  }
  return input.actor.kind === "user" ? tokenRows(deps, { userId: input.actor.id }) : [];
}

/**
 * Revokes a token at once (the next request with it gets 401): its owner or an administrator.
 * Revoking a revoked token changes nothing. Someone else's token is "not found", as if it did not exist.
 */
export async function revokeApiToken(deps: Deps, input: { actor: Actor; tokenId: string }) {
  assertNotScoped(input.actor, "token.manage");
  const found = await deps.db.selectFrom("apiTokens").select(["id", "userId", "revokedAt"]).where("id", "=", input.tokenId).executeTakeFirst();
  const isOwner = input.actor.kind === "user" && found?.userId === input.actor.id;
  if (!found || (!isOwner && !isTokenAdmin(input.actor))) throw notFound("api_token");
  if (!found.revokedAt) {
    await deps.db.updateTable("apiTokens").set({ revokedAt: deps.clock.now() }).where("id", "=", found.id).where("revokedAt", "is", null).execute();
    deps.logger.info({ tokenId: found.id, ownerId: found.userId, actorId: input.actor.id }, "API token revoked");
  }
  return (await tokenRows(deps, { tokenId: found.id }))[0]!;
}
