import { systemActor } from "../../auth/index.js";
import type { Db } from "../../db/database.js";
import { scheduleTimer, type TimerHandler } from "../../jobs/index.js";
import { notify } from "../../notify/index.js";
import type { Deps } from "../../shared/deps.js";
import { AppError } from "../../shared/errors.js";
import { findCaseById } from "../cases.repository.js";
import { moveCase } from "../move-case.js";
import { issueConfirmationLink } from "./confirmation-links.js";

/**
 * F7 around a resolution: the customer is asked to confirm (an e-mail with a one-use link, and
 * the portal), the case closes by itself after CLOSE_AFTER_DAYS if nobody answers, and the
 * customer hears when it closes.
 */
export function subscribeClosure(deps: Deps): void {
  deps.events.subscribe("case.resolved", async (tx: Db, event) => {
    const found = await findCaseById(tx, event.caseId);
    if (!found) return;
    const now = deps.clock.now();
    const link = await issueConfirmationLink(deps, tx, found);
    const customers = found.customerId
      ? await tx.selectFrom("users").select("id").where("customerId", "=", found.customerId).where("isActive", "=", true).limit(20).execute()
      : [];
    const recipients = [
      ...(found.caller.email ? [{ email: found.caller.email }] : []),
      ...customers.map((u) => ({ userId: u.id })),
    ];
    if (recipients.length) {
      await notify(tx, {
        key: `case:${found.id}:resolved:${found.resolutionCycle}`, recipients, channels: ["email", "inapp"], template: "case.resolved_confirm",
        caseId: found.id, now, params: { caseNumber: found.number, subject: found.subject, confirmUrl: link.url, autoCloseDays: deps.config.closeAfterDays },
      });
    }
    await scheduleTimer(tx, {
      key: `case:${found.id}:autoclose:${found.resolutionCycle}`, kind: "case.auto_close", dueAt: link.expiresAt,
      payload: { caseId: found.id, resolutionCycle: found.resolutionCycle }, now,
    });
  });

  deps.events.subscribe("case.closed", async (tx: Db, event) => {
    const found = await findCaseById(tx, event.caseId);
    if (!found?.caller.email) return;
    await notify(tx, {
      key: `case:${found.id}:closed:${found.resolutionCycle}`, recipients: [{ email: found.caller.email }], channels: ["email"],
      template: "case.closed", caseId: found.id, now: deps.clock.now(), params: { caseNumber: found.number },
    });
  });
}

/** Closes a resolved case nobody answered for, if it is still in the same resolution cycle. */
const autoClose: TimerHandler = async (tx, timer, deps) => {
  const { caseId, resolutionCycle } = timer.payload as { caseId: string; resolutionCycle: number };
  const found = await findCaseById(tx, caseId);
  if (!found || found.status !== "resolved" || found.resolutionCycle !== resolutionCycle) return;
  try {
    await moveCase({ ...deps, db: tx }, { actor: systemActor, caseId, action: "close", expectedVersion: found.version, reason: "auto_closed" });
  } catch (error) {
    if (error instanceof AppError && error.code === "version_conflict") return;
    throw error;
  }
};

export const closureTimerHandlers: Record<string, TimerHandler> = { "case.auto_close": autoClose };
