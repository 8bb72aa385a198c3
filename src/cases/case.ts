import type { FaultLevel } from "../db/schema.js";

/** The case's life: statuses, the moves between them, and the pure rules around them. */
export const CASE_STATUSES = [
  "new", "assigned", "in_progress", "escalated", "waiting_customer", "waiting_vendor", "waiting_parts", "resolved", "closed",
] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];
export const CHANNELS = ["phone", "email", "web", "fax"] as const;
export const FAULT_LEVELS = ["S1", "S2", "S3", "S4"] as const;
export const PRIORITIES = ["P1", "P2", "P3", "P4"] as const;
export type Priority = (typeof PRIORITIES)[number];
export const WAIT_REASONS = ["customer", "vendor", "parts"] as const;
export type WaitReason = (typeof WAIT_REASONS)[number];

const WAITING: CaseStatus[] = ["waiting_customer", "waiting_vendor", "waiting_parts"];
const WORKING: CaseStatus[] = ["assigned", "in_progress", "escalated", ...WAITING];
export const OPEN_STATUSES: CaseStatus[] = ["new", ...WORKING];

export type CaseAction =
  | "assign" | "take_over" | "respond" | "escalate" | "wait" | "resume" | "resolve" | "close" | "reopen";

/** From which statuses each action may be taken. Anything else is an illegal transition. */
export const ALLOWED_FROM: Record<CaseAction, readonly CaseStatus[]> = {
  assign: OPEN_STATUSES,
  take_over: OPEN_STATUSES,
  respond: ["assigned", "in_progress", "escalated", ...WAITING],
  escalate: ["assigned", "in_progress", ...WAITING],
  wait: ["assigned", "in_progress", "escalated"],
  resume: WAITING,
  resolve: WORKING,
  close: ["resolved"],
  reopen: ["resolved", "closed"],
};

export function canMove(action: CaseAction, from: CaseStatus): boolean {
  return ALLOWED_FROM[action].includes(from);
}

/** The status a case lands in after an action. */
export function statusAfter(
  action: CaseAction,
  from: CaseStatus,
  context: { waitFor?: WaitReason; hasAssignee?: boolean; hasExpert?: boolean } = {},
): CaseStatus {
  switch (action) {
    case "assign":
      return from === "new" || from === "in_progress" ? "assigned" : from;
    case "take_over":
      return from === "new" ? "assigned" : from;
    case "respond":
      return from === "assigned" ? "in_progress" : from;
    case "escalate":
      return "escalated";
    case "wait":
      return `waiting_${context.waitFor ?? "customer"}` as CaseStatus;
    case "resume":
      // back to whoever worked it before the wait: the expert of an escalated case, else the engineer
      return context.hasExpert ? "escalated" : "in_progress";
    case "resolve":
      return "resolved";
    case "close":
      return "closed";
    case "reopen":
      return context.hasAssignee ? "in_progress" : "new";
  }
}

/** Without an explicit priority, the fault level decides: S1 → P1 … S4 → P4. */
export function defaultPriority(faultLevel: FaultLevel): Priority {
  return `P${faultLevel.slice(1)}` as Priority;
}
