import { Duration } from "luxon";
import { z } from "zod";
import { memoizeByText } from "../shared/memo.js";

/**
 * ISO 8601 durations as service-level policies write them: `PT30M`, `PT1H`, `PT5S`, `P1D`,
 * `P2DT4H`, `P1W`. A day is 24 hours and a week 7 days of *counted* time (on a business calendar
 * `P1D` is 24 working hours, not one working day). Years and months have no fixed length and are
 * refused, as are negative values; fractions are allowed in the last unit only if they come to
 * whole milliseconds (`PT0.5S`, `PT1.5H`).
 */

export type DurationErrorCode = "invalid_duration" | "ambiguous_duration" | "negative_duration" | "zero_duration" | "duration_too_long";

export class DurationError extends Error {
  constructor(
    readonly code: DurationErrorCode,
    readonly input: string,
  ) {
    super(`${code}: ${JSON.stringify(input)}`);
    this.name = "DurationError";
  }
}

/** Upper bound of any policy duration: ten years of counted time. */
export const MAX_DURATION_MS = 3660 * 86_400_000;

// P, then date units in order, then T and time units in order; a decimal only in the last unit
const SHAPE = /^-?P(?!$)(\d+(?:[.,]\d+)?Y)?(\d+(?:[.,]\d+)?M)?(\d+(?:[.,]\d+)?W)?(\d+(?:[.,]\d+)?D)?(T(?=\d)(\d+(?:[.,]\d+)?H)?(\d+(?:[.,]\d+)?M)?(\d+(?:[.,]\d+)?S)?)?$/;

/**
 * An ISO 8601 duration → milliseconds. `allowZero` admits `PT0S` (a step that fires at once);
 * otherwise the duration must be positive.
 */
export function parseDuration(text: string, options: { allowZero?: boolean } = {}): number {
  const ms = durationMs(text);
  if (ms === 0 && !options.allowZero) throw new DurationError("zero_duration", text);
  return ms;
}

// every clock started parses its policy's targets: the same few texts
const durationMs = memoizeByText((text: string): number => {
  const match = SHAPE.exec(text);
  const decimals = (text.match(/[.,]/g) ?? []).length;
  if (!match || decimals > 1 || (decimals === 1 && !/[.,]\d+[A-Z]$/.test(text)) || /[.,]\d{4,}S$/.test(text)) throw new DurationError("invalid_duration", text);
  if (text.startsWith("-")) throw new DurationError("negative_duration", text);
  if (match[1] || match[2]) throw new DurationError("ambiguous_duration", text);
  const duration = Duration.fromISO(text.replace(",", "."));
  if (!duration.isValid) throw new DurationError("invalid_duration", text);
  const exact = duration.as("milliseconds");
  const ms = Math.round(exact);
  // decimals may leave float dust (PT1.1H); anything finer than a millisecond is refused
  if (!Number.isFinite(exact) || ms < 0 || Math.abs(exact - ms) > 1e-6) throw new DurationError("invalid_duration", text);
  if (ms > MAX_DURATION_MS) throw new DurationError("duration_too_long", text);
  return ms;
});

/** Whether `text` is a duration `parseDuration` accepts. */
export function isDuration(text: string, options: { allowZero?: boolean } = {}): boolean {
  try {
    parseDuration(text, options);
    return true;
  } catch {
    return false;
  }
}

/** Milliseconds → the shortest ISO 8601 form in days, hours, minutes and seconds: 5_400_000 → `PT1H30M`. */
export function formatDuration(ms: number): string {
  if (!Number.isSafeInteger(ms) || ms < 0) throw new RangeError("ms must be a whole number ≥ 0");
  if (ms === 0) return "PT0S";
  const days = Math.floor(ms / 86_400_000);
  const hours = Math.floor((ms % 86_400_000) / 3_600_000);
  const minutes = Math.floor((ms % 3_600_000) / 60_000);
  const millis = ms % 60_000;
  const seconds = millis % 1000 === 0 ? String(millis / 1000) : (millis / 1000).toFixed(3).replace(/0+$/, "");
  const time = `${hours ? `${hours}H` : ""}${minutes ? `${minutes}M` : ""}${millis ? `${seconds}S` : ""}`;
  return `P${days ? `${days}D` : ""}${time ? `T${time}` : ""}`;
}

/** A zod string that must be a positive ISO 8601 duration (issue code `invalid_duration`). */
export const durationSchema = z
  .string()
  .max(64)
  .refine((value) => isDuration(value), { message: "invalid_duration" });
