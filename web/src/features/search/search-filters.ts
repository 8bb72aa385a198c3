import { withQuery, type Query } from "../../api/client";

/** The filters of GET /cases that the search screen offers; the URL carries them, so a search can be shared. */
export type CaseFilters = {
  q?: string;
  vendor: string[];
  caseType: string[];
  status: string[];
  priority: string[];
  faultLevel: string[];
  customerId?: string;
  assigneeId?: string;
  createdFrom?: string;
  createdTo?: string;
};

const MULTI = ["vendor", "caseType", "status", "priority", "faultLevel"] as const;
const SINGLE = ["q", "customerId", "assigneeId", "createdFrom", "createdTo"] as const;

export function filtersFromParams(params: URLSearchParams): CaseFilters {
  const filters: CaseFilters = { vendor: [], caseType: [], status: [], priority: [], faultLevel: [] };
  for (const key of MULTI) filters[key] = params.getAll(key).filter(Boolean).slice(0, 20);
  for (const key of SINGLE) {
    const value = params.get(key);
    if (value) filters[key] = value;
  }
  return filters;
}

export function filtersToQuery(filters: CaseFilters): Query {
  const query: Query = {};
  for (const key of MULTI) if (filters[key].length) query[key] = filters[key];
  for (const key of SINGLE) if (filters[key]) query[key] = filters[key];
  return query;
}

export function filtersToParams(filters: CaseFilters): URLSearchParams {
  return new URLSearchParams(withQuery("", filtersToQuery(filters)).replace(/^\?/, ""));
}

/** The CSV export of the same search (the session cookie authorises the download). */
export const exportHref = (filters: CaseFilters) => withQuery("/api/v1/cases/export.csv", filtersToQuery(filters));
