import { sql, type RawBuilder } from "kysely";
import type { Db } from "../db/database.js";
import { compiledByShape, insertByShape } from "../db/statement-shapes.js";
import type { ExpressionBuilder, Insertable, UpdateQueryBuilder, UpdateResult } from "kysely";
import type { CaseRow, CasesTable, DB } from "../db/schema.js";
import type { CaseStatus } from "./case.js";

// every column but the search vector (kilobytes of lexemes per row nobody reads back)
const CASE_COLUMNS = [
  "id", "number", "subject", "description", "channel", "vendor", "caseType", "faultLevel", "priority", "status", "customerId",
  "contactId", "contractId", "siteId", "equipmentId", "caller", "assigneeId", "expertId", "createdBy", "createdAt", "updatedAt", "respondedAt",
  "resolvedAt", "closedAt", "resolution", "isDemo", "version", "resolutionCycle", "rmaRequestedAt", "responseCycle",
] as const satisfies readonly (keyof CaseRow)[];

// the names a case is shown with, from the joins of the assignee, the company and the contract
const NAME_COLUMNS = ["assignee.name as assigneeName", "customers.name as customerName", "contracts.endsOn as contractEndsOn"] as const;

const caseColumns = (db: Db) =>
  db
    .selectFrom("cases")
    .leftJoin("users as assignee", "assignee.id", "cases.assigneeId")
    .leftJoin("customers", "customers.id", "cases.customerId")
    .leftJoin("contracts", "contracts.id", "cases.contractId")
    .select(CASE_COLUMNS.map((column) => `cases.${column}` as const))
    .select(NAME_COLUMNS);

/**
 * Runs a case's UPDATE and answers the row it left, with the names, in the same statement: the
 * writer needs no second read after its commit (a data-modifying CTE sees the new row).
 */
export async function updateCaseReturningNames(
  db: Db,
  update: UpdateQueryBuilder<DB, "cases", "cases", UpdateResult>,
): Promise<CaseWithNames | undefined> {
  const row = await db
    .with("changed", () => update.returning(CASE_COLUMNS))
    .selectFrom("changed")
    .leftJoin("users as assignee", "assignee.id", "changed.assigneeId")
    .leftJoin("customers", "customers.id", "changed.customerId")
    .leftJoin("contracts", "contracts.id", "changed.contractId")
    .selectAll("changed")
    .select(NAME_COLUMNS)
    .executeTakeFirst();
  return row as CaseWithNames | undefined;
}

export type CaseWithNames = Omit<CaseRow, "searchAll"> & {
  assigneeName: string | null; customerName: string | null; contractEndsOn: string | null;
};

/** Inserts a case and returns it as `findCaseById` would, the names given (a new case has no assignee). */
export async function insertCase(
  tx: Db,
  values: Insertable<CasesTable>,
  names: { customerName: string | null; contractEndsOn: string | null },
): Promise<CaseWithNames> {
  const row = (await tx.executeQuery(insertCaseStatement(tx, values))).rows[0]!;
  return { ...row, assigneeName: null, ...names };
}

// the most read statement of all (every case page, every subscriber of a change): compiled once, kept prepared
export const findCaseById = async (db: Db, id: string): Promise<CaseWithNames | undefined> =>
  (await db.executeQuery(compiledByShape("case-by-id", [id], ([id]) => caseColumns(db).where("cases.id", "=", id as string)))).rows[0];

/**
 * `insertCase`'s statement, also for a script (src/db/script.ts); the names left to the caller.
 * `takeNextNumber`: its row also answers `nextNumber`, the case number sequence's next value
 * (src/cases/case-number-reserve.ts).
 */
export const insertCaseStatement = (db: Db, values: Insertable<CasesTable>, options: { takeNextNumber?: boolean } = {}) =>
  options.takeNextNumber
    ? insertByShape("cases+next-number", [values], ([row]) =>
        db.insertInto("cases").values(row!).returning([...CASE_COLUMNS, sql<number>`nextval('case_number_seq')`.as("nextNumber")]))
    : insertByShape("cases", [values], ([row]) => db.insertInto("cases").values(row!).returning(CASE_COLUMNS));

export const findCaseByNumber = async (db: Db, number: string): Promise<CaseWithNames | undefined> =>
  (await db.executeQuery(compiledByShape("case-by-number", [number.toUpperCase()], ([number]) => caseColumns(db).where("cases.number", "=", number as string)))).rows[0];

/** A case by id or number with the last entry of its log (`headSeq` 0 and `headHash` null for none), in one statement. */
export async function findCaseWithChainHead(db: Db, by: { id: string } | { number: string }) {
  const last = (eb: ExpressionBuilder<DB, "cases">) =>
    eb.selectFrom("caseActivities").whereRef("caseActivities.caseId", "=", "cases.id").orderBy("caseActivities.seq", "desc").limit(1);
  const byId = "id" in by;
  const statement = compiledByShape(`case-with-head|${byId ? "id" : "number"}`, [byId ? by.id : by.number.toUpperCase()], ([key]) => {
    const query = caseColumns(db).select((eb) => [last(eb).select("seq").as("headSeq"), last(eb).select("hash").as("headHash")]);
    return byId ? query.where("cases.id", "=", key as string) : query.where("cases.number", "=", key as string);
  });
  return (await db.executeQuery(statement)).rows[0];
}

export async function nextCaseSequence(db: Db): Promise<number> {
  const { rows } = await sql<{ n: number }>`SELECT nextval('case_number_seq') AS n`.execute(db);
  return Number(rows[0]!.n);
}

/** Takes the case's row lock; returns what a change needs and what its events carry (`CaseFacts`). */
export const lockCase = (tx: Db, id: string) =>
  tx.selectFrom("cases").select(["id", "version", "status", "number", "customerId", "contractId", "faultLevel", "priority"]).where("id", "=", id).forUpdate().executeTakeFirst();

export type CaseSort = "createdAt" | "updatedAt" | "closedAt";

export type CaseFilter = {
  vendor?: string[];
  caseType?: string[];
  status?: string[];
  priority?: string[];
  faultLevel?: string[];
  customerId?: string;
  assigneeId?: string;
  expertId?: string;
  createdFrom?: Date;
  createdTo?: Date;
  closedFrom?: Date;
  closedTo?: Date;
  /** a tsquery literal; a customer's asks for public words only (toTsqueryLiteral) */
  tsquery?: string;
  number?: string;
  sort: CaseSort;
  order: "asc" | "desc";
  after?: { v: string; id: string };
  limit: number;
  /** tests only: a smaller window for phrase searches */
  phraseWindow?: number;
};

const SORT_COLUMN = { createdAt: "cases.createdAt", updatedAt: "cases.updatedAt", closedAt: "cases.closedAt" } as const;

/** A phrase search looks among this many newest matching cases first (see searchCaseRows). */
export const PHRASE_WINDOW = 10_000;

type Condition = RawBuilder<boolean>;

/** The filter as SQL conditions on `cases`, usable in any query over that table. */
function conditions(filter: CaseFilter, options: { text: boolean; after?: { v: string; id: string } }): Condition[] {
  const out: Condition[] = [];
  const ref = (column: string) => sql.ref(`cases.${column}`);
  const inList = (column: string, values?: string[]) => {
    if (!values?.length) return;
    out.push(values.length === 1 ? sql<boolean>`${ref(column)} = ${values[0]}` : sql<boolean>`${ref(column)} IN (${sql.join(values)})`);
  };
  inList("vendor", filter.vendor);
  inList("case_type", filter.caseType);
  inList("status", filter.status);
  inList("priority", filter.priority);
  inList("fault_level", filter.faultLevel);
  if (filter.customerId) out.push(sql<boolean>`${ref("customer_id")} = ${filter.customerId}`);
  if (filter.assigneeId) out.push(sql<boolean>`${ref("assignee_id")} = ${filter.assigneeId}`);
  if (filter.expertId) out.push(sql<boolean>`${ref("expert_id")} = ${filter.expertId}`);
  if (filter.createdFrom) out.push(sql<boolean>`${ref("created_at")} >= ${filter.createdFrom}`);
  if (filter.createdTo) out.push(sql<boolean>`${ref("created_at")} < ${filter.createdTo}`);
  if (filter.closedFrom) out.push(sql<boolean>`${ref("closed_at")} >= ${filter.closedFrom}`);
  if (filter.closedTo) out.push(sql<boolean>`${ref("closed_at")} < ${filter.closedTo}`);
  if (filter.number) out.push(sql<boolean>`${ref("number")} = ${filter.number}`);
  if (filter.sort === "closedAt") out.push(sql<boolean>`${ref("closed_at")} IS NOT NULL`);
  if (options.text && filter.tsquery) {
    out.push(sql<boolean>`${ref("search_all")} @@ ${filter.tsquery}::tsquery`);
  }
  if (options.after) {
    // a row comparison, so PostgreSQL continues the index range scan where the last page ended
    const pair = sql`(${sql.ref(SORT_COLUMN[filter.sort])}, ${ref("id")})`;
    const at = new Date(options.after.v);
    out.push(filter.order === "desc" ? sql<boolean>`${pair} < (${at}, ${options.after.id}::uuid)` : sql<boolean>`${pair} > (${at}, ${options.after.id}::uuid)`);
  }
  return out;
}

const all = (list: Condition[]) => (list.length ? sql<boolean>`${sql.join(list, sql` AND `)}` : sql<boolean>`TRUE`);

function page(db: Db, filter: CaseFilter, after: { v: string; id: string } | undefined, limit: number) {
  const column = SORT_COLUMN[filter.sort];
  return caseColumns(db)
    .where(all(conditions(filter, { text: true, after })))
    .orderBy(column, filter.order)
    .orderBy("cases.id", filter.order)
    .limit(limit)
    .execute();
}

/**
 * One page of cases, newest first by default: filters that match the composite indexes, a
 * keyset on (sort column, id) and a row limit, so no query counts or scans the whole table.
 *
 * A Chinese phrase (three or more characters, bigrams joined by <->) is the exception the planner
 * gets wrong: it multiplies the bigrams' frequencies as if independent, expects a handful of
 * rows, and reads every match through the text index. So a newest-first phrase search first
 * looks among the newest PHRASE_WINDOW cases that pass the other filters (an index range scan
 * that stops early), and only if the page is not full there goes on past that window.
 */
export async function searchCaseRows(db: Db, filter: CaseFilter) {
  const isPhrase = filter.tsquery?.includes("<->") && filter.sort === "createdAt" && filter.order === "desc";
  if (!isPhrase) return page(db, filter, filter.after, filter.limit + 1);
  const edge = await db
    .selectFrom("cases")
    .select(["cases.createdAt", "cases.id"])
    .where(all(conditions(filter, { text: false, after: filter.after })))
    .orderBy("cases.createdAt", "desc")
    .orderBy("cases.id", "desc")
    .offset((filter.phraseWindow ?? PHRASE_WINDOW) - 1)
    .limit(1)
    .executeTakeFirst();
  if (!edge) return page(db, filter, filter.after, filter.limit + 1);
  // the LIMIT inside the subquery is what keeps the planner from starting at the text index
  const textOnly = conditions({ ...filter, vendor: undefined, caseType: undefined, status: undefined, priority: undefined, faultLevel: undefined,
    customerId: undefined, assigneeId: undefined, expertId: undefined, createdFrom: undefined, createdTo: undefined, closedFrom: undefined, closedTo: undefined,
    number: undefined, sort: "createdAt" }, { text: true });
  const { rows: window } = await sql<CaseWithNames>`
    SELECT ${sql.join(CASE_COLUMNS.map((column) => sql.ref(`cases.${column}`)))}, assignee.name AS assignee_name, customers.name AS customer_name
    FROM (
      SELECT * FROM cases WHERE ${all(conditions(filter, { text: false, after: filter.after }))}
      ORDER BY created_at DESC, id DESC LIMIT ${filter.phraseWindow ?? PHRASE_WINDOW}
    ) AS cases
    LEFT JOIN users AS assignee ON assignee.id = cases.assignee_id
    LEFT JOIN customers ON customers.id = cases.customer_id
    WHERE ${all(textOnly)}
    ORDER BY cases.created_at DESC, cases.id DESC
    LIMIT ${filter.limit + 1}`.execute(db);
  if (window.length > filter.limit) return window;
  const rest = await page(db, filter, { v: edge.createdAt.toISOString(), id: edge.id }, filter.limit + 1 - window.length);
  return [...window, ...rest];
}

/** Open cases by status and by assignee (unassigned ones as assigneeId null), most loaded first. */
export async function countOpenCases(db: Db, openStatuses: readonly string[]) {
  const byStatus = await db
    .selectFrom("cases")
    .select(["status", (eb) => eb.fn.countAll<number>().as("count")])
    .where("status", "in", openStatuses as CaseStatus[])
    .groupBy("status")
    .execute();
  const byAssignee = await db
    .selectFrom("cases")
    .leftJoin("users", "users.id", "cases.assigneeId")
    .select(["cases.assigneeId", "users.name as assigneeName", "users.role as assigneeRole", (eb) => eb.fn.countAll<number>().as("count")])
    .where("cases.status", "in", openStatuses as CaseStatus[])
    .groupBy(["cases.assigneeId", "users.name", "users.role"])
    .orderBy("count", "desc")
    .orderBy("users.name")
    .execute();
  return { byStatus, byAssignee };
}
