import type { Actor } from "../auth/index.js";

/** The PostgreSQL channel every instance LISTENs on. */
export const LIVE_CHANNEL = "casedesk_live";

/**
 * Who may receive a live message. Staff see every case, so `staff` reaches them all; a customer
 * gets it only when `customerId` is its own company; `userIds` names single people (a screen-pop).
 */
export type LiveAudience = { staff?: boolean; customerId?: string | null; userIds?: string[] };

/** What travels between instances: the audience stays on the server, only `payload` is sent. */
export type LiveMessage = { topic: string; audience: LiveAudience; payload: Record<string, unknown> };

/** The payload of a case event: just enough for a client to refetch through the authorised API. */
export type CaseLivePayload = { type: string; caseId: string; caseNumber: string | null; at: string };

/** Whether this signed-in user may receive the message; evaluated per subscriber, per message. */
export function canReceive(actor: Actor, audience: LiveAudience): boolean {
  if (actor.kind === "system") return false;
  if (audience.userIds?.includes(actor.id)) return true;
  if (actor.role === "customer") return actor.customerId !== null && audience.customerId === actor.customerId;
  return audience.staff === true;
}

const TOPIC = /^[a-z][a-z0-9_.-]{0,63}$/;

/** A message as read from NOTIFY, or undefined when it is not one of ours. */
export function parseLiveMessage(text: string): LiveMessage | undefined {
  try {
    const value = JSON.parse(text) as Partial<LiveMessage>;
    if (typeof value.topic !== "string" || !TOPIC.test(value.topic)) return undefined;
    if (!value.audience || typeof value.audience !== "object" || !value.payload || typeof value.payload !== "object") return undefined;
    return value as LiveMessage;
  } catch {
    return undefined;
  }
}

export function isLiveTopic(topic: string): boolean {
  return TOPIC.test(topic);
}
