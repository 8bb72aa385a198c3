import { describe, expect, it } from "vitest";
import { analyse, downsample, mergeSeries, type AnalysisRule } from "./analyse.js";
import type { MetricSeries } from "./tables.js";

const rule = (over: Partial<AnalysisRule>): AnalysisRule => ({
  code: "cpu_busy", metric: "cpu.busy_pct", comparison: "above", threshold: 80, durationMinutes: 30, severity: "warning",
  titleZh: "CPU 持续繁忙", titleEn: "CPU busy", recommendationZh: "扩容", recommendationEn: "Add CPUs", ...over,
});
const MIN = 60_000;
const series = (metric: string, values: number[], instance = "", stepMinutes = 5): MetricSeries => ({
  metric, instance, unit: "%", points: values.map((v, i) => [Date.UTC(2026, 11, 1) + i * stepMinutes * MIN, v]),
});

describe(analyse.name, () => {
  it.each([
    // six five-minute samples above 80: thirty minutes, the rule's duration
    [[85, 90, 86, 88, 91, 84, 20], 1],
    // five are twenty-five minutes: not enough
    [[85, 90, 86, 88, 91, 20, 20], 0],
    // a dip breaks the run
    [[85, 90, 86, 50, 91, 84, 88], 0],
    // at the threshold is not above it
    [[80, 80, 80, 80, 80, 80, 80], 0],
  ])("CPU %j for thirty minutes above 80 → %i finding", (values, count) => {
    expect(analyse([series("cpu.busy_pct", values)], [rule({})])).toHaveLength(count);
  });

  it("reports the longest run, its worst value and when it was", () => {
    const [finding] = analyse([series("cpu.busy_pct", [85, 99, 86, 88, 91, 84, 20])], [rule({})]);
    expect(finding).toMatchObject({ worst: 99, minutes: 30, from: "2026-12-01T00:00:00.000Z", to: "2026-12-01T00:25:00.000Z", recommendationEn: "Add CPUs" });
  });

  it("keeps the most severe finding per metric and instance, and each instance apart", () => {
    const rules = [rule({ code: "fs_filling", metric: "fs.used_pct", threshold: 85, durationMinutes: 0 }), rule({ code: "fs_full", metric: "fs.used_pct", threshold: 95, durationMinutes: 0, severity: "critical" })];
    const found = analyse([series("fs.used_pct", [96], "/oracle"), series("fs.used_pct", [88], "/u01"), series("fs.used_pct", [40], "/")], rules);
    expect(found.map((f) => `${f.ruleCode}:${f.instance}`)).toEqual(["fs_full:/oracle", "fs_filling:/u01"]);
  });

  it("reads a rule below its threshold", () => {
    const found = analyse([series("mem.used_pct", [3, 2, 4])], [rule({ code: "free_low", metric: "mem.used_pct", comparison: "below", threshold: 5, durationMinutes: 10 })]);
    expect(found[0]).toMatchObject({ worst: 2, minutes: 15 });
  });

  it("merges uploads of the same series and thins a chart's points keeping the peaks", () => {
    const merged = mergeSeries([[series("cpu.busy_pct", [1, 2])], [{ ...series("cpu.busy_pct", [3]), points: [[Date.UTC(2026, 10, 30), 3]] }]]);
    expect(merged[0]!.points.map((p) => p[1])).toEqual([3, 1, 2]);
    const thinned = downsample(Array.from({ length: 1000 }, (_, i) => [i, i === 777 ? 100 : 1] as [number, number]), 100);
    expect(thinned).toHaveLength(100);
    expect(thinned.some((p) => p[1] === 100)).toBe(true);
  });
});
