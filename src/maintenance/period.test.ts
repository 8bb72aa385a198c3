import { describe, expect, it } from "vitest";
import { daysIntoPeriod, nextPeriod, normalisePeriod, periodAt, periodStartsAt } from "./period.js";

describe("maintenance periods", () => {
  it.each([
    ["2026-12", "Asia/Shanghai", "2026-11-30T16:00:00.000Z"],
    ["2027-01", "Asia/Shanghai", "2026-12-31T16:00:00.000Z"],
    ["2027-03", "Asia/Shanghai", "2027-02-28T16:00:00.000Z"],
    ["2028-03", "Asia/Shanghai", "2028-02-29T16:00:00.000Z"],
    ["2027-01", "America/New_York", "2027-01-01T05:00:00.000Z"],
    // after the spring change New York is four hours behind
    ["2027-04", "America/New_York", "2027-04-01T04:00:00.000Z"],
    ["2027-04", "Europe/Berlin", "2027-03-31T22:00:00.000Z"],
  ])("%s starts in %s at %s", (period, zone, at) => {
    expect(periodStartsAt(period, zone).toISOString()).toBe(at);
  });

  it("reads the period of an instant in the zone, not in UTC", () => {
    expect(periodAt(new Date("2026-12-31T16:00:00Z"), "Asia/Shanghai", "monthly")).toBe("2027-01");
    expect(periodAt(new Date("2026-12-31T15:59:59.999Z"), "Asia/Shanghai", "monthly")).toBe("2026-12");
    expect(periodAt(new Date("2027-01-01T03:00:00Z"), "America/New_York", "monthly")).toBe("2026-12");
    expect(periodAt(new Date("2026-11-15T00:00:00Z"), "Asia/Shanghai", "quarterly")).toBe("2026-10");
  });

  it("steps months and quarters across the year end", () => {
    expect(nextPeriod("2026-12", "monthly")).toBe("2027-01");
    expect(nextPeriod("2027-01", "monthly")).toBe("2027-02");
    expect(nextPeriod("2026-10", "quarterly")).toBe("2027-01");
    expect(normalisePeriod("2026-12", "quarterly")).toBe("2026-10");
  });

  it("counts the report's due days from 00:00 on the 1st in the zone", () => {
    expect(daysIntoPeriod("2026-12", "Asia/Shanghai", 7).toISOString()).toBe("2026-12-07T16:00:00.000Z");
    expect(daysIntoPeriod("2027-02", "Asia/Shanghai", 30).toISOString()).toBe("2027-03-02T16:00:00.000Z");
  });
});
