import { sql } from "kysely";
import type { Db } from "../db/database.js";
import type { CaseRow } from "../db/schema.js";

const caseColumns = (db: Db) =>
  db
    .selectFrom("cases")
    .leftJoin("users as assignee", "assignee.id", "cases.assigneeId")
    .leftJoin("customers", "customers.id", "cases.customerId")
    .selectAll("cases")
    .select(["assignee.name as assigneeName", "customers.name as customerName"]);

export type CaseWithNames = CaseRow & { assigneeName: string | null; customerName: string | null };

export const findCaseById = (db: Db, id: string): Promise<CaseWithNames | undefined> =>
  caseColumns(db).where("cases.id", "=", id).executeTakeFirst();

export const findCaseByNumber = (db: Db, number: string): Promise<CaseWithNames | undefined> =>
  caseColumns(db).where("cases.number", "=", number.toUpperCase()).executeTakeFirst();

export async function nextCaseSequence(db: Db): Promise<number> {
  const { rows } = await sql<{ n: number }>`SELECT nextval('case_number_seq') AS n`.execute(db);
  return Number(rows[0]!.n);
}

export const lockCase = (tx: Db, id: string) =>
  tx.selectFrom("cases").select(["id", "version", "status"]).where("id", "=", id).forUpdate().executeTakeFirst();

export type CaseSort = "createdAt" | "updatedAt" | "closedAt";

export type CaseFilter = {
  vendor?: string[];
  caseType?: string[];
  status?: string[];
  priority?: string[];
  faultLevel?: string[];
  customerId?: string;
  assigneeId?: string;
  createdFrom?: Date;
  createdTo?: Date;
  closedFrom?: Date;
  closedTo?: Date;
  tsquery?: string;
  searchColumn: "searchPublic" | "searchAll";
  number?: string;
  sort: CaseSort;
  order: "asc" | "desc";
  after?: { v: string; id: string };
  limit: number;
};

const SORT_COLUMN = { createdAt: "cases.createdAt", updatedAt: "cases.updatedAt", closedAt: "cases.closedAt" } as const;

/**
 * One page of cases, newest first by default: filters that match the composite indexes, a
 * keyset on (sort column, id) and a row limit, so no query counts or scans the whole table.
 */
export function searchCaseRows(db: Db, filter: CaseFilter) {
  const column = SORT_COLUMN[filter.sort];
  let query = caseColumns(db).limit(filter.limit + 1);
  const inList = <K extends "vendor" | "caseType" | "status" | "priority" | "faultLevel">(key: K, values?: string[]) => {
    if (!values?.length) return;
    query = values.length === 1 ? query.where(`cases.${key}`, "=", values[0] as never) : query.where(`cases.${key}`, "in", values as never);
  };
  inList("vendor", filter.vendor);
  inList("caseType", filter.caseType);
  inList("status", filter.status);
  inList("priority", filter.priority);
  inList("faultLevel", filter.faultLevel);
  if (filter.customerId) query = query.where("cases.customerId", "=", filter.customerId);
  if (filter.assigneeId) query = query.where("cases.assigneeId", "=", filter.assigneeId);
  if (filter.createdFrom) query = query.where("cases.createdAt", ">=", filter.createdFrom);
  if (filter.createdTo) query = query.where("cases.createdAt", "<", filter.createdTo);
  if (filter.closedFrom) query = query.where("cases.closedAt", ">=", filter.closedFrom);
  if (filter.closedTo) query = query.where("cases.closedAt", "<", filter.closedTo);
  if (filter.number) query = query.where("cases.number", "=", filter.number);
  if (filter.tsquery) {
    const target = filter.searchColumn === "searchPublic" ? sql.ref("cases.search_public") : sql.ref("cases.search_all");
    query = query.where(sql<boolean>`${target} @@ ${filter.tsquery}::tsquery`);
  }
  if (filter.sort === "closedAt") query = query.where("cases.closedAt", "is not", null);
  if (filter.after) {
    // a row comparison, so PostgreSQL continues the index range scan where the last page ended
    const at = new Date(filter.after.v);
    const pair = sql`(${sql.ref(column)}, ${sql.ref("cases.id")})`;
    query = query.where(filter.order === "desc" ? sql<boolean>`${pair} < (${at}, ${filter.after.id}::uuid)` : sql<boolean>`${pair} > (${at}, ${filter.after.id}::uuid)`);
  }
  return query.orderBy(column, filter.order).orderBy("cases.id", filter.order).execute();
}
