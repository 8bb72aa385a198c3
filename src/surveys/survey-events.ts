import { findCaseById } from "../cases/index.js";
import type { Db } from "../db/database.js";
import { scheduleTimer, type TimerHandler } from "../jobs/index.js";
import { notify } from "../notify/index.js";
import type { Deps } from "../shared/deps.js";
import { newSurveyToken, surveyTokenHash, surveyUrl } from "./survey-links.js";
import { linkStatus } from "./survey.js";
import { findAnswerByCase, findInvitation, insertInvitation, setReminder } from "./surveys.repository.js";

const DAY_MS = 86_400_000;

/**
 * R14/F7: when a case closes, its caller gets the satisfaction survey by e-mail and SMS (a short
 * one-use link, SURVEY_EXPIRE_DAYS), in the closing transaction. One answer per case: a case
 * reopened and closed again is asked again only if nobody answered yet. One reminder after
 * SURVEY_REMIND_DAYS if still unanswered.
 */
export function subscribeSurveys(deps: Deps): void {
  deps.events.subscribe("case.closed", async (tx: Db, event) => {
    const found = await findCaseById(tx, event.caseId);
    if (!found || (await findAnswerByCase(tx, found.id))) return;
    const email = found.caller.email ?? null;
    const phone = found.caller.phone ?? null;
    if (!email && !phone) return;
    const now = deps.clock.now();
    const token = newSurveyToken();
    const invitation = await insertInvitation(tx, {
      tokenHash: surveyTokenHash(token), caseId: found.id, resolutionCycle: found.resolutionCycle, email, phone,
      createdAt: now, expiresAt: new Date(now.getTime() + deps.config.surveyExpireDays * DAY_MS),
    });
    if (!invitation) return;
    const key = `survey:${found.id}:${found.resolutionCycle}`;
    await notify(tx, {
      key, recipients: [{ email, phone }], channels: ["email", "sms"], template: "survey.invitation", caseId: found.id, now,
      params: { caseNumber: found.number, subject: found.subject, surveyUrl: surveyUrl(deps.config, token), expireDays: deps.config.surveyExpireDays },
    });
    const remindAt = new Date(now.getTime() + deps.config.surveyRemindDays * DAY_MS);
    if (remindAt < invitation.expiresAt) {
      await scheduleTimer(tx, { key: `${key}:remind`, kind: "survey.remind", dueAt: remindAt, payload: { invitationId: invitation.id }, now });
    }
  });
}

/** The one reminder: a fresh link to the same invitation (the first is known only by its hash), if nobody has answered. */
const remind: TimerHandler = async (tx, timer, deps) => {
  const { invitationId } = timer.payload as { invitationId: string };
  const invitation = await findInvitation(tx, invitationId);
  if (!invitation) return;
  const now = deps.clock.now();
  if (linkStatus(invitation, Boolean(await findAnswerByCase(tx, invitation.caseId)), now) !== "open") return;
  const found = await findCaseById(tx, invitation.caseId);
  if (!found) return;
  const token = newSurveyToken();
  if (!(await setReminder(tx, invitation.id, surveyTokenHash(token), now))) return;
  await notify(tx, {
    key: `survey:${found.id}:${invitation.resolutionCycle}:reminder`, recipients: [{ email: invitation.email, phone: invitation.phone }],
    channels: ["email", "sms"], template: "survey.reminder", caseId: found.id, now,
    params: { caseNumber: found.number, subject: found.subject, surveyUrl: surveyUrl(deps.config, token), expiresAt: invitation.expiresAt.toISOString() },
  });
};

export const surveyTimerHandlers: Record<string, TimerHandler> = { "survey.remind": remind };
