import type { Readable } from "node:stream";
import type { Deps } from "../shared/deps.js";
import { notificationsTotal } from "./metrics.js";
import {
  DeliveryError, isPermanentFailure, messageIdOf, retryDelayMs, SENDING_LEASE_MS, type NotificationChannel, type NotificationRow,
} from "./notification.js";
import { claimDueNotifications, hasDueRows, markDead, markRetry, markSent } from "./notifications.repository.js";
import { oneLine, renderTemplate } from "./template-engine.js";
import { isTemplateName, type TemplateText } from "./templates.js";
import { customTemplateFor, loadCustomTemplates } from "./manage-templates.js";
import type { Transports } from "./transports.js";
import type { EmailMessage } from "./email.channel.js";

export type DeliverOptions = {
  /** the channels to deliver (default e-mail and SMS); the worker runs one loop per channel */
  channels?: DeliveredChannel[];
  /** sends in flight at once per channel (default SMTP_CONCURRENCY, SMS_GATEWAY_CONCURRENCY) */
  concurrency?: number;
  /** at most this many rows per channel and call, so that a call ends (default 1000) */
  maxRows?: number;
  /** once aborted (the worker stops), no further row is claimed and sends in flight give up (to be retried) */
  signal?: AbortSignal;
  /** the jitter source, [0, 1); tests pass `() => 1` for the backoff's ceiling */
  random?: () => number;
  /** e-mail intake: a signed Message-ID and threading headers for a row's e-mail */
  threadingFor?: (row: NotificationRow) => Promise<{ messageId?: string; inReplyTo?: string; references?: string[] } | undefined>;
  /** the bytes of an attachment an e-mail names by its hash (the attachment store) */
  openAttachment?: (sha256: string) => Readable;
};

export type DeliveryReport = { sent: number; retried: number; dead: number };

/** The channels that leave casedesk through a transport (in-app notifications are delivered by being written). */
export const DELIVERED_CHANNELS = ["email", "sms"] as const satisfies readonly NotificationChannel[];
export type DeliveredChannel = (typeof DELIVERED_CHANNELS)[number];
const announced = new Set<NotificationChannel>();

/**
 * Sends what is due in the outbox, each channel on its own so that a hanging gateway holds up
 * only its own messages. Per channel, `concurrency` lanes each claim one row at a time
 * (FOR UPDATE SKIP LOCKED, marked 'sending' under a lease), send it outside any transaction
 * (within the transport's timeout, well inside the lease), then mark it sent, schedule its retry
 * (full jitter, 30 s doubling to 1 h) or dead-letter it (a permanent failure, or the last of
 * NOTIFY_MAX_ATTEMPTS). Rows of a channel without a transport stay pending, logged once.
 */
export async function deliverDueNotifications(deps: Deps, transports: Transports, options: DeliverOptions = {}): Promise<DeliveryReport> {
  const report: DeliveryReport = { sent: 0, retried: 0, dead: 0 };
  const requested = options.channels ?? DELIVERED_CHANNELS;
  const channels = requested.filter((channel) => transports[channel]);
  await announceUnconfigured(deps, requested.filter((channel) => !transports[channel]));
  if (channels.length === 0) return report;
  // the administrators' texts, as they are now (an edit applies to what is still waiting)
  const custom = await loadCustomTemplates(deps.db);
  await Promise.all(channels.map((channel) => deliverChannel(deps, transports, channel, report, { ...options, custom })));
  return report;
}

async function deliverChannel(deps: Deps, transports: Transports, channel: DeliveredChannel, report: DeliveryReport, options: SendOptions): Promise<void> {
  const maxRows = options.maxRows ?? 1000;
  const concurrency = options.concurrency ?? (channel === "email" ? deps.config.smtpConcurrency : deps.config.smsGatewayConcurrency);
  let claimedRows = 0;
  const lane = async () => {
    while (claimedRows < maxRows && !options.signal?.aborted) {
      const now = deps.clock.now();
      const [row] = await claimDueNotifications(deps.db, { now, channels: [channel], limit: 1, leaseUntil: new Date(now.getTime() + SENDING_LEASE_MS) });
      // a delivered row waits for a retry in the future or is done, so this ends
      if (!row) return;
      claimedRows++;
      await deliverOne(deps, transports, row, report, options);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, lane));
}

type SendOptions = DeliverOptions & { custom: Map<string, TemplateText> };

async function deliverOne(deps: Deps, transports: Transports, row: NotificationRow, report: DeliveryReport, options: SendOptions): Promise<void> {
  const random = options.random;
  const failure = await send(deps, transports, row, options).then(() => undefined, (error: unknown) => error);
  const now = deps.clock.now();
  const log = { notificationId: row.id, key: row.key, channel: row.channel, attempts: row.attempts };
  if (failure === undefined) {
    if (await markSent(deps.db, row, now)) {
      report.sent++;
      notificationsTotal.inc({ channel: row.channel, outcome: "sent" });
    } else {
      deps.logger.warn(log, "notification sent after its lease ran out; another sender may send it too");
    }
    return;
  }
  const error = describe(failure);
  // a send given up because the worker stops is not the message's fault: never its last try
  const isLastTry = row.attempts >= deps.config.notifyMaxAttempts && !options.signal?.aborted;
  if (isPermanentFailure(failure) || isLastTry) {
    if (await markDead(deps.db, row, error, now)) {
      report.dead++;
      notificationsTotal.inc({ channel: row.channel, outcome: "dead" });
      deps.logger.error({ ...log, error }, "notification dead-lettered");
    }
    return;
  }
  const nextAttemptAt = new Date(now.getTime() + retryDelayMs(row.attempts, random));
  if (await markRetry(deps.db, row, error, nextAttemptAt)) {
    report.retried++;
    notificationsTotal.inc({ channel: row.channel, outcome: "failed" });
    deps.logger.warn({ ...log, error, nextAttemptAt }, "notification not delivered; will retry");
  }
}

async function send(deps: Deps, transports: Transports, row: NotificationRow, options: SendOptions): Promise<void> {
  if (!isTemplateName(row.template)) throw new DeliveryError(`unknown template "${row.template}"`, true);
  const custom = customTemplateFor(options.custom, row.template, row.language);
  const rendered = renderTemplate(row.template, row.language, row.params, { timeZone: deps.config.displayTimeZone, custom });
  if (!row.toAddress) throw new DeliveryError("no address", true);
  if (row.channel === "email" && transports.email) {
    const threading = await options.threadingFor?.(row);
    await transports.email.send({
      to: row.toAddress, subject: rendered.subject, text: rendered.body, messageId: threading?.messageId ?? messageIdOf(row.key), date: deps.clock.now(),
      ...(threading?.inReplyTo ? { inReplyTo: threading.inReplyTo, references: threading.references ?? [threading.inReplyTo] } : {}),
      ...mailExtras(row, options),
    }, options.signal);
  } else if (row.channel === "sms" && transports.sms) {
    await transports.sms.send({ to: row.toAddress, text: rendered.sms, idempotencyKey: row.key }, options.signal);
  } else {
    throw new DeliveryError(`no transport for ${row.channel}`, false);
  }
}

/** A row's CC and attachments; the files are opened now, from the store, never kept in the row. */
function mailExtras(row: NotificationRow, options: SendOptions): { cc?: string[]; attachments?: EmailMessage["attachments"] } {
  const files = row.mail?.attachments ?? [];
  if (files.length && !options.openAttachment) throw new DeliveryError("no attachment store to read the files from", false);
  return {
    ...(row.mail?.cc?.length ? { cc: row.mail.cc } : {}),
    ...(files.length ? { attachments: files.map((file) => ({ filename: file.filename, contentType: file.contentType, content: options.openAttachment!(file.sha256) })) } : {}),
  };
}

/** Keeps the rows of an unconfigured channel pending (nothing is lost when it is configured later) and says so once. */
async function announceUnconfigured(deps: Deps, unconfigured: DeliveredChannel[]): Promise<void> {
  for (const channel of unconfigured) {
    if (announced.has(channel)) continue;
    if (!(await hasDueRows(deps.db, channel, deps.clock.now()))) continue;
    announced.add(channel);
    const setting = channel === "email" ? "SMTP_URL" : "SMS_GATEWAY_URL";
    deps.logger.warn({ channel }, `${channel} notifications are waiting: ${setting} is not set; they stay pending until it is`);
  }
}

function describe(error: unknown): string {
  const text = oneLine(error instanceof Error ? error.message : String(error));
  return text.length > 1000 ? `${text.slice(0, 1000)}…` : text;
}
