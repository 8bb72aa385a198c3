import { sql, type Selectable } from "kysely";
import type { Db } from "../db/database.js";
import type { ListEntryTable, ListTables } from "./tables.js";

/** Which managed list: the table behind it. */
export type ListKind = keyof ListTables;
export type ListEntry = Selectable<ListEntryTable>;

export function listEntries(db: Db, kind: ListKind): Promise<ListEntry[]> {
  return db.selectFrom(kind).selectAll().orderBy("isActive", "desc").orderBy("code").execute();
}

export function findEntry(db: Db, kind: ListKind, code: string): Promise<ListEntry | undefined> {
  return db.selectFrom(kind).selectAll().where("code", "=", code).executeTakeFirst();
}

export function insertEntry(db: Db, kind: ListKind, entry: { code: string; nameZh: string; nameEn: string; isActive: boolean; at: Date }) {
  return db
    .insertInto(kind)
    .values({ code: entry.code, nameZh: entry.nameZh, nameEn: entry.nameEn, isActive: entry.isActive, createdAt: entry.at, updatedAt: entry.at })
    .onConflict((oc) => oc.column("code").doNothing())
    .returningAll()
    .executeTakeFirst();
}

/** Writes the fields given if the entry is still at `version`; undefined when it is not (or is gone). */
export function updateEntry(
  db: Db, kind: ListKind, code: string, version: number, fields: { nameZh?: string; nameEn?: string; isActive?: boolean; at: Date },
) {
  return db
    .updateTable(kind)
    .set((eb) => ({ nameZh: fields.nameZh, nameEn: fields.nameEn, isActive: fields.isActive, updatedAt: fields.at, version: eb("version", "+", 1) }))
    .where("code", "=", code)
    .where("version", "=", version)
    .returningAll()
    .executeTakeFirst();
}

/** The checks of `activeCodes` as SQL expressions (NULL for a code not given), for a caller that folds them into its own query. */
export function activeCodeChecks(codes: { vendor?: string; caseType?: string }) {
  return {
    vendor: codes.vendor === undefined ? sql<boolean | null>`NULL::boolean` : sql<boolean | null>`EXISTS (SELECT 1 FROM vendors WHERE code = ${codes.vendor} AND is_active)`,
    caseType: codes.caseType === undefined ? sql<boolean | null>`NULL::boolean` : sql<boolean | null>`EXISTS (SELECT 1 FROM case_types WHERE code = ${codes.caseType} AND is_active)`,
  };
}

/**
 * Whether each code given names an active entry, in ONE round trip (the case-opening path
 * counts its queries): null for a code not asked about.
 */
export async function activeCodes(db: Db, codes: { vendor?: string; caseType?: string }): Promise<{ vendor: boolean | null; caseType: boolean | null }> {
  const { vendor, caseType } = activeCodeChecks(codes);
  const result = await sql<{ vendor: boolean | null; caseType: boolean | null }>`SELECT ${vendor} AS vendor, ${caseType} AS case_type`.execute(db);
  const row = result.rows[0]!;
  return { vendor: row.vendor, caseType: row.caseType };
}
