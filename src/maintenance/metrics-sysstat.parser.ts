import { linesOf, localClock, MetricsParseError, numberOf, SeriesBuilder, type MetricName, type ParsedMetrics } from "./metrics-format.js";

/**
 * Linux sysstat's `sadf -d` output: each activity a section whose header line is
 * `# hostname;interval;timestamp;…columns`, then one line per sample (and per CPU, device or
 * file system), separated by semicolons. Timestamps end in "UTC" (sadf's default) or are local
 * (`sadf -t`), read in the job's time zone. Activities casedesk has no rule for are skipped.
 */
export const SADF_HEADER = /^#\s*hostname;interval;timestamp;/;

type Column = { metric: MetricName; derive?: (value: number) => number };
const COLUMNS: Record<string, Column> = {
  "%idle": { metric: "cpu.busy_pct", derive: (idle) => 100 - idle },
  "%iowait": { metric: "cpu.iowait_pct" },
  "%user": { metric: "cpu.user_pct" },
  "%system": { metric: "cpu.sys_pct" },
  "%memused": { metric: "mem.used_pct" },
  "%swpused": { metric: "swap.used_pct" },
  "%util": { metric: "disk.busy_pct" },
  await: { metric: "disk.await_ms" },
  "rkB/s": { metric: "disk.read_kbs" },
  "wkB/s": { metric: "disk.write_kbs" },
  "%fsused": { metric: "fs.used_pct" },
  "ldavg-1": { metric: "load.1m" },
};
// the column that names the instance a line is about
const INSTANCE_COLUMNS = ["CPU", "DEV", "FILESYSTEM", "IFACE"];

export function parseSadf(text: string, timeZone: string): ParsedMetrics {
  const builder = new SeriesBuilder();
  let header: string[] | null = null;
  let host: string | null = null;
  let samples = 0;
  const instantOf = localClock("yyyy-MM-dd HH:mm:ss", timeZone);
  for (const { line, text: raw } of linesOf(text)) {
    if (raw.trim() === "") continue;
    if (raw.startsWith("#")) {
      if (!SADF_HEADER.test(raw)) throw new MetricsParseError("unparseable_metrics", line, "a header line must start with # hostname;interval;timestamp;");
      header = raw.replace(/^#\s*/, "").split(";");
      continue;
    }
    if (!header) throw new MetricsParseError("unparseable_metrics", line, "a sample comes before any # hostname;interval;timestamp; header");
    const fields = raw.split(";");
    // sadf marks a restart of the collector with a LINUX-RESTART line: nothing to read there
    if (fields.some((f) => f.includes("LINUX-RESTART"))) continue;
    if (fields.length !== header.length) throw new MetricsParseError("unparseable_metrics", line, `expected ${header.length} fields, found ${fields.length}`);
    host ??= fields[0] ?? null;
    const stamp = fields[2]?.trim() ?? "";
    if (stamp === "") throw new MetricsParseError("no_timestamps", line, "the sample has no timestamp");
    const at = instantOf(stamp, line);
    const instanceColumn = header.findIndex((name) => INSTANCE_COLUMNS.includes(name));
    const instance = instanceColumn >= 0 ? fields[instanceColumn]!.trim() : "";
    // per-CPU lines of `sar -P ALL`: only the whole system (-1 or "all") counts
    if (header[instanceColumn] === "CPU" && instance !== "-1" && instance.toLowerCase() !== "all") continue;
    header.forEach((name, index) => {
      if (index < 3 || index === instanceColumn) return;
      // every figure must be a number, read or not: a damaged line is refused, not half-read
      const value = numberOf(fields[index], line, name);
      const column = COLUMNS[name];
      if (!column || value === null) return;
      builder.add(column.metric, header![instanceColumn] === "CPU" ? "" : instance, at, column.derive ? column.derive(value) : value);
      samples++;
    });
  }
  if (!header) throw new MetricsParseError("unparseable_metrics", null, "no # hostname;interval;timestamp; header");
  if (samples === 0) throw new MetricsParseError("no_timestamps", null, "no samples of a known activity (CPU, memory, swap, disks, file systems, load)");
  return { host, series: builder.build() };
}
