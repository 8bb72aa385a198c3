import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { actorOf } from "../auth/index.js";
import { ifMatchVersion } from "../http/versioning.js";
import type { Deps } from "../shared/deps.js";
import { presentCalendar } from "./calendars.presenter.js";
import {
  calendarDetailSchema, calendarParams, calendarSchema, calendarYearBody, calendarYearParams, calendarYearSchema, createCalendarBody,
  updateCalendarBody,
} from "./calendars.schemas.js";
import { createCalendar, getCalendar, getCalendarYear, listCalendars, replaceCalendarYear, updateCalendar } from "./calendars.use-cases.js";
import { signedIn } from "../http/access.js";

const tags = ["calendars"];

/** /calendars: business-hours calendars, and their holidays and make-up days per year. */
export function calendarsRoutes(deps: Deps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get("/calendars", {
      config: { access: signedIn },
      schema: { tags, summary: "List business calendars", response: { 200: z.object({ items: z.array(calendarSchema) }) } },
    }, async (request) => {
      const rows = await listCalendars(deps, { actor: actorOf(request) });
      return { items: rows.map(presentCalendar) };
    });

    app.post("/calendars", {
      config: { access: signedIn },
      schema: { tags, summary: "Create a business calendar (time zone and weekly windows)", body: createCalendarBody, response: { 201: calendarSchema } },
    }, async (request, reply) => {
      const created = await createCalendar(deps, { actor: actorOf(request), ...request.body });
      return reply.status(201).header("etag", `"${created.version}"`).header("location", `/api/v1/calendars/${created.id}`).send(presentCalendar(created));
    });

    app.get("/calendars/:id", {
      config: { access: signedIn },
      schema: { tags, summary: "A calendar and the years of holidays it has", params: calendarParams, response: { 200: calendarDetailSchema } },
    }, async (request, reply) => {
      const found = await getCalendar(deps, { actor: actorOf(request), calendarId: request.params.id });
      return reply.header("etag", `"${found.version}"`).send({ ...presentCalendar(found), years: found.years });
    });

    app.patch("/calendars/:id", {
      config: { access: signedIn },
      schema: { tags, summary: "Change a calendar's name, time zone or windows", params: calendarParams, body: updateCalendarBody, response: { 200: calendarSchema } },
    }, async (request, reply) => {
      const { version, ...fields } = request.body;
      const updated = await updateCalendar(deps, {
        actor: actorOf(request), calendarId: request.params.id, expectedVersion: ifMatchVersion(request) ?? version, ...fields,
      });
      return reply.header("etag", `"${updated.version}"`).send(presentCalendar(updated));
    });

    app.get("/calendars/:id/years/:year", {
      config: { access: signedIn },
      schema: { tags, summary: "One year's holidays and make-up working days", params: calendarYearParams, response: { 200: calendarYearSchema } },
    }, async (request, reply) => {
      const year = await getCalendarYear(deps, { actor: actorOf(request), calendarId: request.params.id, year: request.params.year });
      return reply.header("etag", `"${year.version}"`).send(year);
    });

    app.put("/calendars/:id/years/:year", {
      config: { access: signedIn },
      schema: {
        tags, summary: "Replace one year's holidays and make-up working days (调休)", params: calendarYearParams, body: calendarYearBody,
        response: { 200: calendarYearSchema },
      },
    }, async (request, reply) => {
      const year = await replaceCalendarYear(deps, {
        actor: actorOf(request), calendarId: request.params.id, year: request.params.year, expectedVersion: ifMatchVersion(request), ...request.body,
      });
      return reply.header("etag", `"${year.version}"`).send(year);
    });
  };
}
