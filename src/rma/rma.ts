import type { RmaStatus, WarrantyTerm } from "./tables.js";

/** The RMA's states and the steps between them (F6, seed §5.3); pure rules, no database. */
export const RMA_STATUSES = ["requested", "vendor_approved", "replacement_dispatched", "faulty_returned", "closed", "rejected"] as const satisfies readonly RmaStatus[];
export const WARRANTY_TERMS = ["repair", "replace", "refund"] as const satisfies readonly WarrantyTerm[];
export const TIMED_STATUSES = ["requested", "vendor_approved", "replacement_dispatched", "faulty_returned"] as const satisfies readonly RmaStatus[];
export type TimedStatus = (typeof TIMED_STATUSES)[number];

const NEXT: Record<RmaStatus, readonly RmaStatus[]> = {
  requested: ["vendor_approved", "rejected"],
  vendor_approved: ["replacement_dispatched", "rejected"],
  replacement_dispatched: ["faulty_returned"],
  faulty_returned: ["closed"],
  closed: [],
  rejected: [],
};

/** Whether `to` is a legal next step; a refund (退货) has no replacement to dispatch. */
export function canAdvance(from: RmaStatus, to: RmaStatus, term: WarrantyTerm): boolean {
  if (term === "refund" && from === "vendor_approved" && to === "faulty_returned") return true;
  return NEXT[from].includes(to);
}

export const isTerminal = (status: RmaStatus) => status === "closed" || status === "rejected";
export const isTimed = (status: RmaStatus): status is TimedStatus => (TIMED_STATUSES as readonly string[]).includes(status);

/** What a late step is waiting for, as the warning says it. */
export const WAITING_FOR: Record<TimedStatus, { zh: string; en: string }> = {
  requested: { zh: "等待厂家批准（RMA 号）", en: "waiting for the vendor's RMA number" },
  vendor_approved: { zh: "等待替换件发出", en: "waiting for the replacement to be dispatched" },
  replacement_dispatched: { zh: "等待故障件寄回", en: "waiting for the faulty part to be returned" },
  faulty_returned: { zh: "等待关闭", en: "waiting to be closed" },
};

/**
 * 三包: a part is under warranty until the equipment's own warranty end, or, without one, the
 * contract's end; `today` is a YYYY-MM-DD date.
 */
export function warrantyOf(input: { equipmentWarrantyEndsOn: string | null; contractEndsOn: string | null; today: string }) {
  if (input.equipmentWarrantyEndsOn) return { basis: "equipment" as const, endsOn: input.equipmentWarrantyEndsOn, isUnderWarranty: input.today <= input.equipmentWarrantyEndsOn };
  if (input.contractEndsOn) return { basis: "contract" as const, endsOn: input.contractEndsOn, isUnderWarranty: input.today <= input.contractEndsOn };
  return { basis: "none" as const, endsOn: null, isUnderWarranty: false };
}
