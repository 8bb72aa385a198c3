import type { Actor } from "../auth/index.js";
import { forbidden } from "../shared/errors.js";

/** Incoming mail and unverified callers are the dispatchers' work; retrying a message is an operator's. */
export function assertCanReadIntake(actor: Actor): void {
  if (actor.kind === "system" || ["dispatcher", "manager", "admin"].includes(actor.role)) return;
  throw forbidden("intake.read");
}

export function assertCanRetryIntake(actor: Actor): void {
  if (actor.kind === "system" || actor.role === "admin" || actor.role === "manager") return;
  throw forbidden("intake.retry");
}
