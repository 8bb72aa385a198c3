import type { Deps } from "../shared/deps.js";
import type { CaseWithNames } from "./cases.repository.js";
import { searchCases, type SearchCasesInput } from "./read-cases.js";

const PAGE_SIZE = 500;

/**
 * The cases of a search, for a CSV export: the same filters and the same authorisation as
 * `searchCases` (a customer gets its own company's cases, matched on public text only), read page
 * by page along the keyset and never more than `EXPORT_MAX_ROWS`. The first page is read before
 * this returns, so bad input fails before anything is sent.
 */
export async function exportCases(deps: Deps, input: Omit<SearchCasesInput, "limit" | "cursor">): Promise<AsyncIterable<CaseWithNames>> {
  const max = deps.config.exportMaxRows;
  const first = await searchCases(deps, { ...input, limit: Math.min(PAGE_SIZE, max) });
  return (async function* rows() {
    let page = first;
    let sent = 0;
    for (;;) {
      for (const row of page.items) {
        if (sent >= max) return;
        sent += 1;
        yield row;
      }
      if (!page.nextCursor || sent >= max) return;
      page = await searchCases(deps, { ...input, limit: Math.min(PAGE_SIZE, max - sent), cursor: page.nextCursor });
    }
  })();
}
