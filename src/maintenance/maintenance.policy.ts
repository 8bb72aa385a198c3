import type { Actor } from "../auth/index.js";
import { AppError } from "../shared/errors.js";

/**
 * Who may do what in preventive maintenance. Plans are set up by admins and managers; staff read
 * them. Engineers, experts, managers and admins work jobs; an expert may approve a report. A
 * customer reads only its own company's delivered reports (anything else is a 404, as if absent).
 * A monitoring token pushes metrics and nothing else.
 */
export type MaintenanceAction = "manage_plans" | "read" | "work_job" | "approve_report" | "deliver" | "log_call" | "read_board";

const RULES: Record<MaintenanceAction, readonly string[]> = {
  manage_plans: ["admin", "manager"],
  read: ["dispatcher", "engineer", "expert", "rma_admin", "manager", "admin"],
  work_job: ["engineer", "expert", "manager", "admin"],
  approve_report: ["expert", "manager", "admin"],
  deliver: ["engineer", "manager", "admin"],
  log_call: ["dispatcher", "engineer", "expert", "manager", "admin"],
  read_board: ["manager", "admin"],
};

export function can(actor: Actor, action: MaintenanceAction): boolean {
  if (actor.kind === "system") return true;
  if (actor.scope) return false;
  return RULES[action].includes(actor.role);
}

/** Staff lacking the right get a 403; a customer (who may not know the thing exists) a 404. */
export function assertCan(actor: Actor, action: MaintenanceAction, what = "maintenance"): void {
  if (can(actor, action)) return;
  if (actor.kind === "user" && actor.role === "customer") throw new AppError("not_found", { what });
  throw new AppError("forbidden", { action: `maintenance.${action}` });
}

/** The push endpoint: a monitoring token, or staff who may work jobs. */
export function assertCanPush(actor: Actor): void {
  if (actor.kind === "user" && actor.scope === "monitoring") return;
  assertCan(actor, "work_job");
}
