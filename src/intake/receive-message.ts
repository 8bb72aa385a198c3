import { createHash } from "node:crypto";
import { inTransaction } from "../db/transaction.js";
import { scheduleTimer } from "../jobs/index.js";
import type { Deps } from "../shared/deps.js";
import { cleanLine, messageIdsIn, plainAddress } from "./inbound-mail.js";
import { insertInbound } from "./inbound.repository.js";

export const PROCESS_TIMER_KIND = "intake.process";

export type ReceivedMessage = {
  source: "imap" | "smtp";
  /** where it came from: `imap:<mailbox>:<uidvalidity>:<uid>` or the SMTP session */
  sourceRef?: string | null;
  /** null when the message was too large to fetch or read */
  raw: Buffer | null;
  sizeBytes?: number;
  envelopeFrom?: string | null;
  envelopeTo?: string[];
  /** Message-ID known without the raw bytes (IMAP envelope), for a message too large to keep */
  messageId?: string | null;
};

const sha256 = (data: Buffer | string) => createHash("sha256").update(data).digest("hex");

/**
 * Stores an incoming message durably, in one transaction with the timer that will process it:
 * only after this returns may the mailbox be told the message was taken. A message stored before
 * (the same Message-ID, or the same bytes, from the same source) is not stored again, so a fetch
 * repeated after a crash takes nothing twice. Oversized messages are kept as a rejected record
 * without their bytes. Returns the row's id when it is new.
 */
export async function receiveMessage(deps: Deps, message: ReceivedMessage): Promise<{ id?: string; isNew: boolean }> {
  const now = deps.clock.now();
  const limit = deps.config.inboundMaxBytes;
  const size = message.raw?.length ?? message.sizeBytes ?? 0;
  const tooLarge = message.raw === null || size > limit;
  const messageId = message.raw ? headerMessageId(message.raw) : (messageIdsIn(message.messageId ?? "")[0] ?? null);
  const rawSha256 = message.raw ? sha256(message.raw) : null;
  const dedupeKey = messageId ? `mid:${sha256(messageId)}` : rawSha256 ? `raw:${rawSha256}` : `ref:${sha256(message.sourceRef ?? String(now.getTime()))}`;
  return inTransaction(deps.db, async (tx) => {
    const id = await insertInbound(tx, {
      source: message.source,
      sourceRef: message.sourceRef ? cleanLine(message.sourceRef, 500) : null,
      dedupeKey,
      messageId,
      raw: tooLarge ? null : message.raw,
      rawSha256,
      sizeBytes: size,
      envelopeFrom: message.envelopeFrom === undefined || message.envelopeFrom === null ? null : (plainAddress(message.envelopeFrom) ?? (message.envelopeFrom === "" ? "" : cleanLine(message.envelopeFrom, 254))),
      envelopeTo: message.envelopeTo?.length ? cleanLine(message.envelopeTo.join(", "), 1000) : null,
      status: tooLarge ? "rejected" : "received",
      reason: tooLarge ? "too_large" : null,
      detail: tooLarge ? `${size} bytes, the limit is ${limit} (INBOUND_MAX_BYTES)` : null,
      receivedAt: now,
      processedAt: tooLarge ? now : null,
    });
    if (!id) return { isNew: false };
    if (!tooLarge) await scheduleTimer(tx, { key: `intake:${id}`, kind: PROCESS_TIMER_KIND, dueAt: now, payload: { inboundId: id }, now });
    else deps.logger.warn({ inboundId: id, size, limit }, "inbound message refused: too large");
    return { id, isNew: true };
  });
}

/** The Message-ID of the top-level header, read without parsing the whole message. */
export function headerMessageId(raw: Buffer): string | null {
  const head = raw.subarray(0, 256 * 1024).toString("latin1");
  const end = head.search(/\r?\n\r?\n/);
  const unfolded = (end === -1 ? head : head.slice(0, end)).replace(/\r?\n[ \t]+/g, " ");
  const line = /^message-id\s*:(.*)$/im.exec(unfolded)?.[1];
  return messageIdsIn(line ?? "")[0] ?? null;
}
