import type { Actor } from "../auth/index.js";
import type { Deps } from "../shared/deps.js";
import { AppError } from "../shared/errors.js";
import { commitChange } from "./case-change.js";
import { assertCan, assertOpen } from "./case.policy.js";
import { loadCase } from "./load-case.js";

export type RmaItem = { description: string; vendor?: string; model?: string; serial?: string };

/**
 * Hands the case's faulty hardware to the RMA admin (F6): recorded on the case with the items,
 * and the RMA admins are told. The RMA process itself (vendor RMA numbers, spare parts) is the
 * RMA module's.
 */
export async function handToRma(deps: Deps, input: { actor: Actor; caseId: string; reason: string; items: RmaItem[]; expectedVersion?: number }) {
  const found = await loadCase(deps, input.actor, input.caseId);
  assertCan(input.actor, "rma_handoff", found);
  assertOpen(found);
  if (found.status === "resolved" || found.status === "new") throw new AppError("illegal_transition", { from: found.status, action: "rma_handoff" });
  const now = deps.clock.now();
  return commitChange(deps, input.actor, found, input.expectedVersion, {
    set: { rmaRequestedAt: now },
    entries: [{ kind: "rma.requested", visibility: "public", data: { reason: input.reason, items: input.items } }],
  }, undefined, now);
}
