import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api } from "../../api/client";
import type { ResponseOf } from "../../api/types";
import { TELEPHONY_ACTIVE_KEY } from "../live/useLiveUpdates";

/** One call ringing or in progress with who is calling (GET /telephony/calls/active). */
export type ScreenPop = ResponseOf<"/telephony/calls/active", "get">["items"][number];
/** A case as the screen-pop lists it. */
export type CaseBrief = NonNullable<ScreenPop["linkedCase"]>;

/** How often the screen-pop asks without a live event (a lost stream, a PBX that only reports the end). */
const ACTIVE_REFRESH_MS = 30_000;

export function useActiveCalls() {
  return useQuery({
    queryKey: TELEPHONY_ACTIVE_KEY,
    queryFn: ({ signal }) => api.get<{ items: ScreenPop[] }>("/telephony/calls/active", undefined, signal),
    refetchInterval: ACTIVE_REFRESH_MS,
  });
}

/** Puts a call on a case (POST /telephony/calls/{callId}/link). */
export function useLinkCall() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { callId: string; caseId: string }) => api.post(`/telephony/calls/${encodeURIComponent(input.callId)}/link`, { caseId: input.caseId }),
    onSettled: () => Promise.all([
      queryClient.invalidateQueries({ queryKey: ["telephony"] }),
      queryClient.invalidateQueries({ queryKey: ["cases"] }),
    ]),
  });
}
