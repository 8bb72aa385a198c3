import type { NotificationRow } from "../notify/index.js";
import type { Deps } from "../shared/deps.js";
import { safeMessageId } from "./inbound-mail.js";
import { startImapPolling } from "./imap-poller.js";
import { startSmtpReceiver, type SmtpReceiver } from "./smtp-receiver.js";
import { messageIdDomain, signedMessageId, threadKey } from "./thread-id.js";

export type MailIntake = { smtp?: SmtpReceiver; close(): Promise<void> };

/** Starts what the configuration asks for: the SMTP receiver (INBOUND_SMTP_PORT) and the IMAP poller (IMAP_URL). */
export async function startMailIntake(deps: Deps): Promise<MailIntake> {
  const { config } = deps;
  const smtp = config.inboundSmtpPort !== undefined ? await startSmtpReceiver(deps, { port: config.inboundSmtpPort, host: config.inboundSmtpHost }) : undefined;
  const imap = config.imapUrl
    ? startImapPolling(deps, { url: config.imapUrl, mailbox: config.imapMailbox, processedMailbox: config.imapProcessedMailbox, intervalMs: config.imapPollSeconds * 1000 })
    : undefined;
  return {
    smtp,
    async close() {
      await imap?.stop();
      await smtp?.close();
    },
  };
}

/**
 * The Message-ID and threading headers of an outgoing e-mail (handed to notification delivery):
 * mail to a customer's address about a case gets a signed Message-ID, so that the reply finds its
 * case; an acknowledgement or a reply answers the customer's message (In-Reply-To, and References
 * with the thread so far). Staff notifications keep
 * the outbox's own ids.
 */
export function mailThreading(deps: Deps) {
  return async (row: NotificationRow): Promise<{ messageId?: string; inReplyTo?: string; references?: string[] } | undefined> => {
    if (!row.caseId || row.userId !== null) return undefined;
    const key = await threadKey(deps.db, deps.config, deps.clock.now());
    const messageId = signedMessageId(key, row.caseId, row.key, messageIdDomain(deps.config.smtpFrom));
    const inReplyTo = safeMessageId(row.mail?.inReplyTo ?? (typeof row.params.inReplyTo === "string" ? row.params.inReplyTo : null));
    const references = (row.mail?.references ?? []).flatMap((id) => safeMessageId(id) ?? []);
    return { messageId, ...(inReplyTo ? { inReplyTo, references: references.length ? references : [inReplyTo] } : {}) };
  };
}
