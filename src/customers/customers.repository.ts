import { sql } from "kysely";
import type { Db } from "../db/database.js";

/** A LIKE pattern that finds `q` anywhere, its own % and _ taken literally. */
const likePattern = (q: string) => `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

export const findCustomer = (db: Db, id: string) =>
  db.selectFrom("customers").selectAll().where("id", "=", id).executeTakeFirst();

export const findContact = (db: Db, id: string) =>
  db.selectFrom("contacts").selectAll().where("id", "=", id).executeTakeFirst();

export const findCustomerByName = (db: Db, name: string) =>
  db.selectFrom("customers").selectAll().where((eb) => eb(eb.fn("lower", ["name"]), "=", name.toLowerCase())).executeTakeFirst();

/** A company's contact or site by name, in any letter case (the natural keys of an import). */
export const findContactByName = (db: Db, customerId: string, name: string) =>
  db.selectFrom("contacts").selectAll().where("customerId", "=", customerId)
    .where((eb) => eb(eb.fn("lower", ["name"]), "=", name.toLowerCase())).orderBy("createdAt").executeTakeFirst();

export const findSiteByName = (db: Db, customerId: string, name: string) =>
  db.selectFrom("sites").selectAll().where("customerId", "=", customerId)
    .where((eb) => eb(eb.fn("lower", ["name"]), "=", name.toLowerCase())).orderBy("createdAt").executeTakeFirst();

export const findEquipment = (db: Db, id: string) =>
  db.selectFrom("equipment").selectAll().where("id", "=", id).executeTakeFirst();

/** Equipment by serial number, in any letter case (serials are typed both ways). */
export const findEquipmentBySerial = (db: Db, serial: string) =>
  db.selectFrom("equipment").selectAll().where(sql<string>`upper(serial)`, "=", serial.toUpperCase()).orderBy("createdAt").executeTakeFirst();

/**
 * A contract by its number, in any letter case; the query, for a caller that folds it into its
 * own. The number comes in capitals already: a statement compiled once passes it through untouched.
 */
export const contractByNoQuery = (db: Db, upperContractNo: string) =>
  db.selectFrom("contracts").selectAll().where(sql<string>`upper(contract_no)`, "=", upperContractNo);

export const findContractByNo = (db: Db, contractNo: string) => contractByNoQuery(db, contractNo.toUpperCase()).executeTakeFirst();

export const findSite = (db: Db, id: string) =>
  db.selectFrom("sites").selectAll().where("id", "=", id).executeTakeFirst();

export const findContract = (db: Db, id: string) =>
  db.selectFrom("contracts").selectAll().where("id", "=", id).executeTakeFirst();

/** What a contract sets for the clocks of its cases: per-level targets and the business calendar. */
export async function contractServiceTerms(db: Db, contractId: string) {
  const row = await db.selectFrom("contracts").select(["targets", "calendarId"]).where("id", "=", contractId).executeTakeFirst();
  return row ? { targets: row.targets, calendarId: row.calendarId } : undefined;
}

export const contactsOf = (db: Db, customerId: string) =>
  db.selectFrom("contacts").selectAll().where("customerId", "=", customerId).orderBy("name").limit(500).execute();

export const sitesOf = (db: Db, customerId: string) =>
  db.selectFrom("sites").selectAll().where("customerId", "=", customerId).orderBy("name").limit(500).execute();

export const contractsOf = (db: Db, customerId: string) =>
  db.selectFrom("contracts").selectAll().where("customerId", "=", customerId).orderBy("contractNo").limit(500).execute();

export const equipmentOf = (db: Db, contractIds: string[]) =>
  contractIds.length === 0
    ? Promise.resolve([])
    : db.selectFrom("equipment").selectAll().where("contractId", "in", contractIds).orderBy("vendor").limit(5000).execute();

export const siteIdsOf = (db: Db, contractIds: string[]) =>
  contractIds.length === 0
    ? Promise.resolve([])
    : db.selectFrom("contractSites").selectAll().where("contractId", "in", contractIds).execute();

export function listCustomerRows(db: Db, filter: { q?: string; limit: number; afterName?: { name: string; id: string } }) {
  let query = db.selectFrom("customers").selectAll().orderBy("name").orderBy("id").limit(filter.limit + 1);
  if (filter.q) {
    const pattern = likePattern(filter.q);
    query = query.where((eb) => eb.or([eb("name", "ilike", pattern), eb("shortName", "ilike", pattern)]));
  }
  if (filter.afterName) {
    const after = filter.afterName;
    query = query.where((eb) => eb.or([eb("name", ">", after.name), eb.and([eb("name", "=", after.name), eb("id", ">", after.id)])]));
  }
  return query.execute();
}

/** Contacts whose phone, mobile or e-mail match exactly; at most `limit`, each with its company. */
export function findContactsBy(db: Db, by: { phone?: string | null; email?: string | null }, limit = 20) {
  return contactsByQuery(db, { phone: by.phone, lowerEmail: by.email?.toLowerCase() }, limit).execute();
}

/** The query of `findContactsBy`, for a caller that folds it into its own; the e-mail already in small letters. */
export function contactsByQuery(db: Db, by: { phone?: string | null; lowerEmail?: string | null }, limit: number) {
  return db
    .selectFrom("contacts")
    .innerJoin("customers", "customers.id", "contacts.customerId")
    .selectAll("contacts")
    .select("customers.name as customerName")
    .where((eb) => {
      const matches = [];
      if (by.phone) matches.push(eb("contacts.phoneNormalized", "=", by.phone), eb("contacts.mobileNormalized", "=", by.phone));
      if (by.lowerEmail) matches.push(eb(eb.fn("lower", ["contacts.email"]), "=", by.lowerEmail));
      return matches.length > 0 ? eb.or(matches) : eb.val(false);
    })
    .orderBy("contacts.isDesignated", "desc")
    .orderBy("contacts.name")
    .limit(limit);
}

/**
 * Contacts whose name, e-mail or company contains `q`, or whose phone or mobile is `phone`
 * (normalised by the caller); optionally of one company. Keyset-paginated on (name, id).
 */
export function searchContactRows(
  db: Db,
  filter: { q?: string; phone?: string | null; customerId?: string; limit: number; after?: { name: string; id: string } },
) {
  let query = db
    .selectFrom("contacts")
    .innerJoin("customers", "customers.id", "contacts.customerId")
    .selectAll("contacts")
    .select("customers.name as customerName")
    .orderBy("contacts.name")
    .orderBy("contacts.id")
    .limit(filter.limit + 1);
  if (filter.customerId) query = query.where("contacts.customerId", "=", filter.customerId);
  if (filter.q) {
    const pattern = likePattern(filter.q);
    const phone = filter.phone;
    query = query.where((eb) => eb.or([
      eb("contacts.name", "ilike", pattern),
      eb("contacts.email", "ilike", pattern),
      eb("customers.name", "ilike", pattern),
      eb("customers.shortName", "ilike", pattern),
      ...(phone ? [eb("contacts.phoneNormalized", "=", phone), eb("contacts.mobileNormalized", "=", phone)] : []),
    ]));
  }
  if (filter.after) {
    const after = filter.after;
    query = query.where((eb) => eb.or([eb("contacts.name", ">", after.name), eb.and([eb("contacts.name", "=", after.name), eb("contacts.id", ">", after.id)])]));
  }
  return query.execute();
}
