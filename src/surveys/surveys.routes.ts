import type { FastifyPluginAsync } from "fastify";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { randomBytes } from "node:crypto";
import { z } from "zod";
import { pickLocale } from "../http/messages.js";
import { AppError } from "../shared/errors.js";
import { actorOf } from "../auth/index.js";
import type { Deps } from "../shared/deps.js";
import { answerSurveyByLink, answerSurveyInPortal, describeSurveyLink, getCaseSurvey } from "./answer-survey.js";
import { renderSurveyPage } from "./survey-page.js";
import { presentAnswer } from "./survey.presenter.js";
import { surveyResults } from "./survey-results.js";
import { answerBody, answerSchema, caseParams, resultsQuery, resultsSchema, surveyLinkSchema, tokenParams } from "./surveys.schemas.js";
import { anyone, signedIn } from "../http/access.js";

const tags = ["surveys"];

/** The survey: the public link (no sign-in), the portal's answer, the answer on the case, and managers' results. */
export function surveysRoutes(deps: Deps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get("/surveys/results", {
      config: { access: signedIn },
      schema: { tags, summary: "Satisfaction results: counts and average scores by engineer, vendor, case type or month (managers)", querystring: resultsQuery, response: { 200: resultsSchema } },
    }, async (request) => {
      const { groupBy, from, to } = request.query;
      const results = await surveyResults(deps, { actor: actorOf(request), groupBy, from, to });
      return { groupBy, from: from?.toISOString() ?? null, to: to?.toISOString() ?? null, ...results };
    });

    app.get("/surveys/:token", {
      config: { access: anyone, clientLimit: "links" },
      schema: { tags, summary: "What a survey link is about: case number and subject (no sign-in)", params: tokenParams, response: { 200: surveyLinkSchema } },
    }, async (request) => {
      const link = await describeSurveyLink(deps, request.params.token);
      return { ...link, expiresAt: link.expiresAt.toISOString() };
    });

    app.post("/surveys/:token", {
      config: { access: anyone, clientLimit: "links" },
      schema: { tags, summary: "Answer the survey through its link (one use, its own case only)", params: tokenParams, body: answerBody, response: { 201: answerSchema } },
    }, async (request, reply) => {
      const answer = await answerSurveyByLink(deps, { token: request.params.token, answer: request.body });
      return reply.status(201).send(presentAnswer(answer));
    });

    app.post("/cases/:id/survey", {
      config: { access: signedIn },
      schema: { tags, summary: "Answer the survey of a closed case from the portal (its company's customers)", params: caseParams, body: answerBody, response: { 201: answerSchema } },
    }, async (request, reply) => {
      const answer = await answerSurveyInPortal(deps, { actor: actorOf(request), caseId: request.params.id, answer: request.body });
      return reply.status(201).send(presentAnswer(answer));
    });

    app.get("/cases/:id/survey", {
      config: { access: signedIn },
      schema: { tags, summary: "The case's survey answer", params: caseParams, response: { 200: answerSchema } },
    }, async (request) => presentAnswer(await getCaseSurvey(deps, { actor: actorOf(request), caseId: request.params.id })));
  };
}

/** The short link of the text message, PUBLIC_URL/s/<token>: a small page of its own that shows the survey and posts the answer. */
export function surveyShortLinkRoutes(deps: Deps): FastifyPluginAsync {
  return async (app) => {
    app.get("/s/:token", { config: { access: anyone, clientLimit: "links" }, schema: { hide: true, params: tokenParams } }, async (request, reply) => {
      const { token } = request.params as z.infer<typeof tokenParams>;
      const link = await describeSurveyLink(deps, token).catch((error: unknown) => {
        if (error instanceof AppError && error.code === "not_found") return null;
        throw error;
      });
      const nonce = randomBytes(16).toString("base64");
      const language = pickLocale(request.headers["accept-language"]);
      return reply
        .status(link ? 200 : 404)
        .header("content-security-policy", `default-src 'none'; script-src 'nonce-${nonce}'; style-src 'unsafe-inline'; connect-src 'self'; form-action 'none'; base-uri 'none'; frame-ancestors 'none'`)
        // the token is in the address: keep it out of Referer headers, caches and search engines
        .header("referrer-policy", "no-referrer")
        .header("cache-control", "no-store")
        .header("x-robots-tag", "noindex")
        .type("text/html; charset=utf-8")
        .send(renderSurveyPage({ token, language, nonce, link }));
    });
  };
}
