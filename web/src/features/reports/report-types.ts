import type { ResponseOf } from "../../api/types";

export type MonthlyReport = ResponseOf<"/reports/monthly", "get">;
export type CentreReport = ResponseOf<"/reports/centre", "get">;

/** The month before the current one, "2026-11": what a report screen opens on. */
export function lastMonth(now = new Date()): string {
  const d = new Date(now.getFullYear(), now.getMonth() - 1, 1);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}`;
}
