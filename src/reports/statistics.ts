import { sql, type RawBuilder } from "kysely";

/** Duration figures of a list of measured times (milliseconds); null when nothing was measured. */
export type DurationFigures = { count: number; medianMs: number | null; p90Ms: number | null; maxMs: number | null };

/**
 * Median (the mean of the two middle values when the count is even), 90th percentile by nearest
 * rank (the smallest value at or above which 90 % of the values lie: the ⌈0.9·n⌉-th) and maximum,
 * so a reader can check each figure by hand from the sorted list.
 */
export function durationFigures(values: readonly number[]): DurationFigures {
  const sorted = [...values].sort((a, b) => a - b);
  const n = sorted.length;
  if (n === 0) return { count: 0, medianMs: null, p90Ms: null, maxMs: null };
  const middle = Math.floor(n / 2);
  const medianMs = n % 2 === 1 ? sorted[middle]! : Math.round((sorted[middle - 1]! + sorted[middle]!) / 2);
  return { count: n, medianMs, p90Ms: sorted[Math.ceil(0.9 * n) - 1]!, maxMs: sorted[n - 1]! };
}

/**
 * The same figures as `durationFigures`, as aggregates over `column` (float8 milliseconds; whole
 * ones) for a GROUP BY: PostgreSQL's percentile_disc(0.9) is the ⌈0.9·n⌉-th value, computed with
 * the same double arithmetic; percentile_cont(0.5) is the middle value or the mean of the two
 * (exact for whole milliseconds), rounded half up as Math.round does. Null when the group is empty.
 */
export const durationFiguresSql = (column: RawBuilder<unknown>) => sql`count(*)::int AS count,
  floor(percentile_cont(0.5) WITHIN GROUP (ORDER BY ${column}) + 0.5)::float8 AS median_ms,
  percentile_disc(0.9) WITHIN GROUP (ORDER BY ${column})::float8 AS p90_ms, max(${column})::float8 AS max_ms`;

/** A share in percent with one decimal (null when there is nothing to share). */
export const percent = (part: number, whole: number): number | null => (whole === 0 ? null : Math.round((part / whole) * 1000) / 10);

/** The mean with two decimals, or null. */
export const mean = (values: readonly number[]): number | null =>
  values.length === 0 ? null : Math.round((values.reduce((sum, v) => sum + v, 0) / values.length) * 100) / 100;
