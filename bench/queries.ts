import type { CaseFilter } from "../src/cases/cases.repository.js";
import { toTsqueryLiteral } from "../src/cases/search-text.js";
import { CASE_TYPES, VENDORS, rng, weighted } from "./corpus.js";
import { measureLatency, type Latency } from "./http.js";
import type { Seeded } from "./seed.js";

/** The list and search requests the benchmark measures, at every scale. */
export const SEARCH_TERMS = ["硬盘", "宕机", "断电", "控制器告警", "firmware"];
export const LIST_SEED = 5;
const DAY = 86_400_000;

/** Random list filters (a vendor, a case type, a 30-day window in the last two years); the same sequence for a seed. */
export function listFilters(seed: number): () => CaseFilter {
  const random = rng(seed);
  const now = Date.now();
  return () => {
    const from = new Date(now - 30 * DAY - random() * 700 * DAY);
    from.setUTCHours(0, 0, 0, 0);
    return {
      vendor: [weighted(random, VENDORS)],
      caseType: [weighted(random, CASE_TYPES)],
      createdFrom: from,
      createdTo: new Date(from.getTime() + 30 * DAY),
      sort: "createdAt",
      order: "desc",
      limit: 50,
    };
  };
}

export function searchFilter(term: string): CaseFilter {
  return { tsquery: toTsqueryLiteral(term) ?? undefined, sort: "createdAt", order: "desc", limit: 50 };
}

export async function measureHttp(baseUrl: string, seeded: Seeded, options: { requests: number; warmup: number; log: (message: string) => void }) {
  const { requests: latencyRequests, warmup, log } = options;
  const listFilter = listFilters(LIST_SEED);
  const listPath = (filter: CaseFilter) =>
    `/api/v1/cases?${new URLSearchParams({
      vendor: filter.vendor![0]!,
      caseType: filter.caseType![0]!,
      createdFrom: filter.createdFrom!.toISOString(),
      createdTo: filter.createdTo!.toISOString(),
    }).toString()}`;
  const list = await measureLatency(baseUrl, seeded.token, () => listPath(listFilter()), latencyRequests, warmup);
  log(`list (vendor+type+30 days): p50 ${list.p50} ms, p95 ${list.p95} ms, max ${list.max} ms, ${list.averageItems} items/page`);
  const search: Record<string, Latency> = {};
  for (const term of SEARCH_TERMS) {
    const path = `/api/v1/cases?${new URLSearchParams({ q: term }).toString()}`;
    search[term] = await measureLatency(baseUrl, seeded.token, () => path, latencyRequests, warmup);
    log(`search ${term}: p50 ${search[term].p50} ms, p95 ${search[term].p95} ms, max ${search[term].max} ms, ${search[term].averageItems} items/page`);
  }
  // a representative list filter for EXPLAIN: the vendor and type most cases have, a window a year ago
  const sampleFrom = new Date(Date.now() - 365 * DAY);
  sampleFrom.setUTCHours(0, 0, 0, 0);
  const sampleListFilter: CaseFilter = {
    vendor: [VENDORS[0][0]],
    caseType: [CASE_TYPES[0][0]],
    createdFrom: sampleFrom,
    createdTo: new Date(sampleFrom.getTime() + 30 * DAY),
    sort: "createdAt",
    order: "desc",
    limit: 50,
  };
  return { list, search, sampleListFilter };
}

