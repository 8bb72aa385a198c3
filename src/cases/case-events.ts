/** The kinds of entry in a case's activity log, and who may see each. */
export const ACTIVITY_KINDS = {
  "case.opened": "public",
  "case.updated": "internal",
  "case.assigned": "internal",
  "case.taken_over": "internal",
  "case.responded": "public",
  "case.escalated": "internal",
  "case.waiting": "public",
  "case.resumed": "public",
  "case.resolved": "public",
  "case.closed": "public",
  "case.reopened": "public",
  "note.added": "by_entry",
  "call.logged": "by_entry",
  "remote_session.logged": "by_entry",
  "onsite_visit.logged": "by_entry",
  "entry.corrected": "by_entry",
  "vendor.requested": "internal",
  "vendor.confirmed": "internal",
  "vendor.rejected": "internal",
  "vendor.opened": "public",
  "vendor.answered": "internal",
  "vendor.done": "public",
  "rma.requested": "public",
  // contacts copied (CC) on the case's mail to its caller
  "cc.added": "internal",
  "cc.removed": "internal",
  "resolution.confirmed": "public",
  "resolution.disputed": "public",
  "sla.reminded": "internal",
  "sla.alerted": "internal",
  "sla.breached": "internal",
  "sla.warned": "internal",
  "sla.reassign_failed": "internal",
  "sla.recalculated": "internal",
  // surveys: the customer's satisfaction answer (R14)
  "survey.answered": "public",
  // spare parts and RMA (src/inventory, src/rma)
  "part.reserved": "internal",
  "part.issued": "internal",
  "part.released": "internal",
  "part.faulty_returned": "internal",
  "rma.opened": "public",
  "rma.advanced": "public",
  "rma.late": "internal",
} as const;
export type ActivityKind = keyof typeof ACTIVITY_KINDS;
export type Visibility = "public" | "internal";

export function visibilityOf(kind: ActivityKind, requested?: Visibility): Visibility {
  const rule = ACTIVITY_KINDS[kind];
  return rule === "by_entry" ? (requested ?? "internal") : rule;
}
