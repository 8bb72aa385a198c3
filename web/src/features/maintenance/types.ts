import type { ResponseOf } from "../../api/types";

/** The maintenance API's shapes as the screens read them (from the generated schema). */
export type MaintenanceJob = ResponseOf<"/maintenance-jobs/{id}", "get">;
export type MaintenancePlan = ResponseOf<"/maintenance-plans/{id}", "get">;
export type JobMetrics = ResponseOf<"/maintenance-jobs/{id}/metrics", "get">;
export type BoardRow = ResponseOf<"/maintenance-board", "get">["items"][number];
export type Finding = MaintenanceJob["findings"][number];
export type ProactiveCall = ResponseOf<"/proactive-calls", "get">["items"][number];
export type CallDue = ResponseOf<"/proactive-calls/due", "get">["items"][number];
