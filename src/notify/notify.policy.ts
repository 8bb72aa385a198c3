import type { Actor, UserActor } from "../auth/index.js";
import { forbidden } from "../shared/errors.js";

const isAdminOrManager = (actor: Actor) => actor.kind === "system" || actor.role === "admin" || actor.role === "manager";

/** The outbox (every recipient's addresses and messages) is for administrators and managers. */
export function assertCanManageOutbox(actor: Actor): void {
  if (!isAdminOrManager(actor)) throw forbidden("outbox.manage");
}

/** Administrators and managers read the notification templates; administrators change them. */
export function assertCanReadTemplates(actor: Actor): void {
  if (!isAdminOrManager(actor)) throw forbidden("templates.read");
}

export function assertCanWriteTemplates(actor: Actor): void {
  if (actor.kind !== "system" && actor.role !== "admin") throw forbidden("templates.write");
}

/** In-app notifications belong to a signed-in user; each sees only their own. */
export function assertHasInbox(actor: Actor): asserts actor is UserActor {
  if (actor.kind !== "user") throw forbidden("notifications.read");
}
