import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api, type Query } from "../../api/client";
import type { ApiPath, ResponseOf } from "../../api/types";

/** Spare-parts and RMA data under query keys starting with "parts" and "rmas"; a write refreshes them and the case. */
export type Part = ResponseOf<"/parts/{id}", "get">;
export type Depot = ResponseOf<"/depots", "get">["items"][number];
export type StockItem = ResponseOf<"/depots/{id}/stock", "get">["items"][number];
export type Movement = ResponseOf<"/stock-movements", "get">["items"][number];
export type LowStockItem = ResponseOf<"/low-stock", "get">["items"][number];
export type Reservation = ResponseOf<"/cases/{id}/parts", "get">["items"][number];
export type Suggestion = ResponseOf<"/cases/{id}/parts/suggestions", "get">["items"][number];
export type Rma = ResponseOf<"/rmas/{id}/advance", "post">;
export type RmaListItem = ResponseOf<"/rmas", "get">["items"][number];

export const useParts = (q?: string) =>
  useQuery({ queryKey: ["parts", "catalogue", q ?? ""], queryFn: ({ signal }) => api.get<{ items: Part[] }>("/parts", { q, limit: 500 }, signal) });
export const useDepots = () => useQuery({ queryKey: ["parts", "depots"], queryFn: ({ signal }) => api.get<{ items: Depot[] }>("/depots", undefined, signal) });
export type StockPage = ResponseOf<"/depots/{id}/stock", "get">;
export type StockFilter = { q?: string; isBelowMin?: "true"; cursor?: string };
/** One page of a depot's stock, as the server pages it (50 parts by part number). */
export const useDepotStock = (depotId: string | undefined, filter: StockFilter) =>
  useQuery({
    queryKey: ["parts", "stock", depotId, filter], enabled: Boolean(depotId), placeholderData: keepPreviousData,
    queryFn: ({ signal }) => api.get<StockPage>(`/depots/${depotId}/stock`, { limit: 50, ...filter }, signal),
  });
export const useDepotSerials = (depotId: string | undefined, partId: string | undefined) =>
  useQuery({
    queryKey: ["parts", "serials", depotId, partId], enabled: Boolean(depotId && partId),
    queryFn: ({ signal }) => api.get<{ serials: string[] }>(`/depots/${depotId}/stock/${partId}/serials`, undefined, signal),
  });
export const usePart = (partId: string | null | undefined) =>
  useQuery({ queryKey: ["parts", "one", partId], enabled: Boolean(partId), queryFn: ({ signal }) => api.get<Part>(`/parts/${partId}`, undefined, signal) });
export type StepTarget = ResponseOf<"/rma-step-targets", "get">["items"][number];
export const useStepTargets = () => useQuery({ queryKey: ["rmas", "targets"], queryFn: ({ signal }) => api.get<{ items: StepTarget[] }>("/rma-step-targets", undefined, signal) });
export const useMovements = (filter: Query) =>
  useQuery({ queryKey: ["parts", "movements", filter], queryFn: ({ signal }) => api.get<{ items: Movement[] }>("/stock-movements", { limit: 200, ...filter }, signal) });
export const useLowStock = () => useQuery({ queryKey: ["parts", "low"], queryFn: ({ signal }) => api.get<{ items: LowStockItem[] }>("/low-stock", undefined, signal) });
export const useCaseParts = (caseId: string | undefined) =>
  useQuery({ queryKey: ["parts", "case", caseId], enabled: Boolean(caseId), queryFn: ({ signal }) => api.get<{ items: Reservation[] }>(`/cases/${caseId}/parts`, undefined, signal) });
export const useSuggestions = (caseId: string, partId: string | undefined) =>
  useQuery({ queryKey: ["parts", "suggestions", caseId, partId], enabled: Boolean(partId), queryFn: ({ signal }) => api.get<{ items: Suggestion[] }>(`/cases/${caseId}/parts/suggestions`, { partId }, signal) });
export const useRmas = (filter: Query) => useQuery({ queryKey: ["rmas", "list", filter], queryFn: ({ signal }) => api.get<{ items: RmaListItem[] }>("/rmas", filter, signal) });
export const useRma = (id: string) => useQuery({ queryKey: ["rmas", "one", id], queryFn: ({ signal }) => api.get<Rma>(`/rmas/${id}`, undefined, signal) });

/** A write (POST or PUT) that refreshes every parts, RMA and case query afterwards. */
export function usePartsWrite() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ path, body, method = "post" }: { path: ApiPath<"post"> | ApiPath<"put">; body: unknown; method?: "post" | "put" }) =>
      method === "put" ? api.put<unknown>(path as ApiPath<"put">, body) : api.post<unknown>(path as ApiPath<"post">, body),
    onSuccess: async () => {
      await Promise.all([client.invalidateQueries({ queryKey: ["parts"] }), client.invalidateQueries({ queryKey: ["rmas"] }), client.invalidateQueries({ queryKey: ["cases"] })]);
    },
  });
}
