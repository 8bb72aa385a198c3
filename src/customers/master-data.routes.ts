import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { actorOf } from "../auth/index.js";
import { signedIn } from "../http/access.js";
import { ifMatchVersion } from "../http/versioning.js";
import type { MasterDataEntity } from "../db/schema.js";
import type { Deps } from "../shared/deps.js";
import { decodeCursor, encodeCursor } from "../shared/pagination.js";
import { changeHistory } from "./change-history.js";
import { presentChange, presentContact, presentContract, presentCustomer, presentEquipment, presentSite } from "./customer.presenter.js";
import {
  changeSchema, contactHitSchema, contractSchema, customerSchema, equipmentBody, equipmentSchema, searchContactsQuery, siteSchema,
  updateContractBody, updateCustomerBody, updateEquipmentBody, updateSiteBody,
} from "./customers.schemas.js";
import { searchContacts } from "./read-customers.js";
import { addEquipment, updateEquipment } from "./save-equipment.js";
import { updateSite } from "./save-site.js";
import { updateContract } from "./update-contract.js";
import { updateCustomer } from "./update-customer.js";

const tags = ["customers"];
const idParams = z.strictObject({ id: z.string().uuid() });
const historyResponse = { 200: z.object({ items: z.array(changeSchema) }) };

/**
 * Editing master data: PATCH of companies, sites, contracts and equipment (If-Match or `version`,
 * 409 when stale), equipment added under a contract, each record's change trail, and the contact
 * search for integrators.
 */
export function masterDataRoutes(deps: Deps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get("/contacts", {
      config: { access: signedIn },
      schema: { tags, summary: "Search contacts by name, phone (any format), e-mail or company", querystring: searchContactsQuery, response: { 200: z.object({ items: z.array(contactHitSchema), nextCursor: z.string().nullable() }) } },
    }, async (request) => {
      const cursor = request.query.cursor ? decodeCursor(request.query.cursor) : undefined;
      const { rows, hasMore } = await searchContacts(deps, {
        actor: actorOf(request), q: request.query.q, customerId: request.query.customerId, limit: request.query.limit,
        after: cursor ? { name: String(cursor.v), id: cursor.id } : undefined,
      });
      const last = rows.at(-1);
      return {
        items: rows.map((c) => ({ ...presentContact(c), customerName: c.customerName })),
        nextCursor: hasMore && last ? encodeCursor({ v: last.name, id: last.id }) : null,
      };
    });

    app.patch("/customers/:id", {
      config: { access: signedIn },
      schema: { tags, summary: "Change a customer company", params: idParams, body: updateCustomerBody, response: { 200: customerSchema } },
    }, async (request) => {
      const { version, ...fields } = request.body;
      const customer = await updateCustomer(deps, { actor: actorOf(request), customerId: request.params.id, expectedVersion: ifMatchVersion(request) ?? version, ...fields });
      return presentCustomer(customer);
    });

    app.patch("/sites/:id", {
      config: { access: signedIn },
      schema: { tags, summary: "Change a site", params: idParams, body: updateSiteBody, response: { 200: siteSchema } },
    }, async (request) => {
      const { version, ...fields } = request.body;
      return presentSite(await updateSite(deps, { actor: actorOf(request), siteId: request.params.id, expectedVersion: ifMatchVersion(request) ?? version, ...fields }));
    });

    app.patch("/contracts/:id", {
      config: { access: signedIn },
      schema: { tags, summary: "Change a contract: dates, business calendar, per-level targets", params: idParams, body: updateContractBody, response: { 200: contractSchema } },
    }, async (request) => {
      const { version, ...fields } = request.body;
      const contract = await updateContract(deps, { actor: actorOf(request), contractId: request.params.id, expectedVersion: ifMatchVersion(request) ?? version, ...fields });
      return presentContract(contract);
    });

    app.post("/contracts/:id/equipment", {
      config: { access: signedIn },
      schema: { tags, summary: "Add covered equipment to a contract", params: idParams, body: equipmentBody, response: { 201: equipmentSchema } },
    }, async (request, reply) => {
      const equipment = await addEquipment(deps, { actor: actorOf(request), contractId: request.params.id, ...request.body });
      return reply.status(201).send(presentEquipment(equipment));
    });

    app.patch("/equipment/:id", {
      config: { access: signedIn },
      schema: { tags, summary: "Change covered equipment", params: idParams, body: updateEquipmentBody, response: { 200: equipmentSchema } },
    }, async (request) => {
      const { version, ...fields } = request.body;
      return presentEquipment(await updateEquipment(deps, { actor: actorOf(request), equipmentId: request.params.id, expectedVersion: ifMatchVersion(request) ?? version, ...fields }));
    });

    const history = (path: string, entity: MasterDataEntity) =>
      app.get(`${path}/:id/history`, {
        config: { access: signedIn },
        schema: { tags, summary: `The change trail of a ${entity} (who, when, before and after), oldest first`, params: idParams, response: historyResponse },
      }, async (request) => ({ items: (await changeHistory(deps, { actor: actorOf(request), entity, id: request.params.id })).map(presentChange) }));
    history("/customers", "customer");
    history("/contacts", "contact");
    history("/sites", "site");
    history("/contracts", "contract");
    history("/equipment", "equipment");
  };
}
