import { sql } from "kysely";
import { findUserByEmail, systemActor } from "../auth/index.js";
import { addInboundNote, findCaseById, findCaseByNumber, openCase, type CaseWithNames } from "../cases/index.js";
import { findContactsBy, normalizePhone } from "../customers/index.js";
import type { Db } from "../db/database.js";
import { TIMER_MAX_ATTEMPTS, type TimerHandler } from "../jobs/index.js";
import { notify } from "../notify/index.js";
import type { Deps } from "../shared/deps.js";
import { autoReplyReason, caseNumbersIn, cleanLine, safeMessageId } from "./inbound-mail.js";
import {
  countAcknowledgedSince, findProcessedTwin, insertUnverifiedCaller, lockInbound, lockSender, updateInbound, type InboundRow,
} from "./inbound.repository.js";
import { MailRejection, parseMail, type ParsedInbound } from "./parse-mail.js";
import { checkMessageId, threadKey } from "./thread-id.js";
import { fitCaseQuota, prepareMailFiles, recordMailFiles, type MailFiles } from "./mail-files.js";

/** What a case opened from mail starts with until a dispatcher classifies it. */
export const INTAKE_DEFAULTS = { vendor: "待定", caseType: "待分类", faultLevel: "S3" } as const;

const HOUR_MS = 3_600_000;

type Thread = { found: CaseWithNames; by: "signed_reference" | "subject" };

/**
 * The timer handler that turns one stored message into a case or an entry, in the transaction
 * that marks the timer fired. A message that cannot be taken (malformed, too deep, our own mail
 * echoed back, a bounce) is marked rejected with its reason; an unexpected failure is retried
 * with the timer's backoff and, on its last attempt, marked failed. Either way nothing it did
 * half-way stays (a savepoint), and the messages behind it are not held up: each has its own timer.
 */
export const processInboundTimer: TimerHandler = async (tx, timer, deps) => {
  const inboundId = String(timer.payload.inboundId ?? "");
  const scoped: Deps = { ...deps, db: tx };
  await sql`SAVEPOINT intake_message`.execute(tx);
  try {
    await processInboundMessage(scoped, inboundId);
    await sql`RELEASE SAVEPOINT intake_message`.execute(tx);
  } catch (error) {
    await sql`ROLLBACK TO SAVEPOINT intake_message`.execute(tx);
    const now = deps.clock.now();
    if (error instanceof MailRejection) {
      await updateInbound(tx, inboundId, { status: "rejected", reason: error.reason, detail: error.detail, processedAt: now });
      deps.logger.warn({ inboundId, reason: error.reason, detail: error.detail }, "inbound message rejected");
      return;
    }
    if (timer.attempts + 1 < TIMER_MAX_ATTEMPTS) throw error;
    const detail = cleanLine(error instanceof Error ? `${error.name}: ${error.message}` : String(error), 1000);
    await updateInbound(tx, inboundId, { status: "failed", reason: "processing_failed", detail, processedAt: now });
    deps.logger.error({ inboundId, err: error }, "inbound message failed for good");
  }
};

/** Processes one stored message; `deps.db` is the transaction. Does nothing to a message already handled. */
export async function processInboundMessage(deps: Deps, inboundId: string): Promise<void> {
  const tx = deps.db;
  const row = await lockInbound(tx, inboundId);
  if (!row || row.status !== "received" || !row.raw) return;
  const now = deps.clock.now();
  const twin = await findProcessedTwin(tx, row.dedupeKey, row.id);
  if (twin) throw new MailRejection("duplicate", `the same message was taken before as ${twin.id}`);

  const mail = await parseMail(row.raw, { maxBytes: deps.config.inboundMaxBytes, maxParts: deps.config.inboundMaxParts, maxDepth: deps.config.inboundMaxDepth });
  await updateInbound(tx, row.id, { sender: mail.from?.address ?? null, subject: mail.subject || null });
  if (!mail.from) throw new MailRejection("no_sender", "the From: header holds no usable address");
  const key = await threadKey(tx, deps.config, now);
  if (isOwnMail(deps, key, mail)) throw new MailRejection("own_mail", "casedesk's own mail came back");
  if (mail.loop.isDeliveryReport) throw new MailRejection("delivery_report", "a delivery status report (bounce), not a customer's mail");

  const isFax = deps.config.faxGatewayAddresses.includes(mail.from.address);
  const channel = isFax ? "fax" : "email";
  const reference = isFax ? { thread: null, forged: false, mismatched: null } : await findThread(deps, key, mail, now);
  const files: MailFiles = await fitCaseQuota(deps, tx, reference.thread?.found.id ?? null, await prepareMailFiles(deps, mail.files));
  // a staff address in From: proves nothing (anyone can write it); the dispatcher is told, the mail stays the customer's
  const staff = await findUserByEmail(tx, mail.from.address);
  const claimsStaff = staff !== undefined && staff.role !== "customer";
  const noAck = autoReplyReason({ ...mail.loop, returnPath: row.envelopeFrom ?? mail.loop.returnPathHeader ?? undefined });
  const data: Record<string, unknown> = {
    via: channel,
    inboundMessageId: row.id,
    messageId: mail.messageId,
    subject: mail.subject,
    from: mail.from,
    html: mail.html,
    ...(files.summary.length ? { attachments: files.summary } : {}),
    ...(reference.forged ? { forgedReference: true } : {}),
    ...(claimsStaff ? { claimsStaffAddress: true } : {}),
    ...(reference.mismatched ? { subjectNamesCase: reference.mismatched, senderNotOfThatCase: true } : {}),
    ...(noAck ? { automatic: noAck } : {}),
    ...(mail.notes.length ? { neutralised: mail.notes } : {}),
  };

  let caseId: string;
  let outcome: "opened" | "threaded";
  let caseNumber: string;
  let isVerified: boolean;
  if (reference.thread) {
    const { found, by } = reference.thread;
    const belongs = await senderBelongs(tx, found, mail.from.address);
    isVerified = belongs;
    const entry = await addInboundNote(deps, tx, {
      caseId: found.id, body: mail.text || mail.subject || "—", at: now,
      data: { ...data, threadedBy: by, sender: belongs ? "contact" : "unverified" },
    });
    await recordMailFiles(deps, tx, { caseId: found.id, activityId: entry.id, files });
    caseId = found.id;
    caseNumber = found.number;
    outcome = "threaded";
  } else {
    const caller = await callerFor(tx, mail, isFax);
    const opened = await openCase(deps, {
      actor: systemActor,
      subject: mail.subject || (isFax ? "传真报障" : "（无主题）"),
      description: mail.text,
      channel,
      vendor: INTAKE_DEFAULTS.vendor,
      caseType: INTAKE_DEFAULTS.caseType,
      faultLevel: INTAKE_DEFAULTS.faultLevel,
      ...(caller.contactId ? { contactId: caller.contactId } : { caller: caller.snapshot }),
    });
    caseId = opened.case.id;
    caseNumber = opened.case.number;
    isVerified = opened.case.contactId !== null;
    const entry = await addInboundNote(deps, tx, {
      caseId, body: mail.text || mail.subject || "—", at: now, data: { ...data, sender: isVerified ? "contact" : "unverified" },
    });
    await recordMailFiles(deps, tx, { caseId, activityId: entry.id, files });
    if (!isVerified) {
      await insertUnverifiedCaller(tx, { caseId, email: isFax ? null : mail.from.address, name: caller.snapshot.name, inboundMessageId: row.id, createdAt: now });
    }
    outcome = "opened";
  }

  const ack = outcome === "opened" && !isFax ? await acknowledge(deps, tx, { row, mail, caseId, caseNumber, noAck, now }) : { skipped: isFax ? "fax" : "reply" };
  await updateInbound(tx, row.id, {
    status: "processed", outcome, caseId, channel, processedAt: now, attachments: files.info,
    acknowledgedAt: ack.skipped ? null : now, ackSkipped: ack.skipped ?? null,
    detail: mail.notes.length ? mail.notes.join(", ") : null,
  });
  deps.logger.info({ inboundId: row.id, caseNumber, outcome, channel, verified: isVerified, ackSkipped: ack.skipped }, "inbound message taken");
}

function isOwnMail(deps: Deps, key: Buffer, mail: ParsedInbound): boolean {
  if (mail.messageId && checkMessageId(key, mail.messageId).kind === "ours") return true;
  const ours = /<?([^<>\s]+@[^<>\s]+?)>?\s*$/.exec(deps.config.smtpFrom)?.[1]?.toLowerCase();
  return ours !== undefined && mail.from?.address === ours;
}

/**
 * The case a message belongs to: one of our signed Message-IDs in In-Reply-To or References
 * (nearest first), else a case number in the subject, but only when the sender is that case's
 * caller or a contact of its company. A reference in our shape with a wrong signature is a
 * forgery and counts for nothing. A case closed longer than the reopen window takes no more mail.
 */
async function findThread(deps: Deps, key: Buffer, mail: ParsedInbound, now: Date): Promise<{ thread: Thread | null; forged: boolean; mismatched: string | null }> {
  const tx = deps.db;
  const stillOpen = (found: CaseWithNames) => !found.closedAt || now.getTime() - found.closedAt.getTime() <= deps.config.reopenWindowDays * 86_400_000;
  let forged = false;
  for (const ref of [...mail.inReplyTo, ...[...mail.references].reverse()]) {
    const checked = checkMessageId(key, ref);
    if (checked.kind === "forged") forged = true;
    if (checked.kind !== "ours") continue;
    const found = await findCaseById(tx, checked.caseId);
    if (found && stillOpen(found)) return { thread: { found, by: "signed_reference" }, forged, mismatched: null };
  }
  let mismatched: string | null = null;
  for (const number of caseNumbersIn(mail.subject)) {
    const found = await findCaseByNumber(tx, number);
    if (!found) continue;
    if (mail.from && (await senderBelongs(tx, found, mail.from.address)) && stillOpen(found)) return { thread: { found, by: "subject" }, forged, mismatched: null };
    mismatched ??= number;
  }
  return { thread: null, forged, mismatched };
}

/** The sender is the case's caller, or a contact of the case's company. */
async function senderBelongs(tx: Db, found: CaseWithNames, address: string): Promise<boolean> {
  if (found.caller.email && found.caller.email.trim().toLowerCase() === address) return true;
  if (!found.customerId) return false;
  const contacts = await findContactsBy(tx, { email: address }, 20);
  return contacts.some((c) => c.customerId === found.customerId);
}

type Caller = { contactId: string | null; snapshot: { name: string; email?: string | null; phone?: string | null } };

/**
 * The caller of a new case: the contact whose e-mail is the sender (for a fax, whose phone is
 * the fax number in the gateway's subject), else the sender as written, unverified.
 */
async function callerFor(tx: Db, mail: ParsedInbound, isFax: boolean): Promise<Caller> {
  if (isFax) {
    const number = /\+?\d[\d\s()-]{5,22}\d/.exec(mail.subject)?.[0];
    const phone = normalizePhone(number ?? null);
    const [contact] = phone ? await findContactsBy(tx, { phone }, 1) : [];
    if (contact) return { contactId: contact.id, snapshot: { name: contact.name } };
    return { contactId: null, snapshot: { name: number ? `传真 ${cleanLine(number, 40)}` : `传真（${mail.from!.address}）`, phone: number ? cleanLine(number, 40) : null } };
  }
  const [contact] = await findContactsBy(tx, { email: mail.from!.address }, 1);
  if (contact) return { contactId: contact.id, snapshot: { name: contact.name } };
  return { contactId: null, snapshot: { name: mail.from!.name ?? mail.from!.address, email: mail.from!.address } };
}

/**
 * The acknowledgement with the case number, through the outbox: never to automatic mail (RFC
 * 3834: auto-submitted, bulk, lists, the null sender, bounces), and at most AUTOACK_MAX_PER_HOUR
 * per sender, counted in the database under a per-sender lock so instances agree.
 */
async function acknowledge(
  deps: Deps,
  tx: Db,
  input: { row: InboundRow; mail: ParsedInbound; caseId: string; caseNumber: string; noAck: string | null; now: Date },
): Promise<{ skipped?: string }> {
  if (input.noAck) return { skipped: input.noAck };
  const sender = input.mail.from!.address;
  await lockSender(tx, sender);
  const recent = await countAcknowledgedSince(tx, sender, new Date(input.now.getTime() - HOUR_MS));
  if (recent >= deps.config.autoAckMaxPerHour) return { skipped: "rate_limited" };
  const language = /[\u3400-\u9fff]/.test(`${input.mail.subject}${input.mail.text.slice(0, 2000)}`) ? "zh-CN" : "en";
  await notify(tx, {
    key: `intake:${input.row.id}:ack`,
    recipients: [{ email: sender, language }],
    channels: ["email"],
    template: "intake.acknowledged",
    params: { caseNumber: input.caseNumber, subject: input.mail.subject, inReplyTo: safeMessageId(input.mail.messageId) },
    caseId: input.caseId,
    now: input.now,
  });
  return {};
}
