import type { Actor, UserActor } from "../auth/index.js";
import { forbidden } from "../shared/errors.js";

/** The outbox (every recipient's addresses and messages) is for administrators and managers. */
export function assertCanManageOutbox(actor: Actor): void {
  if (actor.kind === "system" || actor.role === "admin" || actor.role === "manager") return;
  throw forbidden("outbox.manage");
}

/** In-app notifications belong to a signed-in user; each sees only their own. */
export function assertHasInbox(actor: Actor): asserts actor is UserActor {
  if (actor.kind !== "user") throw forbidden("notifications.read");
}
