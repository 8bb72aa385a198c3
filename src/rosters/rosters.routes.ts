import type { FastifyRequest } from "fastify";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { actorOf } from "../auth/index.js";
import { ifMatchVersion } from "../http/versioning.js";
import type { Deps } from "../shared/deps.js";
import { decodeCursor, encodeCursor } from "../shared/pagination.js";
import { onDuty, reachable } from "./on-duty.js";
import { getShiftPattern, listOverrides, listRosterAssignments, listShiftPatterns } from "./read-rosters.js";
import { cancelOverride, recordOverride, recordSwap } from "./record-override.js";
import {
  presentAssignment, presentAvailability, presentOnDuty, presentOverride, presentPattern, presentReachable,
} from "./roster.presenter.js";
import {
  assignmentSchema, availabilityBody, availabilitySchema, createAssignmentBody, createOverrideBody, createPatternBody, createSwapBody,
  listAssignmentsQuery, listOverridesQuery, onDutyQuery, onDutySchema, overrideSchema, patternSchema, reachableQuery, reachableSchema,
  swapSchema, updateAssignmentBody, updatePatternBody, vendorsBody, vendorsSchema,
} from "./rosters.schemas.js";
import { setAvailability } from "./set-availability.js";
import { getVendorCoverage, setVendorCoverage } from "./set-vendor-coverage.js";
import { createRosterAssignment, deleteRosterAssignment, updateRosterAssignment } from "./save-roster-assignment.js";
import { createShiftPattern, deleteShiftPattern, updateShiftPattern } from "./save-shift-pattern.js";
import { signedIn } from "../http/access.js";

const tags = ["rosters"];
const idParams = z.strictObject({ id: z.string().uuid() });
const page = <T extends z.ZodType>(item: T) => z.object({ items: z.array(item), nextCursor: z.string().nullable() });
const noContent = { 204: z.null() };
const expected = (request: FastifyRequest, bodyVersion?: number) => ifMatchVersion(request) ?? bodyVersion;

/** /rosters: shift patterns, assignments, overrides and swaps, who is on duty and reachable; /users/{id}/vendors and availability. */
export function rostersRoutes(deps: Deps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get("/rosters/patterns", { config: { access: signedIn }, schema: { tags, summary: "Shift patterns", response: { 200: z.object({ items: z.array(patternSchema) }) } } }, async (request) => {
      const rows = await listShiftPatterns(deps, { actor: actorOf(request) });
      return { items: rows.map(presentPattern) };
    });

    app.post("/rosters/patterns", {
      config: { access: signedIn },
      schema: { tags, summary: "Define a shift pattern: 7×24, day/night shifts or weekly windows", body: createPatternBody, response: { 201: patternSchema } },
    }, async (request, reply) => {
      const created = await createShiftPattern(deps, { actor: actorOf(request), ...request.body });
      return reply.status(201).send(presentPattern(created));
    });

    app.get("/rosters/patterns/:id", { config: { access: signedIn }, schema: { tags, summary: "A shift pattern", params: idParams, response: { 200: patternSchema } } }, async (request) => {
      return presentPattern(await getShiftPattern(deps, { actor: actorOf(request), patternId: request.params.id }));
    });

    app.patch("/rosters/patterns/:id", {
      config: { access: signedIn },
      schema: { tags, summary: "Rename or redefine a shift pattern", params: idParams, body: updatePatternBody, response: { 200: patternSchema } },
    }, async (request) => {
      const { version, ...fields } = request.body;
      const updated = await updateShiftPattern(deps, {
        actor: actorOf(request), patternId: request.params.id, expectedVersion: expected(request, version), ...fields,
      });
      return presentPattern(updated);
    });

    app.delete("/rosters/patterns/:id", { config: { access: signedIn }, schema: { tags, summary: "Delete an unused shift pattern", params: idParams, response: noContent } }, async (request, reply) => {
      await deleteShiftPattern(deps, { actor: actorOf(request), patternId: request.params.id });
      return reply.status(204).send(null);
    });

    app.get("/rosters/assignments", {
      config: { access: signedIn },
      schema: { tags, summary: "Roster assignments by start date", querystring: listAssignmentsQuery, response: { 200: page(assignmentSchema) } },
    }, async (request) => {
      const { cursor, ...filter } = request.query;
      const after = cursor ? decodeCursor(cursor) : undefined;
      const { rows, hasMore } = await listRosterAssignments(deps, {
        actor: actorOf(request), ...filter, after: after ? { validFrom: String(after.v), id: after.id } : undefined,
      });
      const last = rows.at(-1);
      return { items: rows.map(presentAssignment), nextCursor: hasMore && last ? encodeCursor({ v: last.validFrom, id: last.id }) : null };
    });

    app.post("/rosters/assignments", {
      config: { access: signedIn },
      schema: { tags, summary: "Put a user on a shift of a pattern over a range of dates", body: createAssignmentBody, response: { 201: assignmentSchema } },
    }, async (request, reply) => {
      const created = await createRosterAssignment(deps, { actor: actorOf(request), ...request.body });
      return reply.status(201).send(presentAssignment(created));
    });

    app.patch("/rosters/assignments/:id", {
      config: { access: signedIn },
      schema: { tags, summary: "Change an assignment's shift or dates", params: idParams, body: updateAssignmentBody, response: { 200: assignmentSchema } },
    }, async (request) => {
      const { version, ...fields } = request.body;
      const updated = await updateRosterAssignment(deps, {
        actor: actorOf(request), assignmentId: request.params.id, expectedVersion: expected(request, version), ...fields,
      });
      return presentAssignment(updated);
    });

    app.delete("/rosters/assignments/:id", { config: { access: signedIn }, schema: { tags, summary: "Take an assignment off the roster", params: idParams, response: noContent } }, async (request, reply) => {
      await deleteRosterAssignment(deps, { actor: actorOf(request), assignmentId: request.params.id });
      return reply.status(204).send(null);
    });

    app.get("/rosters/overrides", {
      config: { access: signedIn },
      schema: { tags, summary: "Overrides in force overlapping a window", querystring: listOverridesQuery, response: { 200: page(overrideSchema) } },
    }, async (request) => {
      const { cursor, ...filter } = request.query;
      const after = cursor ? decodeCursor(cursor) : undefined;
      const { rows, hasMore } = await listOverrides(deps, {
        actor: actorOf(request), ...filter, after: after ? { startsAt: new Date(String(after.v)), id: after.id } : undefined,
      });
      const last = rows.at(-1);
      return { items: rows.map(presentOverride), nextCursor: hasMore && last ? encodeCursor({ v: last.startsAt.toISOString(), id: last.id }) : null };
    });

    app.post("/rosters/overrides", {
      config: { access: signedIn },
      schema: { tags, summary: "Put someone on duty (a call-in) or off duty over an interval", body: createOverrideBody, response: { 201: overrideSchema } },
    }, async (request, reply) => {
      const created = await recordOverride(deps, { actor: actorOf(request), ...request.body });
      return reply.status(201).send(presentOverride(created));
    });

    app.delete("/rosters/overrides/:id", { config: { access: signedIn }, schema: { tags, summary: "Cancel an override (both halves of a swap)", params: idParams, response: noContent } }, async (request, reply) => {
      await cancelOverride(deps, { actor: actorOf(request), overrideId: request.params.id });
      return reply.status(204).send(null);
    });

    app.post("/rosters/swaps", {
      config: { access: signedIn },
      schema: { tags, summary: "Record a swap: one goes off duty, another comes on, over the same interval", body: createSwapBody, response: { 201: swapSchema } },
    }, async (request, reply) => {
      const swap = await recordSwap(deps, { actor: actorOf(request), ...request.body });
      return reply.status(201).send({ swapId: swap.swapId, offDuty: presentOverride(swap.offDuty), onDuty: presentOverride(swap.onDuty) });
    });

    app.get("/rosters/on-duty", {
      config: { access: signedIn },
      schema: { tags, summary: "Who is on duty (default now), with shift, open-case load and vendors", querystring: onDutyQuery, response: { 200: z.object({ at: z.string(), items: z.array(onDutySchema) }) } },
    }, async (request) => {
      const at = request.query.at ?? deps.clock.now();
      const users = await onDuty(deps, { actor: actorOf(request), at, role: request.query.role });
      return { at: at.toISOString(), items: users.map(presentOnDuty) };
    });

    app.get("/rosters/reachable", {
      config: { access: signedIn },
      schema: { tags, summary: "Who can be called (default now): on duty, or off duty but reachable", querystring: reachableQuery, response: { 200: z.object({ at: z.string(), items: z.array(reachableSchema) }) } },
    }, async (request) => {
      const at = request.query.at ?? deps.clock.now();
      const users = await reachable(deps, { actor: actorOf(request), at });
      return { at: at.toISOString(), items: users.map(presentReachable) };
    });

    app.get("/users/:id/vendors", { config: { access: signedIn }, schema: { tags, summary: "The vendors a user covers", params: idParams, response: { 200: vendorsSchema } } }, async (request) => {
      return getVendorCoverage(deps, { actor: actorOf(request), userId: request.params.id });
    });

    app.put("/users/:id/vendors", {
      config: { access: signedIn },
      schema: { tags, summary: "Set the vendors an engineer covers", params: idParams, body: vendorsBody, response: { 200: vendorsSchema } },
    }, async (request) => {
      return setVendorCoverage(deps, { actor: actorOf(request), userId: request.params.id, vendors: request.body.vendors });
    });

    app.put("/users/:id/availability", {
      config: { access: signedIn },
      schema: { tags, summary: "Say whether a user can be called while off duty", params: idParams, body: availabilityBody, response: { 200: availabilitySchema } },
    }, async (request) => {
      const saved = await setAvailability(deps, { actor: actorOf(request), userId: request.params.id, ...request.body });
      return presentAvailability(saved);
    });
  };
}
