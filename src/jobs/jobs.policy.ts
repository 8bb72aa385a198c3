import type { Actor } from "../auth/index.js";
import { forbidden } from "../shared/errors.js";

/** Timers are operations data: administrators and managers (and casedesk itself) only. */
export function assertCanOperateTimers(actor: Actor): void {
  if (actor.kind === "system" || actor.role === "admin" || actor.role === "manager") return;
  throw forbidden("timers.manage");
}
