import { z } from "zod";
import { text } from "../shared/text.js";
import { CHANNELS, NOTIFICATION_STATUSES } from "./notification.js";

/** Request and response shapes of /notifications and /admin/outbox. */
export const inboxItemSchema = z.object({
  id: z.string(),
  template: z.string(),
  caseId: z.string().nullable(),
  title: z.string(),
  body: z.string(),
  createdAt: z.string(),
  readAt: z.string().nullable(),
});

export const outboxItemSchema = z.object({
  id: z.string(),
  key: z.string(),
  channel: z.enum(CHANNELS),
  userId: z.string().nullable(),
  toAddress: z.string().nullable(),
  language: z.enum(["zh-CN", "en"]),
  template: z.string(),
  params: z.record(z.string(), z.unknown()),
  caseId: z.string().nullable(),
  status: z.enum(NOTIFICATION_STATUSES),
  attempts: z.number(),
  nextAttemptAt: z.string(),
  lastError: z.string().nullable(),
  createdAt: z.string(),
  sentAt: z.string().nullable(),
  readAt: z.string().nullable(),
});

const page = {
  limit: z.coerce.number().int().min(1).max(500).default(50),
  cursor: text(500).optional(),
};

export const listNotificationsQuery = z.strictObject({
  unread: z.enum(["true", "false"]).transform((value) => value === "true").optional(),
  ...page,
});

export const listOutboxQuery = z.strictObject({
  status: z.enum(NOTIFICATION_STATUSES).default("dead"),
  channel: z.enum(CHANNELS).optional(),
  ...page,
});

export const notificationParams = z.strictObject({ id: z.string().uuid() });

export const pageOf = <T extends z.ZodType>(item: T) => z.object({ items: z.array(item), nextCursor: z.string().nullable() });
