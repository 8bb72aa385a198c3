import { z } from "zod";
import { requiredText } from "../shared/text.js";
import { ALWAYS, addWorkingTime, workingTimeBetween, type Calendar } from "./calendar.js";
import { durationSchema, formatDuration, parseDuration } from "./duration.js";

/**
 * Service-level policies as data, and the pure maths over them: when each step of the response
 * ladder is due, when a resolution is due, and what a clock's append-only events add up to
 * (docs: README "Service levels"; semantics: SLA.md). Nothing here reads the time or the database.
 */

export const FAULT_LEVELS = ["S1", "S2", "S3", "S4"] as const;
export type FaultLevel = (typeof FAULT_LEVELS)[number];
/** who a step or warning notifies; `previous_assignee` is the engineer who let the case lapse */
export const RECIPIENTS = ["assignee", "previous_assignee", "dispatcher", "expert", "manager"] as const;
export const CHANNELS = ["email", "sms", "inapp"] as const;

const unique = (values: readonly string[]) => new Set(values).size === values.length;
const recipients = z.array(z.enum(RECIPIENTS)).min(1).max(RECIPIENTS.length).refine(unique, { message: "duplicate_value" });
const channels = z.array(z.enum(CHANNELS)).min(1).max(CHANNELS.length).refine(unique, { message: "duplicate_value" });

const remindStep = z.strictObject({ after: durationSchema, action: z.literal("remind"), notify: recipients, channels });
const alertStep = z.strictObject({ after: durationSchema, action: z.literal("alert"), notify: recipients, channels });
const reassignStep = z.strictObject({
  after: durationSchema, action: z.literal("reassign"), mode: z.enum(["auto", "manual"]),
  notify: recipients.optional(), channels: channels.optional(),
});
const breachStep = z.strictObject({ after: durationSchema, action: z.literal("breach"), notify: recipients.optional(), channels: channels.optional() });
export const ladderStepSchema = z.discriminatedUnion("action", [remindStep, alertStep, reassignStep, breachStep]);

const afterMs = (after: string) => {
  try {
    return parseDuration(after);
  } catch {
    return null;
  }
};

const ladderSchema = z
  .array(ladderStepSchema)
  .min(1)
  .max(20)
  .superRefine((steps, ctx) => {
    let previous = 0;
    steps.forEach((step, index) => {
      const ms = afterMs(step.after);
      if (ms === null) return;
      if (ms < previous) ctx.addIssue({ code: "custom", message: "not_sorted", path: [index, "after"] });
      previous = Math.max(previous, ms);
    });
    for (const action of ["reassign", "breach"] as const) {
      const twice = steps.findIndex((step, index) => step.action === action && steps.findIndex((s) => s.action === action) !== index);
      if (twice >= 0) ctx.addIssue({ code: "custom", message: "duplicate_step", path: [twice, "action"] });
    }
  });

const targetSchema = z.strictObject({ response: durationSchema, resolution: durationSchema });

const warningSchema = z.strictObject({ atPercent: z.number().int().min(1).max(1000), notify: recipients, channels });

export const policySchema = z.strictObject({
  name: requiredText(200),
  /** "always" (7×24) or the id of a business calendar */
  calendar: z.union([z.literal("always"), z.string().uuid()]),
  /** per fault level: first response (case opened → first response) and resolution targets */
  targets: z.strictObject({ S1: targetSchema, S2: targetSchema, S3: targetSchema, S4: targetSchema }),
  /** the per-assignment response ladder, measured from the current assignment */
  responseLadder: ladderSchema,
  /** optional ladders for particular fault levels; a level without one uses `responseLadder` */
  responseLadderByLevel: z.partialRecord(z.enum(FAULT_LEVELS), ladderSchema).optional(),
  /** warnings at percentages of the resolution target; 100 is the breach instant */
  resolutionWarnings: z
    .array(warningSchema)
    .max(10)
    .superRefine((warnings, ctx) => {
      warnings.forEach((warning, index) => {
        if (index > 0 && warning.atPercent <= warnings[index - 1]!.atPercent) {
          ctx.addIssue({ code: "custom", message: "not_sorted", path: [index, "atPercent"] });
        }
      });
    }),
});

export type SlaPolicy = z.infer<typeof policySchema>;
export type LadderStep = z.infer<typeof ladderStepSchema>;
export type ResolutionWarning = SlaPolicy["resolutionWarnings"][number];
export type Recipient = (typeof RECIPIENTS)[number];
export type Channel = (typeof CHANNELS)[number];

/**
 * The seed's default (SPEC F2/F3): respond within one hour of assignment; reminders at 30 and
 * 45 minutes by e-mail and SMS with the dispatcher copied; an alert to the dispatcher and an
 * automatic reassignment at 45 minutes; the response breach at one hour.
 */
export const DEFAULT_POLICY: SlaPolicy = {
  name: "默认 7×24",
  calendar: "always",
  targets: {
    S1: { response: "PT1H", resolution: "PT4H" },
    S2: { response: "PT1H", resolution: "PT8H" },
    S3: { response: "PT1H", resolution: "P1D" },
    S4: { response: "PT1H", resolution: "P3D" },
  },
  responseLadder: [
    { after: "PT30M", action: "remind", notify: ["assignee", "dispatcher"], channels: ["email", "sms"] },
    { after: "PT45M", action: "remind", notify: ["assignee"], channels: ["email", "sms"] },
    { after: "PT45M", action: "alert", notify: ["dispatcher"], channels: ["email", "sms"] },
    { after: "PT45M", action: "reassign", mode: "auto" },
    { after: "PT1H", action: "breach" },
  ],
  resolutionWarnings: [
    { atPercent: 75, notify: ["assignee", "dispatcher"], channels: ["email", "sms"] },
    { atPercent: 100, notify: ["assignee", "dispatcher", "manager"], channels: ["email", "sms"] },
  ],
};

/** The calendar id a policy names, or null for 7×24. */
export const policyCalendarId = (policy: SlaPolicy): string | null => (policy.calendar === "always" ? null : policy.calendar);

/** The calendar to count in: 7×24 when the policy says "always", whatever was passed. */
export const effectiveCalendar = (policy: SlaPolicy, calendar: Calendar): Calendar => (policy.calendar === "always" ? ALWAYS : calendar);

/** A fault level's targets in ms. */
export function targetsFor(policy: SlaPolicy, faultLevel: FaultLevel): { responseMs: number; resolutionMs: number } {
  const target = policy.targets[faultLevel];
  return { responseMs: parseDuration(target.response), resolutionMs: parseDuration(target.resolution) };
}

/** The response ladder that applies to a fault level. */
export const ladderFor = (policy: SlaPolicy, faultLevel?: FaultLevel): LadderStep[] =>
  (faultLevel && policy.responseLadderByLevel?.[faultLevel]) || policy.responseLadder;

/**
 * A contract's per-level minute targets laid over a policy (contracts.targets), so a contract
 * overrides only what it names.
 */
export function withContractTargets(
  policy: SlaPolicy,
  targets: Partial<Record<FaultLevel, { responseMinutes: number; resolutionMinutes: number }>>,
): SlaPolicy {
  const merged = { ...policy.targets };
  for (const level of FAULT_LEVELS) {
    const override = targets[level];
    if (override) {
      merged[level] = { response: formatDuration(override.responseMinutes * 60_000), resolution: formatDuration(override.resolutionMinutes * 60_000) };
    }
  }
  return { ...policy, targets: merged };
}

export type ScheduledStep = LadderStep & { step: number; afterMs: number; dueAt: Date };

/**
 * When each step of the response ladder is due for one assignment: `step` is the index in the
 * ladder (the `(case, metric, cycle, step)` key), `dueAt` counts `after` in working time from
 * `assignedAt`. A reassignment starts a new assignment and so a new schedule.
 */
export function ladderSchedule(policy: SlaPolicy, assignedAt: Date, calendar: Calendar, faultLevel?: FaultLevel): ScheduledStep[] {
  const counted = effectiveCalendar(policy, calendar);
  return ladderFor(policy, faultLevel).map((step, index) => {
    const ms = parseDuration(step.after);
    return { ...step, step: index, afterMs: ms, dueAt: addWorkingTime(counted, assignedAt, ms) };
  });
}

/** When the first response of a case opened at `openedAt` is due (the contract-level target). */
export function firstResponseDueAt(policy: SlaPolicy, faultLevel: FaultLevel, openedAt: Date, calendar: Calendar): Date {
  return addWorkingTime(effectiveCalendar(policy, calendar), openedAt, targetsFor(policy, faultLevel).responseMs);
}

/**
 * When a resolution is due: the target plus the paused time, counted in working time from
 * `startedAt`. `pausedMs` is the working time that passed while paused (on 7×24, wall time);
 * `clockState` computes all of this from the events and is the better call.
 */
export function resolutionDueAt(policy: SlaPolicy, faultLevel: FaultLevel, startedAt: Date, pausedMs: number, calendar: Calendar): Date {
  return addWorkingTime(effectiveCalendar(policy, calendar), startedAt, targetsFor(policy, faultLevel).resolutionMs + pausedMs);
}

// ---------------------------------------------------------------------------------------------
// The clock model (SLA.md): a clock is the append-only list of its events; its state is derived.

export type ClockEventType = "start" | "pause" | "resume" | "stop" | "target_changed" | "reset";
/** `targetMs` is required on start and target_changed, optional on reset (default: unchanged). */
export type ClockEvent = { type: ClockEventType; at: Date; targetMs?: number };
export type ClockStatus = "idle" | "running" | "paused" | "stopped";
/** A stretch during which the clock ran; `to` is null for the stretch still running at `now`. */
export type ClockSegment = { from: Date; to: Date | null; elapsedAtFromMs: number; elapsedAtToMs: number };
export type ClockCycleResult = {
  cycle: number; startedAt: Date; endedAt: Date; elapsedMs: number; targetMs: number;
  breached: boolean; breachedAt: Date | null; wasStopped: boolean;
};

export type ClockState = {
  /** 1 for the first cycle, +1 per reset; 0 before the clock ever started */
  cycle: number;
  status: ClockStatus;
  running: boolean;
  startedAt: Date | null;
  stoppedAt: Date | null;
  /** working time counted in this cycle up to `now` (paused time is not counted) */
  elapsedMs: number;
  targetMs: number;
  /** targetMs − elapsedMs; negative once over */
  remainingMs: number;
  /**
   * Running: when elapsed reaches the target (the breach instant once breached). Null when
   * paused, stopped or idle: a paused clock fires nothing.
   */
  dueAt: Date | null;
  /** elapsed ≥ target at some instant of this cycle; never cleared by later events */
  breached: boolean;
  breachedAt: Date | null;
  /** the breach was caused by a target change: record it at breachedAt, replay no warnings */
  breachedOnTargetChange: boolean;
  /** instant of the last target change of this cycle, and the elapsed time then */
  targetChangedAt: Date | null;
  /** thresholds at or below this elapsed time were already passed at the target change: skip them */
  warningFloorMs: number;
  segments: ClockSegment[];
  previousCycles: ClockCycleResult[];
};

function requireTarget(event: ClockEvent, fallback?: number): number {
  const target = event.targetMs ?? fallback;
  if (target === undefined || !Number.isSafeInteger(target) || target <= 0) {
    throw new RangeError(`clock event ${event.type} at ${event.at.toISOString()} needs a positive whole targetMs`);
  }
  return target;
}

/**
 * What a clock's events add up to at `now`, counted in `calendar`. Events after `now` are not
 * yet true and are ignored; events are taken in time order (ties in the order given). A pause
 * gives its time back (the due instant moves); a target change keeps the elapsed time and
 * measures it against the new target, breaching at once if it is already exceeded; a reset
 * closes the cycle (kept in `previousCycles`) and starts a new one, running, at its instant. A
 * new cycle starts only by reset: a start after stop is ignored, as are events that do not
 * apply in the current status (pause while paused, resume while running, anything after stop
 * except reset).
 */
export function clockState(events: readonly ClockEvent[], now: Date, calendar: Calendar): ClockState {
  const nowMs = now.getTime();
  if (!Number.isFinite(nowMs)) throw new RangeError("now is not a valid instant");
  const ordered = events
    .map((event, index) => ({ event, index, at: event.at.getTime() }))
    .filter((entry) => {
      if (!Number.isFinite(entry.at)) throw new RangeError(`clock event ${entry.event.type} has no valid instant`);
      return entry.at <= nowMs;
    })
    .sort((a, b) => a.at - b.at || a.index - b.index);

  let cycle = 0;
  let status: ClockStatus = "idle";
  let targetMs = 0;
  let elapsedMs = 0;
  let openFrom: number | null = null;
  let segments: ClockSegment[] = [];
  let startedAt: number | null = null;
  let stoppedAt: number | null = null;
  let breachedAt: number | null = null;
  let breachedOnTargetChange = false;
  let targetChangedAt: number | null = null;
  let warningFloorMs = 0;
  const previousCycles: ClockCycleResult[] = [];

  const run = (from: number, to: number, isOpen: boolean) => {
    const counted = workingTimeBetween(calendar, new Date(from), new Date(to));
    if (breachedAt === null && elapsedMs < targetMs && targetMs <= elapsedMs + counted) {
      breachedAt = addWorkingTime(calendar, new Date(from), targetMs - elapsedMs).getTime();
    }
    segments.push({ from: new Date(from), to: isOpen ? null : new Date(to), elapsedAtFromMs: elapsedMs, elapsedAtToMs: elapsedMs + counted });
    elapsedMs += counted;
  };
  const close = (at: number) => {
    if (openFrom !== null) run(openFrom, at, false);
    openFrom = null;
  };
  const begin = (at: number, target: number) => {
    cycle += 1;
    status = "running";
    targetMs = target;
    elapsedMs = 0;
    openFrom = at;
    segments = [];
    startedAt = at;
    stoppedAt = null;
    breachedAt = null;
    breachedOnTargetChange = false;
    targetChangedAt = null;
    warningFloorMs = 0;
  };

  for (const { event, at } of ordered) {
    switch (event.type) {
      case "start":
        if (status === "idle") begin(at, requireTarget(event, targetMs || undefined));
        break;
      case "pause":
        if (status === "running") {
          close(at);
          status = "paused";
        }
        break;
      case "resume":
        if (status === "paused") {
          openFrom = at;
          status = "running";
        }
        break;
      case "stop":
        if (status === "running" || status === "paused") {
          close(at);
          status = "stopped";
          stoppedAt = at;
        }
        break;
      case "target_changed": {
        const target = requireTarget(event);
        if (status === "idle") targetMs = target;
        if (status !== "running" && status !== "paused") break;
        if (status === "running") {
          close(at);
          openFrom = at;
        }
        targetMs = target;
        targetChangedAt = at;
        warningFloorMs = elapsedMs;
        if (breachedAt === null && elapsedMs >= targetMs) {
          breachedAt = at;
          breachedOnTargetChange = true;
        }
        break;
      }
      case "reset": {
        const target = requireTarget(event, targetMs || undefined);
        if (status !== "idle") {
          const wasStopped = status === "stopped";
          close(at);
          previousCycles.push({
            cycle, startedAt: new Date(startedAt!), endedAt: new Date(stoppedAt ?? at), elapsedMs, targetMs,
            breached: breachedAt !== null, breachedAt: breachedAt === null ? null : new Date(breachedAt), wasStopped,
          });
        }
        begin(at, target);
        break;
      }
    }
  }
  if (openFrom !== null) run(openFrom, nowMs, true);

  const running = status === "running";
  let dueAt: Date | null = null;
  if (running) {
    const open = segments.at(-1)!;
    dueAt = breachedAt !== null ? new Date(breachedAt) : addWorkingTime(calendar, open.from, targetMs - open.elapsedAtFromMs);
  }
  return {
    cycle, status, running,
    startedAt: startedAt === null ? null : new Date(startedAt),
    stoppedAt: stoppedAt === null ? null : new Date(stoppedAt),
    elapsedMs, targetMs, remainingMs: targetMs - elapsedMs, dueAt,
    breached: breachedAt !== null,
    breachedAt: breachedAt === null ? null : new Date(breachedAt),
    breachedOnTargetChange,
    targetChangedAt: targetChangedAt === null ? null : new Date(targetChangedAt),
    warningFloorMs,
    segments,
    previousCycles,
  };
}

export type ThresholdStatus = "reached" | "scheduled" | "skipped" | "paused" | "stopped" | "idle";

/**
 * Where a threshold of `pointMs` elapsed working time stands in the current cycle:
 * `reached` (at: the instant it was reached; fire it now if it has not fired), `scheduled` (at:
 * when it will be reached), `skipped` (a target change jumped past it: never fire it), or
 * `paused`/`stopped`/`idle` (not reached, and nothing to schedule).
 */
export function thresholdAt(state: ClockState, pointMs: number, calendar: Calendar): { status: ThresholdStatus; at: Date | null } {
  if (state.status === "idle") return { status: "idle", at: null };
  if (state.targetChangedAt !== null && pointMs <= state.warningFloorMs) return { status: "skipped", at: null };
  if (pointMs <= state.elapsedMs) {
    const segment = state.segments.find((s) => s.elapsedAtFromMs < pointMs && pointMs <= s.elapsedAtToMs);
    return { status: "reached", at: segment ? addWorkingTime(calendar, segment.from, pointMs - segment.elapsedAtFromMs) : state.startedAt };
  }
  if (state.status === "running") {
    const open = state.segments.at(-1)!;
    return { status: "scheduled", at: addWorkingTime(calendar, open.from, pointMs - open.elapsedAtFromMs) };
  }
  return { status: state.status, at: null };
}

export type WarningSchedule = ResolutionWarning & { step: number; pointMs: number; status: ThresholdStatus; at: Date | null };

/** The resolution warnings of a policy against a resolution clock's state (see `thresholdAt`). */
export function resolutionWarningSchedule(policy: SlaPolicy, state: ClockState, calendar: Calendar): WarningSchedule[] {
  const counted = effectiveCalendar(policy, calendar);
  return policy.resolutionWarnings.map((warning, index) => {
    const pointMs = Math.round((state.targetMs * warning.atPercent) / 100);
    return { ...warning, step: index, pointMs, ...thresholdAt(state, pointMs, counted) };
  });
}
