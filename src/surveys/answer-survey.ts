import type { Actor } from "../auth/index.js";
import { appendSystemEntry, findCaseById, getCase, type CaseWithNames } from "../cases/index.js";
import type { Db } from "../db/database.js";
import { inTransaction } from "../db/transaction.js";
import type { Deps } from "../shared/deps.js";
import { AppError, forbidden, notFound } from "../shared/errors.js";
import { SURVEY_TOKEN, surveyTokenHash } from "./survey-links.js";
import { linkStatus, type Scores } from "./survey.js";
import { closeInvitationsOf, findAnswerByCase, findInvitationByHash, insertAnswer, useInvitation, type AnswerRow, type InvitationRow } from "./surveys.repository.js";

export type SurveyAnswerInput = Scores & { comment?: string };

async function invitationOf(deps: Deps, token: string): Promise<{ invitation: InvitationRow; found: CaseWithNames }> {
  const invitation = SURVEY_TOKEN.test(token) ? await findInvitationByHash(deps.db, surveyTokenHash(token)) : undefined;
  const found = invitation ? await findCaseById(deps.db, invitation.caseId) : undefined;
  if (!invitation || !found) throw notFound("survey");
  return { invitation, found };
}

/** What a survey link shows before it is answered: the case number and subject, nothing else. */
export async function describeSurveyLink(deps: Deps, token: string) {
  const { invitation, found } = await invitationOf(deps, token);
  const status = linkStatus(invitation, Boolean(await findAnswerByCase(deps.db, found.id)), deps.clock.now());
  return { caseNumber: found.number, subject: found.subject, expiresAt: invitation.expiresAt, status };
}

/** The customer answers through the e-mailed or texted link: no sign-in, the link is the proof; one use, and only for its own case. */
export async function answerSurveyByLink(deps: Deps, input: { token: string; answer: SurveyAnswerInput }): Promise<AnswerRow> {
  const { invitation, found } = await invitationOf(deps, input.token);
  const now = deps.clock.now();
  if (invitation.usedAt) throw new AppError("link_used");
  if (await findAnswerByCase(deps.db, found.id)) throw new AppError("survey_answered");
  if (invitation.expiresAt <= now) throw new AppError("survey_expired");
  return inTransaction(deps.db, async (tx) => {
    if (!(await useInvitation(tx, invitation.id, now))) throw new AppError("link_used");
    return record(deps, tx, found, input.answer, { via: "link", invitationId: invitation.id, answeredBy: null, now });
  });
}

/** The same answer from the portal, by a signed-in customer of the case's company, once the case is closed. */
export async function answerSurveyInPortal(deps: Deps, input: { actor: Actor; caseId: string; answer: SurveyAnswerInput }): Promise<AnswerRow> {
  const found = await getCase(deps, { actor: input.actor, caseId: input.caseId });
  if (input.actor.kind !== "user" || input.actor.role !== "customer") throw forbidden("survey.answer");
  if (found.status !== "closed") throw new AppError("illegal_transition", { from: found.status, action: "answer_survey" });
  if (await findAnswerByCase(deps.db, found.id)) throw new AppError("survey_answered");
  const now = deps.clock.now();
  return inTransaction(deps.db, async (tx) => {
    await closeInvitationsOf(tx, found.id, now);
    return record(deps, tx, found, input.answer, { via: "portal", invitationId: null, answeredBy: input.actor.id, now });
  });
}

/** Stores the answer (one per case: a second loses with 409) and appends it, public, to the case's log. */
async function record(
  deps: Deps, tx: Db, found: CaseWithNames, answer: SurveyAnswerInput,
  context: { via: "link" | "portal"; invitationId: string | null; answeredBy: string | null; now: Date },
): Promise<AnswerRow> {
  const row = await insertAnswer(tx, {
    caseId: found.id, invitationId: context.invitationId, responseSpeed: answer.responseSpeed, professionalism: answer.professionalism,
    resolution: answer.resolution, overall: answer.overall, comment: answer.comment ?? null, via: context.via, answeredBy: context.answeredBy,
    engineerId: found.assigneeId, vendor: found.vendor, caseType: found.caseType, answeredAt: context.now,
  });
  if (!row) throw new AppError("survey_answered");
  await appendSystemEntry(deps, tx, {
    caseId: found.id, kind: "survey.answered", visibility: "public", actorId: context.answeredBy, at: context.now,
    data: {
      responseSpeed: row.responseSpeed, professionalism: row.professionalism, resolution: row.resolution, overall: row.overall,
      ...(row.comment ? { comment: row.comment } : {}), via: row.via,
    },
  });
  return row;
}

/** The case's answer, for staff and for the customer of the case's company. */
export async function getCaseSurvey(deps: Deps, input: { actor: Actor; caseId: string }): Promise<AnswerRow> {
  const found = await getCase(deps, input);
  const answer = await findAnswerByCase(deps.db, found.id);
  if (!answer) throw notFound("survey");
  return answer;
}
