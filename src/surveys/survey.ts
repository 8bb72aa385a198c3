/** The four scores of a satisfaction answer (R14), each 1–5, and how results are grouped. */
export const SCORES = ["responseSpeed", "professionalism", "resolution", "overall"] as const;
export type Score = (typeof SCORES)[number];
export type Scores = Record<Score, number>;
export const GROUP_BYS = ["engineer", "vendor", "caseType", "month"] as const;
export type GroupBy = (typeof GROUP_BYS)[number];

export type InvitationState = { usedAt: Date | null; expiresAt: Date };
export type LinkStatus = "open" | "answered" | "expired";

/** A link is answered once used or once its case has an answer (from the portal, or another link), else expired after its time. */
export function linkStatus(invitation: InvitationState, isCaseAnswered: boolean, now: Date): LinkStatus {
  if (invitation.usedAt || isCaseAnswered) return "answered";
  return invitation.expiresAt <= now ? "expired" : "open";
}

/** An average to two decimals, or null for an empty group. */
export const roundAverage = (value: number | string | null): number | null =>
  value === null ? null : Math.round(Number(value) * 100) / 100;
