import type { Actor } from "../auth/index.js";
import { findCaseById, getCase } from "../cases/index.js";
import { inTransaction } from "../db/transaction.js";
import type { Deps } from "../shared/deps.js";
import { AppError, notFound } from "../shared/errors.js";
import { claimCallActivity, findCall, linkCallRow } from "./calls.repository.js";
import { writeCallActivity } from "./record-call-event.js";
import { assertCanTelephony } from "./telephony.policy.js";

/**
 * Puts a call on the case the dispatcher opened or picked. The call activity (direction, number,
 * start, duration) is written now if the call has ended, else when the PBX reports its end.
 * Linking again to the same case changes nothing; a call already on another case answers 409.
 */
export async function linkCall(deps: Deps, input: { actor: Actor; callId: string; caseId: string; summary?: string }) {
  assertCanTelephony(input.actor, "link");
  const found = await getCase(deps, { actor: input.actor, caseId: input.caseId });
  if (found.status === "closed") throw new AppError("case_closed");
  if (!(await findCall(deps.db, input.callId))) throw notFound("call");
  return inTransaction(deps.db, async (tx) => {
    const now = deps.clock.now();
    const call = await linkCallRow(tx, { callId: input.callId, caseId: found.id, userId: input.actor.id!, summary: input.summary ?? null, now });
    if (!call) throw notFound("call");
    if (call.caseId !== found.id) {
      const other = await findCaseById(tx, call.caseId!);
      throw new AppError("call_linked", { caseNumber: other?.number ?? "" });
    }
    const claimed = await claimCallActivity(tx, input.callId, now);
    if (claimed) await writeCallActivity(deps, tx, claimed, input.actor.id);
    return (await findCall(tx, input.callId))!;
  });
}
