import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import { localClock, localInstant, MetricsParseError } from "./metrics-format.js";

const outcome = (read: () => number) => {
  try {
    return read();
  } catch (error) {
    if (error instanceof MetricsParseError) return error.message;
    throw error;
  }
};

describe(localClock.name, () => {
  it("places every stamp where luxon does, across the offset changes of spring and autumn, in UTC and in odd zones", () => {
    const cases: Array<[string, string, string]> = [];
    for (const zone of ["Europe/Berlin", "America/New_York", "Asia/Shanghai", "Australia/Lord_Howe", "Asia/Kathmandu"]) {
      // every 7 minutes over the two nights a year the clocks change here, and a day of a leap February
      for (const day of ["2026-03-08", "2026-03-29", "2026-04-05", "2026-10-04", "2026-10-25", "2026-11-01", "2028-02-29"]) {
        const start = DateTime.fromISO(`${day}T00:00:00`, { zone: "UTC" });
        for (let minute = 0; minute < 24 * 60; minute += 7) {
          const local = start.plus({ minutes: minute });
          cases.push([zone, local.toFormat("yyyy-MM-dd HH:mm:ss"), "yyyy-MM-dd HH:mm:ss"]);
          cases.push([zone, `${local.toFormat("yyyy-MM-dd HH:mm:ss")} UTC`, "yyyy-MM-dd HH:mm:ss"]);
          cases.push([zone, local.toFormat("dd-LLL-yyyy HH:mm:ss", { locale: "en-US" }).toUpperCase(), "dd-MMM-yyyy HH:mm:ss"]);
        }
      }
    }
    const clocks = new Map<string, ReturnType<typeof localClock>>();
    const clockOf = (zone: string, format: string) => clocks.get(`${zone}|${format}`) ?? clocks.set(`${zone}|${format}`, localClock(format, zone)).get(`${zone}|${format}`)!;
    const differ = cases.filter(([zone, text, format]) => outcome(() => clockOf(zone, format)(text, 1)) !== outcome(() => localInstant(text, format, zone, 1)));
    expect(cases.length).toBeGreaterThan(10_000);
    expect(differ).toEqual([]);
  });

  it("refuses what is not a time as luxon does (the 30th of February, a month named wrong) and reads 24:00 as it does", () => {
    const clock = localClock("yyyy-MM-dd HH:mm:ss", "Asia/Shanghai");
    expect(() => clock("2026-02-30 08:00:00", 7)).toThrow('line 7: "2026-02-30 08:00:00" is not a timestamp (yyyy-MM-dd HH:mm:ss)');
    expect(clock("2026-12-01 24:00:00", 8)).toBe(Date.parse("2026-12-01T16:00:00Z"));
    expect(() => localClock("dd-MMM-yyyy HH:mm:ss", "UTC")("06-DEX-2026 08:00:00", 9)).toThrow(/line 9/);
    expect(clock("2026-12-01 08:00:00", 1)).toBe(Date.parse("2026-12-01T00:00:00Z"));
    expect(clock("2026-12-01 08:00:00 UTC", 1)).toBe(Date.parse("2026-12-01T08:00:00Z"));
  });
});
