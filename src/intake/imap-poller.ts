import { createRequire } from "node:module";
import type { ImapFlow as ImapFlowClient } from "imapflow";
import type { Deps } from "../shared/deps.js";
import { receiveMessage } from "./receive-message.js";

export type MailboxOptions = {
  url: string;
  mailbox: string;
  /** move taken mail here; unset = flag it where it is */
  processedMailbox?: string;
  /** at most this many messages per poll (default 100) */
  maxMessages?: number;
  /** tests: runs after a message is stored and before the mailbox is told; throwing stops the poll there */
  afterStore?: (uid: number) => Promise<void> | void;
};

export type PollReport = { seen: number; stored: number; marked: number; failed: number };

/** The keyword taken mail gets where the server allows keywords; \Seen alone is not enough (a person reading the mailbox sets it). */
export const TAKEN_KEYWORD = "$CasedeskTaken";

/**
 * One poll of the support mailbox: every message not yet taken is fetched, stored in the
 * database (durably, deduplicated by Message-ID) and only then moved to the processed mailbox or
 * flagged. A crash between the two leaves the message in place; the next poll stores nothing
 * new and marks it. A message that cannot be fetched is logged and the others go on.
 */
export async function pollMailbox(deps: Deps, options: MailboxOptions): Promise<PollReport> {
  const report: PollReport = { seen: 0, stored: 0, marked: 0, failed: 0 };
  const url = new URL(options.url);
  const secure = url.protocol === "imaps:";
  // loaded only when a mailbox is polled
  const { ImapFlow } = createRequire(import.meta.url)("imapflow") as { ImapFlow: typeof ImapFlowClient };
  const client = new ImapFlow({
    host: url.hostname,
    port: Number(url.port) || (secure ? 993 : 143),
    secure,
    auth: { user: decodeURIComponent(url.username), pass: decodeURIComponent(url.password) },
    logger: false,
    connectionTimeout: 30_000,
    greetingTimeout: 30_000,
    socketTimeout: 120_000,
  });
  client.on("error", (error: Error) => deps.logger.warn({ err: error }, "IMAP connection error"));
  await client.connect();
  try {
    if (options.processedMailbox) {
      await client.mailboxCreate(options.processedMailbox).catch(() => undefined);
    }
    const lock = await client.getMailboxLock(options.mailbox);
    try {
      const mailbox = client.mailbox === false ? undefined : client.mailbox;
      const uidValidity = String(mailbox?.uidValidity ?? "0");
      const keywords = mailbox?.permanentFlags?.has("\\*") ?? false;
      const query = options.processedMailbox ? { all: true } : keywords ? { unKeyword: TAKEN_KEYWORD } : { seen: false };
      const uids = ((await client.search(query, { uid: true })) || []).sort((a, b) => a - b).slice(0, options.maxMessages ?? 100);
      for (const uid of uids) {
        report.seen++;
        try {
          const meta = await client.fetchOne(String(uid), { uid: true, size: true, envelope: true }, { uid: true });
          if (!meta) continue;
          const tooLarge = (meta.size ?? 0) > deps.config.inboundMaxBytes;
          const raw = tooLarge ? null : (await client.fetchOne(String(uid), { uid: true, source: true }, { uid: true }) || undefined)?.source;
          const stored = await receiveMessage(deps, {
            source: "imap",
            sourceRef: `imap:${options.mailbox}:${uidValidity}:${uid}`,
            raw: raw ?? null,
            sizeBytes: meta.size,
            messageId: meta.envelope?.messageId ?? null,
          });
          if (stored.isNew) report.stored++;
          await options.afterStore?.(uid);
          if (options.processedMailbox) await client.messageMove(String(uid), options.processedMailbox, { uid: true });
          else await client.messageFlagsAdd(String(uid), keywords ? [TAKEN_KEYWORD, "\\Seen"] : ["\\Seen"], { uid: true });
          report.marked++;
        } catch (error) {
          report.failed++;
          deps.logger.error({ err: error, uid }, "IMAP message not taken; it stays in the mailbox for the next poll");
          if (!client.usable) break;
        }
      }
    } finally {
      lock.release();
    }
  } finally {
    await client.logout().catch(() => client.close());
  }
  if (report.stored > 0) deps.logger.info(report, "IMAP poll stored new mail");
  return report;
}

/** Polls every IMAP_POLL_SECONDS until stopped; a failed poll is logged and the next one comes on time. */
export function startImapPolling(deps: Deps, options: MailboxOptions & { intervalMs: number }): { stop(): Promise<void> } {
  let stopped = false;
  let timeout: NodeJS.Timeout | undefined;
  let running: Promise<unknown> = Promise.resolve();
  const tick = () => {
    running = pollMailbox(deps, options)
      .catch((error: unknown) => deps.logger.error({ err: error }, "IMAP poll failed"))
      .finally(() => {
        if (!stopped) timeout = setTimeout(tick, options.intervalMs);
      });
  };
  tick();
  return {
    async stop() {
      stopped = true;
      clearTimeout(timeout);
      await running;
    },
  };
}
