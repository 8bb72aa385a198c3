import { addWorkingTime, workingTimeBetween, type Calendar } from "./calendar.js";

/**
 * The clock model (SLA.md): a clock is the append-only list of its events; its state, and where
 * a threshold of elapsed working time stands, are derived. Pure: nothing here reads the time or
 * the database.
 */

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
