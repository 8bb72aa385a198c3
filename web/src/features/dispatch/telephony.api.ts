import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api } from "../../api/client";
import type { CaseStatus, FaultLevel } from "../../api/types";
import { TELEPHONY_ACTIVE_KEY } from "../live/useLiveUpdates";

/** A case as the screen-pop lists it. */
export type CaseBrief = { id: string; number: string; subject: string; status: CaseStatus; faultLevel: FaultLevel; assigneeName: string | null; createdAt: string };

/** One call ringing or in progress with who is calling (GET /telephony/calls/active). */
export type ScreenPop = {
  call: {
    callId: string; direction: "inbound" | "outbound"; status: string; from: string; to: string; number: string | null;
    extension: string | null; ringingAt: string | null; answeredAt: string | null; caseId: string | null;
  };
  caller: {
    contacts: Array<{ id: string; name: string; customerId: string; customerName: string | null; title: string | null; phone: string | null; mobile: string | null }>;
    companies: Array<{ id: string; name: string; contracts: Array<{ id: string; contractNo: string; title: string | null; endsOn: string | null }>; openCases: CaseBrief[] }>;
  };
  linkedCase: CaseBrief | null;
};

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
