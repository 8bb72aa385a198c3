import { findCaseById } from "../cases/index.js";
import type { Db } from "../db/database.js";
import { notify } from "../notify/index.js";
import type { Deps } from "../shared/deps.js";
import type { DomainEvent } from "../shared/domain-events.js";
import { changeTarget, pauseClock, resumeClock, startClock, startClocksStatements, stopClock } from "./clock-engine.js";
import { runningClocksOf } from "./clocks.repository.js";
import { resolveRecipients } from "./recipients.js";
import { effectivePolicy, serviceLevelOf } from "./resolve-policy.js";

const PAUSING = new Set(["waiting_customer", "waiting_vendor"]);

type Change = { before: unknown; after: unknown };
const statusChange = (event: DomainEvent) => (event.data.status as Change | undefined) ?? { before: null, after: null };

/**
 * Keeps each case's clocks in step with what happens to it, in the transaction of the change:
 * opening starts first response and resolution; every assignment starts a response cycle (and
 * ends the previous one); a response stops them; waiting for the customer or the vendor pauses
 * resolution; resolving stops it; reopening starts a new resolution cycle; a fault-level change
 * moves the targets. The engineer is told of a new assignment at once (F1).
 */
export function subscribeCaseClocks(deps: Deps): void {
  const on = (type: string, handler: (tx: Db, event: DomainEvent) => Promise<void>) => deps.events.subscribe(type, handler);

  // a writer: an opening can send its clocks with the case, in one script
  deps.events.subscribeWriter("case.opened", async (event, read) => {
    const found = event.case ?? (await findCaseById(read, event.caseId));
    if (!found) return [];
    const effective = await effectivePolicy(read, { contractId: found.contractId, faultLevel: serviceLevelOf(found) }, deps.cache);
    const now = deps.clock.now();
    // an opening's case is written with its clocks: it has none yet
    return startClocksStatements(read, (["first_response", "resolution"] as const).map((metric) => (
      { caseId: found.id, metric, cycle: 1, at: event.at, now, effective, faultLevel: serviceLevelOf(found) }
    )), { newCase: true });
  });

  const onAssignment = async (tx: Db, event: DomainEvent) => {
    const found = await findCaseById(tx, event.caseId);
    if (!found) return;
    const cycle = Number(event.data.responseCycle);
    const now = deps.clock.now();
    const reason = event.type === "case.taken_over" ? "taken_over" : "reassigned";
    for (const clock of await runningClocksOf(tx, found.id)) {
      if (clock.metric === "response" && clock.cycle < cycle) await stopClock(tx, clock, event.at, reason);
    }
    const effective = await effectivePolicy(tx, { contractId: found.contractId, faultLevel: serviceLevelOf(found) }, deps.cache);
    await startClock(tx, { caseId: found.id, metric: "response", cycle, at: event.at, now, effective, faultLevel: serviceLevelOf(found), assigneeId: found.assigneeId });
    await tellAssignment(tx, event, found, now);
  };
  on("case.assigned", onAssignment);
  on("case.taken_over", onAssignment);

  on("case.responded", async (tx, event) => {
    for (const clock of await runningClocksOf(tx, event.caseId)) {
      if (clock.metric === "response" || clock.metric === "first_response") await stopClock(tx, clock, event.at, "responded");
    }
  });

  const onStatus = async (tx: Db, event: DomainEvent) => {
    const { before, after } = statusChange(event);
    const clocks = await runningClocksOf(tx, event.caseId);
    const resolution = clocks.filter((c) => c.metric === "resolution");
    for (const clock of resolution) {
      if (PAUSING.has(String(after)) && !PAUSING.has(String(before))) await pauseClock(tx, clock, event.at, String(after));
      else if (PAUSING.has(String(before)) && !PAUSING.has(String(after))) await resumeClock(tx, clock, event.at);
    }
  };
  on("case.waiting", onStatus);
  on("case.resumed", onStatus);

  const stopAll = (reason: string) => async (tx: Db, event: DomainEvent) => {
    for (const clock of await runningClocksOf(tx, event.caseId)) await stopClock(tx, clock, event.at, clock.metric === "resolution" ? reason : "case_" + reason);
  };
  on("case.resolved", stopAll("resolved"));
  on("case.closed", stopAll("closed"));

  on("case.reopened", async (tx, event) => {
    const found = await findCaseById(tx, event.caseId);
    if (!found) return;
    const effective = await effectivePolicy(tx, { contractId: found.contractId, faultLevel: serviceLevelOf(found) }, deps.cache);
    await startClock(tx, { caseId: found.id, metric: "resolution", cycle: found.resolutionCycle, at: event.at, now: deps.clock.now(), effective, faultLevel: serviceLevelOf(found) });
  });

  on("case.updated", async (tx, event) => {
    const changes = event.data.changes as Record<string, Change> | undefined;
    if (!changes?.faultLevel && !changes?.priority) return;
    const found = await findCaseById(tx, event.caseId);
    if (!found) return;
    for (const clock of await runningClocksOf(tx, event.caseId)) {
      if (clock.metric !== "response") await changeTarget(tx, clock, event.at, serviceLevelOf(found));
    }
  });
}

/** F1: the engineer hears of a new case at once, by e-mail and SMS; after a lapse, more people do (F3). */
async function tellAssignment(tx: Db, event: DomainEvent, found: NonNullable<Awaited<ReturnType<typeof findCaseById>>>, now: Date) {
  if (!found.assigneeId) return;
  const previous = (event.data.assignee as Change | undefined)?.before as string | null;
  const key = `case:${found.id}:assignment:${String(event.data.responseCycle)}`;
  const params = {
    caseNumber: found.number, subject: found.subject, faultLevel: found.faultLevel, customerName: found.customerName ?? found.caller.company,
    previousEngineerName: typeof event.data.previousAssigneeName === "string" ? event.data.previousAssigneeName : null,
    newEngineerName: found.assigneeName,
  };
  const channels = ["email", "sms", "inapp"] as const;
  if (event.data.reason === "response_overdue") {
    await notify(tx, { key: `${key}:new`, recipients: [{ userId: found.assigneeId }], channels: [...channels], template: "sla.reassigned_new", params, caseId: found.id, now });
    if (previous) await notify(tx, { key: `${key}:previous`, recipients: [{ userId: previous }], channels: [...channels], template: "sla.reassigned_previous", params, caseId: found.id, now });
    const dispatchers = await resolveRecipients(tx, now, found, ["dispatcher"]);
    if (dispatchers.length) await notify(tx, { key: `${key}:dispatcher`, recipients: dispatchers.map((userId) => ({ userId })), channels: [...channels], template: "sla.reassigned_dispatcher", params, caseId: found.id, now });
    return;
  }
  if (event.type === "case.taken_over") {
    if (previous) await notify(tx, { key: `${key}:previous`, recipients: [{ userId: previous }], channels: ["email", "inapp"], template: "case.taken_over", params, caseId: found.id, now });
    return;
  }
  if (event.actorId === found.assigneeId) return;
  await notify(tx, { key, recipients: [{ userId: found.assigneeId }], channels: [...channels], template: "case.assigned", params, caseId: found.id, now });
}
