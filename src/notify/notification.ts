import { createHash } from "node:crypto";
import type { Language, NotificationChannel, NotificationRow, NotificationStatus, OutgoingMail } from "../db/schema.js";

export type { Language, NotificationChannel, NotificationRow, NotificationStatus, OutgoingMail };

export const CHANNELS = ["email", "sms", "inapp"] as const satisfies readonly NotificationChannel[];
export const NOTIFICATION_STATUSES = ["pending", "sending", "sent", "dead"] as const satisfies readonly NotificationStatus[];

/** A user (addresses and language come from `users`), or the raw addresses of a customer's contact. */
export type Recipient = { userId: string } | { email?: string | null; phone?: string | null; language?: Language };

/** How long a sender may hold a claimed row; after that it is due again (its sender is presumed dead). */
export const SENDING_LEASE_MS = 5 * 60_000;

const RETRY_BASE_MS = 30_000;
const RETRY_CAP_MS = 60 * 60_000;

/**
 * Exponential backoff with full jitter: a random delay up to 30 s · 2^(attempts−1), at most 1 h
 * (never under a second). `random` is injectable so that tests can take the ceiling.
 */
export function retryDelayMs(attempts: number, random: () => number = Math.random): number {
  const ceiling = Math.min(RETRY_CAP_MS, RETRY_BASE_MS * 2 ** Math.max(0, attempts - 1));
  return Math.max(1000, Math.floor(Math.min(1, Math.max(0, random())) * ceiling));
}

// printable ASCII without the characters that would break `<key@casedesk>` or a header
const EVENT_KEY = /^[A-Za-z0-9._:/+=-]{1,300}$/;

export function assertEventKey(key: string): void {
  if (!EVENT_KEY.test(key)) throw new Error(`notification key must be 1-300 characters of [A-Za-z0-9._:/+=-]: ${JSON.stringify(key)}`);
}

/**
 * The stable idempotency key of one outbox row: the event's key, the channel and the recipient
 * (the user's id, or a digest of a raw address), e.g. `sla:<case>:response:1:30m:email:<user>`.
 */
export function rowKey(eventKey: string, channel: NotificationChannel, recipient: { userId: string } | { address: string }): string {
  const who = "userId" in recipient ? recipient.userId : `addr-${createHash("sha256").update(recipient.address).digest("hex").slice(0, 20)}`;
  return `${eventKey}:${channel}:${who}`;
}

/** The Message-ID of a notification's e-mail: the same on every retry, so a resent mail is recognisably the same message. */
/**
 * The Message-ID of a notification: its key, with ":" (not allowed in a Message-ID's left part,
 * RFC 5322 dot-atom) written as "=3A" and "=" as "=3D", so distinct keys stay distinct.
 */
export const messageIdOf = (key: string) => `<${key.replaceAll("=", "=3D").replaceAll(":", "=3A")}@casedesk>`;

/** A failed send: permanent ones are dead-lettered at once, the others retried with backoff. */
export class DeliveryError extends Error {
  constructor(
    message: string,
    readonly isPermanent: boolean,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = "DeliveryError";
  }
}

/** Transient unless a transport said otherwise: losing a message to a misjudged error is worse than one more try. */
export const isPermanentFailure = (error: unknown) => error instanceof DeliveryError && error.isPermanent;
