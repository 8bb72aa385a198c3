import { createRequire } from "node:module";
import type { AddressObject, ParsedMail, simpleParser as SimpleParser } from "mailparser";
import type SanitizeHtml from "sanitize-html";
import { cleanBlock, cleanLine, messageIdsIn, plainAddress, type LoopFacts } from "./inbound-mail.js";
import { measureMime } from "./mime-limits.js";

// loaded with the first message, not at start: an idle server need not hold them
const require = createRequire(import.meta.url);
const loadMailparser = () => require("mailparser") as { simpleParser: typeof SimpleParser };
const loadSanitizer = () => require("sanitize-html") as typeof SanitizeHtml;

/** Why a message is refused as a whole; `reason` is a stable code, `detail` says more. */
export class MailRejection extends Error {
  constructor(
    readonly reason: string,
    readonly detail: string,
  ) {
    super(`${reason}: ${detail}`);
    this.name = "MailRejection";
  }
}

export type MailLimits = { maxBytes: number; maxParts: number; maxDepth: number };

export type MailFile = { filename: string | null; declaredType: string | null; bytes: Buffer; isInline: boolean; contentId: string | null };

export type ParsedInbound = {
  messageId: string | null;
  inReplyTo: string[];
  references: string[];
  from: { address: string; name: string | null } | null;
  subject: string;
  text: string;
  /** sanitised for display: no scripts, handlers, styles, forms or remote resources */
  html: string | null;
  date: Date | null;
  loop: Omit<LoopFacts, "returnPath"> & { returnPathHeader: string | null };
  files: MailFile[];
  /** what was neutralised on the way (an unknown charset, a body cut to size …) */
  notes: string[];
};

const SUBJECT_MAX = 500;
const TEXT_MAX = 50_000;
const HTML_MAX = 200_000;

/**
 * Parses a raw message with mailparser after the structural limits (size, parts, nesting)
 * allowed it; anything the parser cannot take becomes a MailRejection with a reason, never a
 * crash. Text is well-formed and bounded, HTML sanitised, attachments kept as bytes.
 */
export async function parseMail(raw: Buffer, limits: MailLimits): Promise<ParsedInbound> {
  if (raw.length > limits.maxBytes) throw new MailRejection("too_large", `${raw.length} bytes, the limit is ${limits.maxBytes}`);
  const shape = measureMime(raw, { depth: limits.maxDepth, parts: limits.maxParts });
  if (shape.depth > limits.maxDepth) throw new MailRejection("too_deep", `multiparts nest more than ${limits.maxDepth} deep`);
  if (shape.parts > limits.maxParts) throw new MailRejection("too_many_parts", `more than ${limits.maxParts} MIME parts`);
  let mail: ParsedMail;
  try {
    mail = await loadMailparser().simpleParser(raw, {
      skipImageLinks: true,
      skipTextLinks: true,
      skipTextToHtml: true,
      maxHtmlLengthToParse: 2_000_000,
      // mailsplit's own bound on nodes, a second line behind measureMime
      maxChildNodes: limits.maxParts + 1,
    } as Parameters<typeof SimpleParser>[1]);
  } catch (error) {
    throw new MailRejection("unparseable", cleanLine(error instanceof Error ? error.message : String(error), 300));
  }
  const notes: string[] = [];
  const header = headerReader(mail);
  const fromAddress = firstAddress(mail.from);
  const rawText = mail.text ?? "";
  if (rawText.length > TEXT_MAX) notes.push("text_truncated");
  const html = typeof mail.html === "string" && mail.html !== "" ? sanitise(mail.html) : null;
  if (html && html.length > HTML_MAX) notes.push("html_dropped_too_long");
  const charset = /charset\s*=\s*"?([^";\s]+)/i.exec(header("content-type") ?? "")?.[1];
  if (charset && !isKnownCharset(charset)) notes.push(`unknown_charset:${cleanLine(charset, 40)}`);
  return {
    messageId: mail.messageId ? cleanLine(mail.messageId, 500) : null,
    inReplyTo: messageIdsIn(mail.inReplyTo),
    references: messageIdsIn(mail.references),
    from: fromAddress,
    subject: cleanLine(mail.subject, SUBJECT_MAX),
    text: cleanBlock(rawText, TEXT_MAX),
    html: html && html.length <= HTML_MAX ? html : null,
    date: mail.date && !Number.isNaN(mail.date.getTime()) ? mail.date : null,
    loop: {
      autoSubmitted: header("auto-submitted"),
      precedence: header("precedence"),
      hasListHeaders: Boolean(header("list-id") ?? header("list-unsubscribe") ?? header("list-post")),
      returnPathHeader: header("return-path"),
      autoResponseSuppress: header("x-auto-response-suppress"),
      fromAddress: fromAddress?.address ?? null,
      isDeliveryReport: /multipart\/report|message\/delivery-status/i.test(header("content-type") ?? ""),
      hasAutoReplyHeader: Boolean(header("x-autoreply") ?? header("x-autorespond") ?? header("x-autoreply-from")),
    },
    files: mail.attachments.map((a) => ({
      filename: a.filename ?? null,
      declaredType: a.contentType ?? null,
      bytes: a.content,
      isInline: a.contentDisposition === "inline" || Boolean(a.related),
      contentId: a.cid ? cleanLine(a.cid, 200) : null,
    })),
    notes,
  };
}

/** The first value of a top-level header as raw text, unfolded. */
function headerReader(mail: ParsedMail) {
  return (name: string): string | null => {
    const line = mail.headerLines.find((h) => h.key === name)?.line;
    if (!line) return null;
    const colon = line.indexOf(":");
    return line.slice(colon + 1).replace(/\r?\n[ \t]+/g, " ").trim();
  };
}

function firstAddress(value: AddressObject | AddressObject[] | undefined): { address: string; name: string | null } | null {
  const first = (Array.isArray(value) ? value : value ? [value] : []).flatMap((v) => v.value)[0];
  const address = plainAddress(first?.address);
  if (!address) return null;
  return { address, name: first?.name ? cleanLine(first.name, 200) || null : null };
}

const KNOWN = new Set(["utf-8", "utf8", "us-ascii", "ascii", "iso-8859-1", "latin1", "gb2312", "gbk", "gb18030", "big5", "windows-1252", "iso-2022-jp", "shift_jis", "euc-kr", "utf-16", "iso-8859-15"]);
const isKnownCharset = (charset: string) => KNOWN.has(charset.toLowerCase()) || /^(windows-12\d\d|iso-8859-\d+|cp\d+|koi8-[ru])$/i.test(charset);

/**
 * HTML for display: a small allow-list of formatting tags. No script, style, iframe, form or
 * event handler survives; links keep http, https and mailto only; images only as cid: references
 * to the message's own inline parts (remote images would tell the sender the mail was read).
 */
export function sanitise(html: string): string {
  const sanitizeHtml = loadSanitizer();
  return sanitizeHtml(html, {
    allowedTags: [
      "p", "br", "div", "span", "b", "strong", "i", "em", "u", "s", "blockquote", "pre", "code", "ul", "ol", "li",
      "h1", "h2", "h3", "h4", "h5", "h6", "table", "thead", "tbody", "tr", "th", "td", "a", "img", "hr",
    ],
    allowedAttributes: { a: ["href", "title", "rel", "target"], img: ["src", "alt", "width", "height"], td: ["colspan", "rowspan"], th: ["colspan", "rowspan"] },
    allowedSchemes: ["http", "https", "mailto"],
    allowedSchemesByTag: { img: ["cid"] },
    allowProtocolRelative: false,
    disallowedTagsMode: "discard",
    transformTags: { a: sanitizeHtml.simpleTransform("a", { rel: "noopener noreferrer nofollow", target: "_blank" }) },
  });
}
