import { systemActor, type Actor } from "../auth/index.js";
import { appendSystemEntry, correctEntry } from "../cases/index.js";
import { normalizePhone } from "../customers/index.js";
import { publishLive } from "../live/index.js";
import type { Db } from "../db/database.js";
import type { CallEventName } from "../db/schema.js";
import { inTransaction } from "../db/transaction.js";
import type { Deps } from "../shared/deps.js";
import { directionOf, isOurNumber, talkSeconds, type CallDirection } from "./call.js";
import { claimCallActivity, findCall, insertCallEvent, setCallActivityEntry, upsertCall, type CallRow } from "./calls.repository.js";
import { assertCanTelephony } from "./telephony.policy.js";

export type CallEventInput = {
  callId: string;
  from: string;
  to: string;
  event: CallEventName;
  /** the PBX's instant of the event: kept, shown, never used for service levels */
  at: Date;
  extension?: string;
  direction?: CallDirection;
};

/**
 * Takes one event from the PBX (ringing, answered, ended). Each (call, event) counts once: a
 * repeat changes nothing; events may come in any order. casedesk keeps the PBX's instant and its
 * own receipt time. When a call linked to a case ends, its call activity is written on the case.
 */
export async function recordCallEvent(deps: Deps, input: { actor: Actor; event: CallEventInput }): Promise<{ call: CallRow; isDuplicate: boolean }> {
  assertCanTelephony(input.actor, "post_event");
  const e = input.event;
  const ours = new Set(deps.config.pbxOurNumbers.flatMap((n) => [n.replace(/[\s-]/g, ""), normalizePhone(n) ?? ""]).filter(Boolean));
  const isOurs = (n: string) => isOurNumber(n, ours, normalizePhone);
  const direction = directionOf(e.from, e.to, isOurs, e.direction);
  const other = direction === "inbound" ? e.from : e.to;
  const receivedAt = deps.clock.now();
  return inTransaction(deps.db, async (tx) => {
    const isNew = await insertCallEvent(tx, {
      callId: e.callId, event: e.event, at: e.at, receivedAt, tokenUserId: input.actor.id,
      payload: { from: e.from, to: e.to, at: e.at.toISOString(), ...(e.extension ? { extension: e.extension } : {}), ...(e.direction ? { direction: e.direction } : {}) },
    });
    if (!isNew) return { call: (await findCall(tx, e.callId))!, isDuplicate: true };
    const call = await upsertCall(tx, {
      callId: e.callId, event: e.event, at: e.at, receivedAt, direction, fromNumber: e.from, toNumber: e.to,
      externalNumber: isOurs(other) ? null : normalizePhone(other), extension: e.extension ?? null,
    });
    if (e.event === "answered" && call.activityEntryId && call.caseId) {
      // the end came first and the activity went out as unanswered: correct it, never alter it
      await correctEntry({ ...deps, db: tx }, {
        actor: systemActor, caseId: call.caseId, entryId: call.activityEntryId, reason: "pbx_answer_reported_after_end",
        fields: { durationSeconds: talkSeconds(call), answeredAt: call.answeredAt?.toISOString() },
      });
    }
    const claimed = await claimCallActivity(tx, e.callId, receivedAt);
    if (claimed) await writeCallActivity(deps, tx, claimed, null);
    // the dispatchers' screen-pop: staff refetch the active calls through the authorised API
    await publishLive(tx, { topic: "call", audience: { staff: true }, payload: { callId: e.callId, event: e.event, extension: e.extension ?? null } });
    return { call: (await findCall(tx, e.callId))!, isDuplicate: false };
  });
}

/** The call activity (R5: direction, number, start, duration) as the case's log keeps it. */
export function callActivityOf(call: CallRow) {
  return {
    type: "call" as const,
    direction: call.direction,
    number: call.externalNumber ?? (call.direction === "inbound" ? call.fromNumber : call.toNumber),
    durationSeconds: talkSeconds(call) ?? 0,
    summary: call.summary ?? "",
    at: call.ringingAt ?? call.answeredAt ?? call.endedAt ?? call.firstReceivedAt,
    callId: call.callId,
  };
}

/** Writes the activity of a call whose end and case are both known: by whoever linked it, or by casedesk when the end came later. */
export async function writeCallActivity(deps: Deps, tx: Db, call: CallRow, actorId: string | null): Promise<void> {
  const { type: _type, at, ...fields } = callActivityOf(call);
  const entry = await appendSystemEntry(deps, tx, {
    caseId: call.caseId!, kind: "call.logged", visibility: "internal", actorId, at: deps.clock.now(),
    data: { ...fields, at: at.toISOString() },
  });
  await setCallActivityEntry(tx, call.callId, entry.id);
}
