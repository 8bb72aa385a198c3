import { systemActor } from "../auth/index.js";
import { appendSystemEntry, assignCase, findCaseById } from "../cases/index.js";
import type { Db } from "../db/database.js";
import type { TimerHandler, TimerRow } from "../jobs/index.js";
import { notify, type TemplateName, type TemplateParams } from "../notify/index.js";
import type { Deps } from "../shared/deps.js";
import { AppError } from "../shared/errors.js";
import { policyOf, stateOf, timerPrefix } from "./clock-engine.js";
import { appendClockEvent, findClock, lapsedAssignees, recordBreach, updateClock, type ClockKey } from "./clocks.repository.js";
import { thresholdAt } from "./clock-model.js";
import { ladderFor, type LadderStep } from "./policy.js";
import { resolveRecipients } from "./recipients.js";
import { serviceLevelOf } from "./resolve-policy.js";

type Payload = ClockKey & { step?: number };

const clockKeyOf = (payload: Payload): ClockKey => ({ caseId: payload.caseId, metric: payload.metric, cycle: payload.cycle });

const minutes = (ms: number) => Math.round(ms / 60_000);

/** A step of the response ladder is due: remind, alert, reassign or record the breach. */
const ladderStep: TimerHandler = async (tx, timer, deps) => {
  const key = timer.payload as Payload;
  // the case's row lock before any write: each insert's foreign key takes KEY SHARE on the case, and two
  // handlers of one case (two instances) that both held it and then asked for appendSystemEntry's FOR UPDATE deadlocked
  await tx.selectFrom("cases").select("id").where("id", "=", key.caseId).forUpdate().execute();
  const clock = await findClock(tx, key);
  const found = await findCaseById(tx, key.caseId);
  if (!clock || !found) return;
  const step = ladderFor(policyOf(clock), serviceLevelOf(found))[key.step!];
  if (!step) return;
  const isLive = clock.status === "running" && found.responseCycle === key.cycle && found.assigneeId === clock.assigneeId;
  // a reminder or alert that fell due before the cycle ended (say, at the same instant as the
  // reassignment) is still owed, as is a breach the cycle reached before it ended (the worker was
  // late or down); any other step of an ended cycle is void
  const wasDueWhileLive = clock.status === "stopped" && clock.stopReason !== "responded" && clock.stoppedAt !== null && timer.scheduledAt <= clock.stoppedAt;
  if (!isLive && !(wasDueWhileLive && (step.action === "remind" || step.action === "alert")) && !(step.action === "breach" && clock.stoppedAt !== null && timer.scheduledAt <= clock.stoppedAt)) return;
  const now = deps.clock.now();
  const elapsedMs = now.getTime() - clock.startedAt.getTime();
  await appendClockEvent(tx, { ...clockKeyOf(key), type: "step", at: now, data: { step: key.step, action: step.action } });
  const params = {
    caseNumber: found.number, subject: found.subject, engineerName: found.assigneeName, minutesElapsed: minutes(elapsedMs),
    minutesLeft: Math.max(0, minutes(Number(clock.targetMs) - elapsedMs)),
  };
  switch (step.action) {
    case "remind":
    case "alert": {
      // "previous_assignee": who held the case in the response cycle before this one
      const previous = key.cycle > 1 ? await findClock(tx, { caseId: key.caseId, metric: "response", cycle: key.cycle - 1 }) : undefined;
      const recipients = await resolveRecipients(tx, now, { ...found, assigneeId: clock.assigneeId }, step.notify, { previousAssigneeId: previous?.assigneeId ?? null });
      if (step.action === "remind") await tell(tx, timer, { recipients, step, template: "sla.response_reminder", params, now, caseId: found.id });
      else await tell(tx, timer, { recipients, step, template: "sla.response_alert_dispatcher", params, now, caseId: found.id });
      await appendSystemEntry(deps, tx, {
        caseId: found.id, kind: step.action === "remind" ? "sla.reminded" : "sla.alerted", at: now,
        data: { step: key.step, responseCycle: key.cycle, minutesElapsed: params.minutesElapsed, recipients },
      });
      return;
    }
    case "reassign":
      return reassignLapsed(deps, tx, timer, { key, found, step, now });
    case "breach":
      return breach(deps, tx, clockKeyOf(key), ((await stateOf(tx, clock, now)).state.breachedAt ?? now).getTime(), now);
  }
};

/**
 * The reassignment of F3, done by casedesk through the same use case as a dispatcher's, and only
 * if the case is still with the engineer who let it lapse and nothing changed meanwhile: a
 * take-over between the timer's due time and now wins.
 */
async function reassignLapsed(
  deps: Deps,
  tx: Db,
  timer: TimerRow,
  ctx: { key: Payload; found: NonNullable<Awaited<ReturnType<typeof findCaseById>>>; step: LadderStep; now: Date },
) {
  const { key, found, step, now } = ctx;
  if (step.action !== "reassign") return;
  if (step.mode === "manual") {
    const recipients = await resolveRecipients(tx, now, found, step.notify ?? ["dispatcher"]);
    await tell(tx, timer, { recipients, step, template: "sla.response_alert_dispatcher", params: { caseNumber: found.number, engineerName: found.assigneeName, minutesElapsed: minutes(now.getTime() - found.updatedAt.getTime()) }, now, caseId: found.id });
    return;
  }
  try {
    await assignCase({ ...deps, db: tx }, {
      actor: systemActor,
      caseId: found.id,
      expectedVersion: found.version,
      expectedAssigneeId: found.assigneeId,
      exclude: await lapsedAssignees(tx, found.id),
      reason: "response_overdue",
    });
  } catch (error) {
    if (error instanceof AppError && error.code === "version_conflict") return;
    if (error instanceof AppError && error.code === "conflict") {
      const recipients = await resolveRecipients(tx, now, found, ["dispatcher", "manager"]);
      await tell(tx, timer, { recipients, step, template: "sla.response_alert_dispatcher", params: { caseNumber: found.number, engineerName: found.assigneeName, minutesElapsed: minutes(now.getTime() - found.updatedAt.getTime()) }, now, caseId: found.id });
      await appendSystemEntry(deps, tx, { caseId: found.id, kind: "sla.reassign_failed", at: now, data: { responseCycle: key.cycle, reason: String(error.params.reason ?? "") } });
      return;
    }
    throw error;
  }
}

/** A resolution warning is due (a percentage of the target). */
const warning: TimerHandler = async (tx, timer, deps) => {
  const key = timer.payload as Payload;
  await tx.selectFrom("cases").select("id").where("id", "=", key.caseId).forUpdate().execute(); // as in ladderStep
  const clock = await findClock(tx, key);
  if (!clock || clock.status !== "running") return;
  const found = await findCaseById(tx, key.caseId);
  if (!found) return;
  const now = deps.clock.now();
  const policy = policyOf(clock);
  const configured = policy.resolutionWarnings[key.step!];
  if (!configured) return;
  const { state, calendar } = await stateOf(tx, clock, now);
  const point = thresholdAt(state, (Number(clock.targetMs) * configured.atPercent) / 100, calendar);
  if (point.status !== "reached") return;
  const recipients = await resolveRecipients(tx, now, found, configured.notify);
  await notify(tx, {
    key: timer.key, recipients: recipients.map((userId) => ({ userId })), channels: configured.channels, template: "sla.resolution_warning",
    params: { caseNumber: found.number, dueAt: state.dueAt ?? now, percent: configured.atPercent },
    caseId: found.id, now,
  });
  await appendSystemEntry(deps, tx, { caseId: found.id, kind: "sla.warned", at: now, data: { metric: "resolution", resolutionCycle: key.cycle, percent: configured.atPercent, recipients } });
};

/** The first-response or resolution target passed (or a target change made it pass). */
const breachDue: TimerHandler = async (tx, timer, deps) => {
  const key = timer.payload as Payload;
  await tx.selectFrom("cases").select("id").where("id", "=", key.caseId).forUpdate().execute(); // as in ladderStep
  const clock = await findClock(tx, key);
  if (!clock) return;
  const now = deps.clock.now();
  const { state } = await stateOf(tx, clock, now);
  if (!state.breached) return;
  await breach(deps, tx, clockKeyOf(key), (state.breachedAt ?? now).getTime(), now);
};

async function breach(deps: Deps, tx: Db, key: ClockKey, dueAtMs: number, now: Date) {
  const breachedAt = new Date(Math.min(dueAtMs, now.getTime()));
  if (!(await recordBreach(tx, key, new Date(dueAtMs), breachedAt))) return;
  await appendClockEvent(tx, { ...key, type: "breach", at: breachedAt });
  await updateClock(tx, key, { breachedAt });
  await appendSystemEntry(deps, tx, { caseId: key.caseId, kind: "sla.breached", at: now, data: { metric: key.metric, cycle: key.cycle, dueAt: new Date(dueAtMs).toISOString(), breachedAt: breachedAt.toISOString() } });
}

async function tell<T extends TemplateName>(
  tx: Db,
  timer: TimerRow,
  n: { recipients: string[]; step: LadderStep; template: T; params: TemplateParams[T]; now: Date; caseId: string },
) {
  const channels = n.step.channels ?? ["email", "sms"];
  if (n.recipients.length === 0) return;
  await notify(tx, { key: timer.key, recipients: n.recipients.map((userId) => ({ userId })), channels, template: n.template, params: n.params, caseId: n.caseId, now: n.now });
}

/** The timer kinds of the service-level module, for the worker. */
export const slaTimerHandlers: Record<string, TimerHandler> = {
  "sla.step": ladderStep,
  "sla.warning": warning,
  "sla.breach": breachDue,
};

export { timerPrefix };
