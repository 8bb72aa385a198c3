import type { Case, CaseStatus, Role, User } from "../../api/types";

/**
 * What the signed-in user may do to a case: a mirror of the server's table (README "Roles",
 * src/cases/case.policy.ts and the status machine in src/cases/case.ts), used only to decide
 * which buttons to show. The server decides; a refused action comes back as a problem.
 */
export type CaseActionName =
  | "assign" | "take_over" | "respond" | "escalate" | "wait" | "resume" | "resolve" | "close" | "reopen"
  | "vendor_request" | "vendor_confirm" | "vendor_track" | "rma_handoff" | "note_public" | "note_internal" | "log_activity" | "update";

const STAFF: Role[] = ["dispatcher", "engineer", "expert", "rma_admin", "manager", "admin"];
const LEADS: Role[] = ["dispatcher", "manager", "admin"];
const BOSSES: Role[] = ["manager", "admin"];
type Rule = { roles: Role[]; alsoAssignee?: boolean; customerOwn?: boolean };
const RULES: Record<CaseActionName, Rule> = {
  assign: { roles: LEADS },
  take_over: { roles: ["engineer", "expert", ...BOSSES] },
  respond: { roles: BOSSES, alsoAssignee: true },
  escalate: { roles: LEADS, alsoAssignee: true },
  wait: { roles: BOSSES, alsoAssignee: true },
  resume: { roles: BOSSES, alsoAssignee: true },
  resolve: { roles: BOSSES, alsoAssignee: true },
  close: { roles: LEADS, alsoAssignee: true },
  reopen: { roles: LEADS, alsoAssignee: true, customerOwn: true },
  vendor_request: { roles: ["expert", ...BOSSES], alsoAssignee: true },
  vendor_confirm: { roles: ["expert"] },
  vendor_track: { roles: ["expert", ...BOSSES], alsoAssignee: true },
  rma_handoff: { roles: ["expert", "rma_admin", ...LEADS], alsoAssignee: true },
  note_public: { roles: STAFF, customerOwn: true },
  note_internal: { roles: STAFF },
  log_activity: { roles: STAFF },
  update: { roles: LEADS, alsoAssignee: true },
};

const WAITING: CaseStatus[] = ["waiting_customer", "waiting_vendor", "waiting_parts"];
const WORKING: CaseStatus[] = ["assigned", "in_progress", "escalated", ...WAITING];
const OPEN: CaseStatus[] = ["new", ...WORKING];
const FROM: Partial<Record<CaseActionName, CaseStatus[]>> = {
  assign: OPEN,
  take_over: OPEN,
  respond: ["assigned", "in_progress", "escalated", ...WAITING],
  escalate: ["assigned", "in_progress", ...WAITING],
  wait: ["assigned", "in_progress", "escalated"],
  resume: WAITING,
  resolve: WORKING,
  close: ["resolved"],
  reopen: ["resolved", "closed"],
  vendor_request: WORKING,
  rma_handoff: WORKING,
  log_activity: OPEN.concat(["resolved"]),
  update: OPEN,
};

export function canDo(user: Pick<User, "id" | "role" | "customerId">, action: CaseActionName, target: Pick<Case, "status" | "assigneeId" | "expertId" | "customerId" | "respondedAt">): boolean {
  const from = FROM[action];
  if (from && !from.includes(target.status)) return false;
  if (action === "take_over" && target.assigneeId === user.id) return false;
  // the server takes a response at any working status; the button is offered while one is due
  if (action === "respond" && target.status !== "assigned" && target.respondedAt) return false;
  const rule = RULES[action];
  if (user.role === "customer") return Boolean(rule.customerOwn) && user.customerId !== null && user.customerId === target.customerId;
  if (rule.roles.includes(user.role)) return true;
  return Boolean(rule.alsoAssignee && (target.assigneeId === user.id || target.expertId === user.id));
}

export const OPEN_STATUSES = OPEN;
