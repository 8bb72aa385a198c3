import type { Language, NotificationRow } from "./notification.js";
import { renderTemplate } from "./template-engine.js";
import { customTemplateFor } from "./manage-templates.js";
import { isTemplateName, secretParamsOf, type TemplateText } from "./templates.js";

const iso = (d: Date | null) => (d ? d.toISOString() : null);

/** An in-app notification in the reader's language: the subject as title, the short text as body. */
export function presentInboxItem(row: NotificationRow, language: Language, timeZone: string, custom: Map<string, TemplateText>) {
  const rendered = isTemplateName(row.template)
    ? renderTemplate(row.template, language, row.params, { timeZone, custom: customTemplateFor(custom, row.template, language) })
    : { subject: row.template, sms: "" };
  return {
    id: row.id,
    template: row.template,
    caseId: row.caseId,
    title: rendered.subject,
    body: rendered.sms,
    createdAt: row.createdAt.toISOString(),
    readAt: iso(row.readAt),
  };
}

/** An outbox row as administrators see it. */
export function presentOutboxRow(row: NotificationRow) {
  return {
    id: row.id,
    key: row.key,
    channel: row.channel,
    userId: row.userId,
    toAddress: row.toAddress,
    language: row.language,
    template: row.template,
    // a one-time link is its recipient's key, not the outbox reader's
    params: Object.fromEntries(Object.entries(row.params).map(([key, value]) => [key, secretParamsOf(row.template).includes(key) ? "[hidden]" : value])),
    caseId: row.caseId,
    status: row.status,
    attempts: row.attempts,
    nextAttemptAt: row.nextAttemptAt.toISOString(),
    lastError: row.lastError,
    createdAt: row.createdAt.toISOString(),
    sentAt: iso(row.sentAt),
    readAt: iso(row.readAt),
  };
}
