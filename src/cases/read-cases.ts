import type { Actor } from "../auth/index.js";
import type { Deps } from "../shared/deps.js";
import { AppError, forbidden } from "../shared/errors.js";
import { decodeCursor, encodeCursor } from "../shared/pagination.js";
import { listEntries } from "./activity-log.js";
import { assertCan, isCustomerActor } from "./case.policy.js";
import { CASE_NUMBER_PATTERN } from "./case-number.js";
import { searchCaseRows, type CaseFilter, type CaseSort } from "./cases.repository.js";
import { loadCase } from "./load-case.js";
import { toTsqueryLiteral } from "./search-text.js";

/** One case, if the actor may see it. */
export async function getCase(deps: Deps, input: { actor: Actor; caseId: string }) {
  const found = await loadCase(deps, input.actor, input.caseId);
  assertCan(input.actor, "read", found);
  return found;
}

/** The case's activity log, oldest first; customers see the public entries only. */
export async function listActivities(deps: Deps, input: { actor: Actor; caseId: string; limit: number; cursor?: string }) {
  const found = await getCase(deps, input);
  const afterSeq = input.cursor ? Number(decodeCursor(input.cursor).v) : undefined;
  const rows = await listEntries(deps.db, found.id, { publicOnly: isCustomerActor(input.actor), afterSeq, limit: input.limit });
  const items = rows.slice(0, input.limit);
  const last = items.at(-1);
  return { case: found, items, nextCursor: rows.length > input.limit && last ? encodeCursor({ v: last.seq, id: last.id }) : null };
}

export type SearchCasesInput = Omit<CaseFilter, "tsquery" | "after" | "number"> & {
  actor: Actor;
  q?: string;
  cursor?: string;
};

/**
 * Finds cases by vendor, type, status, priority, fault level, customer, engineer, expert, created
 * and closed ranges, and Chinese/English full text (R15). A customer's search is confined to its
 * own company and to public text, and may not ask by expert (who the expert is stays internal).
 */
export async function searchCases(deps: Deps, input: SearchCasesInput) {
  assertCan(input.actor, "read");
  const { actor, q, cursor, ...filter } = input;
  const isCustomer = isCustomerActor(actor);
  if (isCustomer && filter.expertId) throw forbidden("case.filter_by_expert");
  if (filter.createdFrom && filter.createdTo && filter.createdFrom > filter.createdTo) {
    throw new AppError("validation_failed", {}, [{ path: "query.createdTo", code: "range_order" }]);
  }
  const after = cursor ? decodeCursor(cursor) : undefined;
  const trimmed = q?.trim();
  const number = trimmed && CASE_NUMBER_PATTERN.test(trimmed.toUpperCase()) ? trimmed.toUpperCase() : undefined;
  const tsquery = trimmed && !number ? toTsqueryLiteral(trimmed, { publicOnly: isCustomer }) : null;
  if (trimmed && !number && !tsquery) return { items: [], nextCursor: null };
  const rows = await searchCaseRows(deps.db, {
    ...filter,
    customerId: isCustomer ? actor.customerId! : filter.customerId,
    number,
    tsquery: tsquery ?? undefined,
    after: after ? { v: String(after.v), id: after.id } : undefined,
  });
  const items = rows.slice(0, filter.limit);
  const last = items.at(-1);
  const sortValue = (row: (typeof items)[number], sort: CaseSort) => row[sort]?.toISOString() ?? null;
  return {
    items,
    nextCursor: rows.length > filter.limit && last ? encodeCursor({ v: sortValue(last, filter.sort), id: last.id }) : null,
  };
}
