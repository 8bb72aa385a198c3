import { appendSystemEntry } from "../cases/index.js";
import type { TimerHandler } from "../jobs/index.js";
import { notify } from "../notify/index.js";
import { appendRmaEvent, lockRma, rmaAdminIds } from "./rmas.repository.js";
import { isTimed, WAITING_FOR } from "./rma.js";
import { LATE_TIMER_KIND } from "./rma-steps.js";
import type { RmaStatus } from "./tables.js";

/**
 * A state's target passed: if the RMA is still in that state, the RMA admins and whoever opened
 * it are warned (in-app, e-mail, SMS) and the lateness is logged on the RMA and its case. It runs
 * in the timer's transaction, keyed by RMA and state, so it happens once across instances and restarts.
 */
const stepLate: TimerHandler = async (tx, timer, deps) => {
  const { rmaId, status } = timer.payload as { rmaId: string; status: RmaStatus };
  const rma = await lockRma(tx, rmaId);
  if (!rma || rma.status !== status || !isTimed(status) || rma.lateSince) return;
  const now = deps.clock.now();
  await appendSystemEntry(deps, tx, { caseId: rma.caseId, kind: "rma.late", at: now, data: { rmaId: rma.id, rmaNumber: rma.number, status, dueAt: rma.stepDueAt?.toISOString() ?? null } });
  await tx.updateTable("rmas").set({ lateSince: now }).where("id", "=", rma.id).execute();
  await appendRmaEvent(tx, { rmaId: rma.id, kind: "late", fromStatus: status, toStatus: status, actorId: null, at: now, data: { dueAt: rma.stepDueAt?.toISOString() ?? null } });
  const recipients = [...new Set([...(await rmaAdminIds(tx)), ...(rma.requestedBy ? [rma.requestedBy] : [])])].map((userId) => ({ userId }));
  await notify(tx, {
    key: timer.key, recipients, channels: ["inapp", "email", "sms"], template: "rma.step_late", caseId: rma.caseId, now,
    params: {
      rmaNumber: rma.number, caseNumber: rma.caseNumber, stepZh: WAITING_FOR[status].zh, stepEn: WAITING_FOR[status].en, dueAt: rma.stepDueAt ?? now,
      url: deps.config.publicUrl ? `${deps.config.publicUrl.replace(/\/$/, "")}/rma/${rma.id}` : null,
    },
  });
};

export const rmaTimerHandlers: Record<string, TimerHandler> = { [LATE_TIMER_KIND]: stepLate };
