/** Satisfaction surveys (R14, F7): invitations on closure, one-use links, one reminder, answers on the case, results. */
export { surveysRoutes, surveyShortLinkRoutes } from "./surveys.routes.js";
export { subscribeSurveys, surveyTimerHandlers } from "./survey-events.js";
export { answerSurveyByLink, answerSurveyInPortal, describeSurveyLink, getCaseSurvey } from "./answer-survey.js";
export { surveyResults } from "./survey-results.js";
