import type { Actor } from "../auth/index.js";
import type { CaseRow } from "../db/schema.js";
import type { Deps } from "../shared/deps.js";
import { AppError } from "../shared/errors.js";
import { canMove, statusAfter, type CaseStatus, type WaitReason } from "./case.js";
import type { ActivityKind } from "./case-events.js";
import { commitChange } from "./case-change.js";
import { assertCan } from "./case.policy.js";
import { loadCase } from "./load-case.js";

export type MoveAction = "respond" | "escalate" | "wait" | "resume" | "resolve" | "close" | "reopen";

export type MoveCaseInput = {
  actor: Actor;
  caseId: string;
  action: MoveAction;
  expectedVersion?: number;
  /** why: required to escalate, wait and reopen */
  reason?: string;
  /** what was done: required to resolve */
  resolution?: string;
  waitFor?: WaitReason;
  expertId?: string;
};

const KIND: Record<MoveAction, ActivityKind> = {
  respond: "case.responded",
  escalate: "case.escalated",
  wait: "case.waiting",
  resume: "case.resumed",
  resolve: "case.resolved",
  close: "case.closed",
  reopen: "case.reopened",
};

/**
 * Moves a case along its status machine: respond, escalate to an expert, wait for the customer,
 * vendor or parts, resume, resolve, close, reopen. Illegal moves are refused and change nothing.
 */
export async function moveCase(deps: Deps, input: MoveCaseInput) {
  const found = await loadCase(deps, input.actor, input.caseId);
  assertCan(input.actor, input.action, found);
  const from = found.status as CaseStatus;
  if (from === "closed" && input.action !== "reopen") throw new AppError("case_closed");
  if (!canMove(input.action, from)) throw new AppError("illegal_transition", { from, action: input.action });
  if (input.action === "reopen") assertWithinReopenWindow(deps, found);
  const missing = (field: string) => new AppError("validation_failed", {}, [{ path: `body.${field}`, code: "required" }]);
  if ((input.action === "escalate" || input.action === "reopen") && !input.reason) throw missing("reason");
  if (input.action === "wait" && !input.waitFor) throw missing("waitFor");
  if (input.action === "resolve" && !input.resolution) throw missing("resolution");

  const to = statusAfter(input.action, from, {
    waitFor: input.waitFor,
    hasAssignee: found.assigneeId !== null,
    hasExpert: found.expertId !== null,
  });
  const now = deps.clock.now();
  const set: Partial<Pick<CaseRow, "status" | "respondedAt" | "resolvedAt" | "closedAt" | "resolution" | "expertId" | "resolutionCycle">> = { status: to };
  const data: Record<string, unknown> = { status: { before: from, after: to } };
  if (input.reason) data.reason = input.reason;
  switch (input.action) {
    case "respond":
      if (!found.respondedAt) set.respondedAt = now;
      data.firstResponse = !found.respondedAt;
      break;
    case "escalate":
      if (input.expertId) {
        const expert = await deps.db.selectFrom("users").select(["id", "name", "role", "isActive"]).where("id", "=", input.expertId).executeTakeFirst();
        if (!expert || !expert.isActive || expert.role !== "expert") {
          throw new AppError("validation_failed", {}, [{ path: "body.expertId", code: "not_assignable" }]);
        }
        set.expertId = expert.id;
        data.expert = { before: found.expertId, after: expert.id };
        // the log names the expert, so whoever reads it later knows whose case it became
        data.expertName = expert.name;
      }
      break;
    case "resolve":
      // a case solved on the first call was answered by that call
      if (!found.respondedAt) set.respondedAt = now;
      set.resolvedAt = now;
      set.resolution = input.resolution!;
      data.resolution = input.resolution;
      break;
    case "close":
      set.closedAt = now;
      break;
    case "reopen":
      // a new resolution cycle; the earlier resolution stays in the log entry of case.resolved
      set.resolvedAt = null;
      set.closedAt = null;
      set.resolution = null;
      set.resolutionCycle = found.resolutionCycle + 1;
      data.resolutionCycle = found.resolutionCycle + 1;
      break;
  }
  return commitChange(deps, input.actor, found, input.expectedVersion, {
    set,
    entries: [{ kind: KIND[input.action], visibility: input.action === "escalate" ? "internal" : "public", data }],
  }, undefined, now);
}

/** A case may be reopened only within REOPEN_WINDOW_DAYS of its resolution (or closure). */
export function assertWithinReopenWindow(deps: Deps, found: Pick<CaseRow, "resolvedAt" | "closedAt">): void {
  const since = found.closedAt ?? found.resolvedAt;
  const days = deps.config.reopenWindowDays;
  if (since && deps.clock.now().getTime() - since.getTime() > days * 86_400_000) {
    throw new AppError("reopen_window_passed", { days });
  }
}
