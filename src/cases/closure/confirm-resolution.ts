import type { Actor } from "../../auth/index.js";
import { inTransaction } from "../../db/transaction.js";
import type { Deps } from "../../shared/deps.js";
import { AppError, notFound } from "../../shared/errors.js";
import { commitChange } from "../case-change.js";
import { assertCan } from "../case.policy.js";
import { findCaseById, type CaseWithNames } from "../cases.repository.js";
import { loadCase } from "../load-case.js";
import { findConfirmation, useConfirmation } from "./confirmation-links.js";

export type ConfirmationAnswer = { accepted: boolean; comment?: string };

/**
 * The customer answers "is it solved?" (F7): confirmed closes the case, disputed reopens it
 * (a new resolution cycle). From the portal, as the signed-in customer.
 */
export async function confirmResolution(deps: Deps, input: { actor: Actor; caseId: string } & ConfirmationAnswer) {
  const found = await loadCase(deps, input.actor, input.caseId);
  assertCan(input.actor, "confirm_resolution", found);
  return answer(deps, input.actor, found, input, { via: "portal" });
}

/** The same answer through the link in the e-mail: no sign-in, the link is the proof. */
export async function confirmResolutionByLink(deps: Deps, input: { token: string } & ConfirmationAnswer) {
  const link = await findConfirmation(deps.db, input.token);
  if (!link) throw notFound("link");
  if (link.usedAt) throw new AppError("link_used");
  if (link.expiresAt <= deps.clock.now()) throw new AppError("link_expired");
  const found = await findCaseById(deps.db, link.caseId);
  if (!found || found.resolutionCycle !== link.resolutionCycle || found.status !== "resolved") throw new AppError("link_used");
  const system: Actor = { kind: "system", id: null, role: "system", customerId: null, name: "e-mail link" };
  return inTransaction(deps.db, async (tx) => {
    if (!(await useConfirmation(tx, input.token, input.accepted ? "confirmed" : "disputed", deps.clock.now()))) throw new AppError("link_used");
    return answer({ ...deps, db: tx }, system, found, input, { via: "email_link", contact: found.caller.email });
  });
}

/** What a link shows before it is used: enough to recognise the case, nothing internal. */
export async function describeConfirmationLink(deps: Deps, token: string) {
  const link = await findConfirmation(deps.db, token);
  if (!link) throw notFound("link");
  const found = await findCaseById(deps.db, link.caseId);
  if (!found) throw notFound("link");
  return {
    caseNumber: found.number,
    subject: found.subject,
    resolution: found.resolution,
    status: found.status,
    expiresAt: link.expiresAt,
    isUsable: !link.usedAt && link.expiresAt > deps.clock.now() && found.status === "resolved" && found.resolutionCycle === link.resolutionCycle,
  };
}

async function answer(deps: Deps, actor: Actor, found: CaseWithNames, input: ConfirmationAnswer, context: Record<string, unknown>) {
  if (found.status !== "resolved") throw new AppError("illegal_transition", { from: found.status, action: "confirm_resolution" });
  if (!input.accepted && !input.comment) throw new AppError("validation_failed", {}, [{ path: "body.comment", code: "required" }]);
  const now = deps.clock.now();
  const comment = input.comment ? { comment: input.comment } : {};
  if (input.accepted) {
    return commitChange(deps, actor, found, undefined, {
      set: { status: "closed", closedAt: now },
      entries: [
        { kind: "resolution.confirmed", visibility: "public", data: { ...context, ...comment } },
        { kind: "case.closed", visibility: "public", data: { status: { before: "resolved", after: "closed" }, reason: "confirmed_by_customer" } },
      ],
    }, undefined, now);
  }
  const cycle = found.resolutionCycle + 1;
  const to = found.assigneeId ? "in_progress" : "new";
  return commitChange(deps, actor, found, undefined, {
    set: { status: to, resolvedAt: null, resolution: null, resolutionCycle: cycle },
    entries: [
      { kind: "resolution.disputed", visibility: "public", data: { ...context, ...comment } },
      { kind: "case.reopened", visibility: "public", data: { status: { before: "resolved", after: to }, reason: input.comment, resolutionCycle: cycle } },
    ],
  }, undefined, now);
}
