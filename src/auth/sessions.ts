import type { TokenScope } from "../db/schema.js";
import { AppError } from "../shared/errors.js";
import type { Deps } from "../shared/deps.js";
import type { Actor, UserActor } from "./actor.js";
import { LAST_USED_RESOLUTION_MS } from "./api-tokens.js";
import { assertNotScoped, isTokenAdmin } from "./auth.policy.js";
import { newToken, tokenHash, verifyPassword } from "./secrets.js";
import { findUserByEmail } from "./users.repository.js";

export type LoginInput = { email: string; password: string; ip: string | null; userAgent: string | null };
export type LoginResult = { token: string; csrfToken: string; expiresAt: Date; userId: string };

/**
 * Signs a user in. Failures are counted per e-mail address in the database, so the limit holds
 * across instances: after LOGIN_MAX_FAILURES within LOGIN_WINDOW_MINUTES the address is refused
 * until the window passes.
 */
export async function login(deps: Deps, input: LoginInput): Promise<LoginResult> {
  const now = deps.clock.now();
  const windowStart = new Date(now.getTime() - deps.config.loginWindowMinutes * 60_000);
  const email = input.email.toLowerCase();
  const failures = await deps.db
    .selectFrom("loginAttempts")
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .where((eb) => eb(eb.fn("lower", ["email"]), "=", email))
    .where("at", ">=", windowStart)
    .where("succeeded", "=", false)
    .executeTakeFirstOrThrow();
  if (Number(failures.n) >= deps.config.loginMaxFailures) {
    throw new AppError("rate_limited", { retryAfterSeconds: deps.config.loginWindowMinutes * 60 });
  }
  const user = await findUserByEmail(deps.db, email);
  const passwordOk = await verifyPassword(user?.passwordHash ?? null, input.password);
  const record = (succeeded: boolean) =>
    deps.db.insertInto("loginAttempts").values({ email, ip: input.ip, succeeded, at: now }).execute();
  if (!user || !passwordOk) {
    await record(false);
    throw new AppError("invalid_credentials");
  }
  if (!user.isActive) {
    await record(false);
    throw new AppError("account_disabled");
  }
  await record(true);
  const token = newToken("cds");
  const csrfToken = newToken("csrf");
  const expiresAt = new Date(now.getTime() + deps.config.sessionTtlHours * 3_600_000);
  await deps.db
    .insertInto("sessions")
    .values({
      tokenHash: tokenHash(token),
      csrfToken,
      userId: user.id,
      createdAt: now,
      expiresAt,
      ip: input.ip,
      userAgent: input.userAgent?.slice(0, 500) ?? null,
    })
    .execute();
  return { token, csrfToken, expiresAt, userId: user.id };
}

export async function logout(deps: Deps, sessionToken: string): Promise<void> {
  await deps.db.deleteFrom("sessions").where("tokenHash", "=", tokenHash(sessionToken)).execute();
}

export type Authenticated = { actor: UserActor; via: "session"; csrfToken: string } | { actor: UserActor; via: "token" };

const toActor = (user: { id: string; role: UserActor["role"]; customerId: string | null; name: string; language: UserActor["language"]; scope?: TokenScope | null }): UserActor => ({
  kind: "user",
  id: user.id,
  role: user.role,
  customerId: user.customerId,
  name: user.name,
  language: user.language,
  ...(user.scope ? { scope: user.scope } : {}),
});

/** Resolves a session cookie to its user; expired sessions and disabled users count as signed out. */
export async function authenticateSession(deps: Deps, sessionToken: string): Promise<Authenticated | null> {
  const hash = tokenHash(sessionToken);
  const load = () =>
    deps.db
      .selectFrom("sessions")
      .innerJoin("users", "users.id", "sessions.userId")
      .select(["users.id", "users.role", "users.customerId", "users.name", "users.language", "users.isActive"])
      .select(["sessions.csrfToken", "sessions.expiresAt"])
      .where("sessions.tokenHash", "=", hash)
      .executeTakeFirst();
  // a logout, a disabled user or a changed role reaches every instance's cache (SharedCache)
  const row = deps.cache ? await deps.cache.get("actors", `session:${hash}`, load) : await load();
  if (!row || !row.isActive || row.expiresAt <= deps.clock.now()) return null;
  return { actor: toActor(row), via: "session", csrfToken: row.csrfToken };
}

/** Resolves a Bearer API token; revoked tokens and disabled users are refused. */
export async function authenticateToken(deps: Deps, token: string): Promise<Authenticated | null> {
  const hash = tokenHash(token);
  const load = () =>
    deps.db
      .selectFrom("apiTokens")
      .innerJoin("users", "users.id", "apiTokens.userId")
      .select(["users.id", "users.role", "users.customerId", "users.name", "users.language", "users.isActive", "apiTokens.scope", "apiTokens.id as tokenId", "apiTokens.lastUsedAt"])
      .where("apiTokens.tokenHash", "=", hash)
      .where("apiTokens.revokedAt", "is", null)
      .executeTakeFirst();
  // a revocation or a disabled user reaches every instance's cache (SharedCache)
  const row = deps.cache ? await deps.cache.get("actors", `token:${hash}`, load) : await load();
  if (!row || !row.isActive) return null;
  const now = deps.clock.now();
  if (!row.lastUsedAt || now.getTime() - row.lastUsedAt.getTime() >= LAST_USED_RESOLUTION_MS) {
    await deps.db.updateTable("apiTokens").set({ lastUsedAt: now }).where("id", "=", row.tokenId).execute();
  }
  return { actor: toActor(row), via: "token" };
}

/** Mints an API token for a user; only its hash is kept, so the caller must show it now. */
export async function createApiToken(deps: Deps, input: { actor: Actor; userId: string; name: string; scope?: TokenScope }) {
  const isSelf = input.actor.kind === "user" && input.actor.id === input.userId;
  const isAdmin = isTokenAdmin(input.actor);
  // a scoped token (the PBX's) is an integration's, set up by an administrator
  if ((!isSelf && !isAdmin) || (input.scope && !isAdmin)) throw new AppError("forbidden", { action: "token.create" });
  assertNotScoped(input.actor, "token.create");
  const token = newToken("cdt");
  const row = await deps.db
    .insertInto("apiTokens")
    .values({ tokenHash: tokenHash(token), userId: input.userId, name: input.name, createdAt: deps.clock.now(), ...(input.scope ? { scope: input.scope } : {}) })
    .returning(["id", "createdAt"])
    .executeTakeFirstOrThrow();
  return { id: row.id, token, createdAt: row.createdAt };
}
