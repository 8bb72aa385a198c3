import multipart from "@fastify/multipart";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { multipartRefusal } from "../attachments/index.js";
import { actorOf } from "../auth/index.js";
import { signedIn } from "../http/access.js";
import { fieldMessage, pickLocale } from "../http/messages.js";
import type { Deps } from "../shared/deps.js";
import { AppError } from "../shared/errors.js";
import { issuePart, listCaseParts, releasePart, reservePart, returnFaultyPart, suggestDepots } from "./case-parts.js";
import { createPart, getPart, listParts, updatePart } from "./catalogue.js";
import { createDepot, depotSerials, depotStock, listDepots, setMinLevel } from "./depots.js";
import { importParts } from "./import-parts.js";
import { presentLevel, presentMovement, presentPart, presentReservation } from "./inventory.presenter.js";
import * as s from "./inventory.schemas.js";
import { listLowStock } from "./low-stock.js";
import { listMovements, receiveTransfer, recordMovement } from "./record-movement.js";

const tags = ["spare parts"];
const IMPORT_MAX_BYTES = 5 * 1024 * 1024;
const config = { access: signedIn };

/** Spare parts (R20–R22): catalogue and its import, depots and their stock, movements, low stock, and the parts of a case. */
export function inventoryRoutes(deps: Deps): FastifyPluginAsyncZod {
  return async (app) => {
    await app.register(multipart, { throwFileSizeLimit: true, limits: { fileSize: IMPORT_MAX_BYTES, files: 1, fields: 2, fieldSize: 100, fieldNameSize: 100, parts: 3, headerPairs: 50 } });

    app.get("/parts", { config, schema: { tags, summary: "The parts catalogue (staff)", querystring: s.partsQuery, response: { 200: s.z.object({ items: s.z.array(s.partSchema) }) } } },
      async (request) => ({ items: (await listParts(deps, { actor: actorOf(request), ...request.query })).map(presentPart) }));
    app.post("/parts", { config, schema: { tags, summary: "Add a part to the catalogue (RMA admin)", body: s.partBody, response: { 201: s.partSchema } } },
      async (request, reply) => reply.status(201).send(presentPart(await createPart(deps, { actor: actorOf(request), part: request.body }))));
    app.get("/parts/:id", { config, schema: { tags, summary: "One part", params: s.idParams, response: { 200: s.partSchema } } },
      async (request) => presentPart(await getPart(deps, { actor: actorOf(request), partId: request.params.id })));
    app.patch("/parts/:id", { config, schema: { tags, summary: "Change a part's description, model or compatible equipment", params: s.idParams, body: s.partPatchBody, response: { 200: s.partSchema } } },
      async (request) => {
        const { version, ...changes } = request.body;
        return presentPart(await updatePart(deps, { actor: actorOf(request), partId: request.params.id, version, changes }));
      });
    app.post("/parts/import", {
      config,
      schema: {
        tags, summary: "Import the catalogue from .xlsx or .csv (headers: 备件号/Part number, 厂商/Vendor, 型号/Model, 描述/Description, 适用设备型号/Compatible models, 序列号管理/Serialised)",
        description: "multipart/form-data, one part `file`. `dryRun=true` checks every line and changes nothing; `dryRun=false` applies the file only if no line is bad.",
        querystring: s.importQuery, response: { 200: s.importReportSchema },
      },
    }, async (request) => {
      if (!request.isMultipart()) throw new AppError("multipart_required");
      let bytes: Buffer;
      try {
        const file = await request.file();
        if (!file) throw new AppError("validation_failed", {}, [{ path: "body.file", code: "required" }]);
        bytes = await file.toBuffer();
      } catch (error) {
        if (error instanceof AppError) throw error;
        if ((error as { code?: string }).code === "FST_REQ_FILE_TOO_LARGE") throw new AppError("payload_too_large", { limit: IMPORT_MAX_BYTES });
        throw multipartRefusal(error, 1);
      }
      const report = await importParts(deps, { actor: actorOf(request), bytes, dryRun: request.query.dryRun === "true" });
      const locale = pickLocale(request.headers["accept-language"]);
      return { ...report, issues: report.issues.map((issue) => ({ ...issue, message: fieldMessage(locale, issue.code) })) };
    });

    app.get("/depots", { config, schema: { tags, summary: "Depots (staff; a customer sees none)", response: { 200: s.z.object({ items: s.z.array(s.depotSchema) }) } } },
      async (request) => ({ items: await listDepots(deps, { actor: actorOf(request) }) }));
    app.post("/depots", { config, schema: { tags, summary: "Add a depot at a customer's site or a chosen place (RMA admin)", body: s.depotBody, response: { 201: s.depotSchema } } },
      async (request, reply) => {
        const depot = await createDepot(deps, { actor: actorOf(request), depot: request.body });
        return reply.status(201).send((await listDepots(deps, { actor: actorOf(request) })).find((d) => d.id === depot.id)!);
      });
    app.get("/depots/:id/stock", {
      config,
      schema: { tags, summary: "A page of a depot's stock by part number: on hand, reserved, available, in transit, minimum (q: part search; isBelowMin=true: below minimum)", params: s.idParams, querystring: s.stockQuery, response: { 200: s.stockSchema } },
    }, async (request) => {
      const { isBelowMin, ...query } = request.query;
      const { depot, items, nextCursor } = await depotStock(deps, { actor: actorOf(request), depotId: request.params.id, ...query, isBelowMin: isBelowMin === "true" });
      return { depot: { id: depot.id, name: depot.name }, items: items.map((i) => ({ ...i, available: i.onHand - i.reserved })), nextCursor };
    });
    app.get("/depots/:id/stock/:partId/serials", { config, schema: { tags, summary: "The serials of a part in stock at a depot", params: s.depotPartParams, response: { 200: s.serialsSchema } } },
      async (request) => ({ serials: await depotSerials(deps, { actor: actorOf(request), depotId: request.params.id, partId: request.params.partId }) }));
    app.put("/depots/:id/stock/:partId", { config, schema: { tags, summary: "Set a depot's minimum level of a part (RMA admin)", params: s.depotPartParams, body: s.minLevelBody, response: { 200: s.stockLevelSchema } } },
      async (request) => presentLevel(await setMinLevel(deps, { actor: actorOf(request), depotId: request.params.id, partId: request.params.partId, minLevel: request.body.minLevel })));

    app.post("/stock-movements", { config, schema: { tags, summary: "Receive, transfer (in transit until it arrives), adjust with a reason, or scrap stock (RMA admin)", body: s.movementBody, response: { 201: s.movementSchema } } },
      async (request, reply) => reply.status(201).send(presentMovement(await recordMovement(deps, { actor: actorOf(request), movement: request.body }))));
    app.post("/stock-movements/:id/arrive", { config, schema: { tags, summary: "A transfer in transit arrives at its depot", params: s.idParams, response: { 201: s.movementSchema } } },
      async (request, reply) => reply.status(201).send(presentMovement(await receiveTransfer(deps, { actor: actorOf(request), movementId: request.params.id }))));
    app.get("/stock-movements", { config, schema: { tags, summary: "The movement ledger, newest first (append-only)", querystring: s.movementsQuery, response: { 200: s.z.object({ items: s.z.array(s.movementSchema), nextBefore: s.z.string().nullable() }) } } },
      async (request) => {
        const { before, ...filter } = request.query;
        const rows = await listMovements(deps, { actor: actorOf(request), ...filter, beforeSeq: before });
        return { items: rows.map(presentMovement), nextBefore: rows.length === filter.limit ? String(rows.at(-1)!.seq) : null };
      });
    app.get("/low-stock", { config, schema: { tags, summary: "Every depot and part below its minimum, with a suggested replenishment", response: { 200: s.lowStockSchema } } },
      async (request) => ({ items: await listLowStock(deps, { actor: actorOf(request) }) }));

    app.get("/cases/:id/parts", { config, schema: { tags, summary: "The parts reserved, issued and returned on a case (staff)", params: s.caseParams, response: { 200: s.z.object({ items: s.z.array(s.reservationSchema) }) } } },
      async (request) => ({ items: (await listCaseParts(deps, { actor: actorOf(request), caseId: request.params.id })).map(presentReservation) }));
    app.get("/cases/:id/parts/suggestions", { config, schema: { tags, summary: "Depots that have a part available, the case's own site's depot first", params: s.caseParams, querystring: s.suggestionsQuery, response: { 200: s.suggestionsSchema } } },
      async (request) => ({ items: await suggestDepots(deps, { actor: actorOf(request), caseId: request.params.id, partId: request.query.partId }) }));
    app.post("/cases/:id/parts", { config, schema: { tags, summary: "Reserve a part for a case (409 insufficient_stock when the depot has too few available)", params: s.caseParams, body: s.reserveBody, response: { 201: s.reservationSchema } } },
      async (request, reply) => reply.status(201).send(presentReservation(await reservePart(deps, { actor: actorOf(request), caseId: request.params.id, ...request.body }))));
    app.post("/cases/:id/parts/:reservationId/issue", { config, schema: { tags, summary: "Issue a reserved part on site (serials for a serialised part)", params: s.reservationParams, body: s.issueBody, response: { 200: s.reservationSchema } } },
      async (request) => presentReservation(await issuePart(deps, { actor: actorOf(request), caseId: request.params.id, reservationId: request.params.reservationId, ...request.body })));
    app.post("/cases/:id/parts/:reservationId/release", { config, schema: { tags, summary: "Release a reservation back to available stock", params: s.reservationParams, body: s.releaseBody, response: { 200: s.reservationSchema } } },
      async (request) => presentReservation(await releasePart(deps, { actor: actorOf(request), caseId: request.params.id, reservationId: request.params.reservationId, ...request.body })));
    app.post("/cases/:id/parts/:reservationId/return-faulty", { config, schema: { tags, summary: "The faulty part taken out comes back to a depot (held as faulty, for an RMA)", params: s.reservationParams, body: s.returnFaultyBody, response: { 200: s.reservationSchema } } },
      async (request) => presentReservation(await returnFaultyPart(deps, { actor: actorOf(request), caseId: request.params.id, reservationId: request.params.reservationId, ...request.body })));
  };
}

/** The catalogue upload's body for the OpenAPI document (the handler reads the part itself). */
export const partsImportRequestBodies = {
  "/api/v1/parts/import": {
    post: {
      required: true,
      content: { "multipart/form-data": { schema: { type: "object", properties: { file: { type: "string", format: "binary", description: ".xlsx, or .csv (UTF-8 or GB18030)" } }, required: ["file"] } } },
    },
  },
};
