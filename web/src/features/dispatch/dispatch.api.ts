import { useQuery } from "@tanstack/react-query";
import { api } from "../../api/client";
import type { CallerLookup, OnDutyUser } from "../../api/types";

/** Engineers on duty now with their open-case load (GET /rosters/on-duty). */
export function useOnDuty(options: { refetchInterval?: number } = {}) {
  return useQuery({
    queryKey: ["rosters", "on-duty", "engineer"],
    queryFn: ({ signal }) => api.get<{ at: string; items: OnDutyUser[] }>("/rosters/on-duty", { role: "engineer" }, signal),
    refetchInterval: options.refetchInterval,
  });
}

/** Who is calling, by phone number (any Chinese format) or e-mail. */
export function useCallerLookup(by: { phone?: string; email?: string }) {
  const phoneDigits = (by.phone ?? "").replace(/\D/g, "");
  const enabled = phoneDigits.length >= 7 || /^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(by.email ?? "");
  return useQuery({
    queryKey: ["callers", "lookup", by.phone ?? "", by.email ?? ""],
    enabled,
    staleTime: 60_000,
    retry: false,
    queryFn: ({ signal }) => api.get<CallerLookup>("/callers/lookup", phoneDigits.length >= 7 ? { phone: by.phone } : { email: by.email }, signal),
  });
}
