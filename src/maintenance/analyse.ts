import type { Finding, FindingSeverity, MetricSeries } from "./tables.js";

/**
 * The analysis of a job's performance data against rules kept as data: a rule is broken when its
 * metric stays above (or below) the threshold for at least its duration on one instance (a disk,
 * a file system, or the whole system). Pure: series and rules in, findings out.
 */
export type AnalysisRule = {
  code: string; metric: string; comparison: "above" | "below"; threshold: number; durationMinutes: number; severity: FindingSeverity;
  titleZh: string; titleEn: string; recommendationZh: string; recommendationEn: string;
};

const RANK: Record<FindingSeverity, number> = { critical: 3, warning: 2, info: 1 };

/** The typical gap between samples: what one sample stands for at the end of a run. */
function sampleGapMs(points: [number, number][]): number {
  const gaps = points.slice(1).map((p, i) => p[0] - points[i]![0]).filter((gap) => gap > 0).sort((a, b) => a - b);
  return gaps.length ? gaps[Math.floor(gaps.length / 2)]! : 60_000;
}

type Run = { fromMs: number; toMs: number; ms: number; worst: number };

/** The longest run of consecutive samples beyond the threshold; each sample counts until the next. */
function longestRun(points: [number, number][], rule: AnalysisRule): Run | null {
  const beyond = (value: number) => (rule.comparison === "above" ? value > rule.threshold : value < rule.threshold);
  const worse = (a: number, b: number) => (rule.comparison === "above" ? Math.max(a, b) : Math.min(a, b));
  const gap = sampleGapMs(points);
  let best: Run | null = null;
  let current: Run | null = null;
  points.forEach(([at, value], index) => {
    if (!beyond(value)) {
      current = null;
      return;
    }
    const next = points[index + 1];
    const lasts = next ? Math.min(next[0] - at, gap * 2) : gap;
    current = current ? { ...current, toMs: at, ms: current.ms + lasts, worst: worse(current.worst, value) } : { fromMs: at, toMs: at, ms: lasts, worst: value };
    if (!best || current.ms > best.ms || (current.ms === best.ms && worse(current.worst, best.worst) === current.worst)) best = current;
  });
  return best;
}

/** Every broken rule, the most severe one per metric and instance, most severe first. */
export function analyse(series: MetricSeries[], rules: AnalysisRule[]): Finding[] {
  const found = new Map<string, Finding>();
  for (const rule of rules) {
    for (const s of series.filter((x) => x.metric === rule.metric)) {
      const run = longestRun(s.points, rule);
      if (!run || run.ms < rule.durationMinutes * 60_000) continue;
      const finding: Finding = {
        ruleCode: rule.code, metric: s.metric, instance: s.instance, severity: rule.severity, comparison: rule.comparison, threshold: rule.threshold,
        worst: run.worst, minutes: Math.round(run.ms / 60_000), from: new Date(run.fromMs).toISOString(), to: new Date(run.toMs).toISOString(),
        titleZh: rule.titleZh, titleEn: rule.titleEn, recommendationZh: rule.recommendationZh, recommendationEn: rule.recommendationEn,
      };
      const key = `${s.metric}\u0000${s.instance}`;
      const before = found.get(key);
      if (!before || RANK[finding.severity] > RANK[before.severity] || (RANK[finding.severity] === RANK[before.severity] && finding.threshold > before.threshold)) found.set(key, finding);
    }
  }
  return [...found.values()].sort((a, b) => RANK[b.severity] - RANK[a.severity] || a.metric.localeCompare(b.metric) || a.instance.localeCompare(b.instance));
}

/** Merges the series of several uploads of one job: the same metric and instance become one series. */
export function mergeSeries(sets: MetricSeries[][]): MetricSeries[] {
  const merged = new Map<string, MetricSeries>();
  for (const s of sets.flat()) {
    const key = `${s.metric}\u0000${s.instance}`;
    const before = merged.get(key);
    merged.set(key, before ? { ...before, points: [...before.points, ...s.points] } : { ...s, points: [...s.points] });
  }
  return [...merged.values()].map((s) => ({ ...s, points: s.points.sort((a, b) => a[0] - b[0]) }));
}

/** At most `max` points for a chart: the highest value of each bucket, so no peak disappears. */
export function downsample(points: [number, number][], max: number): [number, number][] {
  if (points.length <= max) return points;
  const size = Math.ceil(points.length / max);
  const out: [number, number][] = [];
  for (let i = 0; i < points.length; i += size) {
    const bucket = points.slice(i, i + size);
    out.push(bucket.reduce((peak, p) => (p[1] > peak[1] ? p : peak)));
  }
  return out;
}
