import type { TimerRow } from "./timer.js";

const iso = (d: Date | null) => (d ? d.toISOString() : null);

/** A timer as administrators see it. */
export function presentTimer(t: TimerRow) {
  return {
    id: t.id,
    key: t.key,
    kind: t.kind,
    dueAt: t.dueAt.toISOString(),
    payload: t.payload,
    status: t.status,
    attempts: t.attempts,
    lastError: t.lastError,
    createdAt: t.createdAt.toISOString(),
    firedAt: iso(t.firedAt),
    cancelledAt: iso(t.cancelledAt),
  };
}
