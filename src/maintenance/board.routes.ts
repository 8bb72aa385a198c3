import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { DateTime } from "luxon";
import { z } from "zod";
import { actorOf } from "../auth/index.js";
import { signedIn } from "../http/access.js";
import type { Deps } from "../shared/deps.js";
import { AppError } from "../shared/errors.js";
import { requiredText, TEXT_LIMITS, uuid } from "../shared/text.js";
import { assertCan } from "./maintenance.policy.js";
import { BOARD_TIME_ZONE, maintenanceFigures } from "./maintenance-figures.js";
import { customerParams, periodSchema } from "./maintenance.schemas.js";
import { listCallsDue, listProactiveCalls, logProactiveCall } from "./proactive-calls.js";

const tags = ["maintenance"];
const ZONE = BOARD_TIME_ZONE;

const monthSchema = z.object({
  customerId: z.string(), customerName: z.string(), month: z.string(), jobsDue: z.number(), deliveredOnTime: z.number(), deliveredLate: z.number(),
  late: z.number(), open: z.number(), proactiveCalls: z.number(),
});
const callSchema = z.object({
  id: z.string(), customerId: z.string(), customerName: z.string(), contactId: z.string().nullable(), contactName: z.string(), engineerId: z.string().nullable(),
  engineerName: z.string().nullable(), direction: z.enum(["outbound", "inbound"]), summary: z.string(), calledAt: z.string(), followUpOn: z.string().nullable(), createdAt: z.string(),
});
const callDueSchema = z.object({
  planId: z.string(), customerId: z.string(), customerName: z.string(), engineerId: z.string().nullable(), engineerName: z.string().nullable(),
  period: z.string(), dueAt: z.string(), overdue: z.boolean(),
});
const callBody = z.strictObject({
  contactId: uuid.optional(), contactName: requiredText(200).optional(), direction: z.enum(["outbound", "inbound"]).default("outbound"), summary: requiredText(TEXT_LIMITS.body),
  calledAt: z.iso.datetime({ offset: true }).transform((value) => new Date(value)).optional(),
  followUpOn: z.iso.date().nullable().optional(),
});

const monthStart = (month: string) => DateTime.fromFormat(month, "yyyy-MM", { zone: ZONE }).toJSDate();

/** The manager's maintenance board and proactive calls (R32). */
export function maintenanceBoardRoutes(deps: Deps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get("/maintenance-board", {
      config: { access: signedIn },
      schema: {
        tags, summary: "Per customer and month: jobs due, delivered on time or late, late and still open, proactive calls (managers, admins)",
        querystring: z.strictObject({ from: periodSchema.optional(), to: periodSchema.optional(), customerId: uuid.optional() }),
        response: { 200: z.object({ from: z.string(), to: z.string(), items: z.array(monthSchema) }) },
      },
    }, async (request) => {
      assertCan(actorOf(request), "read_board");
      const now = DateTime.fromJSDate(deps.clock.now(), { zone: ZONE });
      const to = request.query.to ?? now.toFormat("yyyy-MM");
      const from = request.query.from ?? DateTime.fromFormat(to, "yyyy-MM").minus({ months: 5 }).toFormat("yyyy-MM");
      if (from > to) throw new AppError("validation_failed", {}, [{ path: "querystring.from", code: "range_order" }]);
      const end = DateTime.fromFormat(to, "yyyy-MM", { zone: ZONE }).plus({ months: 1 }).toJSDate();
      const items = await maintenanceFigures(deps, { customerId: request.query.customerId, from: monthStart(from), to: end, timeZone: ZONE });
      return { from, to, items };
    });

    app.post("/customers/:id/proactive-calls", {
      config: { access: signedIn },
      schema: { tags, summary: "Log a proactive call to a customer, with no case: contact, direction, summary, follow-up date", params: customerParams, body: callBody, response: { 201: callSchema } },
    }, async (request, reply) => reply.status(201).send(await logProactiveCall(deps, { actor: actorOf(request), customerId: request.params.id, ...request.body })));

    app.get("/customers/:id/proactive-calls", {
      config: { access: signedIn },
      schema: { tags, summary: "A customer's proactive calls, newest first (staff)", params: customerParams, response: { 200: z.object({ items: z.array(callSchema) }) } },
    }, async (request) => ({ items: await listProactiveCalls(deps, { actor: actorOf(request), customerId: request.params.id }) }));

    app.get("/proactive-calls", {
      config: { access: signedIn },
      schema: {
        tags, summary: "Proactive calls, of one engineer if asked, newest first (staff)",
        querystring: z.strictObject({ engineerId: uuid.optional(), limit: z.coerce.number().int().min(1).max(500).default(100) }), response: { 200: z.object({ items: z.array(callSchema) }) },
      },
    }, async (request) => ({ items: await listProactiveCalls(deps, { actor: actorOf(request), ...request.query }) }));

    app.get("/proactive-calls/due", {
      config: { access: signedIn },
      schema: {
        tags, summary: "Calls that plans asking for a monthly call still wait for this period (no call to the customer logged since it began), with when each is due (staff)",
        querystring: z.strictObject({ engineerId: uuid.optional(), customerId: uuid.optional() }), response: { 200: z.object({ items: z.array(callDueSchema) }) },
      },
    }, async (request) => ({ items: await listCallsDue(deps, { actor: actorOf(request), ...request.query }) }));
  };
}
