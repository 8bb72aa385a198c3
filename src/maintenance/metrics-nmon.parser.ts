import { linesOf, localClock, MetricsParseError, numberOf, SeriesBuilder, type MetricName, type ParsedMetrics } from "./metrics-format.js";

/**
 * nmon files (AIX topas_nmon and Linux nmon): `AAA` lines describe the run (host, date,
 * interval); each section is declared by a header line (`CPU_ALL,CPU Total host,User%,…`) and
 * filled by lines naming a snapshot (`CPU_ALL,T0001,…`); `ZZZZ,T0001,08:00:00,06-DEC-2026` says
 * when each snapshot was taken, in the system's local time (read in the job's time zone).
 * Sections casedesk has no rule for (TOP, BBBP, UARG, …) are skipped.
 */
export const NMON_START = /^AAA,/;

type Reader = (values: Record<string, number | null>, add: (metric: MetricName, instance: string, value: number) => void) => void;

const perColumn = (metric: MetricName): Reader => (values, add) => {
  for (const [column, value] of Object.entries(values)) if (value !== null) add(metric, column, value);
};

const READERS: Record<string, Reader> = {
  CPU_ALL: (v, add) => {
    if (v["Idle%"] != null) add("cpu.busy_pct", "", 100 - v["Idle%"]);
    if (v["User%"] != null) add("cpu.user_pct", "", v["User%"]);
    if (v["Sys%"] != null) add("cpu.sys_pct", "", v["Sys%"]);
    if (v["Wait%"] != null) add("cpu.iowait_pct", "", v["Wait%"]);
  },
  MEM: (v, add) => {
    // AIX: free percentages; Linux: megabytes of total, free, cache and buffers
    if (v["Virtual free %"] != null) add("swap.used_pct", "", 100 - v["Virtual free %"]);
    if (v.memtotal && v.memfree != null) add("mem.used_pct", "", (100 * (v.memtotal - v.memfree - (v.cached ?? 0) - (v.buffers ?? 0))) / v.memtotal);
    if (v.swaptotal && v.swapfree != null) add("swap.used_pct", "", (100 * (v.swaptotal - v.swapfree)) / v.swaptotal);
  },
  // AIX's split of real memory: the file cache is not memory in use
  MEMNEW: (v, add) => {
    if (v["Process%"] != null && v["System%"] != null) add("mem.used_pct", "", v["Process%"] + v["System%"]);
  },
  DISKBUSY: perColumn("disk.busy_pct"),
  DISKREAD: perColumn("disk.read_kbs"),
  DISKWRITE: perColumn("disk.write_kbs"),
  JFSFILE: perColumn("fs.used_pct"),
  // "eth0-read-KB/s", "en0-write-KB/s": per interface; the loopback's traffic says nothing of the system's load
  NET: (v, add) => {
    for (const [column, value] of Object.entries(v)) {
      const match = /^(.+)-(read|write)-KB\/s$/.exec(column);
      if (!match || value === null || match[1] === "lo" || match[1] === "lo0") continue;
      add(match[2] === "read" ? "net.read_kbs" : "net.write_kbs", match[1]!, value);
    }
  },
};
// a disk's response time is its service time plus its time in the queue; both are per-disk sections
const LATENCY_PARTS = new Set(["DISKSERV", "DISKWAIT"]);

export function parseNmon(text: string, timeZone: string): ParsedMetrics {
  const builder = new SeriesBuilder();
  const headers = new Map<string, string[]>();
  const snapshots = new Map<string, number>();
  const latency = new Map<string, number>();
  let host: string | null = null;
  let samples = 0;
  const instantOf = localClock("dd-MMM-yyyy HH:mm:ss", timeZone);
  for (const { line, text: raw } of linesOf(text)) {
    if (raw.trim() === "") continue;
    const fields = raw.split(",");
    const section = fields[0]!;
    if (section === "AAA") {
      if (fields[1] === "host") host = fields[2] ?? null;
      continue;
    }
    if (section === "ZZZZ") {
      const [, snapshot, time, date] = fields;
      if (!snapshot || !time || !date) throw new MetricsParseError("no_timestamps", line, "a ZZZZ line needs its snapshot, time and date");
      snapshots.set(snapshot, instantOf(`${date} ${time}`, line));
      continue;
    }
    const reader = READERS[section];
    if (!reader && !LATENCY_PARTS.has(section)) continue;
    const snapshot = fields[1] ?? "";
    if (!/^T\d+$/.test(snapshot)) {
      headers.set(section, fields.slice(2));
      continue;
    }
    const columns = headers.get(section);
    if (!columns) throw new MetricsParseError("unparseable_metrics", line, `${section} data comes before its header line`);
    const at = snapshots.get(snapshot);
    if (at === undefined) throw new MetricsParseError("no_timestamps", line, `snapshot ${snapshot} has no ZZZZ line giving its time`);
    const values: Record<string, number | null> = {};
    columns.forEach((column, index) => (values[column] = numberOf(fields[index + 2], line, `${section} ${column}`)));
    if (LATENCY_PARTS.has(section)) {
      for (const [disk, value] of Object.entries(values)) {
        if (value === null) continue;
        const key = `${snapshot}\u0000${disk}`;
        latency.set(key, (latency.get(key) ?? 0) + value);
        samples++;
      }
      continue;
    }
    reader!(values, (metric, instance, value) => {
      builder.add(metric, instance, at, value);
      samples++;
    });
  }
  for (const [key, value] of latency) {
    const [snapshot, disk] = key.split("\u0000") as [string, string];
    builder.add("disk.await_ms", disk, snapshots.get(snapshot)!, value);
  }
  if (snapshots.size === 0) throw new MetricsParseError("no_timestamps", null, "no ZZZZ lines: the file says nothing of when its snapshots were taken");
  if (samples === 0) throw new MetricsParseError("unparseable_metrics", null, "no section casedesk reads (CPU_ALL, MEM, MEMNEW, DISKBUSY, DISKREAD, DISKWRITE, DISKSERV, JFSFILE, NET)");
  return { host, series: builder.build() };
}
