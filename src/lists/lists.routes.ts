import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { actorOf } from "../auth/index.js";
import { signedIn } from "../http/access.js";
import { ifMatchVersion } from "../http/versioning.js";
import type { Deps } from "../shared/deps.js";
import type { ListEntry, ListKind } from "./lists.repository.js";
import { codeParams, createEntryBody, listEntrySchema, listResponse, updateEntryBody } from "./lists.schemas.js";
import { addListEntry, changeListEntry, readList } from "./manage-lists.js";

const tags = ["lists"];
const present = (entry: ListEntry) => ({ ...entry, updatedAt: entry.updatedAt.toISOString() });
const LISTS: Array<{ path: string; kind: ListKind; what: string }> = [
  { path: "/vendors", kind: "vendors", what: "vendor" },
  { path: "/case-types", kind: "caseTypes", what: "case type" },
];

/** /vendors and /case-types: the managed lists a case's vendor and case type come from. */
export function listsRoutes(deps: Deps): FastifyPluginAsyncZod {
  return async (app) => {
    for (const { path, kind, what } of LISTS) {
      app.get(path, {
        config: { access: signedIn },
        schema: { tags, summary: `Every ${what}: code, Chinese and English name, active (inactive ones last)`, response: { 200: listResponse } },
      }, async () => ({ items: (await readList(deps, kind)).map(present) }));

      app.post(path, {
        config: { access: signedIn },
        schema: { tags, summary: `Add a ${what} (admins; a code already listed is 409)`, body: createEntryBody, response: { 201: listEntrySchema } },
      }, async (request, reply) => reply.status(201).send(present(await addListEntry(deps, { actor: actorOf(request), kind, ...request.body }))));

      app.patch(`${path}/:code`, {
        config: { access: signedIn },
        schema: { tags, summary: `Rename or (de)activate a ${what} (admins; If-Match or version, 409 when stale)`, params: codeParams, body: updateEntryBody, response: { 200: listEntrySchema } },
      }, async (request) => {
        const { version, ...fields } = request.body;
        return present(await changeListEntry(deps, { actor: actorOf(request), kind, code: request.params.code, expectedVersion: ifMatchVersion(request) ?? version, ...fields }));
      });
    }
  };
}
