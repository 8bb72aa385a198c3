import { systemActor } from "../auth/index.js";
import type { Db } from "../db/database.js";
import { localizedName } from "../lists/index.js";
import { notify } from "../notify/index.js";
import { onDuty } from "../rosters/index.js";
import type { Deps } from "../shared/deps.js";
import type { DomainEvent } from "../shared/domain-events.js";
import { findCaseById } from "./cases.repository.js";

const activeOfRole = async (db: Db, role: "manager" | "rma_admin" | "expert") =>
  (await db.selectFrom("users").select("id").where("role", "=", role).where("isActive", "=", true).limit(100).execute()).map((u) => u.id);

const onDutyOfRole = async (db: Db, at: Date, role: "expert" | "dispatcher") =>
  (await onDuty({ db }, { actor: systemActor, at, role })).map((u) => u.id);

/**
 * Who hears of what happens on a case, written to the outbox in the transaction of the change:
 * an escalation alarms the chosen expert (or the experts on duty) and the managers (R7); a
 * vendor request reaches the experts who must confirm it (F5); an RMA hand-off the RMA admins (F6).
 */
export function subscribeCaseNotifications(deps: Deps): void {
  const base = async (tx: Db, event: DomainEvent) => {
    const found = await findCaseById(tx, event.caseId);
    return found ? { found, now: deps.clock.now(), key: `case:${found.id}:${event.type}:${String(event.data.entryId)}` } : null;
  };

  deps.events.subscribe("case.escalated", async (tx, event) => {
    const ctx = await base(tx, event);
    if (!ctx) return;
    const experts = ctx.found.expertId ? [ctx.found.expertId] : await onDutyOfRole(tx, ctx.now, "expert");
    const recipients = [...new Set([...experts, ...(await activeOfRole(tx, "manager"))])].map((userId) => ({ userId }));
    await notify(tx, {
      key: ctx.key, recipients, channels: ["email", "sms", "inapp"], template: "case.escalated", caseId: ctx.found.id, now: ctx.now,
      params: { caseNumber: ctx.found.number, subject: ctx.found.subject, reason: String(event.data.reason ?? ""), engineerName: ctx.found.assigneeName },
    });
  });

  deps.events.subscribe("vendor.requested", async (tx, event) => {
    const ctx = await base(tx, event);
    if (!ctx) return;
    const onDutyExperts = await onDutyOfRole(tx, ctx.now, "expert");
    const experts = onDutyExperts.length ? onDutyExperts : await activeOfRole(tx, "expert");
    await notify(tx, {
      key: ctx.key, recipients: experts.map((userId) => ({ userId })), channels: ["email", "inapp"], template: "vendor.confirmation_requested", caseId: ctx.found.id, now: ctx.now,
      params: { caseNumber: ctx.found.number, vendor: await localizedName({ db: tx }, "vendors", String(event.data.vendor ?? ctx.found.vendor)), reason: String(event.data.reason ?? "") },
    });
  });

  deps.events.subscribe("rma.requested", async (tx, event) => {
    const ctx = await base(tx, event);
    if (!ctx) return;
    await notify(tx, {
      key: ctx.key, recipients: (await activeOfRole(tx, "rma_admin")).map((userId) => ({ userId })), channels: ["email", "inapp"],
      template: "case.rma_requested", caseId: ctx.found.id, now: ctx.now, params: { caseNumber: ctx.found.number },
    });
  });
}
