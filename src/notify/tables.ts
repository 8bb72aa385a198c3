// The notification outbox and edited templates: the table types (the migrations create the tables).
import type { Generated, Selectable } from "kysely";
import type { Json, Language, Timestamp } from "../db/column-types.js";

export type NotificationChannel = "email" | "sms" | "inapp";

export type NotificationStatus = "pending" | "sending" | "sent" | "dead";

export interface NotificationsTable {
  id: Generated<string>;
  key: string;
  channel: NotificationChannel;
  userId: string | null;
  toAddress: string | null;
  language: Language;
  template: string;
  params: Json<Record<string, unknown>>;
  caseId: string | null;
  status: NotificationStatus;
  attempts: Generated<number>;
  nextAttemptAt: Timestamp;
  lastError: string | null;
  createdAt: Timestamp;
  sentAt: Timestamp | null;
  readAt: Timestamp | null;
  /** an e-mail's threading headers, CC and attachments (by store hash); null for the rest */
  mail: Json<OutgoingMail> | null;
}

/** What an outgoing e-mail carries besides its rendered text. */
export type OutgoingMail = {
  inReplyTo?: string;
  references?: string[];
  cc?: string[];
  attachments?: { sha256: string; filename: string; contentType: string }[];
};

export type NotificationRow = Selectable<NotificationsTable>;

/** An edited template; NULL texts mean the built-in default. */
export interface NotificationTemplatesTable {
  name: string;
  language: Language;
  subject: string | null;
  body: string | null;
  sms: string | null;
  version: Generated<number>;
  updatedBy: string | null;
  updatedAt: Timestamp;
}

export interface NotificationTemplateVersionsTable {
  name: string;
  language: Language;
  version: number;
  subject: string | null;
  body: string | null;
  sms: string | null;
  createdBy: string | null;
  createdAt: Timestamp;
}

/** The notify module's tables, one `extends` of the `DB` interface (src/db/schema.ts). */
export interface NotifyTables {
  notifications: NotificationsTable;
  notificationTemplates: NotificationTemplatesTable;
  notificationTemplateVersions: NotificationTemplateVersionsTable;
}
