import { DateTime } from "luxon";
import type { MetricSeries } from "./tables.js";

/**
 * What every performance-data reader shares: the canonical metric names the analysis rules use,
 * the series under construction, and the refusal that names a line and a reason.
 */
export const METRICS = {
  "cpu.busy_pct": "%", "cpu.user_pct": "%", "cpu.sys_pct": "%", "cpu.iowait_pct": "%",
  "mem.used_pct": "%", "swap.used_pct": "%",
  "disk.busy_pct": "%", "disk.await_ms": "ms", "disk.read_kbs": "KB/s", "disk.write_kbs": "KB/s",
  "net.read_kbs": "KB/s", "net.write_kbs": "KB/s",
  "fs.used_pct": "%", "load.1m": "", "log.errors": "count",
} as const;
export type MetricName = keyof typeof METRICS;
export const isMetricName = (name: string): name is MetricName => Object.hasOwn(METRICS, name);

/** A file refused: where (1-based line, null for the whole file) and why, in plain words. */
export class MetricsParseError extends Error {
  constructor(readonly code: "unparseable_metrics" | "no_timestamps" | "unknown_metrics_format", readonly line: number | null, readonly reason: string) {
    super(`${line === null ? "" : `line ${line}: `}${reason}`);
    this.name = "MetricsParseError";
  }
}

export type ParsedMetrics = { host: string | null; series: MetricSeries[] };

/** Collects points by metric and instance, in the order they come. */
export class SeriesBuilder {
  readonly #series = new Map<string, MetricSeries>();
  add(metric: MetricName, instance: string, at: number, value: number): void {
    const key = `${metric}\u0000${instance}`;
    let series = this.#series.get(key);
    if (!series) {
      series = { metric, instance, unit: METRICS[metric], points: [] };
      this.#series.set(key, series);
    }
    series.points.push([at, Math.round(value * 1000) / 1000]);
  }
  build(): MetricSeries[] {
    return [...this.#series.values()].map((s) => ({ ...s, points: s.points.sort((a, b) => a[0] - b[0]) }));
  }
}

/** A number as the tools print it ("12.5", "12,5" never: those are separators); null for an empty field. */
export function numberOf(text: string | undefined, line: number, column: string): number | null {
  const trimmed = (text ?? "").trim();
  if (trimmed === "") return null;
  const value = Number(trimmed);
  if (!Number.isFinite(value)) throw new MetricsParseError("unparseable_metrics", line, `"${trimmed.slice(0, 40)}" in ${column} is not a number`);
  return value;
}

/** A local date and time in the zone ("2026-12-06 08:30:52"), or UTC when it says so. */
export function localInstant(text: string, format: string, timeZone: string, line: number): number {
  const utc = /\s+UTC$/.test(text);
  const parsed = DateTime.fromFormat(text.replace(/\s+UTC$/, ""), format, { zone: utc ? "UTC" : timeZone, locale: "en-US" });
  if (!parsed.isValid) throw new MetricsParseError("unparseable_metrics", line, `"${text.slice(0, 40)}" is not a timestamp (${format})`);
  return parsed.toMillis();
}

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
const FAST: Record<string, { pattern: RegExp; fields(m: RegExpExecArray): [number, number, number, number, number, number] }> = {
  "yyyy-MM-dd HH:mm:ss": { pattern: /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})$/, fields: (m) => [+m[1]!, +m[2]!, +m[3]!, +m[4]!, +m[5]!, +m[6]!] },
  "dd-MMM-yyyy HH:mm:ss": {
    pattern: /^(\d{2})-([A-Za-z]{3})-(\d{4}) (\d{2}):(\d{2}):(\d{2})$/,
    fields: (m) => [+m[3]!, MONTHS.indexOf(m[2]!.toLowerCase()) + 1, +m[1]!, +m[4]!, +m[5]!, +m[6]!],
  },
};
const HOUR_MS = 3_600_000;

/**
 * `localInstant` for a whole file: a month of one-minute samples is 43,200 timestamps, and luxon
 * parsing each took most of the upload's time. A well-formed stamp is read by a regular
 * expression and placed by its hour's start, which luxon works out once per hour; an hour
 * holding a change of offset, or anything unusual, goes through luxon itself.
 */
export function localClock(format: string, timeZone: string): (text: string, line: number) => number {
  const fast = FAST[format];
  const hours = new Map<string, number | null>();
  const hourStart = (zone: string, y: number, mo: number, d: number, h: number): number | null => {
    const key = `${zone} ${y}-${mo}-${d} ${h}`;
    let start = hours.get(key);
    if (start === undefined) {
      const at = DateTime.fromObject({ year: y, month: mo, day: d, hour: h }, { zone });
      const next = DateTime.fromMillis(at.toMillis() + HOUR_MS, { zone });
      // a nonexistent or shifted hour, or an offset changing within it: luxon decides each stamp
      start = at.isValid && at.hour === h && at.minute === 0 && at.day === d && at.offset === next.offset ? at.toMillis() : null;
      hours.set(key, start);
    }
    return start;
  };
  return (text, line) => {
    const utc = text.endsWith(" UTC");
    const stamp = utc ? text.slice(0, -4).trimEnd() : text;
    const match = fast?.pattern.exec(stamp);
    if (match) {
      const [y, mo, d, h, mi, s] = fast!.fields(match);
      if (mo >= 1 && mo <= 12 && d >= 1 && d <= new Date(Date.UTC(y, mo, 0)).getUTCDate() && h < 24 && mi < 60 && s < 60) {
        const start = hourStart(utc ? "UTC" : timeZone, y, mo, d, h);
        if (start !== null) return start + mi * 60_000 + s * 1000;
      }
    }
    return localInstant(text, format, timeZone, line);
  };
}

/** Lines with their 1-based numbers, a BOM and CRs gone. */
export function linesOf(text: string): { line: number; text: string }[] {
  return text.replace(/^\uFEFF/, "").split("\n").map((value, index) => ({ line: index + 1, text: value.replace(/\r$/, "") }));
}
