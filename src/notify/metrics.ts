import { Counter, type Registry } from "prom-client";

const NAME = "casedesk_notifications_total";

/** Deliveries by channel and outcome: sent, failed (another try is scheduled), dead (default prom-client registry). */
export const notificationsTotal = new Counter({
  name: NAME,
  help: "Notification deliveries by channel and outcome (sent, failed and retried, dead)",
  labelNames: ["channel", "outcome"] as const,
});

/** Also exposes the notification metrics through another registry (the HTTP server's /metrics). */
export function registerNotifyMetrics(registry: Registry): void {
  if (!registry.getSingleMetric(NAME)) registry.registerMetric(notificationsTotal);
}
