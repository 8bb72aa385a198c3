import { describe, expect, it } from "vitest";
import { isOnDuty, isValidTimeZone, shiftAt, type ShiftDefinition, type ShiftPattern } from "./shift.js";

const dayNight: ShiftDefinition = {
  kind: "daily",
  shifts: [{ name: "day", start: "08:00", end: "20:00" }, { name: "night", start: "20:00", end: "08:00" }],
};
const shanghai: ShiftPattern = { timeZone: "Asia/Shanghai", definition: dayNight };
const berlin: ShiftPattern = { timeZone: "Europe/Berlin", definition: dayNight };
// Monday to Friday office hours, plus a Friday late window that runs into Saturday
const officeWeek: ShiftPattern = {
  timeZone: "Asia/Shanghai",
  definition: {
    kind: "weekly",
    windows: [1, 2, 3, 4, 5].map((day) => ({ day, start: "09:00", end: "18:00" })).concat({ day: 5, start: "20:00", end: "02:00" }),
  },
};
const mondayEarly: ShiftPattern = { timeZone: "Asia/Shanghai", definition: { kind: "weekly", windows: [{ day: 1, start: "00:00", end: "08:00" }] } };

describe(isOnDuty.name, () => {
  it.each([
    // [pattern, shift, instant (UTC), local time, expected]
    [shanghai, "night", "2026-11-25T19:00:00Z", "Thu 03:00 Shanghai", true],
    [shanghai, "night", "2026-11-25T02:00:00Z", "Wed 10:00 Shanghai", false],
    [shanghai, "day", "2026-11-25T02:00:00Z", "Wed 10:00 Shanghai", true],
    [shanghai, "day", "2026-11-25T19:00:00Z", "Thu 03:00 Shanghai", false],
    [shanghai, "day", "2026-11-25T12:00:00Z", "Wed 20:00 Shanghai: the day shift has ended", false],
    [shanghai, "night", "2026-11-25T12:00:00Z", "Wed 20:00 Shanghai: the night shift has begun", true],
    [shanghai, "night", "2026-11-25T15:59:59Z", "Wed 23:59:59 Shanghai", true],
    [shanghai, "night", "2026-11-25T16:00:00Z", "Thu 00:00 Shanghai: across midnight", true],
    [shanghai, "night", "2026-11-26T00:00:00Z", "Thu 08:00 Shanghai: the night shift has ended", false],
    [shanghai, null, "2026-11-26T00:00:00Z", "any shift of the pattern", true],
    [shanghai, "evening", "2026-11-25T12:00:00Z", "a shift the pattern does not have", false],
    [officeWeek, null, "2026-11-23T01:00:00Z", "Mon 09:00 Shanghai", true],
    [officeWeek, null, "2026-11-23T00:59:00Z", "Mon 08:59 Shanghai", false],
    [officeWeek, null, "2026-11-27T09:59:00Z", "Fri 17:59 Shanghai", true],
    [officeWeek, null, "2026-11-27T11:00:00Z", "Fri 19:00 Shanghai: between windows", false],
    [officeWeek, null, "2026-11-27T17:30:00Z", "Sat 01:30 Shanghai: the Friday late window", true],
    [officeWeek, null, "2026-11-27T18:00:00Z", "Sat 02:00 Shanghai: the late window has ended", false],
    [officeWeek, null, "2026-11-28T02:00:00Z", "Sat 10:00 Shanghai", false],
    [mondayEarly, null, "2026-11-29T16:30:00Z", "Mon 00:30 Shanghai, still Sunday in UTC", true],
    [mondayEarly, null, "2026-11-30T16:30:00Z", "Tue 00:30 Shanghai, Monday in UTC", false],
    [{ timeZone: "Asia/Shanghai", definition: { kind: "always" } }, null, "2026-11-25T19:00:00Z", "7×24", true],
  ] as const)("%#: %s on %s at %s (%s) → %s", (pattern, shift, at, _local, expected) => {
    expect(isOnDuty(pattern, shift, new Date(at))).toBe(expected);
  });
});

describe("daylight saving time (Europe/Berlin)", () => {
  it.each([
    // spring forward on Sunday 29 March 2026: the night from Saturday lasts 11 hours
    ["night", "2026-03-29T05:30:00Z", "07:30 CEST", true],
    ["night", "2026-03-29T06:30:00Z", "08:30 CEST, though only 11½ hours after 20:00 CET", false],
    ["day", "2026-03-29T06:00:00Z", "08:00 CEST", true],
    // fall back on Sunday 25 October 2026: the night from Saturday lasts 13 hours
    ["night", "2026-10-25T06:30:00Z", "07:30 CET, though 12½ hours after 20:00 CEST", true],
    ["night", "2026-10-25T07:00:00Z", "08:00 CET", false],
    ["day", "2026-10-25T07:00:00Z", "08:00 CET", true],
    ["day", "2026-10-25T18:59:00Z", "19:59 CET", true],
    ["night", "2026-10-25T19:00:00Z", "20:00 CET", true],
  ] as const)("%s at %s (%s) → %s", (shift, at, _local, expected) => {
    expect(isOnDuty(berlin, shift, new Date(at))).toBe(expected);
  });

  it("gives the night shifts their real lengths: 11 hours in spring, 13 in autumn", () => {
    const spring = shiftAt(berlin, "night", new Date("2026-03-29T01:00:00Z"))!;
    expect([spring.startsAt?.toISOString(), spring.endsAt?.toISOString()]).toEqual(["2026-03-28T19:00:00.000Z", "2026-03-29T06:00:00.000Z"]);
    const autumn = shiftAt(berlin, "night", new Date("2026-10-25T01:00:00Z"))!;
    expect([autumn.startsAt?.toISOString(), autumn.endsAt?.toISOString()]).toEqual(["2026-10-24T18:00:00.000Z", "2026-10-25T07:00:00.000Z"]);
  });

  it("moves a window that begins in the spring-forward gap on by the skipped hour (02:30 → 03:30)", () => {
    const gap: ShiftPattern = { timeZone: "Europe/Berlin", definition: { kind: "weekly", windows: [{ day: 7, start: "02:30", end: "05:00" }] } };
    expect(isOnDuty(gap, null, new Date("2026-03-29T01:00:00Z"))).toBe(false);
    expect(isOnDuty(gap, null, new Date("2026-03-29T01:30:00Z"))).toBe(true);
    expect(isOnDuty(gap, null, new Date("2026-03-29T02:59:00Z"))).toBe(true);
    expect(isOnDuty(gap, null, new Date("2026-03-29T03:00:00Z"))).toBe(false);
  });
});

describe(shiftAt.name, () => {
  it("dates an overnight shift by the day it starts, and honours the validity range by that date", () => {
    const at = new Date("2026-11-25T19:00:00Z"); // Thursday 26th, 03:00 in Shanghai
    expect(shiftAt(shanghai, "night", at)).toEqual({
      shiftName: "night", startDate: "2026-11-25", startsAt: new Date("2026-11-25T12:00:00Z"), endsAt: new Date("2026-11-26T00:00:00Z"),
    });
    expect(isOnDuty(shanghai, "night", at, { from: "2026-11-25", to: "2026-11-25" })).toBe(true);
    expect(isOnDuty(shanghai, "night", at, { from: "2026-11-26", to: null })).toBe(false);
    expect(isOnDuty(shanghai, "night", at, { from: "2026-11-01", to: "2026-11-24" })).toBe(false);
  });

  it("names the shift found when any shift of a daily pattern counts", () => {
    expect(shiftAt(shanghai, null, new Date("2026-11-25T02:00:00Z"))?.shiftName).toBe("day");
  });

  it("bounds a 7×24 pattern by local dates", () => {
    const always: ShiftPattern = { timeZone: "Asia/Shanghai", definition: { kind: "always" } };
    const at = new Date("2026-11-30T16:30:00Z"); // 1 December, 00:30 in Shanghai
    expect(isOnDuty(always, null, at, { from: "2026-12-01", to: null })).toBe(true);
    expect(isOnDuty(always, null, at, { from: "2026-11-01", to: "2026-11-30" })).toBe(false);
  });
});

describe("24-hour shifts", () => {
  // 24小时值班: a shift that ends when it starts lasts a full day
  const fullDay: ShiftPattern = { timeZone: "Asia/Shanghai", definition: { kind: "daily", shifts: [{ name: "24h", start: "08:00", end: "08:00" }] } };
  const saturday: ShiftPattern = { timeZone: "Asia/Shanghai", definition: { kind: "weekly", windows: [{ day: 6, start: "00:00", end: "00:00" }] } };
  it.each([
    [fullDay, "2026-11-25T00:00:00Z", "Wed 08:00", "2026-11-25", true],
    [fullDay, "2026-11-25T23:59:00Z", "Thu 07:59: the shift from Wednesday", "2026-11-25", true],
    [fullDay, "2026-11-26T00:00:00Z", "Thu 08:00: Thursday's shift", "2026-11-26", true],
    [saturday, "2026-11-27T16:00:00Z", "Sat 00:00", "2026-11-28", true],
    [saturday, "2026-11-28T15:59:00Z", "Sat 23:59", "2026-11-28", true],
    [saturday, "2026-11-28T16:00:00Z", "Sun 00:00", null, false],
  ] as const)("%#: at %s (%s) → started %s", (pattern, at, _local, startDate, expected) => {
    expect(isOnDuty(pattern, null, new Date(at))).toBe(expected);
    expect(shiftAt(pattern, null, new Date(at))?.startDate ?? null).toBe(startDate);
  });
});

describe(isValidTimeZone.name, () => {
  it.each([["Asia/Shanghai", true], ["Europe/Berlin", true], ["UTC", true], ["Mars/Olympus", false], ["+08:00", false], ["", false]])(
    "%s → %s",
    (zone, expected) => expect(isValidTimeZone(zone)).toBe(expected),
  );
});
