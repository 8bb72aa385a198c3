import { sql } from "kysely";
import type { Db } from "../db/database.js";

export const findCustomer = (db: Db, id: string) =>
  db.selectFrom("customers").selectAll().where("id", "=", id).executeTakeFirst();

export const findContact = (db: Db, id: string) =>
  db.selectFrom("contacts").selectAll().where("id", "=", id).executeTakeFirst();

export const findContractByNo = (db: Db, contractNo: string) =>
  db
    .selectFrom("contracts")
    .selectAll()
    .where(sql<string>`upper(contract_no)`, "=", contractNo.toUpperCase())
    .executeTakeFirst();

export const findSite = (db: Db, id: string) =>
  db.selectFrom("sites").selectAll().where("id", "=", id).executeTakeFirst();

export const findContract = (db: Db, id: string) =>
  db.selectFrom("contracts").selectAll().where("id", "=", id).executeTakeFirst();

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
    const pattern = `%${filter.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
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
  return db
    .selectFrom("contacts")
    .innerJoin("customers", "customers.id", "contacts.customerId")
    .selectAll("contacts")
    .select("customers.name as customerName")
    .where((eb) => {
      const matches = [];
      if (by.phone) matches.push(eb("contacts.phoneNormalized", "=", by.phone), eb("contacts.mobileNormalized", "=", by.phone));
      if (by.email) matches.push(eb(eb.fn("lower", ["contacts.email"]), "=", by.email.toLowerCase()));
      return matches.length > 0 ? eb.or(matches) : eb.val(false);
    })
    .orderBy("contacts.isDesignated", "desc")
    .orderBy("contacts.name")
    .limit(limit)
    .execute();
}
