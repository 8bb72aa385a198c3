import multipart from "@fastify/multipart";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import type { Actor } from "../auth/index.js";
import { caseSchema, entrySchema, getCase, isCustomerActor, presentCase, presentCaseForCustomer, presentEntry, type CaseWithNames } from "../cases/index.js";
import { actorOf } from "../auth/index.js";
import type { Deps } from "../shared/deps.js";
import { AppError } from "../shared/errors.js";
import { addAttachments } from "./add-attachments.js";
import { presentAttachment } from "./attachment.presenter.js";
import { attachmentParams, attachmentSchema, caseParams, faxFields, listAttachmentsQuery, openWithFilesFields, uploadFields } from "./attachments.schemas.js";
import { servedType } from "./content-type.js";
import { contentDisposition } from "./filename.js";
import { attachmentStoreFor } from "./attachment-store.js";
import { parseFields, withMultipart } from "./multipart-body.js";
import { openCaseWithAttachments } from "./open-case-with-attachments.js";
import { listCaseAttachments, openAttachment } from "./read-attachments.js";
import { receiveFax } from "./receive-fax.js";
import { signedIn } from "../http/access.js";

const tags = ["attachments"];
/** files per request */
const MAX_FILES = 10;
/** one text field (the `case` JSON may carry a 50,000-character description) */
const FIELD_LIMIT_BYTES = 256 * 1024;
const idempotencyHeaders = z.object({ "idempotency-key": z.string().min(1).max(200).regex(/^[\x21-\x7e]+$/).optional() });
const caseWithAttachments = caseSchema.extend({ attachments: z.array(attachmentSchema) });

const view = (actor: Actor, c: CaseWithNames) => (isCustomerActor(actor) ? presentCaseForCustomer(c) : presentCase(c));
const noFile = () => new AppError("validation_failed", {}, [{ path: "body.file", code: "required" }]);

const MULTIPART_NOTE = "multipart/form-data; files in parts named `file` (repeatable, at most 10)";

/** Uploads and downloads of attachments, cases opened with files, and fax images. */
export function attachmentsRoutes(deps: Deps): FastifyPluginAsyncZod {
  return async (app) => {
    // only this plugin's routes take multipart bodies; BODY_LIMIT_BYTES stays the JSON limit
    await app.register(multipart, {
      throwFileSizeLimit: true,
      // the whole name reaches sanitiseFilename, which removes the path and says so
      preservePath: true,
      limits: { fileSize: deps.config.attachmentMaxBytes, files: MAX_FILES, fields: 10, fieldSize: FIELD_LIMIT_BYTES, fieldNameSize: 100, parts: MAX_FILES + 10, headerPairs: 50 },
    });
    const limits = { maxFiles: MAX_FILES, fileLimitBytes: deps.config.attachmentMaxBytes, fieldLimitBytes: FIELD_LIMIT_BYTES };
    // uploads are spooled into the store's folder as they arrive
    const store = attachmentStoreFor(deps.config);

    app.post("/cases/:id/attachments", {
      config: { access: signedIn },
      schema: {
        tags, summary: "Attach files to a case with a note", params: caseParams,
        description: `${MULTIPART_NOTE}; optional text fields \`body\` (the note), \`visibility\` (public | internal; customers: public, staff: internal by default) and \`notifyCustomer\` ("false": a staff member's public note is not e-mailed to the caller with its files). One log entry names the files; they follow its visibility.`,
        response: { 201: z.object({ entry: entrySchema, attachments: z.array(attachmentSchema) }) },
      },
    }, async (request, reply) => {
      const actor = actorOf(request);
      const result = await withMultipart(request, store, limits, async ({ fields, files }) => {
        const { body, visibility, notifyCustomer } = parseFields(uploadFields, fields);
        if (files.length === 0) throw noFile();
        return addAttachments(deps, {
          actor, caseId: request.params.id, body, visibility: visibility ?? (isCustomerActor(actor) ? "public" : "internal"), files, notifyCustomer: notifyCustomer !== "false",
        });
      });
      return reply.status(201).send({
        entry: presentEntry({ ...result.entry, actorName: actor.name, actorRole: actor.role }),
        attachments: result.attachments.map(presentAttachment),
      });
    });

    app.get("/cases/:id/attachments", {
      config: { access: signedIn },
      schema: { tags, summary: "A case's attachments, oldest first (customers: those of public entries)", params: caseParams, querystring: listAttachmentsQuery, response: { 200: z.object({ items: z.array(attachmentSchema), nextCursor: z.string().nullable() }) } },
    }, async (request) => {
      const result = await listCaseAttachments(deps, { actor: actorOf(request), caseId: request.params.id, ...request.query });
      return { items: result.items.map(presentAttachment), nextCursor: result.nextCursor };
    });

    app.get("/attachments/:id", {
      config: { access: signedIn },
      schema: {
        tags, summary: "Download an attachment", params: attachmentParams,
        description: "Always a download (Content-Disposition: attachment), with X-Content-Type-Options: nosniff and Content-Security-Policy: sandbox; images, PDF, TIFF and plain text keep their type, everything else is application/octet-stream.",
      },
    }, async (request, reply) => {
      const { attachment, content } = await openAttachment(deps, { actor: actorOf(request), attachmentId: request.params.id });
      return reply
        .header("content-type", servedType(attachment.sniffedType))
        .header("content-disposition", contentDisposition(attachment.filename))
        .header("content-length", attachment.sizeBytes)
        .header("x-content-type-options", "nosniff")
        .header("content-security-policy", "sandbox; default-src 'none'")
        .header("cross-origin-resource-policy", "same-origin")
        .header("cache-control", "private, no-store")
        .header("etag", `"${attachment.sha256}"`)
        .send(content);
    });

    app.post("/cases/with-attachments", {
      config: { access: signedIn },
      schema: {
        tags: ["cases", ...tags], summary: "Open a case with files", headers: idempotencyHeaders,
        description: `${MULTIPART_NOTE}; text field \`case\`: the JSON body of POST /cases. The files belong to the (public) opening entry.`,
        response: { 201: caseWithAttachments },
      },
    }, async (request, reply) => {
      const actor = actorOf(request);
      const result = await withMultipart(request, store, { ...limits, jsonFields: ["case"] }, async ({ fields, files }) => {
        const { case: opening } = parseFields(openWithFilesFields, fields);
        return openCaseWithAttachments(deps, { actor, ...opening, idempotencyKey: request.headers["idempotency-key"], files });
      });
      if (result.replayed) reply.header("idempotent-replayed", "true");
      reply.header("location", `/api/v1/cases/${result.case.id}`);
      return reply.status(201).send({ ...view(actor, result.case), attachments: result.attachments.map(presentAttachment) });
    });

    app.post("/faxes", {
      config: { access: signedIn },
      schema: {
        tags: ["cases", ...tags], summary: "File a fax image (PDF or TIFF) to a new or an existing case", headers: idempotencyHeaders,
        description: "multipart/form-data; one part `file` (a PDF or TIFF, by its bytes); either `caseId` (an existing case's id or number) or `case` (the JSON body of POST /cases; channel becomes fax); optional `note` and `visibility` (public by default). Dispatchers, managers and admins.",
        response: { 201: caseWithAttachments },
      },
    }, async (request, reply) => {
      const actor = actorOf(request);
      const result = await withMultipart(request, store, { ...limits, maxFiles: 1, jsonFields: ["case"] }, async ({ fields, files }) => {
        const parsed = parseFields(faxFields, fields);
        const [file] = files;
        if (!file) throw noFile();
        return receiveFax(deps, {
          actor, file, caseId: parsed.caseId, newCase: parsed.case, note: parsed.note, visibility: parsed.visibility, idempotencyKey: request.headers["idempotency-key"],
        });
      });
      const found = result.kind === "opened" ? result.case : await getCase(deps, { actor, caseId: result.entry.caseId });
      if (result.kind === "opened") reply.header("location", `/api/v1/cases/${found.id}`);
      return reply.status(201).send({ ...view(actor, found), attachments: result.attachments.map(presentAttachment) });
    });
  };
}
