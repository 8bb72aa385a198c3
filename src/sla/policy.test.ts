import { describe, expect, it } from "vitest";
import { ALWAYS, type Calendar, type WeeklyWindow } from "./calendar.js";
import cn2025 from "./data/cn-2025.json" with { type: "json" };
import { clockState, thresholdAt, type ClockEvent, type ClockState } from "./clock-model.js";
import {
  DEFAULT_POLICY, firstResponseDueAt, ladderSchedule, policySchema, resolutionDueAt, resolutionWarningSchedule,
  targetsFor, withContractTargets, type SlaPolicy,
} from "./policy.js";

const S = 1000;
const MIN = 60 * S;
const H = 60 * MIN;
const at = (iso: string) => new Date(iso);
const T0 = at("2026-03-02T02:00:00Z");
const t = (ms: number) => new Date(T0.getTime() + ms);

/** Mon–Fri 09:00–12:00 and 13:30–18:00 in Shanghai with China's 2025 schedule. */
const china: Calendar = {
  kind: "business",
  timeZone: "Asia/Shanghai",
  weekly: [1, 2, 3, 4, 5].flatMap((day) => [{ day, start: "09:00", end: "12:00" }, { day, start: "13:30", end: "18:00" }] as WeeklyWindow[]),
  holidays: cn2025.holidays.map((h) => h.date),
  workdays: cn2025.workdays.map((w) => w.date),
};
const CALENDAR_ID = "7d1b3c2e-6a55-4a8e-9b43-0c6f3f1d2a10";
const businessPolicy: SlaPolicy = { ...DEFAULT_POLICY, name: "工作日 5×7.5", calendar: CALENDAR_ID };

describe("policySchema", () => {
  it("accepts the seed's default exactly as it is", () => {
    expect(policySchema.parse(DEFAULT_POLICY)).toEqual(DEFAULT_POLICY);
    expect(DEFAULT_POLICY).toEqual({
      name: "默认 7×24",
      calendar: "always",
      targets: {
        S1: { response: "PT1H", resolution: "PT4H" }, S2: { response: "PT1H", resolution: "PT8H" },
        S3: { response: "PT1H", resolution: "P1D" }, S4: { response: "PT1H", resolution: "P3D" },
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
    });
  });

  const ladder = DEFAULT_POLICY.responseLadder;
  it.each<[string, unknown, string, string]>([
    ["steps out of order", { ...DEFAULT_POLICY, responseLadder: [ladder[1], ladder[0]] }, "responseLadder.1.after", "not_sorted"],
    ["a month-long step", { ...DEFAULT_POLICY, responseLadder: [{ ...ladder[0], after: "P1M" }] }, "responseLadder.0.after", "invalid_duration"],
    ["a step at zero", { ...DEFAULT_POLICY, responseLadder: [{ ...ladder[0], after: "PT0S" }] }, "responseLadder.0.after", "invalid_duration"],
    ["a negative target", { ...DEFAULT_POLICY, targets: { ...DEFAULT_POLICY.targets, S1: { response: "-PT1H", resolution: "PT4H" } } }, "targets.S1.response", "invalid_duration"],
    ["a missing fault level", { ...DEFAULT_POLICY, targets: { S1: DEFAULT_POLICY.targets.S1 } }, "targets.S2", "invalid_type"],
    ["an unknown field", { ...DEFAULT_POLICY, escalateToCeo: true }, "", "unrecognized_keys"],
    ["an unknown field in a step", { ...DEFAULT_POLICY, responseLadder: [{ ...ladder[0], mode: "auto" }] }, "responseLadder.0", "unrecognized_keys"],
    ["an unknown reassignment mode", { ...DEFAULT_POLICY, responseLadder: [{ after: "PT45M", action: "reassign", mode: "random" }] }, "responseLadder.0.mode", "invalid_value"],
    ["two reassignments", { ...DEFAULT_POLICY, responseLadder: [ladder[3], ladder[3]] }, "responseLadder.1.action", "duplicate_step"],
    ["an unknown channel", { ...DEFAULT_POLICY, responseLadder: [{ ...ladder[0], channels: ["pager"] }] }, "responseLadder.0.channels.0", "invalid_value"],
    ["warnings out of order", { ...DEFAULT_POLICY, resolutionWarnings: [...DEFAULT_POLICY.resolutionWarnings].reverse() }, "resolutionWarnings.1.atPercent", "not_sorted"],
    ["a calendar that is no id", { ...DEFAULT_POLICY, calendar: "office" }, "calendar", "invalid_format"],
  ])("refuses %s", (_name, input, path, code) => {
    const result = policySchema.safeParse(input);
    expect(result.success).toBe(false);
    const issue = result.error!.issues.find((i) => i.path.join(".") === path);
    expect(issue, JSON.stringify(result.error!.issues)).toBeDefined();
    expect(issue!.code === "custom" ? issue!.message : issue!.code).toBe(code);
  });

  it("accepts a drill policy with steps seconds apart", () => {
    const drill = policySchema.parse({
      ...DEFAULT_POLICY,
      name: "演练",
      responseLadder: [
        { after: "PT30S", action: "remind", notify: ["assignee", "dispatcher"], channels: ["email", "sms"] },
        { after: "PT45S", action: "alert", notify: ["dispatcher"], channels: ["inapp"] },
        { after: "PT45S", action: "reassign", mode: "manual" },
        { after: "PT60S", action: "breach", notify: ["manager"], channels: ["email"] },
      ],
    });
    expect(ladderSchedule(drill, T0, ALWAYS).map((s) => [s.step, s.action, s.dueAt.getTime() - T0.getTime()])).toEqual([
      [0, "remind", 30 * S], [1, "alert", 45 * S], [2, "reassign", 45 * S], [3, "breach", 60 * S],
    ]);
  });
});

describe(ladderSchedule.name, () => {
  it("times the default ladder from the assignment", () => {
    expect(ladderSchedule(DEFAULT_POLICY, T0, ALWAYS).map((s) => ({ step: s.step, action: s.action, dueAt: s.dueAt }))).toEqual([
      { step: 0, action: "remind", dueAt: t(30 * MIN) },
      { step: 1, action: "remind", dueAt: t(45 * MIN) },
      { step: 2, action: "alert", dueAt: t(45 * MIN) },
      { step: 3, action: "reassign", dueAt: t(45 * MIN) },
      { step: 4, action: "breach", dueAt: t(60 * MIN) },
    ]);
  });

  it("counts working time on a business calendar, and ignores it for a 7×24 policy", () => {
    const friday = at("2025-03-07T17:45:00+08:00");
    expect(ladderSchedule(businessPolicy, friday, china).map((s) => s.dueAt)).toEqual([
      at("2025-03-10T09:15:00+08:00"), at("2025-03-10T09:30:00+08:00"), at("2025-03-10T09:30:00+08:00"),
      at("2025-03-10T09:30:00+08:00"), at("2025-03-10T09:45:00+08:00"),
    ]);
    expect(ladderSchedule(DEFAULT_POLICY, friday, china)[0]!.dueAt).toEqual(at("2025-03-07T18:15:00+08:00"));
  });

  it("uses a fault level's own ladder when the policy has one", () => {
    const policy = policySchema.parse({ ...DEFAULT_POLICY, responseLadderByLevel: { S1: [{ after: "PT10M", action: "breach" }] } });
    expect(ladderSchedule(policy, T0, ALWAYS, "S1").map((s) => s.dueAt)).toEqual([t(10 * MIN)]);
    expect(ladderSchedule(policy, T0, ALWAYS, "S2")).toHaveLength(5);
  });
});

describe("due instants", () => {
  it("gives paused time back to the resolution deadline", () => {
    expect(resolutionDueAt(DEFAULT_POLICY, "S1", T0, 30 * MIN, ALWAYS)).toEqual(t(4 * H + 30 * MIN));
    expect(resolutionDueAt(DEFAULT_POLICY, "S3", T0, 0, ALWAYS)).toEqual(t(24 * H));
    expect(firstResponseDueAt(DEFAULT_POLICY, "S4", T0, ALWAYS)).toEqual(t(H));
  });

  it("counts targets in working hours on a business calendar", () => {
    const policy = { ...businessPolicy, targets: { ...businessPolicy.targets, S3: { response: "PT1H", resolution: "PT15H" } } };
    // 15 working hours = two 7.5-hour days: Tuesday 09:00 → Wednesday 18:00
    expect(resolutionDueAt(policy, "S3", at("2025-03-04T09:00:00+08:00"), 0, china)).toEqual(at("2025-03-05T18:00:00+08:00"));
  });

  it("lays a contract's minute targets over the policy", () => {
    const policy = withContractTargets(DEFAULT_POLICY, { S1: { responseMinutes: 30, resolutionMinutes: 240 } });
    expect(policy.targets.S1).toEqual({ response: "PT30M", resolution: "PT4H" });
    expect(policy.targets.S2).toEqual(DEFAULT_POLICY.targets.S2);
    expect(targetsFor(policy, "S1")).toEqual({ responseMs: 30 * MIN, resolutionMs: 4 * H });
  });
});

type Row = {
  name: string;
  events: ClockEvent[];
  now: Date;
  calendar?: Calendar;
  expected: Partial<ClockState>;
};

const start = (ms: number, targetMs = 4 * H): ClockEvent => ({ type: "start", at: t(ms), targetMs });
const ev = (type: ClockEvent["type"], ms: number, targetMs?: number): ClockEvent => ({ type, at: t(ms), ...(targetMs ? { targetMs } : {}) });

describe(clockState.name, () => {
  const rows: Row[] = [
    { name: "before any event", events: [], now: T0, expected: { cycle: 0, status: "idle", running: false, elapsedMs: 0, dueAt: null, breached: false } },
    {
      name: "running",
      events: [start(0)], now: t(H),
      expected: { cycle: 1, status: "running", running: true, elapsedMs: H, targetMs: 4 * H, remainingMs: 3 * H, dueAt: t(4 * H), breached: false },
    },
    {
      name: "paused: nothing is due",
      events: [start(0), ev("pause", H)], now: t(3 * H),
      expected: { status: "paused", running: false, elapsedMs: H, dueAt: null, breached: false },
    },
    {
      name: "resumed: the paused time is given back",
      events: [start(0), ev("pause", H), ev("resume", 3 * H)], now: t(4 * H),
      expected: { status: "running", elapsedMs: 2 * H, dueAt: t(6 * H), breached: false },
    },
    {
      name: "breached while running, at the due instant itself",
      events: [start(0)], now: t(4 * H),
      expected: { elapsedMs: 4 * H, breached: true, breachedAt: t(4 * H), breachedOnTargetChange: false, dueAt: t(4 * H) },
    },
    {
      name: "a breach survives a pause and a resume",
      events: [start(0), ev("pause", 5 * H), ev("resume", 6 * H)], now: t(7 * H),
      expected: { elapsedMs: 6 * H, breached: true, breachedAt: t(4 * H), remainingMs: -2 * H },
    },
    {
      name: "a resume past the due instant breaches once the time is counted",
      events: [start(0), ev("pause", 3 * H), ev("resume", 10 * H)], now: t(11 * H) ,
      expected: { elapsedMs: 4 * H, breached: true, breachedAt: t(11 * H) },
    },
    {
      name: "the target raised mid-flight keeps the elapsed time",
      events: [start(0), ev("target_changed", H, 8 * H)], now: t(2 * H),
      expected: { elapsedMs: 2 * H, targetMs: 8 * H, dueAt: t(8 * H), breached: false, targetChangedAt: t(H), warningFloorMs: H },
    },
    {
      name: "the target lowered but not yet exceeded",
      events: [start(0, 8 * H), ev("target_changed", 3 * H, 4 * H)], now: t(3 * H),
      expected: { elapsedMs: 3 * H, targetMs: 4 * H, dueAt: t(4 * H), breached: false, warningFloorMs: 3 * H },
    },
    {
      name: "the target lowered below the elapsed time: breached now, at the change",
      events: [start(0, 8 * H), ev("target_changed", 5 * H, 4 * H)], now: t(6 * H),
      expected: { elapsedMs: 6 * H, targetMs: 4 * H, breached: true, breachedAt: t(5 * H), breachedOnTargetChange: true, dueAt: t(5 * H) },
    },
    {
      name: "the target lowered while paused",
      events: [start(0, 8 * H), ev("pause", 5 * H), ev("target_changed", 6 * H, 4 * H)], now: t(7 * H),
      expected: { status: "paused", elapsedMs: 5 * H, breached: true, breachedAt: t(6 * H), breachedOnTargetChange: true, dueAt: null },
    },
    {
      name: "a raised target does not clear a breach",
      events: [start(0), ev("target_changed", 5 * H, 8 * H)], now: t(6 * H),
      expected: { targetMs: 8 * H, breached: true, breachedAt: t(4 * H), breachedOnTargetChange: false },
    },
    {
      name: "stopped: the time stands still",
      events: [start(0), ev("stop", 2 * H)], now: t(9 * H),
      expected: { status: "stopped", running: false, elapsedMs: 2 * H, dueAt: null, breached: false, stoppedAt: t(2 * H) },
    },
    {
      name: "events that do not apply are ignored",
      events: [ev("pause", 0), start(0), start(H, 9 * H), ev("resume", H), ev("stop", 2 * H), ev("resume", 3 * H), ev("start", 4 * H, H)], now: t(5 * H),
      expected: { cycle: 1, status: "stopped", elapsedMs: 2 * H, targetMs: 4 * H },
    },
    {
      name: "events are taken in time order and future ones are not yet true",
      events: [ev("resume", 3 * H), ev("pause", H), start(0), ev("stop", 10 * H)], now: t(4 * H),
      expected: { status: "running", elapsedMs: 2 * H, dueAt: t(6 * H) },
    },
    {
      name: "a reopen (reset) starts a new cycle and keeps the old result",
      events: [start(0), ev("stop", 5 * H), ev("reset", 24 * H)], now: t(25 * H),
      expected: {
        cycle: 2, status: "running", elapsedMs: H, dueAt: t(28 * H), breached: false, startedAt: t(24 * H),
        previousCycles: [{ cycle: 1, startedAt: t(0), endedAt: t(5 * H), elapsedMs: 5 * H, targetMs: 4 * H, breached: true, breachedAt: t(4 * H), wasStopped: true }],
      },
    },
    {
      name: "a reset with a new target",
      events: [start(0), ev("reset", 2 * H, 8 * H)], now: t(3 * H),
      expected: { cycle: 2, targetMs: 8 * H, elapsedMs: H, dueAt: t(10 * H) },
    },
    {
      // Fri 26 Sep 2025 10:00, 8 working hours; waiting for the customer Fri 16:00 → Sun 28 Sep
      // 09:30 (a make-up day, Monday's hours): 2.5 working hours given back
      name: "business hours with a pause over a weekend that has a make-up day",
      calendar: china,
      events: [
        { type: "start", at: at("2025-09-26T10:00:00+08:00"), targetMs: 8 * H },
        { type: "pause", at: at("2025-09-26T16:00:00+08:00") },
        { type: "resume", at: at("2025-09-28T09:30:00+08:00") },
      ],
      now: at("2025-09-28T10:00:00+08:00"),
      expected: { elapsedMs: 5 * H, dueAt: at("2025-09-28T14:30:00+08:00"), breached: false },
    },
    {
      name: "business hours across the National Day holiday",
      calendar: china,
      events: [{ type: "start", at: at("2025-09-30T10:00:00+08:00"), targetMs: 8 * H }],
      now: at("2025-10-05T12:00:00+08:00"),
      expected: { elapsedMs: 6.5 * H, dueAt: at("2025-10-09T10:30:00+08:00"), breached: false },
    },
  ];

  it.each(rows)("$name", ({ events, now, calendar, expected }) => {
    expect(clockState(events, now, calendar ?? ALWAYS)).toMatchObject(expected);
  });

  it("needs a positive target to start", () => {
    expect(() => clockState([{ type: "start", at: T0 }], t(H), ALWAYS)).toThrow(RangeError);
    expect(() => clockState([{ type: "start", at: T0, targetMs: 0 }], t(H), ALWAYS)).toThrow(RangeError);
  });
});

describe(thresholdAt.name, () => {
  it("says when a threshold was reached, across a pause", () => {
    const state = clockState([start(0), ev("pause", H), ev("resume", 3 * H)], t(5 * H), ALWAYS);
    expect(thresholdAt(state, 30 * MIN, ALWAYS)).toEqual({ status: "reached", at: t(30 * MIN) });
    expect(thresholdAt(state, 2 * H, ALWAYS)).toEqual({ status: "reached", at: t(4 * H) });
    expect(thresholdAt(state, 3.5 * H, ALWAYS)).toEqual({ status: "scheduled", at: t(5.5 * H) });
  });

  it("has nothing to schedule while paused, and fires what is past due on resume", () => {
    const paused = clockState([start(0), ev("pause", H)], t(5 * H), ALWAYS);
    expect(thresholdAt(paused, 3 * H, ALWAYS)).toEqual({ status: "paused", at: null });
    const resumed = clockState([start(0), ev("pause", H), ev("resume", 5 * H)], t(7 * H), ALWAYS);
    expect(thresholdAt(resumed, 3 * H, ALWAYS)).toEqual({ status: "reached", at: t(7 * H) });
  });

  it("does not replay the warnings a lowered target jumped past", () => {
    const state = clockState([start(0, 8 * H), ev("target_changed", 5 * H, 4 * H)], t(5 * H), ALWAYS);
    expect(resolutionWarningSchedule(DEFAULT_POLICY, state, ALWAYS).map((w) => [w.atPercent, w.pointMs, w.status])).toEqual([
      [75, 3 * H, "skipped"],
      [100, 4 * H, "skipped"],
    ]);
    expect(state).toMatchObject({ breached: true, breachedOnTargetChange: true, breachedAt: t(5 * H) });
  });

  it("schedules the warnings still ahead after a target change", () => {
    const state = clockState([start(0, 8 * H), ev("target_changed", 2 * H, 4 * H)], t(2 * H), ALWAYS);
    expect(resolutionWarningSchedule(DEFAULT_POLICY, state, ALWAYS).map((w) => [w.atPercent, w.status, w.at])).toEqual([
      [75, "scheduled", t(3 * H)],
      [100, "scheduled", t(4 * H)],
    ]);
  });

  it("counts warnings in working time for a business policy", () => {
    const events: ClockEvent[] = [{ type: "start", at: at("2025-09-30T10:00:00+08:00"), targetMs: 8 * H }];
    const state = clockState(events, at("2025-09-30T11:00:00+08:00"), china);
    expect(resolutionWarningSchedule(businessPolicy, state, china).map((w) => [w.atPercent, w.status, w.at])).toEqual([
      [75, "scheduled", at("2025-09-30T17:30:00+08:00")],
      [100, "scheduled", at("2025-10-09T10:30:00+08:00")],
    ]);
  });
});
