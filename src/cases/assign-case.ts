import type { Actor } from "../auth/index.js";
import { pickEngineer } from "../rosters/index.js";
import type { Deps } from "../shared/deps.js";
import { AppError } from "../shared/errors.js";
import { canMove, statusAfter, type CaseStatus } from "./case.js";
import { commitChange } from "./case-change.js";
import { assertCan, assertOpen } from "./case.policy.js";
import { loadCase } from "./load-case.js";

const ASSIGNABLE_ROLES = new Set(["engineer", "expert"]);

async function assignableUser(deps: Deps, userId: string) {
  const user = await deps.db.selectFrom("users").select(["id", "name", "role", "isActive"]).where("id", "=", userId).executeTakeFirst();
  if (!user || !user.isActive || !ASSIGNABLE_ROLES.has(user.role)) {
    throw new AppError("validation_failed", {}, [{ path: "body.assigneeId", code: "not_assignable" }]);
  }
  return user;
}

export type AssignCaseInput = {
  actor: Actor;
  caseId: string;
  /** without one, the on-duty engineer with the lightest load (preferring the vendor's coverers) */
  assigneeId?: string;
  expectedVersion?: number;
  /** only if the case is still with this engineer (the system's reassignment: a take-over wins) */
  expectedAssigneeId?: string | null;
  /** engineers not to pick automatically (those who already let this case lapse) */
  exclude?: string[];
  reason?: string;
};

/**
 * A dispatcher (or casedesk itself) gives the case to an engineer or expert, by name or
 * automatically from the duty roster. Each assignment starts a new response cycle; the log says
 * who, when, from whom and why.
 */
export async function assignCase(deps: Deps, input: AssignCaseInput) {
  const found = await loadCase(deps, input.actor, input.caseId);
  assertCan(input.actor, "assign", found);
  assertOpen(found);
  const status = found.status as CaseStatus;
  if (!canMove("assign", status)) throw new AppError("illegal_transition", { from: status, action: "assign" });
  const now = deps.clock.now();
  let assignee: { id: string; name: string };
  if (input.assigneeId) {
    assignee = await assignableUser(deps, input.assigneeId);
  } else {
    const picked = await pickEngineer(deps, { at: now, vendor: found.vendor, exclude: [...(input.exclude ?? []), ...(found.assigneeId ? [found.assigneeId] : [])] });
    if (!picked) throw new AppError("conflict", { reason: "nobody_on_duty" });
    assignee = picked;
  }
  if (assignee.id === found.assigneeId) throw new AppError("conflict", { reason: "already_assigned" });
  const next = statusAfter("assign", status);
  const responseCycle = found.responseCycle + 1;
  return commitChange(deps, input.actor, found, input.expectedVersion, {
    set: { assigneeId: assignee.id, status: next, responseCycle },
    entries: [{
      kind: "case.assigned",
      visibility: "internal",
      data: {
        assignee: { before: found.assigneeId, after: assignee.id },
        assigneeName: assignee.name,
        previousAssigneeName: found.assigneeName,
        status: { before: status, after: next },
        responseCycle,
        automatic: !input.assigneeId,
        ...(input.reason ? { reason: input.reason } : {}),
      },
    }],
  }, input.expectedAssigneeId === undefined ? undefined : { assigneeId: input.expectedAssigneeId }, now);
}

/**
 * Any engineer takes a case over (R11). The update is conditional on the version the taker saw:
 * of two concurrent take-overs exactly one wins and the other gets 409. It starts a new response
 * cycle for the taker.
 */
export async function takeOverCase(deps: Deps, input: { actor: Actor; caseId: string; expectedVersion?: number; reason?: string }) {
  const found = await loadCase(deps, input.actor, input.caseId);
  assertCan(input.actor, "take_over", found);
  assertOpen(found);
  const status = found.status as CaseStatus;
  if (!canMove("take_over", status)) throw new AppError("illegal_transition", { from: status, action: "take_over" });
  if (input.actor.kind !== "user") throw new AppError("forbidden", { action: "case.take_over" });
  if (found.assigneeId === input.actor.id) throw new AppError("conflict", { reason: "already_assigned" });
  const next = statusAfter("take_over", status);
  const responseCycle = found.responseCycle + 1;
  return commitChange(deps, input.actor, found, input.expectedVersion, {
    set: { assigneeId: input.actor.id, status: next, responseCycle },
    entries: [{
      kind: "case.taken_over",
      visibility: "internal",
      data: {
        assignee: { before: found.assigneeId, after: input.actor.id },
        assigneeName: input.actor.name,
        previousAssigneeName: found.assigneeName,
        status: { before: status, after: next },
        responseCycle,
        ...(input.reason ? { reason: input.reason } : {}),
      },
    }],
  });
}
