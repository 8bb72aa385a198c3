import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api, type Query } from "../../api/client";
import type { ApiPath, Case, CaseClocks, CustomerDetail, Entry, Page, RunningClock, VendorRequest } from "../../api/types";

/**
 * The case data every screen shares, under query keys that start with "cases" or "sla": a
 * change (or, later, a live event) invalidates those prefixes and every screen showing them
 * refreshes. Boards pass `refetchInterval` until the live stream drives them.
 */
export const caseKeys = {
  all: ["cases"] as const,
  list: (filter: Query) => ["cases", "list", filter] as const,
  detail: (id: string) => ["cases", "detail", id] as const,
  activities: (id: string) => ["cases", "activities", id] as const,
  vendorRequests: (id: string) => ["cases", "vendor-requests", id] as const,
  clocks: (id: string) => ["sla", "case", id] as const,
  running: (ids: readonly string[]) => ["sla", "running", [...ids].sort()] as const,
};

type Live = { refetchInterval?: number | false; enabled?: boolean };

export function useCaseList(filter: Query, options: Live = {}) {
  return useQuery<Page<Case>>({
    queryKey: caseKeys.list(filter),
    queryFn: ({ signal }) => api.get<Page<Case>>("/cases", filter, signal),
    refetchInterval: options.refetchInterval,
    enabled: options.enabled,
    placeholderData: (previous) => previous,
  });
}

export function useCase(idOrNumber: string, options: Live = {}) {
  return useQuery({
    queryKey: caseKeys.detail(idOrNumber),
    queryFn: ({ signal }) => api.get<Case>(`/cases/${encodeURIComponent(idOrNumber)}`, undefined, signal),
    refetchInterval: options.refetchInterval,
  });
}

/** The whole log, oldest first (pages of 500 until the end, at most 5,000 entries on screen). */
export function useActivities(caseId: string | undefined, options: Live = {}) {
  return useQuery({
    queryKey: caseKeys.activities(caseId ?? ""),
    enabled: Boolean(caseId),
    refetchInterval: options.refetchInterval,
    queryFn: async ({ signal }) => {
      const items: Entry[] = [];
      let cursor: string | undefined;
      do {
        const page = await api.get<Page<Entry>>(`/cases/${caseId}/activities`, { limit: 500, cursor }, signal);
        items.push(...page.items);
        cursor = page.nextCursor ?? undefined;
      } while (cursor && items.length < 5000);
      return items;
    },
  });
}

export function useCaseClocks(caseId: string | undefined, options: Live & { isStaff?: boolean } = {}) {
  return useQuery({
    queryKey: caseKeys.clocks(caseId ?? ""),
    enabled: Boolean(caseId) && options.isStaff !== false,
    refetchInterval: options.refetchInterval,
    queryFn: ({ signal }) => api.get<CaseClocks>(`/cases/${caseId}/sla`, undefined, signal),
  });
}

/** Countdowns of a board of cases in one request. */
export function useRunningClocks(caseIds: readonly string[], options: Live = {}) {
  return useQuery<RunningClock[]>({
    queryKey: caseKeys.running(caseIds),
    enabled: caseIds.length > 0 && options.enabled !== false,
    refetchInterval: options.refetchInterval,
    placeholderData: (previous) => previous,
    queryFn: async ({ signal }) => {
      const items: RunningClock[] = [];
      for (let start = 0; start < caseIds.length; start += 200) {
        const chunk = caseIds.slice(start, start + 200);
        items.push(...(await api.get<{ items: RunningClock[] }>("/sla/running-clocks", { caseId: [...chunk] }, signal)).items);
      }
      return items;
    },
  });
}

export function useVendorRequests(caseId: string | undefined) {
  return useQuery({
    queryKey: caseKeys.vendorRequests(caseId ?? ""),
    enabled: Boolean(caseId),
    queryFn: ({ signal }) => api.get<{ items: VendorRequest[] }>(`/cases/${caseId}/vendor-requests`, undefined, signal),
  });
}

export function useCustomer(customerId: string | null | undefined) {
  return useQuery({
    queryKey: ["customers", "detail", customerId],
    enabled: Boolean(customerId),
    staleTime: 60_000,
    queryFn: ({ signal }) => api.get<CustomerDetail>(`/customers/${customerId}`, undefined, signal),
  });
}

/** A write on a case (an action, a note, an activity); refreshes every case and clock query after. */
export function useCaseWrite<TBody = unknown, TResult = unknown>() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { path: ApiPath<"post">; body: TBody; ifMatch?: number }) => api.post<TResult>(input.path, input.body, input.ifMatch),
    onSettled: async () => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: caseKeys.all }),
        queryClient.invalidateQueries({ queryKey: ["sla"] }),
        queryClient.invalidateQueries({ queryKey: ["rosters"] }),
      ]);
    },
  });
}
