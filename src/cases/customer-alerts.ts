import type { CompiledQuery } from "kysely";
import { findUserById, systemActor } from "../auth/index.js";
import type { Db } from "../db/database.js";
import { notificationStatements, type NotificationChannel, type TemplateName, type TemplateParams } from "../notify/index.js";
import { onDuty } from "../rosters/index.js";
import type { Deps } from "../shared/deps.js";
import type { DomainEvent } from "../shared/domain-events.js";
import { findCaseById, type CaseWithNames } from "./cases.repository.js";

/** An answer at or under this overall score (of 5) tells the engineer. */
export const LOW_SURVEY_SCORE = 2;
const EXCERPT_CHARS = 200;

/**
 * Staff hear when the customer speaks on a case: an e-mail or fax answer threaded into it, a note
 * in the portal, a reopening (disputed resolution, portal), a low survey score. The assignee is
 * told (the dispatchers on duty when nobody is), in the app and by e-mail, and by SMS too on an
 * S1 or S2 case. Written in the transaction of the customer's entry.
 */
export function subscribeCustomerAlerts(deps: Deps): void {
  // writers: a note can send its alerts with the entry, in one script
  deps.events.subscribeWriter("note.added", async (event, read) => {
    if (event.visibility !== "public") return [];
    // a mail that opened the case is no answer on it (the new case reaches dispatch by itself)
    const isAnswerByMail = event.actorId === null && event.data.threadedBy !== undefined;
    if (!isAnswerByMail && !(await isCustomer(deps, read, event.actorId))) return [];
    return alert(deps, read, event, "case.customer_wrote", (found) => ({
      caseNumber: found.number, subject: found.subject, customerName: found.caller.company ?? found.caller.name, excerpt: excerpt(event.data.body),
    }));
  });

  deps.events.subscribeWriter("case.reopened", async (event, read) => {
    if (event.actorId !== null && !(await isCustomer(deps, read, event.actorId))) return [];
    return alert(deps, read, event, "case.reopened_by_customer", (found) => ({
      caseNumber: found.number, subject: found.subject, reason: excerpt(event.data.reason),
    }));
  });

  deps.events.subscribeWriter("survey.answered", async (event, read) => {
    const overall = Number(event.data.overall);
    if (!(overall <= LOW_SURVEY_SCORE)) return [];
    return alert(deps, read, event, "survey.low_score", (found) => ({
      caseNumber: found.number, overall, comment: excerpt(event.data.comment),
    }));
  });
}

/** Whether the actor is a customer; a role is cached with the other actors' facts (a changed role drops it on every instance). */
async function isCustomer(deps: Deps, tx: Db, actorId: string | null): Promise<boolean> {
  if (!actorId) return false;
  const load = async () => (await findUserById(tx, actorId))?.role;
  const role = deps.cache ? await deps.cache.get("actors", `role:${actorId}`, load) : await load();
  return role === "customer";
}

const excerpt = (value: unknown): string | null => {
  const text = typeof value === "string" ? value.trim() : "";
  if (!text) return null;
  const chars = [...text];
  return chars.length > EXCERPT_CHARS ? `${chars.slice(0, EXCERPT_CHARS - 1).join("")}…` : text;
};

async function alert<T extends "case.customer_wrote" | "case.reopened_by_customer" | "survey.low_score">(
  deps: Deps, read: Db, event: DomainEvent, template: T, params: (found: CaseWithNames) => Omit<TemplateParams[T], "url">,
): Promise<CompiledQuery[]> {
  const found = await findCaseById(read, event.caseId);
  if (!found) return [];
  const now = deps.clock.now();
  const recipients = found.assigneeId ? [found.assigneeId] : (await onDuty({ db: read }, { actor: systemActor, at: now, role: "dispatcher" })).map((u) => u.id);
  const channels: NotificationChannel[] = found.faultLevel === "S1" || found.faultLevel === "S2" ? ["inapp", "email", "sms"] : ["inapp", "email"];
  const base = deps.config.publicUrl;
  return notificationStatements(read, {
    key: `case:${found.id}:customer:${event.type}:${String(event.data.entryId)}`,
    recipients: recipients.map((userId) => ({ userId })),
    channels,
    template: template as TemplateName,
    params: { ...params(found), url: base ? `${base}/cases/${found.number}` : null } as TemplateParams[T],
    caseId: found.id,
    now,
  });
}
