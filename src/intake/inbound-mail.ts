/**
 * Pure rules about an incoming message: whether it is an automatic one that must never be
 * answered, which case number its subject names, which Message-IDs it refers to, and how a
 * header value from outside is made safe to send on.
 */

/** What the loop rules look at, taken from the parsed headers. */
export type LoopFacts = {
  autoSubmitted?: string | null;
  precedence?: string | null;
  hasListHeaders: boolean;
  /** the envelope sender (SMTP MAIL FROM) or the Return-Path header; "" = the null sender <>; undefined = not known */
  returnPath?: string | null;
  autoResponseSuppress?: string | null;
  fromAddress: string | null;
  isDeliveryReport: boolean;
  hasAutoReplyHeader: boolean;
};

const DAEMONS = /^(mailer-daemon|postmaster|no-?reply|do-?not-?reply|bounces?)(\+[^@]*)?@/i;

/**
 * Why a message must not be answered automatically, or null if it may be (RFC 3834): it says it
 * was sent automatically, comes from a list or a bulk sender, has the null sender, asks not to be
 * answered, or comes from a mailer daemon.
 */
export function autoReplyReason(f: LoopFacts): string | null {
  if (f.isDeliveryReport) return "delivery_report";
  if (f.autoSubmitted && f.autoSubmitted.trim().toLowerCase() !== "no") return "auto_submitted";
  if (f.precedence && /^(bulk|junk|list|auto_reply)$/i.test(f.precedence.trim())) return "precedence";
  if (f.hasListHeaders) return "mailing_list";
  if (f.returnPath !== undefined && f.returnPath !== null && f.returnPath.replace(/[<>\s]/g, "") === "") return "null_sender";
  if (f.autoResponseSuppress && /\b(all|autoreply|oof)\b/i.test(f.autoResponseSuppress)) return "auto_response_suppressed";
  if (f.hasAutoReplyHeader) return "auto_reply";
  if (f.fromAddress && DAEMONS.test(f.fromAddress)) return "daemon_sender";
  return null;
}

const CASE_NUMBER = /\bC\d{4}-\d{6,9}\b/g;

/** The case numbers a subject names, bracketed ones ([C2611-000042]) first. */
export function caseNumbersIn(subject: string): string[] {
  const bracketed = [...subject.matchAll(/\[(C\d{4}-\d{6,9})\]/g)].map((m) => m[1]!);
  const bare = [...subject.matchAll(CASE_NUMBER)].map((m) => m[0]);
  return [...new Set([...bracketed, ...bare])].slice(0, 5);
}

// RFC 5322 msg-id as we accept it to send on: <left@right>, printable ASCII, no spaces or brackets inside
const MSG_ID = /^<[\x21-\x3b\x3d\x3f-\x7e]{1,250}@[\x21-\x3b\x3d\x3f-\x7e]{1,250}>$/;

/** A Message-ID fit to put into an outgoing In-Reply-To header, or null (CR, LF, spaces, anything odd). */
export function safeMessageId(value: string | null | undefined): string | null {
  if (!value) return null;
  const trimmed = value.trim();
  const bracketed = trimmed.startsWith("<") ? trimmed : `<${trimmed}>`;
  return bracketed.length <= 500 && MSG_ID.test(bracketed) ? bracketed : null;
}

/** The Message-IDs in an In-Reply-To or References value, at most `max` (the last ones: the nearest ancestors). */
export function messageIdsIn(value: string | string[] | null | undefined, max = 50): string[] {
  if (!value) return [];
  const joined = Array.isArray(value) ? value.join(" ") : value;
  const ids = [...joined.matchAll(/<[^<>\s]{1,500}>/g)].map((m) => m[0]);
  return ids.slice(-max);
}

const CONTROLS = /[\p{Cc}\p{Zl}\p{Zp}\p{Cf}]/gu;

/** One line of text without control or format characters (CR, LF, NUL, RTL overrides), bounded. */
export function cleanLine(value: string | null | undefined, max: number): string {
  const text = (value ?? "").toWellFormed().replace(CONTROLS, " ").replace(/\s{2,}/g, " ").trim();
  const chars = [...text];
  return chars.length > max ? `${chars.slice(0, max - 1).join("")}…` : text;
}

/** Several lines of text: well-formed, no NUL or other controls but newline and tab, bounded. */
export function cleanBlock(value: string | null | undefined, max: number): string {
  const text = (value ?? "").toWellFormed().replace(/\r\n?/g, "\n").replace(/(?![\n\t])[\p{Cc}]/gu, "").replace(/[\u202a-\u202e\u2066-\u2069]/g, "").trim();
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

const ADDRESS = /^[^\s@<>()[\]\\,;:"]{1,64}@[A-Za-z0-9.-]{1,253}$/;

/** A plain, lower-cased e-mail address, or null when it is not one. */
export function plainAddress(value: string | null | undefined): string | null {
  const trimmed = (value ?? "").trim().toLowerCase();
  return ADDRESS.test(trimmed) ? trimmed : null;
}
