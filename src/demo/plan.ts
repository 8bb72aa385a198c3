import type { PROBLEMS } from "./problems.js";

/** The demo's 50 cases: the story each one tells (where it ends) and how long ago it began. */
export type Story =
  | "new" | "assigned" | "reassigned" | "in_progress" | "taken_over" | "escalated"
  | "waiting_customer" | "waiting_vendor" | "waiting_parts"
  | "resolved" | "resolved_parts" | "resolved_vendor"
  | "closed" | "closed_parts" | "closed_vendor" | "closed_customer"
  | "reopened" | "reopened_closed" | "reopened_parts";

export const PLAN: [Story, keyof typeof PROBLEMS][] = [
  ["new", "dorado-expand"], ["new", "poweredge-raid"], ["new", "oradb-archive"], ["new", "fusion-fan"],
  ["assigned", "catalyst-cpu"], ["assigned", "backup-fail"], ["assigned", "poweredge-idrac"], ["reassigned", "h3c-optic"],
  ["in_progress", "oradb-slow"], ["in_progress", "netapp-snapmirror"], ["in_progress", "fusion-boot"], ["in_progress", "superdome-ecc"],
  ["taken_over", "tape-stuck"], ["reopened", "unity-disk"],
  ["escalated", "exadata-cell"], ["escalated", "power-powerha"], ["escalated", "dorado-hypermetro"], ["escalated", "oradb-slow"],
  ["waiting_customer", "ds8k-mcode"], ["waiting_customer", "superdome-firmware"], ["waiting_customer", "exadata-patch"], ["waiting_customer", "ups-maintenance"],
  ["waiting_vendor", "oradb-down"], ["waiting_vendor", "netapp-takeover"], ["waiting_vendor", "h3c-irf"], ["waiting_vendor", "primera-node"],
  ["waiting_parts", "ds8k-disk"], ["waiting_parts", "poweredge-psu"], ["waiting_parts", "dorado-ctrl"], ["waiting_parts", "nexus-flap"],
  ["reopened_parts", "h3c-optic"],
  ["resolved", "oradb-patch"], ["resolved", "catalyst-cpu"], ["resolved", "fusion-boot"],
  ["resolved_parts", "unity-disk"], ["resolved_parts", "fusion-fan"], ["resolved_vendor", "exadata-cell"],
  ["closed", "power-inspect"], ["closed", "oradb-archive"], ["closed", "dorado-hypermetro"], ["closed", "nexus-psirt"], ["closed", "backup-fail"],
  ["closed_parts", "superdome-ecc"], ["closed_parts", "poweredge-psu"], ["closed_parts", "power-src"],
  ["closed_vendor", "netapp-takeover"], ["closed_vendor", "dorado-ctrl"],
  ["closed_customer", "netapp-snapmirror"], ["closed_customer", "poweredge-idrac"],
  ["reopened_closed", "ds8k-disk"],
];

/** How long ago (in days) a case in each story was opened: fresh ones are new, old ones closed. */
export const AGE_DAYS: Record<Story, [number, number]> = {
  // open and unanswered: younger than the first reminder, so the console shows their clocks running
  new: [0.002, 0.015], assigned: [0.004, 0.018], reassigned: [0.08, 0.4],
  in_progress: [0.3, 6], taken_over: [1, 6], escalated: [1, 8],
  waiting_customer: [2, 15], waiting_vendor: [2, 15], waiting_parts: [2, 12],
  resolved: [1, 6], resolved_parts: [3, 9], resolved_vendor: [4, 10],
  closed: [8, 58], closed_parts: [10, 58], closed_vendor: [12, 58], closed_customer: [10, 58],
  reopened: [12, 40], reopened_closed: [20, 50], reopened_parts: [12, 40],
};

export const FINISHED = new Set<Story>(["resolved", "resolved_parts", "resolved_vendor", "closed", "closed_parts", "closed_vendor", "closed_customer", "reopened_closed"]);
