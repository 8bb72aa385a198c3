import type { RmaRow } from "./rmas.repository.js";

const iso = (d: Date | null | undefined) => (d ? new Date(d).toISOString() : null);
const dateOnly = (d: unknown) => (d instanceof Date ? d.toISOString().slice(0, 10) : d ? String(d).slice(0, 10) : null);

type Extra = { partNumber?: string | null; partDescription?: string | null };
type Event = { seq: number; kind: "step" | "late"; fromStatus: RmaRow["status"] | null; toStatus: RmaRow["status"]; actorName: string | null; at: Date; data: unknown };

/** The RMA as staff read it. */
export function presentRma(rma: RmaRow & Extra, now: Date, events?: Event[]) {
  return {
    ...rma, partNumber: rma.partNumber ?? null, partDescription: rma.partDescription ?? null, warrantyEndsOn: dateOnly(rma.warrantyEndsOn),
    requestedAt: iso(rma.requestedAt)!, updatedAt: iso(rma.updatedAt)!, closedAt: iso(rma.closedAt), stepStartedAt: iso(rma.stepStartedAt)!, stepDueAt: iso(rma.stepDueAt),
    lateSince: iso(rma.lateSince), isLate: Boolean(rma.stepDueAt && rma.stepDueAt.getTime() < now.getTime() && rma.status !== "closed" && rma.status !== "rejected"),
    ...(events ? { events: events.map((e) => ({ ...e, at: iso(e.at)!, data: (typeof e.data === "string" ? JSON.parse(e.data) : e.data) as Record<string, unknown> })) } : {}),
  };
}

/** The public part a customer may read: number, case, state, term and dates; no vendor, serials, depots or notes. */
export function presentRmaForCustomer(rma: RmaRow & Extra, events?: Event[]) {
  return {
    id: rma.id, number: rma.number, caseId: rma.caseId, caseNumber: rma.caseNumber, status: rma.status, warrantyTerm: rma.warrantyTerm, isUnderWarranty: rma.isUnderWarranty,
    partDescription: rma.partDescription ?? null, requestedAt: iso(rma.requestedAt)!, updatedAt: iso(rma.updatedAt)!, closedAt: iso(rma.closedAt),
    ...(events ? { steps: events.filter((e) => e.kind === "step").map((e) => ({ status: e.toStatus, at: iso(e.at)! })) } : {}),
  };
}
