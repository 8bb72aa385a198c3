import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { actorOf } from "../auth/index.js";
import { ifMatchVersion } from "../http/versioning.js";
import type { Deps } from "../shared/deps.js";
import { decodeCursor, encodeCursor } from "../shared/pagination.js";
import { createContract } from "./create-contract.js";
import { createCustomer } from "./create-customer.js";
import { createSite } from "./save-site.js";
import { presentContact, presentContract, presentCustomer, presentSite } from "./customer.presenter.js";
import {
  contactSchema, contractSchema, createContactBody, createContractBody, createCustomerBody, createSiteBody, customerDetailSchema,
  customerSchema, listCustomersQuery, lookupQuery, lookupSchema, siteSchema, updateContactBody,
} from "./customers.schemas.js";
import { getCustomer, listCustomers, lookupCaller } from "./read-customers.js";
import { createContact, updateContact } from "./save-contact.js";
import { signedIn } from "../http/access.js";

const customerParams = z.strictObject({ customerId: z.string().uuid() });
const tags = ["customers"];

/** /customers with their contacts, sites and contracts; /callers/lookup for the dispatcher. */
export function customersRoutes(deps: Deps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get("/customers", {
      config: { access: signedIn },
      schema: { tags, summary: "List customer companies", querystring: listCustomersQuery, response: { 200: z.object({ items: z.array(customerSchema), nextCursor: z.string().nullable() }) } },
    }, async (request) => {
      const cursor = request.query.cursor ? decodeCursor(request.query.cursor) : undefined;
      const { rows, hasMore } = await listCustomers(deps, {
        actor: actorOf(request), q: request.query.q, limit: request.query.limit,
        after: cursor ? { name: String(cursor.v), id: cursor.id } : undefined,
      });
      const last = rows.at(-1);
      return { items: rows.map(presentCustomer), nextCursor: hasMore && last ? encodeCursor({ v: last.name, id: last.id }) : null };
    });

    app.post("/customers", { config: { access: signedIn }, schema: { tags, summary: "Register a customer company", body: createCustomerBody, response: { 201: customerSchema } } }, async (request, reply) => {
      const customer = await createCustomer(deps, { actor: actorOf(request), ...request.body });
      return reply.status(201).send(presentCustomer(customer));
    });

    app.get("/customers/:customerId", { config: { access: signedIn }, schema: { tags, summary: "A company with contacts, sites, contracts and equipment", params: customerParams, response: { 200: customerDetailSchema } } }, async (request) => {
      const found = await getCustomer(deps, { actor: actorOf(request), customerId: request.params.customerId });
      return {
        ...presentCustomer(found.customer),
        contacts: found.contacts.map(presentContact),
        sites: found.sites.map(presentSite),
        contracts: found.contracts.map(presentContract),
      };
    });

    app.post("/customers/:customerId/contacts", { config: { access: signedIn }, schema: { tags, summary: "Add a contact", params: customerParams, body: createContactBody, response: { 201: contactSchema } } }, async (request, reply) => {
      const contact = await createContact(deps, { actor: actorOf(request), customerId: request.params.customerId, ...request.body });
      return reply.status(201).send(presentContact(contact));
    });

    app.patch("/contacts/:contactId", {
      config: { access: signedIn },
      schema: { tags, summary: "Change a contact", params: z.strictObject({ contactId: z.string().uuid() }), body: updateContactBody, response: { 200: contactSchema } },
    }, async (request) => {
      const { version, ...fields } = request.body;
      const contact = await updateContact(deps, {
        actor: actorOf(request), contactId: request.params.contactId, expectedVersion: ifMatchVersion(request) ?? version, ...fields,
      });
      return presentContact(contact);
    });

    app.post("/customers/:customerId/sites", { config: { access: signedIn }, schema: { tags, summary: "Add a site", params: customerParams, body: createSiteBody, response: { 201: siteSchema } } }, async (request, reply) => {
      const site = await createSite(deps, { actor: actorOf(request), customerId: request.params.customerId, ...request.body });
      return reply.status(201).send(presentSite(site));
    });

    app.post("/customers/:customerId/contracts", {
      config: { access: signedIn },
      schema: { tags, summary: "Add a contract with covered sites, equipment and targets", params: customerParams, body: createContractBody, response: { 201: contractSchema } },
    }, async (request, reply) => {
      const contract = await createContract(deps, { actor: actorOf(request), customerId: request.params.customerId, ...request.body });
      return reply.status(201).send(presentContract(contract));
    });

    app.get("/callers/lookup", {
      config: { access: signedIn },
      schema: { tags, summary: "Who is calling: contacts by phone (any Chinese format) or e-mail", querystring: lookupQuery, response: { 200: lookupSchema } },
    }, async (request) => {
      const found = await lookupCaller(deps, { actor: actorOf(request), ...request.query });
      return {
        normalizedPhone: found.normalizedPhone,
        contacts: found.contacts.map((c) => ({ ...presentContact(c), customerName: c.customerName })),
        contracts: found.contracts.map((c) => presentContract(c)),
      };
    });
  };
}
