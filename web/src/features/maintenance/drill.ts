/**
 * The board's cells as filters of the jobs list: the month a period started in (as the board
 * counts it), and how the report stands against its deadline.
 */
export const DRILLS = ["all", "on_time", "delivered_late", "late", "due"] as const;
export type Drill = (typeof DRILLS)[number];

const QUERIES: Record<Drill, Record<string, string>> = {
  all: {},
  on_time: { timeliness: "on_time" },
  delivered_late: { timeliness: "late", status: "delivered" },
  late: { timeliness: "late", status: "open,in_progress,report_submitted" },
  due: { timeliness: "due" },
};

export const drillQuery = (customerId: string, month: string, drill: Drill) => new URLSearchParams({ customerId, month, drill }).toString();

/** What the jobs list asks the API for a drill-down in its address, or null when there is none. */
export function drillFilter(params: URLSearchParams): { customerId: string; month: string; drill: Drill; query: Record<string, string> } | null {
  const customerId = params.get("customerId");
  const month = params.get("month");
  const drill = (DRILLS as readonly string[]).includes(params.get("drill") ?? "") ? (params.get("drill") as Drill) : "all";
  if (!customerId || !month) return null;
  return { customerId, month, drill, query: { customerId, month, ...QUERIES[drill] } };
}
