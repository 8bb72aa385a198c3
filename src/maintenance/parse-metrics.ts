import { CSV_HEADER, parseCasedeskCsv } from "./metrics-csv.parser.js";
import { MetricsParseError, type ParsedMetrics } from "./metrics-format.js";
import { NMON_START, parseNmon } from "./metrics-nmon.parser.js";
import { parseSadf, SADF_HEADER } from "./metrics-sysstat.parser.js";
import type { MetricFormat } from "./tables.js";

/** How many samples one file may hold: a month of one-minute samples of a few dozen series. */
export const MAX_SAMPLES = 2_000_000;

/** Which reader a file needs, told by its first meaningful line, not its name. */
export function detectFormat(text: string): Exclude<MetricFormat, "push"> {
  const first = text.replace(/^\uFEFF/, "").split("\n").map((line) => line.trim()).find((line) => line !== "" && !(line.startsWith("#") && !SADF_HEADER.test(line)));
  if (first && SADF_HEADER.test(first)) return "sysstat";
  if (first && NMON_START.test(first)) return "nmon";
  if (first && CSV_HEADER.test(first)) return "csv";
  throw new MetricsParseError("unknown_metrics_format", null, "not casedesk CSV, sysstat sadf -d or nmon");
}

/** Reads an uploaded file into series; refuses it with the line and reason when it cannot. */
export function parseMetrics(bytes: Buffer, timeZone: string): ParsedMetrics & { format: Exclude<MetricFormat, "push">; sampleCount: number } {
  const text = bytes.toString("utf8");
  if (text.includes("\u0000") || !text.isWellFormed()) throw new MetricsParseError("unknown_metrics_format", null, "a binary file (for sysstat, upload the text of sadf -d, not the sa file)");
  const format = detectFormat(text);
  const parsed = format === "sysstat" ? parseSadf(text, timeZone) : format === "nmon" ? parseNmon(text, timeZone) : parseCasedeskCsv(text);
  const sampleCount = parsed.series.reduce((n, s) => n + s.points.length, 0);
  if (sampleCount > MAX_SAMPLES) throw new MetricsParseError("unparseable_metrics", null, `more than ${MAX_SAMPLES} samples`);
  return { ...parsed, format, sampleCount };
}
