export const round = (value: number, digits = 1) => Math.round(value * 10 ** digits) / 10 ** digits;

export type Percentiles = { p50: number; p95: number; max: number; mean: number };

/** Exact percentiles (nearest rank) of a list of durations in ms. */
export function percentiles(times: number[]): Percentiles {
  const sorted = [...times].sort((a, b) => a - b);
  const at = (q: number) => round(sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? 0, 2);
  return { p50: at(0.5), p95: at(0.95), max: round(sorted.at(-1) ?? 0, 2), mean: round(sorted.reduce((a, b) => a + b, 0) / Math.max(1, sorted.length), 2) };
}
