import { useQueryClient, type Query } from "@tanstack/react-query";
import { useEffect } from "react";

/** What GET /api/v1/live sends for a case: refetch through the API, which applies its own rules. */
export type CaseLiveEvent = { type: string; caseId: string; caseNumber: string | null; at: string };

/**
 * Query keys whose first part names a list of cases (searches, queues, the overview) or counts
 * them (the on-duty engineers' open cases, under "rosters"): any case event may change them.
 * Features add theirs here rather than subscribing on their own.
 */
export const CASE_LIST_KEYS = new Set(["cases", "sla", "case-search", "portal-cases", "queues", "workload", "breaches", "vendor-requests", "my-cases", "console", "rosters"]);

/** Whether a query shows the named case (its id or number anywhere in the key) or a list of cases. */
export function isAffected(queryKey: readonly unknown[], event: CaseLiveEvent): boolean {
  if (typeof queryKey[0] === "string" && CASE_LIST_KEYS.has(queryKey[0])) return true;
  return queryKey.some((part) => part === event.caseId || (event.caseNumber !== null && part === event.caseNumber));
}

/** The query of the calls ringing or in progress (the screen-pop); a live `call` event invalidates it. */
export const TELEPHONY_ACTIVE_KEY = ["telephony", "active"] as const;

/** The bell's queries; a live `notification` event (one of yours was written) invalidates them. */
export const NOTIFICATIONS_KEY = ["notifications"] as const;

/**
 * Opens one EventSource on /api/v1/live while someone is signed in (a new one for a new user) and invalidates the queries
 * of the cases its events name (and the lists of cases), the active calls on a `call` event, the bell on a `notification`; a `resync` (a reconnect, a lost
 * connection on the server) invalidates every query. The browser reconnects by itself.
 */
export function useLiveUpdates(sessionKey: string | null): void {
  const queryClient = useQueryClient();
  useEffect(() => {
    if (!sessionKey || typeof EventSource === "undefined") return;
    const source = new EventSource("/api/v1/live");
    let pending = new Map<string, CaseLiveEvent>();
    let timer: ReturnType<typeof setTimeout> | undefined;
    // a burst of events (an assignment writes several entries) becomes one round of refetches
    const flush = () => {
      const events = [...pending.values()];
      pending = new Map();
      timer = undefined;
      void queryClient.invalidateQueries({ predicate: (query: Query) => events.some((event) => isAffected(query.queryKey, event)) });
    };
    const onCase = (message: MessageEvent<string>) => {
      try {
        const event = JSON.parse(message.data) as CaseLiveEvent;
        pending.set(event.caseId, event);
        timer ??= setTimeout(flush, 150);
      } catch {
        // not ours
      }
    };
    const onResync = () => void queryClient.invalidateQueries();
    // a PBX call event (ringing, answered, ended): the dispatcher's screen-pop asks again
    const onCall = () => void queryClient.invalidateQueries({ queryKey: TELEPHONY_ACTIVE_KEY });
    source.addEventListener("case", onCase);
    source.addEventListener("call", onCall);
    const onNotification = () => void queryClient.invalidateQueries({ queryKey: NOTIFICATIONS_KEY });
    source.addEventListener("notification", onNotification);
    source.addEventListener("resync", onResync);
    return () => {
      if (timer) clearTimeout(timer);
      source.close();
    };
  }, [sessionKey, queryClient]);
}
