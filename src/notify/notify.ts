import type { CompiledQuery } from "kysely";
import { normalizePhone } from "../customers/index.js";
import type { Db } from "../db/database.js";
import { runStatements } from "../db/script.js";
import { wakeWorkers, wakeWorkersStatement } from "../jobs/index.js";
import { liveStatement } from "../live/index.js";
import { assertEventKey, rowKey, type Language, type NotificationChannel, type OutgoingMail, type Recipient } from "./notification.js";
import { insertNotifications, insertNotificationsStatement, findRecipientUsers, type NewNotification } from "./notifications.repository.js";
import type { TemplateName, TemplateParams } from "./templates.js";

export type NotifyInput<T extends TemplateName> = {
  /** the event's stable key, e.g. `sla:<caseId>:response:1:30m`; channel and recipient are appended per row */
  key: string;
  recipients: Recipient[];
  channels: NotificationChannel[];
  template: T;
  params: TemplateParams[T];
  caseId?: string | null;
  /** the e-mail rows' threading headers, CC and attachments */
  mail?: OutgoingMail;
  now: Date;
};

const EMAIL = /^[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:"]+$/;

/**
 * Writes the outbox rows of one event, one per recipient and channel, in the caller's transaction
 * (they commit or roll back with the change that caused them). A user's e-mail, phone and
 * language come from `users`; a channel the user has no address for is skipped, and an inactive
 * or unknown user gets nothing. Raw addresses (a customer's contact) get e-mail and SMS, never
 * in-app. A key written before is left alone, so a replayed event notifies nobody twice. In-app
 * rows are delivered by being written, and their readers' screens hear of them live (after the
 * commit). Returns how many rows were new.
 */
export async function notify<T extends TemplateName>(tx: Db, n: NotifyInput<T>): Promise<number> {
  const rows = await outboxRows(tx, n);
  if (rows.length === 0) return 0;
  const inserted = await insertNotifications(tx, rows);
  if (inserted.some((row) => row.channel !== "inapp")) await wakeWorkers(tx);
  await runStatements(tx, liveStatements(inserted, n.now));
  return inserted.length;
}

/**
 * What `notify` writes, looked up with `read`, as statements for a script (src/db/script.ts). A
 * key written before still gets no second row; its wake-up and live message then go out in vain.
 */
export async function notificationStatements<T extends TemplateName>(read: Db, n: NotifyInput<T>): Promise<CompiledQuery[]> {
  const rows = await outboxRows(read, n);
  if (rows.length === 0) return [];
  return [
    insertNotificationsStatement(read, rows),
    ...(rows.some((row) => row.channel !== "inapp") ? [wakeWorkersStatement()] : []),
    ...liveStatements(rows, n.now),
  ];
}

async function outboxRows<T extends TemplateName>(read: Db, n: NotifyInput<T>): Promise<NewNotification[]> {
  assertEventKey(n.key);
  const channels = [...new Set(n.channels)];
  const userIds = [...new Set(n.recipients.flatMap((r) => ("userId" in r ? [r.userId] : [])))];
  const users = new Map((userIds.length ? await findRecipientUsers(read, userIds) : []).map((u) => [u.id, u]));
  const params = JSON.stringify(n.params);
  const rows: NewNotification[] = [];
  const add = (channel: NotificationChannel, key: string, toAddress: string | null, language: Language, userId: string | null) =>
    rows.push({
      key, channel, userId, toAddress, language, template: n.template, params, caseId: n.caseId ?? null,
      status: channel === "inapp" ? "sent" : "pending", nextAttemptAt: n.now, createdAt: n.now, sentAt: channel === "inapp" ? n.now : null,
      mail: channel === "email" && n.mail ? JSON.stringify(n.mail) : null,
    });

  for (const recipient of n.recipients) {
    if ("userId" in recipient) {
      const user = users.get(recipient.userId);
      if (!user?.isActive) continue;
      for (const channel of channels) {
        const address = channel === "email" ? emailAddress(user.email) : channel === "sms" ? normalizePhone(user.phone) : null;
        if (channel !== "inapp" && !address) continue;
        add(channel, rowKey(n.key, channel, { userId: user.id }), address, user.language, user.id);
      }
    } else {
      for (const channel of channels) {
        const address = channel === "email" ? emailAddress(recipient.email) : channel === "sms" ? normalizePhone(recipient.phone) : null;
        if (!address) continue;
        add(channel, rowKey(n.key, channel, { address }), address, recipient.language ?? "zh-CN", null);
      }
    }
  }
  return rows;
}

/** The in-app rows' readers hear of them live; a hundred ids a message keeps each under PostgreSQL's NOTIFY limit. */
function liveStatements(rows: { channel: string; userId?: string | null }[], now: Date): CompiledQuery[] {
  const readers = [...new Set(rows.flatMap((row) => (row.channel === "inapp" && row.userId ? [row.userId] : [])))];
  const statements: CompiledQuery[] = [];
  for (let i = 0; i < readers.length; i += 100) {
    statements.push(liveStatement({ topic: "notification", audience: { userIds: readers.slice(i, i + 100) }, payload: { at: now.toISOString() } }));
  }
  return statements;
}

function emailAddress(value: string | null | undefined): string | null {
  const trimmed = value?.trim().toLowerCase();
  return trimmed && EMAIL.test(trimmed) ? trimmed : null;
}
