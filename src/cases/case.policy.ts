import type { Actor } from "../auth/index.js";
import type { Role } from "../db/schema.js";
import { AppError, forbidden, notFound } from "../shared/errors.js";

export type CasePermission =
  | "open" | "read" | "update" | "assign" | "take_over" | "respond" | "escalate" | "wait" | "resume" | "resolve"
  | "close" | "reopen" | "note_public" | "note_internal" | "log_activity" | "correct"
  | "vendor_request" | "vendor_confirm" | "vendor_track" | "rma_handoff" | "confirm_resolution";

type CaseRef = { customerId: string | null; assigneeId: string | null; expertId: string | null };
type Rule = { roles: readonly Role[]; alsoAssignee?: boolean; customerOwn?: boolean };

const STAFF: readonly Role[] = ["dispatcher", "engineer", "expert", "rma_admin", "manager", "admin"];
const LEADS: readonly Role[] = ["dispatcher", "manager", "admin"];
const BOSSES: readonly Role[] = ["manager", "admin"];

/**
 * What each role may do to a case (SPEC.md roles). "alsoAssignee": the engineer or expert the
 * case is assigned to may too. A customer acts only on its own company's cases; any other case
 * is "not found" to it, never "forbidden", so case ids and numbers reveal nothing.
 */
const RULES: Record<CasePermission, Rule> = {
  open: { roles: STAFF, customerOwn: true },
  read: { roles: STAFF, customerOwn: true },
  update: { roles: LEADS, alsoAssignee: true },
  assign: { roles: LEADS },
  take_over: { roles: ["engineer", "expert", ...BOSSES] },
  respond: { roles: BOSSES, alsoAssignee: true },
  escalate: { roles: LEADS, alsoAssignee: true },
  wait: { roles: BOSSES, alsoAssignee: true },
  resume: { roles: BOSSES, alsoAssignee: true },
  resolve: { roles: BOSSES, alsoAssignee: true },
  close: { roles: LEADS, alsoAssignee: true },
  reopen: { roles: LEADS, alsoAssignee: true, customerOwn: true },
  note_public: { roles: STAFF, customerOwn: true },
  note_internal: { roles: STAFF },
  log_activity: { roles: STAFF },
  correct: { roles: STAFF },
  vendor_request: { roles: ["expert", ...BOSSES], alsoAssignee: true },
  // F5: only an expert confirms that the vendor is needed
  vendor_confirm: { roles: ["expert"] },
  vendor_track: { roles: ["expert", ...BOSSES], alsoAssignee: true },
  rma_handoff: { roles: ["expert", "rma_admin", ...LEADS], alsoAssignee: true },
  confirm_resolution: { roles: LEADS, customerOwn: true },
};

export function can(actor: Actor, permission: CasePermission, target?: CaseRef): boolean {
  if (actor.kind === "system") return true;
  const rule = RULES[permission];
  if (actor.role === "customer") {
    return Boolean(rule.customerOwn) && (!target || (actor.customerId !== null && target.customerId === actor.customerId));
  }
  if (rule.roles.includes(actor.role)) return true;
  return Boolean(rule.alsoAssignee && target && (target.assigneeId === actor.id || target.expertId === actor.id));
}

export function assertCan(actor: Actor, permission: CasePermission, target?: CaseRef): void {
  if (can(actor, permission, target)) return;
  if (target && !canSee(actor, target)) throw notFound("case");
  throw forbidden(`case.${permission}`);
}

export function canSee(actor: Actor, target: CaseRef): boolean {
  if (actor.kind === "system" || actor.role !== "customer") return true;
  return actor.customerId !== null && actor.customerId === target.customerId;
}

/** A case the actor may not see is reported exactly as a case that does not exist. */
export function assertVisible<T extends CaseRef>(actor: Actor, found: T | undefined): T {
  if (!found || !canSee(actor, found)) throw notFound("case");
  return found;
}

export function assertOpen(found: { status: string }): void {
  if (found.status === "closed") throw new AppError("case_closed");
}

export const isCustomerActor = (actor: Actor) => actor.kind === "user" && actor.role === "customer";
