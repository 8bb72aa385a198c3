import { Histogram, type Registry } from "prom-client";

const LAG_METRIC = "casedesk_timer_lag_seconds";

/** Seconds between a timer's due instant and its firing, by kind (default prom-client registry). */
export const timerLagSeconds = new Histogram({
  name: LAG_METRIC,
  help: "Delay between a timer's due time and its firing",
  labelNames: ["kind"] as const,
  buckets: [0.5, 1, 2, 5, 10, 30, 60, 120, 300, 900, 3600],
});

/** Also exposes the jobs metrics through another registry (the HTTP server's /metrics). */
export function registerJobsMetrics(registry: Registry): void {
  if (!registry.getSingleMetric(LAG_METRIC)) registry.registerMetric(timerLagSeconds);
}
