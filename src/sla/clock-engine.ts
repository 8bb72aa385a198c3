import type { CompiledQuery } from "kysely";
import type { Db } from "../db/database.js";
import { runStatements } from "../db/script.js";
import type { FaultLevel, SlaMetric } from "../db/schema.js";
import { assertTimerKeys, cancelTimers, rescheduleTimer, scheduleTimer, wakeWorkersStatement } from "../jobs/index.js";
import { ALWAYS, workingTimeBetween, type Calendar } from "./calendar.js";
import { loadCalendar } from "./calendars.repository.js";
import { appendClockEvent, clockEventsOf, findClock, clocksWithEventsStatement, newCaseClocksStatements, updateClock, type ClockKey, type ClockRow } from "./clocks.repository.js";
import { clockState, type ClockEvent } from "./clock-model.js";
import { effectiveCalendar, ladderSchedule, policySchema, resolutionWarningSchedule, targetsFor, type SlaPolicy } from "./policy.js";
import type { EffectivePolicy } from "./resolve-policy.js";

/**
 * The clocks of a case as SLA.md describes them: each (case, metric, cycle) has an append-only
 * list of events; its state (running, paused, stopped, due instant) is derived from them and
 * stored for scheduling; its thresholds are durable timers keyed (case, metric, cycle, step), so
 * each fires once. A paused clock's timers are parked far in the future and brought back, at
 * their new instants, when it resumes.
 */
const PARKED = new Date("9999-12-31T00:00:00Z");

/** Only the key of a clock: callers may pass a whole clock row. */
const keyOf = (key: ClockKey): ClockKey => ({ caseId: key.caseId, metric: key.metric, cycle: key.cycle });

export const timerPrefix = (key: ClockKey) => `sla:${key.caseId}:${key.metric}:${key.cycle}:`;

export const policyOf = (clock: ClockRow): SlaPolicy => policySchema.parse(clock.policy);

export async function calendarFor(db: Db, policy: SlaPolicy): Promise<Calendar> {
  return policy.calendar === "always" ? ALWAYS : effectiveCalendar(policy, await loadCalendar(db, policy.calendar));
}

/** The target of a metric under a policy and fault level. */
export function targetMsOf(policy: SlaPolicy, metric: SlaMetric, faultLevel: FaultLevel): number {
  const targets = targetsFor(policy, faultLevel);
  if (metric === "resolution") return targets.resolutionMs;
  if (metric === "first_response") return targets.responseMs;
  const breach = ladderSchedule(policy, new Date(0), ALWAYS, faultLevel).find((step) => step.action === "breach");
  return breach?.afterMs ?? targets.responseMs;
}

export type ClockStart = ClockKey & { at: Date; now: Date; effective: EffectivePolicy; faultLevel: FaultLevel; assigneeId?: string | null };

/**
 * Starts clocks, each with its start event, its derived state and every timer it needs (the
 * response ladder's steps; the breach instant; resolution's warnings), all worked out before
 * anything is written: one statement for the clocks and their events, one for the timers. A
 * clock that already exists is left alone, and so are its timers.
 */
export async function startClocks(tx: Db, starts: ClockStart[]): Promise<void> {
  await runStatements(tx, await startClocksStatements(tx, starts));
}

/**
 * What `startClocks` writes, looked up with `read`: for a script (src/db/script.ts). `newCase`: the
 * case is written with them and has no clocks yet, so nothing needs to be left alone.
 */
export async function startClocksStatements(read: Db, starts: ClockStart[], options: { newCase?: boolean } = {}): Promise<CompiledQuery[]> {
  if (starts.length === 0) return [];
  const planned = await Promise.all(starts.map((start) => planStart(read, start)));
  const timers = planned.flatMap((p) => p.timers.map((t) => ({ ...t, clock: keyOf(p.clock) })));
  assertTimerKeys(timers);
  const now = starts[0]!.now;
  const clocks = planned.map((p) => p.clock);
  // otherwise the timers go in with their clocks, in the same statement, and only for a clock it inserted
  const inserts = options.newCase ? newCaseClocksStatements(read, clocks, timers, now) : [clocksWithEventsStatement(read, clocks, timers, now)];
  // a timer already due wakes the workers (one that already existed only wakes them in vain)
  return timers.some((t) => t.dueAt <= now) ? [...inserts, wakeWorkersStatement()] : inserts;
}

export const startClock = (tx: Db, start: ClockStart) => startClocks(tx, [start]);

// an effective policy is one object for as long as the cache keeps it (resolve-policy.ts)
const policyTexts = new WeakMap<SlaPolicy, string>();
function policyText(policy: SlaPolicy): string {
  let text = policyTexts.get(policy);
  if (text === undefined) policyTexts.set(policy, (text = JSON.stringify(policy)));
  return text;
}

/** What starting a clock writes, as `syncClock` would bring a clock just started into line. */
async function planStart(tx: Db, input: ClockStart) {
  const { policy } = input.effective;
  const targetMs = targetMsOf(policy, input.metric, input.faultLevel);
  const key = { caseId: input.caseId, metric: input.metric, cycle: input.cycle };
  const calendar = await calendarFor(tx, policy);
  const state = clockState([{ type: "start", at: input.at, targetMs }], input.now, calendar);
  const status = state.status === "idle" ? "stopped" : state.status;
  const prefix = timerPrefix(key);
  const timers: { key: string; kind: string; dueAt: Date; payload: object }[] = [];
  if (input.metric === "response") {
    for (const step of ladderSchedule(policy, input.at, calendar, input.faultLevel)) {
      timers.push({ key: `${prefix}step${String(step.step).padStart(2, "0")}`, kind: "sla.step", dueAt: step.dueAt, payload: { ...key, step: step.step } });
    }
  }
  if (status !== "stopped") {
    const place = (name: string, kind: string, at: Date | null, payload: Record<string, unknown>, evenIfPaused = false) =>
      timers.push({ key: `${prefix}${name}`, kind, dueAt: (status === "paused" && !evenIfPaused) || !at ? PARKED : at, payload: { ...key, ...payload } });
    if (input.metric !== "response") place("breach", "sla.breach", state.breached ? (state.breachedAt ?? input.now) : state.dueAt, {}, state.breached);
    if (input.metric === "resolution") {
      // a new cycle has no timers yet: a warning that does not apply needs no cancelling
      for (const warning of resolutionWarningSchedule(policy, state, calendar)) {
        if (warning.status !== "skipped" && warning.status !== "stopped" && warning.status !== "idle") place(`warn${warning.step}`, "sla.warning", warning.at, { step: warning.step });
      }
    }
  }
  const clock = {
    ...key,
    policyId: input.effective.policyId,
    policyVersion: input.effective.version,
    policy: policyText(policy),
    assigneeId: input.assigneeId ?? null,
    startedAt: input.at,
    targetMs,
    status,
    dueAt: state.dueAt,
    event: { type: "start" as const, at: input.at, data: { targetMs, policyVersion: input.effective.version } },
  };
  return { clock, timers };
}

export async function stopClock(tx: Db, clockKey: ClockKey, at: Date, reason: string): Promise<void> {
  const key = keyOf(clockKey);
  const clock = await findClock(tx, key);
  if (!clock || clock.status === "stopped") return;
  await appendClockEvent(tx, { ...key, type: "stop", at, data: { reason } });
  await updateClock(tx, key, { stopReason: reason, stoppedAt: at });
  await syncClock(tx, key, at);
}

export async function pauseClock(tx: Db, clockKey: ClockKey, at: Date, reason: string): Promise<void> {
  const key = keyOf(clockKey);
  const clock = await findClock(tx, key);
  if (!clock || clock.status !== "running") return;
  await appendClockEvent(tx, { ...key, type: "pause", at, data: { reason } });
  await updateClock(tx, key, { pausedAt: at });
  await syncClock(tx, key, at);
}

export async function resumeClock(tx: Db, clockKey: ClockKey, at: Date): Promise<void> {
  const key = keyOf(clockKey);
  const clock = await findClock(tx, key);
  if (!clock || clock.status !== "paused") return;
  await appendClockEvent(tx, { ...key, type: "resume", at });
  // the working time given back (on a business calendar a weekend pause gives back no hours)
  const given = clock.pausedAt ? workingTimeBetween(await calendarFor(tx, policyOf(clock)), clock.pausedAt, at) : 0;
  await updateClock(tx, key, { pausedAt: null, pausedMs: Number(clock.pausedMs) + given });
  await syncClock(tx, key, at);
}

/** A priority or fault-level change: the elapsed time stays, measured against the new target. */
export async function changeTarget(tx: Db, clockKey: ClockKey, at: Date, faultLevel: FaultLevel): Promise<void> {
  const key = keyOf(clockKey);
  const clock = await findClock(tx, key);
  if (!clock || clock.status === "stopped") return;
  const targetMs = targetMsOf(policyOf(clock), key.metric, faultLevel);
  if (targetMs === Number(clock.targetMs)) return;
  await appendClockEvent(tx, { ...key, type: "target_changed", at, data: { targetMs, before: Number(clock.targetMs) } });
  await updateClock(tx, key, { targetMs });
  await syncClock(tx, key, at);
}

/** The clock's derived state, from its events (read, unless the caller has them), at `now`. */
export async function stateOf(tx: Db, clock: ClockRow, now: Date, knownEvents?: ClockEvent[]) {
  const events: ClockEvent[] = knownEvents ?? (await clockEventsOf(tx, clock))
    .filter((e) => e.type === "start" || e.type === "pause" || e.type === "resume" || e.type === "stop" || e.type === "target_changed")
    .map((e) => ({ type: e.type as ClockEvent["type"], at: e.at, targetMs: (e.data as { targetMs?: number }).targetMs }));
  const calendar = await calendarFor(tx, policyOf(clock));
  return { state: clockState(events, now, calendar), calendar };
}

/**
 * Stores the derived state and brings the clock's timers in line with it: the breach instant
 * and, for resolution, each warning; parked while paused, cancelled once stopped.
 */
export async function syncClock(tx: Db, clockKey: ClockKey, now: Date, known?: { clock: ClockRow; events: ClockEvent[] }): Promise<void> {
  const key = keyOf(clockKey);
  const clock = known?.clock ?? (await findClock(tx, key));
  if (!clock) return;
  const { state, calendar } = await stateOf(tx, clock, now, known?.events);
  const status = state.status === "idle" ? "stopped" : state.status;
  await updateClock(tx, key, { status, dueAt: state.dueAt });
  const prefix = timerPrefix(key);
  if (status === "stopped") {
    // steps that fell due while the cycle was alive still fire (their order among equal instants is not ours to rely on)
    await cancelTimers(tx, { keyPrefix: prefix, dueAfter: clock.stoppedAt ?? now }, now);
    return;
  }
  const place = async (name: string, kind: string, at: Date | null, payload: Record<string, unknown>, evenIfPaused = false) => {
    const dueAt = (status === "paused" && !evenIfPaused) || !at ? PARKED : at;
    if (!(await scheduleTimer(tx, { key: `${prefix}${name}`, kind, dueAt, payload: { ...key, ...payload }, now }))) {
      await rescheduleTimer(tx, `${prefix}${name}`, dueAt);
    }
  };
  if (key.metric !== "response") {
    // the breach instant (the response metric's breach is a step of its ladder)
    const breachAt = state.breached ? (state.breachedAt ?? now) : state.dueAt;
    // a breach already reached is recorded even if the clock is paused now
    await place("breach", "sla.breach", breachAt, {}, state.breached);
  }
  if (key.metric === "resolution") {
    for (const warning of resolutionWarningSchedule(policyOf(clock), state, calendar)) {
      if (warning.status === "skipped" || warning.status === "stopped" || warning.status === "idle") {
        await cancelTimers(tx, { keys: [`${prefix}warn${warning.step}`] }, now);
        continue;
      }
      await place(`warn${warning.step}`, "sla.warning", warning.at, { step: warning.step });
    }
  }
}
