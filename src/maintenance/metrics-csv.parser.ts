import { isMetricName, linesOf, MetricsParseError, numberOf, SeriesBuilder, type ParsedMetrics } from "./metrics-format.js";

/**
 * casedesk's own CSV (docs/preventive-maintenance.md): a header `timestamp,metric,instance,value`
 * (instance may be left out), one sample a line, ISO 8601 timestamps with an offset, metrics by
 * their canonical names (`cpu.busy_pct`, `fs.used_pct`, `log.errors`, …). `#` starts a comment.
 */
export const CSV_HEADER = /^timestamp,metric,(instance,)?value$/i;

export function parseCasedeskCsv(text: string): ParsedMetrics {
  const builder = new SeriesBuilder();
  let header: string[] | null = null;
  let samples = 0;
  for (const { line, text: raw } of linesOf(text)) {
    const value = raw.trim();
    if (value === "" || value.startsWith("#")) continue;
    if (!header) {
      if (!CSV_HEADER.test(value)) throw new MetricsParseError("unparseable_metrics", line, "the header must be timestamp,metric,instance,value");
      header = value.toLowerCase().split(",");
      continue;
    }
    const fields = value.split(",");
    if (fields.length !== header.length) throw new MetricsParseError("unparseable_metrics", line, `expected ${header.length} fields, found ${fields.length}`);
    const field = (name: string) => fields[header!.indexOf(name)] ?? "";
    const stamp = field("timestamp").trim();
    if (stamp === "") throw new MetricsParseError("no_timestamps", line, "the sample has no timestamp");
    if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/.test(stamp)) {
      throw new MetricsParseError("unparseable_metrics", line, `"${stamp.slice(0, 40)}" is not an ISO 8601 timestamp with an offset`);
    }
    const metric = field("metric").trim();
    if (!isMetricName(metric)) throw new MetricsParseError("unparseable_metrics", line, `unknown metric "${metric.slice(0, 40)}"`);
    const number = numberOf(field("value"), line, "value");
    if (number === null) throw new MetricsParseError("unparseable_metrics", line, "the sample has no value");
    builder.add(metric, header.includes("instance") ? field("instance").trim() : "", Date.parse(stamp), number);
    samples++;
  }
  if (!header) throw new MetricsParseError("unparseable_metrics", null, "the file has no header line");
  if (samples === 0) throw new MetricsParseError("no_timestamps", null, "the file has no samples");
  return { host: null, series: builder.build() };
}
