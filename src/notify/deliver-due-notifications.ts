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

export type DeliverOptions = {
  /** rows claimed per batch (default 20) */
  limit?: number;
  /** sends in flight at once (default 4) */
  concurrency?: number;
  /** at most this many rows per call, so that a backlog does not starve the timers (default 1000) */
  maxRows?: number;
  /** the jitter source, [0, 1); tests pass `() => 1` for the backoff's ceiling */
  random?: () => number;
  /** e-mail intake: a signed Message-ID and threading headers for a row's e-mail */
  threadingFor?: (row: NotificationRow) => Promise<{ messageId?: string; inReplyTo?: string; references?: string[] } | undefined>;
};

export type DeliveryReport = { sent: number; retried: number; dead: number };

const SENT_BY_TRANSPORT: NotificationChannel[] = ["email", "sms"];
const announced = new Set<NotificationChannel>();

/**
 * Sends what is due in the outbox: claims rows (FOR UPDATE SKIP LOCKED, marked 'sending' under a
 * lease), sends them outside any transaction, then marks each sent, schedules its retry (full
 * jitter, 30 s doubling to 1 h) or dead-letters it (a permanent failure, or the last of
 * NOTIFY_MAX_ATTEMPTS). Rows of a channel without a transport stay pending, logged once.
 */
export async function deliverDueNotifications(deps: Deps, transports: Transports, options: DeliverOptions = {}): Promise<DeliveryReport> {
  const limit = options.limit ?? 20;
  const maxRows = options.maxRows ?? 1000;
  const report: DeliveryReport = { sent: 0, retried: 0, dead: 0 };
  const channels = SENT_BY_TRANSPORT.filter((channel) => transports[channel as "email" | "sms"]);
  await announceUnconfigured(deps, channels);
  if (channels.length === 0) return report;
  // the administrators' texts, as they are now (an edit applies to what is still waiting)
  const custom = await loadCustomTemplates(deps.db);
  for (let handled = 0; handled < maxRows; ) {
    const now = deps.clock.now();
    const claimed = await claimDueNotifications(deps.db, { now, channels, limit, leaseUntil: new Date(now.getTime() + SENDING_LEASE_MS) });
    await inParallel(claimed, options.concurrency ?? 4, (row) => deliverOne(deps, transports, row, report, { ...options, custom }));
    handled += claimed.length;
    // every claimed row now waits for a lease or a retry in the future, so this ends
    if (claimed.length < limit) break;
  }
  return report;
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
  if (isPermanentFailure(failure) || row.attempts >= deps.config.notifyMaxAttempts) {
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
    });
  } else if (row.channel === "sms" && transports.sms) {
    await transports.sms.send({ to: row.toAddress, text: rendered.sms, idempotencyKey: row.key });
  } else {
    throw new DeliveryError(`no transport for ${row.channel}`, false);
  }
}

/** Keeps the rows of an unconfigured channel pending (nothing is lost when it is configured later) and says so once. */
async function announceUnconfigured(deps: Deps, configured: NotificationChannel[]): Promise<void> {
  for (const channel of SENT_BY_TRANSPORT) {
    if (configured.includes(channel) || announced.has(channel)) continue;
    if (!(await hasDueRows(deps.db, channel, deps.clock.now()))) continue;
    announced.add(channel);
    const setting = channel === "email" ? "SMTP_URL" : "SMS_GATEWAY_URL";
    deps.logger.warn({ channel }, `${channel} notifications are waiting: ${setting} is not set; they stay pending until it is`);
  }
}

async function inParallel<T>(items: T[], concurrency: number, fn: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const lane = async () => {
    while (next < items.length) await fn(items[next++]!);
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, items.length) }, lane));
}

function describe(error: unknown): string {
  const text = oneLine(error instanceof Error ? error.message : String(error));
  return text.length > 1000 ? `${text.slice(0, 1000)}…` : text;
}
