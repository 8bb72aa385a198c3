import type { ChecklistResult, FindingSeverity } from "./tables.js";

/** How a report names metrics, severities and checklist results to people (never the raw code). */
export const METRIC_LABELS: Record<string, { zh: string; en: string }> = {
  "cpu.busy_pct": { zh: "CPU 使用率", en: "CPU busy" },
  "cpu.user_pct": { zh: "CPU 用户态", en: "CPU user" },
  "cpu.sys_pct": { zh: "CPU 系统态", en: "CPU system" },
  "cpu.iowait_pct": { zh: "CPU I/O 等待", en: "CPU I/O wait" },
  "mem.used_pct": { zh: "内存使用率", en: "Memory used" },
  "swap.used_pct": { zh: "交换空间使用率", en: "Swap used" },
  "disk.busy_pct": { zh: "磁盘繁忙度", en: "Disk busy" },
  "disk.await_ms": { zh: "磁盘响应时间", en: "Disk response time" },
  "disk.read_kbs": { zh: "磁盘读", en: "Disk reads" },
  "disk.write_kbs": { zh: "磁盘写", en: "Disk writes" },
  "net.read_kbs": { zh: "网络接收", en: "Network in" },
  "net.write_kbs": { zh: "网络发送", en: "Network out" },
  "fs.used_pct": { zh: "文件系统使用率", en: "File system used" },
  "load.1m": { zh: "系统负载（1 分钟）", en: "Load (1 min)" },
  "log.errors": { zh: "日志错误数", en: "Errors in logs" },
};
export const SEVERITY_LABELS: Record<FindingSeverity, { zh: string; en: string }> = {
  critical: { zh: "严重", en: "Critical" }, warning: { zh: "警告", en: "Warning" }, info: { zh: "提示", en: "Note" },
};
export const RESULT_LABELS: Record<ChecklistResult | "open", { zh: string; en: string }> = {
  ok: { zh: "正常", en: "OK" }, issue: { zh: "有问题", en: "Issue" }, n_a: { zh: "不适用", en: "N/A" }, open: { zh: "未检查", en: "Not checked" },
};

export const metricLabel = (metric: string, instance: string) => `${METRIC_LABELS[metric]?.zh ?? metric}${instance ? ` ${instance}` : ""}`;

/** "2026-12-06 08:00" in the zone. */
export function localTime(iso: string | Date, timeZone = "Asia/Shanghai"): string {
  const parts = new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", hourCycle: "h23" }).formatToParts(new Date(iso));
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? "";
  return `${get("year")}-${get("month")}-${get("day")} ${get("hour")}:${get("minute")}`;
}
