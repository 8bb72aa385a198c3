import { z } from "zod";
import { requiredText } from "../shared/text.js";
import { ALWAYS, addWorkingTime, type Calendar } from "./calendar.js";
import { durationSchema, formatDuration, parseDuration } from "./duration.js";
import { thresholdAt, type ClockState, type ThresholdStatus } from "./clock-model.js";

/**
 * Service-level policies as data, and the pure maths over them: when each step of the response
 * ladder is due and when a resolution is due (semantics: SLA.md; what a clock's append-only
 * events add up to is clock-model.ts). Nothing here reads the time or the database.
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

export type WarningSchedule = ResolutionWarning & { step: number; pointMs: number; status: ThresholdStatus; at: Date | null };

/** The resolution warnings of a policy against a resolution clock's state (see `thresholdAt`). */
export function resolutionWarningSchedule(policy: SlaPolicy, state: ClockState, calendar: Calendar): WarningSchedule[] {
  const counted = effectiveCalendar(policy, calendar);
  return policy.resolutionWarnings.map((warning, index) => {
    const pointMs = Math.round((state.targetMs * warning.atPercent) / 100);
    return { ...warning, step: index, pointMs, ...thresholdAt(state, pointMs, counted) };
  });
}
