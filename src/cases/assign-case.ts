import type { Actor } from "../auth/index.js";
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

/** A dispatcher (or the system) gives the case to an engineer or expert; the case log says who, when and from whom. */
export async function assignCase(deps: Deps, input: { actor: Actor; caseId: string; assigneeId: string; expectedVersion?: number; reason?: string }) {
  const found = await loadCase(deps, input.actor, input.caseId);
  assertCan(input.actor, "assign", found);
  assertOpen(found);
  const status = found.status as CaseStatus;
  if (!canMove("assign", status)) throw new AppError("illegal_transition", { from: status, action: "assign" });
  const assignee = await assignableUser(deps, input.assigneeId);
  if (assignee.id === found.assigneeId) throw new AppError("conflict", { reason: "already_assigned" });
  const next = statusAfter("assign", status);
  return commitChange(deps, input.actor, found, input.expectedVersion, {
    set: { assigneeId: assignee.id, status: next },
    entries: [{
      kind: "case.assigned",
      visibility: "internal",
      data: {
        assignee: { before: found.assigneeId, after: assignee.id },
        assigneeName: assignee.name,
        status: { before: status, after: next },
        ...(input.reason ? { reason: input.reason } : {}),
      },
    }],
  });
}

/**
 * Any engineer takes a case over (R11). The update is conditional on the version the taker saw:
 * of two concurrent take-overs exactly one wins and the other gets 409.
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
  return commitChange(deps, input.actor, found, input.expectedVersion, {
    set: { assigneeId: input.actor.id, status: next },
    entries: [{
      kind: "case.taken_over",
      visibility: "internal",
      data: {
        assignee: { before: found.assigneeId, after: input.actor.id },
        previousAssigneeName: found.assigneeName,
        status: { before: status, after: next },
        ...(input.reason ? { reason: input.reason } : {}),
      },
    }],
  });
}
