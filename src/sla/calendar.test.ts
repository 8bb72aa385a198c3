import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import {
  ALWAYS, CalendarError, addWorkingTime, assertCalendar, isWorkingTime, parseClockTime, workingTimeBetween,
  type BusinessCalendar, type Calendar, type WeeklyWindow,
} from "./calendar.js";
import cn2025 from "./data/cn-2025.json" with { type: "json" };
import cn2026 from "./data/cn-2026.json" with { type: "json" };

const MIN = 60_000;
const H = 60 * MIN;
const D = 24 * H;

const weekdays = (windows: [string, string][], days = [1, 2, 3, 4, 5]): WeeklyWindow[] =>
  days.flatMap((day) => windows.map(([start, end]) => ({ day, start, end }) as WeeklyWindow));

/** Mon–Fri 09:00–12:00 and 13:30–18:00 in Shanghai (7.5 h a day), China's 2025 and 2026 schedules. */
const china: Calendar = {
  kind: "business",
  timeZone: "Asia/Shanghai",
  weekly: weekdays([["09:00", "12:00"], ["13:30", "18:00"]]),
  holidays: [...cn2025.holidays, ...cn2026.holidays].map((h) => h.date),
  workdays: [...cn2025.workdays, ...cn2026.workdays].map((w) => w.date),
};
/** Office hours in Berlin, Mon–Fri 09:00–17:00, across the 2025 DST changes (30 Mar, 26 Oct). */
const berlin: Calendar = { kind: "business", timeZone: "Europe/Berlin", weekly: weekdays([["09:00", "17:00"]]), holidays: ["2025-12-25"], workdays: [] };
/** A night shift across midnight: Mon–Fri 22:00–24:00 and the following morning 00:00–06:00. */
const nights: Calendar = {
  kind: "business",
  timeZone: "Europe/Berlin",
  weekly: [...weekdays([["22:00", "24:00"]]), ...weekdays([["00:00", "06:00"]], [2, 3, 4, 5, 6])],
  holidays: [],
  workdays: [],
};
/** Every day 01:00–04:00 in Berlin: covers the hour skipped in spring and the one repeated in autumn. */
const smallHours: Calendar = { kind: "business", timeZone: "Europe/Berlin", weekly: weekdays([["01:00", "04:00"]], [1, 2, 3, 4, 5, 6, 7]), holidays: [], workdays: [] };

const at = (iso: string) => new Date(iso);

describe(addWorkingTime.name, () => {
  it("adds plain time on a 7×24 calendar", () => {
    expect(addWorkingTime(ALWAYS, at("2026-02-17T03:00:00Z"), 90 * MIN)).toEqual(at("2026-02-17T04:30:00Z"));
    expect(workingTimeBetween(ALWAYS, at("2026-02-17T03:00:00Z"), at("2026-02-18T03:00:00Z"))).toBe(D);
    expect(isWorkingTime(ALWAYS, at("2026-02-17T03:00:00Z"))).toBe(true);
  });

  it.each([
    ["inside a window", "2025-03-04T10:00:00+08:00", 1 * H, "2025-03-04T11:00:00+08:00"],
    ["to the exact end of the morning, not past lunch", "2025-03-04T10:00:00+08:00", 2 * H, "2025-03-04T12:00:00+08:00"],
    ["one minute more resumes after lunch", "2025-03-04T10:00:00+08:00", 2 * H + MIN, "2025-03-04T13:31:00+08:00"],
    ["from lunchtime", "2025-03-04T12:30:00+08:00", 1 * H, "2025-03-04T14:30:00+08:00"],
    ["from before opening", "2025-03-04T07:00:00+08:00", 1 * H, "2025-03-04T10:00:00+08:00"],
    ["to the exact end of the day, not the next morning", "2025-03-04T17:00:00+08:00", 1 * H, "2025-03-04T18:00:00+08:00"],
    ["over a weekend", "2025-03-07T17:00:00+08:00", 2 * H, "2025-03-10T10:00:00+08:00"],
    ["from a Saturday", "2025-03-08T15:00:00+08:00", 30 * MIN, "2025-03-10T09:30:00+08:00"],
    ["over the National Day holiday (1–8 Oct 2025)", "2025-09-30T08:00:00+08:00", 8 * H, "2025-10-09T09:30:00+08:00"],
    ["from inside a holiday", "2025-10-03T10:00:00+08:00", 1 * H, "2025-10-09T10:00:00+08:00"],
    ["onto a make-up Sunday (28 Sep 2025) with Monday's hours", "2025-09-26T17:00:00+08:00", 2 * H, "2025-09-28T10:00:00+08:00"],
    ["over the 2026 Spring Festival and its make-up Saturday", "2026-02-13T17:00:00+08:00", 3 * H, "2026-02-14T11:00:00+08:00"],
    ["from the make-up Saturday into the holiday", "2026-02-14T17:00:00+08:00", 2 * H, "2026-02-24T10:00:00+08:00"],
    ["across the new year", "2025-12-31T17:00:00+08:00", 2 * H, "2026-01-04T10:00:00+08:00"],
    ["zero", "2025-03-08T15:00:00+08:00", 0, "2025-03-08T15:00:00+08:00"],
  ])("China business hours: %s", (_name, start, duration, expected) => {
    const end = addWorkingTime(china, at(start), duration);
    expect(end).toEqual(at(expected));
    expect(workingTimeBetween(china, at(start), end)).toBe(duration);
  });

  it.each([
    ["the night shift across midnight", nights, "2025-03-03T23:00:00+01:00", 2 * H, "2025-03-04T01:00:00+01:00"],
    ["Friday night's shift into Saturday morning, then Monday night", nights, "2025-03-07T23:00:00+01:00", 8 * H, "2025-03-10T23:00:00+01:00"],
    ["office hours over the spring DST change", berlin, "2025-03-28T16:00:00+01:00", 2 * H, "2025-03-31T10:00:00+02:00"],
    ["office hours over the autumn DST change", berlin, "2025-10-24T16:00:00+02:00", 2 * H, "2025-10-27T10:00:00+01:00"],
    ["eight weeks of office hours across spring", berlin, "2025-03-03T09:00:00+01:00", 8 * 40 * H, "2025-04-25T17:00:00+02:00"],
    ["the night of the spring change has two hours", smallHours, "2025-03-30T00:00:00+01:00", 2 * H, "2025-03-30T04:00:00+02:00"],
    ["the night of the autumn change has four hours", smallHours, "2025-10-26T00:00:00+02:00", 4 * H, "2025-10-26T04:00:00+01:00"],
    ["past a holiday in Berlin", berlin, "2025-12-24T16:00:00+01:00", 2 * H, "2025-12-26T10:00:00+01:00"],
  ])("%s", (_name, calendar, start, duration, expected) => {
    const end = addWorkingTime(calendar, at(start), duration);
    expect(end.toISOString()).toBe(at(expected).toISOString());
    expect(workingTimeBetween(calendar, at(start), end)).toBe(duration);
  });

  it("uses explicit make-up hours when the calendar gives them", () => {
    const calendar: Calendar = { ...(china as BusinessCalendar & { kind: "business" }), makeUpHours: [{ start: "10:00", end: "16:00" }] };
    expect(addWorkingTime(calendar, at("2025-09-26T17:00:00+08:00"), 2 * H)).toEqual(at("2025-09-28T11:00:00+08:00"));
    expect(workingTimeBetween(calendar, at("2025-09-28T00:00:00+08:00"), at("2025-09-29T00:00:00+08:00"))).toBe(6 * H);
  });

  it("refuses calendars it cannot count in instead of looping", () => {
    const base = china as BusinessCalendar & { kind: "business" };
    const fails = (calendar: Calendar, code: string) => {
      expect(() => addWorkingTime(calendar, at("2025-03-04T10:00:00Z"), H)).toThrow(CalendarError);
      let caught: unknown;
      try {
        assertCalendar(calendar);
      } catch (error) {
        caught = error;
      }
      expect(caught).toBeInstanceOf(CalendarError);
      expect((caught as CalendarError).code).toBe(code);
    };
    fails({ ...base, weekly: [], workdays: ["2025-09-28"] }, "no_working_time");
    fails({ ...base, weekly: [{ day: 1, start: "09:00", end: "09:00" }] }, "invalid_window");
    fails({ ...base, weekly: [{ day: 1, start: "18:00", end: "09:00" }] }, "invalid_window");
    fails({ ...base, weekly: [{ day: 8 as 1, start: "09:00", end: "18:00" }] }, "invalid_window");
    fails({ ...base, timeZone: "Asia/Peking" }, "invalid_time_zone");
    fails({ ...base, holidays: ["2025-02-30"] }, "invalid_date");
    fails({ ...base, holidays: ["2025-09-28"] }, "invalid_date");
    expect(() => addWorkingTime(china, at("2025-03-04T10:00:00Z"), -1)).toThrow(RangeError);
    expect(() => addWorkingTime(china, new Date(Number.NaN), 1)).toThrow(RangeError);
  });
});

describe(workingTimeBetween.name, () => {
  it.each([
    ["a plain week", china, "2025-03-03T00:00:00+08:00", "2025-03-10T00:00:00+08:00", 5 * 7.5 * H],
    // Sun 28 Sep (make-up), Mon 29, Tue 30, [1–8 Oct off], Thu 9, Fri 10, Sat 11 (make-up)
    ["the National Day fortnight with its two make-up days", china, "2025-09-27T00:00:00+08:00", "2025-10-13T00:00:00+08:00", 6 * 7.5 * H],
    ["all of 2025 (248 working days)", china, "2025-01-01T00:00:00+08:00", "2026-01-01T00:00:00+08:00", 248 * 7.5 * H],
    ["the spring-change day's night", smallHours, "2025-03-30T00:00:00+01:00", "2025-03-31T00:00:00+02:00", 2 * H],
    ["the autumn-change day's night", smallHours, "2025-10-26T00:00:00+02:00", "2025-10-27T00:00:00+01:00", 4 * H],
    ["a year of small hours", smallHours, "2025-01-01T00:00:00+01:00", "2026-01-01T00:00:00+01:00", (365 * 3 - 1 + 1) * H],
    ["backwards", china, "2025-03-10T00:00:00+08:00", "2025-03-03T00:00:00+08:00", 0],
  ])("%s", (_name, calendar, from, to, expected) => {
    expect(workingTimeBetween(calendar, at(from), at(to))).toBe(expected);
  });
});

describe(isWorkingTime.name, () => {
  it.each([
    ["2025-03-04T09:00:00+08:00", true],
    ["2025-03-04T08:59:59.999+08:00", false],
    ["2025-03-04T12:00:00+08:00", false],
    ["2025-03-04T17:59:59.999+08:00", true],
    ["2025-03-04T18:00:00+08:00", false],
    ["2025-10-01T10:00:00+08:00", false],
    ["2025-09-28T10:00:00+08:00", true],
    ["2025-03-08T10:00:00+08:00", false],
  ])("China business hours at %s: %s", (instant, expected) => {
    expect(isWorkingTime(china, at(instant))).toBe(expected);
  });
});

/** A seeded generator, so a failure names a case that can be run again. */
function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Independent oracle: is this instant's wall-clock time (by luxon) inside a window? */
function isWorkingByWallClock(calendar: BusinessCalendar, instant: number): boolean {
  const local = DateTime.fromMillis(instant, { zone: calendar.timeZone });
  const date = local.toISODate()!;
  if (calendar.holidays.includes(date)) return false;
  const windows = calendar.workdays.includes(date)
    ? (calendar.makeUpHours ?? calendar.weekly.filter((w) => w.day === 1))
    : calendar.weekly.filter((w) => w.day === local.weekday);
  const minute = local.hour * 60 + local.minute;
  return windows.some((w) => parseClockTime(w.start)! <= minute && minute < parseClockTime(w.end)!);
}

describe("inverse and oracle properties", () => {
  const calendars: [string, Calendar][] = [["china", china], ["berlin", berlin], ["nights", nights], ["small hours", smallHours]];

  it.each(calendars)("workingTimeBetween(start, addWorkingTime(start, d)) === d on %s", (_name, calendar) => {
    const next = random(20_251_001);
    for (let i = 0; i < 500; i++) {
      const start = new Date(Date.UTC(2024, 9, 1) + Math.floor(next() * 800 * D));
      const duration = i % 5 === 0 ? Math.floor(next() * 8) * 30 * MIN : Math.floor(next() * 60 * D);
      const end = addWorkingTime(calendar, start, duration);
      expect(end.getTime()).toBeGreaterThanOrEqual(start.getTime());
      expect(workingTimeBetween(calendar, start, end), `${start.toISOString()} + ${duration}`).toBe(duration);
      if (duration > 0) expect(isWorkingTime(calendar, new Date(end.getTime() - 1))).toBe(true);
    }
  });

  it.each(calendars)("agrees minute by minute with a wall-clock oracle on %s", (_name, calendar) => {
    const business = calendar as BusinessCalendar;
    const next = random(7);
    // the two DST weekends of 2025 and the National Day weeks, plus random spans
    const starts = [Date.UTC(2025, 2, 28), Date.UTC(2025, 9, 24), Date.UTC(2025, 8, 26), ...Array.from({ length: 3 }, () => Date.UTC(2024, 11, 1) + Math.floor(next() * 400) * D)];
    for (const start of starts) {
      const from = start + Math.floor(next() * 24 * 60) * MIN;
      const to = from + 4 * D + Math.floor(next() * 24 * 60) * MIN;
      let expected = 0;
      const disagreements: string[] = [];
      for (let t = from; t < to; t += MIN) {
        const working = isWorkingByWallClock(business, t);
        if (isWorkingTime(calendar, new Date(t)) !== working) disagreements.push(new Date(t).toISOString());
        if (working) expected += MIN;
      }
      expect(disagreements.slice(0, 5)).toEqual([]);
      expect(workingTimeBetween(calendar, new Date(from), new Date(to))).toBe(expected);
    }
  });
});

describe("offset changes at midnight", () => {
  // São Paulo, 2018–19: clocks jumped from 00:00 to 01:00 on 4 Nov 2018 and fell back from 00:00
  // to 23:00 on 17 Feb 2019, so a day lost its first hour and another day repeated its last
  const saoPaulo: BusinessCalendar & { kind: "business" } = {
    kind: "business", timeZone: "America/Sao_Paulo", holidays: [], workdays: [],
    weekly: weekdays([["00:00", "02:00"], ["22:00", "24:00"]], [1, 2, 3, 4, 5, 6, 7]),
  };

  it.each([
    ["the day that starts at 01:00", "2018-11-04T01:00:00-02:00", "2018-11-05T00:00:00-02:00", 3 * H],
    ["the day whose 23:00 comes twice", "2019-02-16T00:00:00-02:00", "2019-02-17T00:00:00-03:00", 5 * H],
  ])("counts %s", (_name, from, to, expected) => {
    expect(workingTimeBetween(saoPaulo, at(from), at(to))).toBe(expected);
    let oracle = 0;
    for (let t = at(from).getTime(); t < at(to).getTime(); t += MIN) if (isWorkingByWallClock(saoPaulo, t)) oracle += MIN;
    expect(oracle).toBe(expected);
  });

  it("keeps the inverse property around them", () => {
    const next = random(2018);
    for (let i = 0; i < 300; i++) {
      const start = new Date(Date.UTC(2018, 10, 1) + Math.floor(next() * 120 * D));
      const duration = Math.floor(next() * 10 * D);
      expect(workingTimeBetween(saoPaulo, start, addWorkingTime(saoPaulo, start, duration))).toBe(duration);
    }
  });
});

describe("speed", () => {
  it("finds a 30-day resolution deadline in well under a millisecond", () => {
    const start = at("2025-01-02T10:00:00+08:00");
    addWorkingTime(china, start, 30 * D); // the zone's offset table is built once
    const rounds = 500;
    const began = performance.now();
    for (let i = 0; i < rounds; i++) addWorkingTime(china, new Date(start.getTime() + i * 977_000), 30 * D);
    const perCall = (performance.now() - began) / rounds;
    expect(perCall).toBeLessThan(0.5);
  });

  it("spans years by skipping whole weeks", () => {
    const start = at("2025-01-06T09:00:00+01:00");
    const began = performance.now();
    const end = addWorkingTime(berlin, start, 10 * 52 * 40 * H);
    expect(performance.now() - began).toBeLessThan(100);
    expect(workingTimeBetween(berlin, start, end)).toBe(10 * 52 * 40 * H);
  });
});
