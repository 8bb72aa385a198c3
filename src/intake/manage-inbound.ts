import type { Actor } from "../auth/index.js";
import type { InboundStatus } from "../db/schema.js";
import { inTransaction } from "../db/transaction.js";
import { scheduleTimer } from "../jobs/index.js";
import type { Deps } from "../shared/deps.js";
import { AppError, notFound } from "../shared/errors.js";
import { decodeCursor, encodeCursor, type Page } from "../shared/pagination.js";
import { findInbound, listInbound, lockInbound, updateInbound, type InboundSummaryRow } from "./inbound.repository.js";
import { assertCanReadIntake, assertCanRetryIntake } from "./intake.policy.js";
import { PROCESS_TIMER_KIND } from "./receive-message.js";

/** Incoming messages, newest first, optionally of some statuses (rejected and failed ones say why). */
export async function listInboundMessages(deps: Deps, input: { actor: Actor; status?: InboundStatus[]; limit: number; cursor?: string }): Promise<Page<InboundSummaryRow>> {
  assertCanReadIntake(input.actor);
  const after = input.cursor ? decodeCursor(input.cursor) : undefined;
  const rows = await listInbound(deps.db, { status: input.status, limit: input.limit + 1, after: after ? { receivedAt: new Date(String(after.v)), id: after.id } : undefined });
  const items = rows.slice(0, input.limit);
  const last = items.at(-1);
  return { items, nextCursor: rows.length > input.limit && last ? encodeCursor({ v: last.receivedAt.toISOString(), id: last.id }) : null };
}

export async function getInboundMessage(deps: Deps, input: { actor: Actor; id: string }): Promise<InboundSummaryRow> {
  assertCanReadIntake(input.actor);
  const found = await findInbound(deps.db, input.id);
  if (!found) throw notFound("inbound_message");
  return found;
}

/**
 * Processes a failed or rejected message again (after a fix, or a changed limit); one that was
 * processed is left alone (409), and one kept without its bytes (too large) cannot be.
 */
export async function retryInboundMessage(deps: Deps, input: { actor: Actor; id: string }): Promise<InboundSummaryRow> {
  assertCanRetryIntake(input.actor);
  const now = deps.clock.now();
  await inTransaction(deps.db, async (tx) => {
    const row = await lockInbound(tx, input.id);
    if (!row) throw notFound("inbound_message");
    if (row.status !== "failed" && row.status !== "rejected") throw new AppError("conflict", { reason: "inbound_not_failed", status: row.status });
    if (!row.raw) throw new AppError("conflict", { reason: "inbound_without_content" });
    await updateInbound(tx, row.id, { status: "received", reason: null, detail: null, processedAt: null });
    await scheduleTimer(tx, { key: `intake:${row.id}:retry:${now.getTime()}`, kind: PROCESS_TIMER_KIND, dueAt: now, payload: { inboundId: row.id }, now });
  });
  return (await findInbound(deps.db, input.id))!;
}
