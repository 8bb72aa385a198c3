import { isCustomer, type Actor } from "../auth/index.js";
import { findContact, findCustomer } from "../customers/index.js";
import type { Deps } from "../shared/deps.js";
import { AppError } from "../shared/errors.js";
import { assertCan } from "./maintenance.policy.js";
import { daysIntoPeriod, periodAt, periodStartsAt } from "./period.js";
import { callingPlans, callsSince, findCallView, insertCall, listCallViews } from "./proactive-calls.repository.js";

type CallView = Awaited<ReturnType<typeof findCallView>>;
export const presentCall = (call: CallView) => ({
  id: call.id, customerId: call.customerId, customerName: call.customerName, contactId: call.contactId, contactName: call.contactName,
  engineerId: call.engineerId, engineerName: call.engineerName, direction: call.direction, summary: call.summary,
  calledAt: call.calledAt.toISOString(), followUpOn: call.followUpOn, createdAt: call.createdAt.toISOString(),
});

export type LogCallInput = {
  actor: Actor; customerId: string; contactId?: string; contactName?: string; direction: "outbound" | "inbound"; summary: string;
  calledAt?: Date; followUpOn?: string | null; isDemo?: boolean;
};

/** Logs a proactive call to a customer, with no case (R32): who was called, which way, what was said, when to follow up. */
export async function logProactiveCall(deps: Deps, input: LogCallInput) {
  assertCan(input.actor, "log_call", "customer");
  const customer = await findCustomer(deps.db, input.customerId);
  if (!customer) throw new AppError("not_found", { what: "customer" });
  let contactName = input.contactName ?? null;
  if (input.contactId) {
    const contact = await findContact(deps.db, input.contactId);
    if (!contact || contact.customerId !== customer.id) throw new AppError("validation_failed", {}, [{ path: "body.contactId", code: "unknown_contact" }]);
    contactName ??= contact.name;
  }
  if (!contactName) throw new AppError("validation_failed", {}, [{ path: "body.contactName", code: "required" }]);
  const now = deps.clock.now();
  const row = await deps.db.transaction().execute((tx) => insertCall(tx, {
    customerId: customer.id, contactId: input.contactId ?? null, contactName, engineerId: input.actor.id, direction: input.direction, summary: input.summary,
    calledAt: input.calledAt ?? now, followUpOn: input.followUpOn ?? null, createdAt: now, isDemo: input.isDemo,
  }));
  return presentCall(await findCallView(deps.db, row.id));
}

/** Proactive calls of a customer or of an engineer, newest first. Staff only. */
export async function listProactiveCalls(deps: Deps, input: { actor: Actor; customerId?: string; engineerId?: string; limit?: number }) {
  if (isCustomer(input.actor)) throw new AppError("not_found", { what: "customer" });
  assertCan(input.actor, "read", "customer");
  if (input.customerId && !(await findCustomer(deps.db, input.customerId))) throw new AppError("not_found", { what: "customer" });
  return (await listCallViews(deps.db, { customerId: input.customerId, engineerId: input.engineerId, limit: input.limit ?? 100 })).map(presentCall);
}

/**
 * The calls plans ask for this period and nobody has logged yet: what the reminder timer checks
 * (a call to the customer since the period began), shown before and after it fires. Staff only.
 */
export async function listCallsDue(deps: Deps, input: { actor: Actor; engineerId?: string; customerId?: string }) {
  if (isCustomer(input.actor)) throw new AppError("not_found", { what: "customer" });
  assertCan(input.actor, "read", "customer");
  const now = deps.clock.now();
  const due = [];
  for (const plan of await callingPlans(deps.db, input)) {
    const period = periodAt(now, plan.timeZone, plan.frequency);
    if ((await callsSince(deps.db, plan.customerId, periodStartsAt(period, plan.timeZone))) > 0) continue;
    const dueAt = daysIntoPeriod(period, plan.timeZone, plan.callDueDays);
    due.push({
      planId: plan.id, customerId: plan.customerId, customerName: plan.customerName, engineerId: plan.engineerId, engineerName: plan.engineerName,
      period, dueAt: dueAt.toISOString(), overdue: dueAt <= now,
    });
  }
  return due;
}
