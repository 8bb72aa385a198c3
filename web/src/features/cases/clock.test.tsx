// @vitest-environment jsdom
import { cleanup, screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { renderInApp } from "../../test/render";
import { boardClock, clockTone, formatCountdown, remainingMs, type ClockLike } from "./clock";
import { ResponseClock } from "./ResponseClock";

const MINUTE = 60_000;
const start = Date.parse("2026-11-30T02:00:00Z");
const responseClock = (overrides: Partial<ClockLike> = {}): ClockLike & { metric: string } => ({
  metric: "response", status: "running", startedAt: new Date(start).toISOString(), dueAt: new Date(start + 60 * MINUTE).toISOString(),
  targetMs: 60 * MINUTE, pausedMs: 0, pausedAt: null, breachedAt: null, ...overrides,
});

describe("clockTone", () => {
  it.each([
    [0, "ok"], [29, "ok"], [30, "warning"], [44, "warning"], [45, "danger"], [59, "danger"], [60, "breached"], [95, "breached"],
  ])("at minute %i of a 60-minute response target is %s", (minute, tone) => {
    expect(clockTone(responseClock(), start + minute * MINUTE)).toBe(tone);
  });

  it("scales the marks with the target: a 4-hour target turns amber at 2 hours", () => {
    const clock = responseClock({ targetMs: 240 * MINUTE, dueAt: new Date(start + 240 * MINUTE).toISOString() });
    expect(clockTone(clock, start + 119 * MINUTE)).toBe("ok");
    expect(clockTone(clock, start + 120 * MINUTE)).toBe("warning");
  });

  it("shows a paused clock as paused, frozen at the moment it paused", () => {
    const clock = responseClock({ status: "paused", pausedAt: new Date(start + 50 * MINUTE).toISOString() });
    expect(clockTone(clock, start + 500 * MINUTE)).toBe("paused");
    expect(remainingMs(clock, start + 500 * MINUTE)).toBe(10 * MINUTE);
  });

  it("is breached once the server recorded a breach, whatever the local time says", () => {
    expect(clockTone(responseClock({ breachedAt: new Date(start).toISOString() }), start)).toBe("breached");
  });
});

describe("formatCountdown and boardClock", () => {
  it("formats minutes, hours and days", () => {
    expect(formatCountdown(59 * MINUTE + 59_000)).toBe("59:59");
    expect(formatCountdown(-(62 * MINUTE + 3_000))).toBe("1:02:03");
    expect(formatCountdown(26 * 60 * MINUTE)).toBe("1d 2:00:00");
  });

  it("prefers the running response clock, then first response, then resolution", () => {
    const clocks = [
      { ...responseClock(), metric: "resolution" },
      { ...responseClock(), metric: "first_response" },
      { ...responseClock({ status: "stopped" }), metric: "response" },
    ];
    expect(boardClock(clocks)?.metric).toBe("first_response");
    expect(boardClock([...clocks, { ...responseClock(), metric: "response" }])?.metric).toBe("response");
  });
});

describe(ResponseClock.name, () => {
  afterEach(cleanup);

  it.each([
    [10, "ok", "剩余 50:00", "rgb(35, 120, 4)"],
    [35, "warning", "剩余 25:00", "rgb(163, 93, 0)"],
    [50, "danger", "剩余 10:00", "rgb(194, 65, 12)"],
    [61, "breached", "超时 01:00", "rgb(168, 7, 26)"],
  ])("at minute %i is %s, says %s and wears its colour", (minute, tone, text, colour) => {
    renderInApp(<ResponseClock clock={responseClock()} now={start + minute * MINUTE} />);
    const timer = screen.getByRole("timer");
    expect(timer.dataset.tone).toBe(tone);
    expect(timer.textContent).toContain(text);
    expect(timer.style.borderColor).toBe(colour);
    // the state is spoken, not only coloured
    expect(timer.getAttribute("aria-label")).toContain(text);
  });
});
