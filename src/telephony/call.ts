import type { CallEventName } from "../db/schema.js";

/** The PBX's call events, in the order they normally come (they may arrive in any order, or twice). */
export const CALL_EVENTS = ["ringing", "answered", "ended"] as const satisfies readonly CallEventName[];
export type CallDirection = "inbound" | "outbound";
export type CallStatus = "ringing" | "answered" | "ended";

// an internal extension: a short run of digits the PBX gives a desk phone
const EXTENSION = /^\d{2,6}$/;

/**
 * Whether a number is the centre's own: one of PBX_OUR_NUMBERS (compared in E.164, any format
 * configured) or an internal extension of at most six digits.
 */
export function isOurNumber(raw: string, ourNumbers: ReadonlySet<string>, normalize: (n: string) => string | null): boolean {
  const compact = raw.replace(/[\s-]/g, "");
  if (EXTENSION.test(compact)) return true;
  const normalized = normalize(raw);
  return ourNumbers.has(compact) || (normalized !== null && ourNumbers.has(normalized));
}

/**
 * Inbound unless the call comes from one of our numbers to one that is not ours (a dispatcher
 * or engineer calling a customer). A direction the PBX states itself wins.
 */
export function directionOf(from: string, to: string, isOurs: (n: string) => boolean, stated?: CallDirection): CallDirection {
  if (stated) return stated;
  return isOurs(from) && !isOurs(to) ? "outbound" : "inbound";
}

type Instants = { answeredAt: Date | null; endedAt: Date | null };

/** Ended once the end is known, whatever arrived before; answered once answered. */
export function statusOf(call: Instants): CallStatus {
  if (call.endedAt) return "ended";
  if (call.answeredAt) return "answered";
  return "ringing";
}

/**
 * Talk time in whole seconds, answered → ended, both on the PBX's clock (one clock, so the
 * difference is right even when that clock is off). A call never answered lasted 0 s; so does
 * one whose end the PBX reported before its answer. Null while it is still going.
 */
export function talkSeconds(call: Instants): number | null {
  if (!call.endedAt) return null;
  if (!call.answeredAt) return 0;
  return Math.max(0, Math.round((call.endedAt.getTime() - call.answeredAt.getTime()) / 1000));
}
