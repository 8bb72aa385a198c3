import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { MetricsParseError } from "./metrics-format.js";
import { parseMetrics } from "./parse-metrics.js";

const fixture = (name: string) => readFileSync(join(import.meta.dirname, "fixtures", name));
const seriesOf = (parsed: ReturnType<typeof parseMetrics>, metric: string, instance = "") => parsed.series.find((s) => s.metric === metric && s.instance === instance);
const refusal = (text: string) => {
  try {
    parseMetrics(Buffer.from(text), "Asia/Shanghai");
  } catch (error) {
    if (error instanceof MetricsParseError) return { code: error.code, line: error.line, reason: error.reason };
    throw error;
  }
  throw new Error("parsed");
};

describe(parseMetrics.name, () => {
  it("reads a real sadf -d file (made on this machine with sadc and sadf 12.6) into CPU, memory, swap, disk, file-system and load series", () => {
    const parsed = parseMetrics(fixture("linux-sadf-d.csv"), "Asia/Shanghai");
    expect(parsed.format).toBe("sysstat");
    expect(parsed.host).toBe("vm");
    const cpu = seriesOf(parsed, "cpu.busy_pct")!;
    expect(cpu.points).toHaveLength(7);
    // the first line: %idle 1.52 at 2026-12-06 08:30:52 UTC
    expect(cpu.points[0]).toEqual([Date.parse("2026-12-06T08:30:52Z"), 98.48]);
    expect(seriesOf(parsed, "mem.used_pct")!.points[0]![1]).toBe(5.93);
    expect(seriesOf(parsed, "swap.used_pct")!.points).toHaveLength(7);
    expect(seriesOf(parsed, "disk.busy_pct", "vda")!.points[3]![1]).toBe(12.4);
    expect(seriesOf(parsed, "disk.await_ms", "vda")!.points[0]![1]).toBe(0.18);
    expect(seriesOf(parsed, "fs.used_pct", "/dev/vda")!.points[0]![1]).toBe(9.6);
    expect(seriesOf(parsed, "load.1m")).toBeDefined();
  });

  it("reads a real nmon file (Debian's nmon 16n on this machine: nmon -f -s 1 -c 30, BBBP lines trimmed) into CPU, memory, disk, network and file-system series", () => {
    // the machine's clock was UTC, so its ZZZZ times are read in UTC here
    const parsed = parseMetrics(fixture("linux-nmon16n.nmon"), "UTC");
    expect(parsed.format).toBe("nmon");
    expect(parsed.host).toBe("vm");
    const cpu = seriesOf(parsed, "cpu.busy_pct")!;
    expect(cpu.points).toHaveLength(30);
    // ZZZZ,T0001,11:54:49,06-DEC-2026 and CPU_ALL,T0001,57.7,25.6,1.6,12.6,2.4,,2 (User%, Sys%, Wait%, Idle%, Steal%, Busy, CPUs)
    expect(cpu.points[0]).toEqual([Date.parse("2026-12-06T11:54:49Z"), 87.4]);
    expect(seriesOf(parsed, "cpu.user_pct")!.points[0]![1]).toBe(57.7);
    expect(seriesOf(parsed, "cpu.sys_pct")!.points[0]![1]).toBe(25.6);
    expect(seriesOf(parsed, "cpu.iowait_pct")!.points[0]![1]).toBe(1.6);
    // T0030 at 11:55:18: Idle% 0.0
    expect(cpu.points[29]).toEqual([Date.parse("2026-12-06T11:55:18Z"), 100]);
    // MEM,T0001: memtotal 24105.2, memfree 21108.4, cached 2008.4, buffers 73.9 (MB) → (24105.2 − 21108.4 − 2008.4 − 73.9) / 24105.2
    expect(seriesOf(parsed, "mem.used_pct")!.points[0]![1]).toBe(3.794);
    expect(seriesOf(parsed, "mem.used_pct")!.points[29]![1]).toBe(8.713);
    // swaptotal 0: no swap series rather than a division by zero
    expect(seriesOf(parsed, "swap.used_pct")).toBeUndefined();
    expect(seriesOf(parsed, "disk.busy_pct", "vda")!.points.map((p) => p[1]).slice(0, 3)).toEqual([12.6, 9, 16]);
    expect(seriesOf(parsed, "disk.read_kbs", "vda")!.points[0]![1]).toBe(828.2);
    expect(seriesOf(parsed, "disk.write_kbs", "vda")!.points[0]![1]).toBe(15105.2);
    expect(seriesOf(parsed, "disk.write_kbs", "vda")!.points[29]![1]).toBe(1444.9);
    // NET: per interface, the loopback left out (its 3179.1 KB/s at T0001 is the machine talking to itself)
    expect(parsed.series.filter((s) => s.metric === "net.read_kbs").map((s) => s.instance)).toEqual(["ifb0", "ifb1", "eth0"]);
    expect(seriesOf(parsed, "net.read_kbs", "eth0")!.points[0]![1]).toBe(0.1);
    expect(seriesOf(parsed, "net.write_kbs", "eth0")!.points).toHaveLength(30);
    expect(seriesOf(parsed, "fs.used_pct", "/")!.points[0]![1]).toBe(9.6);
    // sections casedesk has no rule for (PROC, VM, NETPACKET, DISKXFER, DISKBSIZE, CPU001…) are skipped
    expect(new Set(parsed.series.map((s) => s.metric))).toEqual(new Set([
      "cpu.busy_pct", "cpu.user_pct", "cpu.sys_pct", "cpu.iowait_pct", "mem.used_pct", "disk.busy_pct", "disk.read_kbs", "disk.write_kbs", "net.read_kbs", "net.write_kbs", "fs.used_pct",
    ]));
  });

  it("reads the hand-made file in AIX topas_nmon's layout: CPU_ALL, MEMNEW, MEM, DISKBUSY, DISKSERV + DISKWAIT and JFSFILE at the ZZZZ times", () => {
    const parsed = parseMetrics(fixture("aix-layout-handmade.nmon"), "Asia/Shanghai");
    expect(parsed.format).toBe("nmon");
    expect(parsed.host).toBe("p924-db01");
    const cpu = seriesOf(parsed, "cpu.busy_pct")!;
    expect(cpu.points).toHaveLength(12);
    // T0001 at 08:00 Shanghai; CPU_ALL,T0001,70.5,15.4,2.2,11.9
    expect(cpu.points[0]).toEqual([Date.parse("2026-12-06T00:00:00Z"), 88.1]);
    expect(cpu.points[11]![0]).toBe(Date.parse("2026-12-06T00:55:00Z"));
    // MEMNEW Process% 60.5 + System% 8.1; the file cache is not counted
    expect(seriesOf(parsed, "mem.used_pct")!.points[0]![1]).toBe(68.6);
    expect(seriesOf(parsed, "swap.used_pct")!.points[0]![1]).toBe(3.5);
    expect(seriesOf(parsed, "disk.busy_pct", "hdisk2")!.points[0]![1]).toBe(41.5);
    expect(parsed.series.filter((s) => s.metric === "disk.busy_pct").map((s) => s.instance)).toEqual(["hdisk0", "hdisk1", "hdisk2", "hdisk3"]);
    expect(seriesOf(parsed, "disk.await_ms", "hdisk2")!.points).toHaveLength(12);
    expect(seriesOf(parsed, "fs.used_pct", "/oracle")!.points[0]![1]).toBe(91.3);
  });

  it("reads casedesk's CSV, instance optional", () => {
    const parsed = parseMetrics(Buffer.from("# exported by the NMS\ntimestamp,metric,instance,value\n2026-12-01T08:00:00+08:00,cpu.busy_pct,,55.5\n2026-12-01T08:05:00+08:00,fs.used_pct,/u01,91\n2026-12-01T08:05:00+08:00,log.errors,,3\n"), "UTC");
    expect(parsed.format).toBe("csv");
    expect(seriesOf(parsed, "cpu.busy_pct")!.points).toEqual([[Date.parse("2026-12-01T00:00:00Z"), 55.5]]);
    expect(seriesOf(parsed, "fs.used_pct", "/u01")!.points[0]![1]).toBe(91);
    expect(seriesOf(parsed, "log.errors")!.unit).toBe("count");
  });

  it("refuses what it cannot read with the line and the reason", () => {
    expect(refusal("hello,world\n1,2\n")).toMatchObject({ code: "unknown_metrics_format", line: null });
    expect(refusal("timestamp,metric,value\n2026-12-01T08:00:00+08:00,cpu.busy_pct,abc\n")).toMatchObject({ code: "unparseable_metrics", line: 2, reason: expect.stringContaining("not a number") });
    expect(refusal("timestamp,metric,value\n,cpu.busy_pct,12\n")).toMatchObject({ code: "no_timestamps", line: 2 });
    expect(refusal("timestamp,metric,value\n2026-12-01 08:00,cpu.busy_pct,12\n")).toMatchObject({ code: "unparseable_metrics", line: 2, reason: expect.stringContaining("ISO 8601") });
    expect(refusal("timestamp,metric,value\n2026-12-01T08:00:00Z,cpu.speed,12\n")).toMatchObject({ line: 2, reason: 'unknown metric "cpu.speed"' });
    expect(refusal("timestamp,metric,value\n")).toMatchObject({ code: "no_timestamps" });
    const sadf = readFileSync(join(import.meta.dirname, "fixtures", "linux-sadf-d.csv"), "utf8").split("\n");
    sadf[3] = sadf[3]!.replace(/;[^;]*$/, "");
    expect(refusal(sadf.join("\n"))).toMatchObject({ code: "unparseable_metrics", line: 4, reason: "expected 10 fields, found 9" });
    expect(refusal("AAA,progname,topas_nmon\nCPU_ALL,CPU Total h,User%,Sys%,Wait%,Idle%\nCPU_ALL,T0001,1,2,3,94\n")).toMatchObject({ code: "no_timestamps", line: 3 });
    expect(refusal("AAA,progname,topas_nmon\nAAA,host,h\n")).toMatchObject({ code: "no_timestamps", line: null });
    expect(refusal("\u0000\u0001binary sa file")).toMatchObject({ code: "unknown_metrics_format" });
  });
});
