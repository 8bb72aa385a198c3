import type { Actor } from "../auth/index.js";
import type { Deps } from "../shared/deps.js";
import { AppError, notFound } from "../shared/errors.js";
import { assertCanCustomer } from "./customer.policy.js";
import {
  contactsOf, contractsOf, equipmentOf, findContactsBy, findCustomer, listCustomerRows, searchContactRows, siteIdsOf, sitesOf,
} from "./customers.repository.js";
import { normalizePhone } from "./phone.js";

/** One company with its contacts, sites, contracts and covered equipment. */
export async function getCustomer(deps: Deps, input: { actor: Actor; customerId: string }) {
  assertCanCustomer(input.actor, "read", input.customerId);
  const customer = await findCustomer(deps.db, input.customerId);
  if (!customer) throw notFound("customer");
  const [contacts, sites, contracts] = await Promise.all([
    contactsOf(deps.db, customer.id),
    sitesOf(deps.db, customer.id),
    contractsOf(deps.db, customer.id),
  ]);
  const contractIds = contracts.map((c) => c.id);
  const [equipment, contractSites] = await Promise.all([equipmentOf(deps.db, contractIds), siteIdsOf(deps.db, contractIds)]);
  return {
    customer,
    contacts,
    sites,
    contracts: contracts.map((contract) => ({
      ...contract,
      siteIds: contractSites.filter((cs) => cs.contractId === contract.id).map((cs) => cs.siteId),
      equipment: equipment.filter((e) => e.contractId === contract.id),
    })),
  };
}

export async function listCustomers(deps: Deps, input: { actor: Actor; q?: string; limit: number; after?: { name: string; id: string } }) {
  if (input.actor.kind === "user" && input.actor.role === "customer") throw new AppError("forbidden", { action: "customer.list" });
  assertCanCustomer(input.actor, "read");
  const rows = await listCustomerRows(deps.db, { q: input.q, limit: input.limit, afterName: input.after });
  return { rows: rows.slice(0, input.limit), hasMore: rows.length > input.limit };
}

/**
 * Finds who is calling from a phone number or an e-mail address, so the dispatcher types little:
 * the matching contacts, their companies and those companies' contracts.
 */
export async function lookupCaller(deps: Deps, input: { actor: Actor; phone?: string; email?: string }) {
  if (input.actor.kind === "user" && input.actor.role === "customer") throw new AppError("forbidden", { action: "caller.lookup" });
  const phone = input.phone ? normalizePhone(input.phone) : null;
  if (input.phone && !phone) throw new AppError("validation_failed", {}, [{ path: "query.phone", code: "invalid_phone" }]);
  if (!phone && !input.email) throw new AppError("validation_failed", {}, [{ path: "query", code: "required" }]);
  const contacts = await findContactsBy(deps.db, { phone, email: input.email });
  const customerIds = [...new Set(contacts.map((c) => c.customerId))];
  const contracts = customerIds.length
    ? await deps.db.selectFrom("contracts").selectAll().where("customerId", "in", customerIds).orderBy("contractNo").limit(200).execute()
    : [];
  return { normalizedPhone: phone, contacts, contracts };
}

/**
 * Contacts for integrators and pickers: by name, e-mail or company (any part), or by phone in
 * any format; optionally of one company. A customer user finds only its own company's.
 */
export async function searchContacts(
  deps: Deps,
  input: { actor: Actor; q?: string; customerId?: string; limit: number; after?: { name: string; id: string } },
) {
  let customerId = input.customerId;
  if (input.actor.kind === "user" && input.actor.role === "customer") {
    if (!input.actor.customerId || (customerId !== undefined && customerId !== input.actor.customerId)) return { rows: [], hasMore: false };
    customerId = input.actor.customerId;
  }
  const phone = input.q && /\d{5,}/.test(input.q.replace(/\D/g, "")) ? normalizePhone(input.q) : null;
  const rows = await searchContactRows(deps.db, { q: input.q, phone, customerId, limit: input.limit, after: input.after });
  return { rows: rows.slice(0, input.limit), hasMore: rows.length > input.limit };
}
