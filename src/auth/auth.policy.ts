import { forbidden, notFound } from "../shared/errors.js";
import type { Actor } from "./actor.js";

/** Who may manage users: admins everyone; managers the staff below admin and customer logins. */
export function assertCanManageUsers(actor: Actor, targetRole?: string): void {
  if (actor.kind === "system") return;
  if (actor.role === "admin") return;
  if (actor.role === "manager" && targetRole !== "admin" && targetRole !== "manager") return;
  throw forbidden("user.manage");
}

/** One user, to a customer login: "not found" whether it exists or not, so no id can be probed. */
export function assertCanSeeUser(actor: Actor): void {
  if (actor.kind === "user" && actor.role === "customer") throw notFound("user");
}

export function assertCanReadUsers(actor: Actor): void {
  if (actor.kind === "system" || actor.role !== "customer") return;
  throw forbidden("user.read");
}

/** Administrators (and casedesk itself) manage every API token; others their own. */
export const isTokenAdmin = (actor: Actor) => actor.kind === "system" || actor.role === "admin";

/** A scoped token (the PBX's) is an integration's: it mints and manages no tokens, not even itself. */
export function assertNotScoped(actor: Actor, action: string): void {
  if (actor.kind === "user" && actor.scope) throw forbidden(action);
}
