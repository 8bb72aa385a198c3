import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api } from "../../api/client";
import { NOTIFICATIONS_KEY } from "../live/useLiveUpdates";

export type InboxItem = { id: string; template: string; caseId: string | null; title: string; body: string; createdAt: string; readAt: string | null };

// the live stream brings new ones at once; the poll only covers a stream that is down
const FALLBACK_POLL_MS = 120_000;

export function useUnreadCount() {
  return useQuery({
    queryKey: [...NOTIFICATIONS_KEY, "unread-count"],
    queryFn: ({ signal }) => api.get<{ count: number; isCapped: boolean }>("/notifications/unread-count", undefined, signal),
    refetchInterval: FALLBACK_POLL_MS,
  });
}

export function useNotifications(enabled: boolean) {
  return useQuery({
    queryKey: [...NOTIFICATIONS_KEY, "list"],
    queryFn: ({ signal }) => api.get<{ items: InboxItem[] }>("/notifications", { limit: 20 }, signal),
    enabled,
  });
}

/** Marks one notification read (`id`) or all of them. */
export function useMarkRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id?: string) => (id ? api.post(`/notifications/${id}/read`) : api.post("/notifications/read-all")),
    onSettled: () => queryClient.invalidateQueries({ queryKey: NOTIFICATIONS_KEY }),
  });
}
