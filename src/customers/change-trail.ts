/** The change trail of master data: which fields are recorded, and what changed between two versions of a record. */
import type { MasterDataEntity } from "../db/schema.js";

type Fields = Record<string, unknown>;

/** The fields the trail records of each kind: what a person edits, not bookkeeping (version, timestamps). */
export const AUDITED_FIELDS: Record<MasterDataEntity, readonly string[]> = {
  customer: ["name", "shortName", "phone", "email", "address", "notes"],
  contact: ["name", "phone", "mobile", "email", "address", "title", "isDesignated"],
  site: ["name", "address", "city"],
  contract: ["contractNo", "title", "startsOn", "endsOn", "serviceHours", "calendarId", "targets"],
  equipment: ["contractId", "siteId", "vendor", "model", "serial", "description", "warrantyEndsOn"],
};

const comparable = (value: unknown) => JSON.stringify(value ?? null);

/** The audited fields of a record, dates as YYYY-MM-DD (PGlite and PostgreSQL hand them back differently). */
export function auditedFieldsOf(entity: MasterDataEntity, row: object): Fields {
  const source = row as Fields;
  return Object.fromEntries(AUDITED_FIELDS[entity].map((key) => {
    const value = source[key];
    if (value instanceof Date) return [key, value.toISOString().slice(0, 10)];
    if (key.endsWith("On") && typeof value === "string") return [key, value.slice(0, 10)];
    return [key, value ?? null];
  }));
}

/** Only the fields that differ, before and after; null when nothing did. */
export function changedFields(entity: MasterDataEntity, before: object, after: object): { before: Fields; after: Fields } | null {
  const old = auditedFieldsOf(entity, before);
  const now = auditedFieldsOf(entity, after);
  const keys = Object.keys(now).filter((key) => comparable(old[key]) !== comparable(now[key]));
  if (keys.length === 0) return null;
  return { before: Object.fromEntries(keys.map((k) => [k, old[k]])), after: Object.fromEntries(keys.map((k) => [k, now[k]])) };
}
