import type { AnswerRow } from "./surveys.repository.js";

/** An answer as the case shows it: the scores and comment, not who is behind the link. */
export const presentAnswer = (a: AnswerRow) => ({
  caseId: a.caseId, responseSpeed: a.responseSpeed, professionalism: a.professionalism, resolution: a.resolution, overall: a.overall,
  comment: a.comment, via: a.via, answeredAt: a.answeredAt.toISOString(),
});
