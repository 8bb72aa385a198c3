import { describe, expect, it } from "vitest";
import { DurationError, durationSchema, formatDuration, isDuration, parseDuration } from "./duration.js";

describe(parseDuration.name, () => {
  it.each([
    ["PT1H", 3_600_000, "PT1H"],
    ["PT30M", 1_800_000, "PT30M"],
    ["PT45M", 2_700_000, "PT45M"],
    ["PT5S", 5_000, "PT5S"],
    ["PT0.5S", 500, "PT0.5S"],
    ["PT1.5H", 5_400_000, "PT1H30M"],
    ["PT1,5H", 5_400_000, "PT1H30M"],
    ["P1D", 86_400_000, "P1D"],
    ["P3D", 259_200_000, "P3D"],
    ["P2DT4H", 187_200_000, "P2DT4H"],
    ["P1W", 604_800_000, "P7D"],
    ["PT90M", 5_400_000, "PT1H30M"],
    ["P1DT0.25S", 86_400_250, "P1DT0.25S"],
  ])("reads %s as %i ms and writes it back as %s", (text, ms, canonical) => {
    expect(parseDuration(text)).toBe(ms);
    expect(formatDuration(ms)).toBe(canonical);
    expect(parseDuration(formatDuration(ms))).toBe(ms);
  });

  it.each([
    ["P1Y", "ambiguous_duration"],
    ["P1M", "ambiguous_duration"],
    ["P1Y2M3D", "ambiguous_duration"],
    ["-PT1H", "negative_duration"],
    ["PT-1H", "invalid_duration"],
    ["PT0S", "zero_duration"],
    ["P0D", "zero_duration"],
    ["P", "invalid_duration"],
    ["PT", "invalid_duration"],
    ["P1DT", "invalid_duration"],
    ["pt1h", "invalid_duration"],
    ["1 hour", "invalid_duration"],
    ["PT1H ", "invalid_duration"],
    ["P1.5DT1H", "invalid_duration"],
    ["PT0.0005S", "invalid_duration"],
    ["PT1M1H", "invalid_duration"],
    ["P3661D", "duration_too_long"],
    ["", "invalid_duration"],
  ])("refuses %j (%s)", (text, code) => {
    expect(() => parseDuration(text)).toThrow(DurationError);
    try {
      parseDuration(text);
    } catch (error) {
      expect((error as DurationError).code).toBe(code);
    }
  });

  it("admits zero only when asked", () => {
    expect(parseDuration("PT0S", { allowZero: true })).toBe(0);
    expect(isDuration("PT0S")).toBe(false);
    expect(isDuration("PT0S", { allowZero: true })).toBe(true);
  });

  it("gives zod a stable issue code", () => {
    const result = durationSchema.safeParse("P1M");
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe("invalid_duration");
    expect(durationSchema.parse("PT5S")).toBe("PT5S");
  });

  it("formats zero and refuses what is not a whole number of ms", () => {
    expect(formatDuration(0)).toBe("PT0S");
    expect(() => formatDuration(-1)).toThrow(RangeError);
    expect(() => formatDuration(1.5)).toThrow(RangeError);
  });
});
