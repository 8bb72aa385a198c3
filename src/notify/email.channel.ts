import type { Readable } from "node:stream";
import { createRequire } from "node:module";
import type * as Nodemailer from "nodemailer";
import { DeliveryError } from "./notification.js";
import { oneLine } from "./template-engine.js";

export type EmailMessage = {
  to: string; subject: string; text: string; messageId: string; date: Date;
  /** threading (e-mail intake): the message this one answers; sent only if it is a well-formed msg-id */
  inReplyTo?: string; references?: string[];
  /** copies (a case's CC contacts); addresses that are not mailboxes are left out */
  cc?: string[];
  /** files read from the attachment store as the message is sent */
  attachments?: { filename: string; contentType: string; content: Readable }[];
};

// a msg-id fit for a header: <left@right>, printable ASCII without spaces or brackets inside (no CR/LF can pass)
const MSG_ID = /^<[\x21-\x3b\x3d\x3f-\x7e]{1,250}@[\x21-\x3b\x3d\x3f-\x7e]{1,250}>$/;

export interface EmailTransport {
  /** `signal`: give up now (the worker is stopping); the message is tried again later */
  send(message: EmailMessage, signal?: AbortSignal): Promise<void>;
  close(): void;
}

type SmtpFailure = Error & { code?: string; responseCode?: number; response?: string };

const MAILBOX = /^[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:"]+\.[^\s@<>()[\]\\,;:"]+$|^[^\s@<>()[\]\\,;:"]+@localhost$/i;

/**
 * SMTP failures as RFC 5321 sees them: a 5xx reply (except 503, a session out of step) refuses
 * this message for good; 4xx replies, 503, connection failures, timeouts and authentication
 * trouble (a configuration matter, not the message's) may pass on a later try.
 */
export function classifySmtpError(error: unknown): DeliveryError {
  const failure = error as SmtpFailure;
  const code = failure.responseCode;
  const isPermanent = (typeof code === "number" && code >= 500 && code < 600 && code !== 503) ||
    (failure.code === "EENVELOPE" && code === undefined);
  const detail = [failure.code, code, oneLine(failure.response ?? failure.message ?? String(error))].filter(Boolean).join(" ");
  return new DeliveryError(`smtp: ${detail}`, isPermanent, { cause: error });
}

/**
 * E-mail over SMTP (`smtp://user:pass@host:587`, `smtps://…:465`), over a small pool of
 * connections (`maxConnections`, as many as the sends in flight). Each send ends within
 * `timeoutMs`: nodemailer's own timeouts are per phase and an idle socket's restarts with every
 * byte, so a server that trickles its answers is cut off by a deadline over the whole send.
 */
export function smtpTransport(options: { url: string; from: string; timeoutMs?: number; maxConnections?: number }): EmailTransport {
  const timeout = options.timeoutMs ?? 30_000;
  // loaded only when mail is configured
  const nodemailer = createRequire(import.meta.url)("nodemailer") as typeof Nodemailer;
  const transport = nodemailer.createTransport({
    url: options.url,
    // a few long-lived connections instead of a handshake per message
    pool: true,
    maxConnections: options.maxConnections ?? 4,
    maxMessages: 500,
    connectionTimeout: timeout,
    greetingTimeout: timeout,
    socketTimeout: timeout,
  });
  const from = oneLine(options.from);
  return {
    async send(message, stopping) {
      if (!MAILBOX.test(message.to)) throw new DeliveryError(`smtp: not an e-mail address: ${oneLine(message.to)}`, true);
      let deadline: ReturnType<typeof setTimeout> | undefined;
      let giveUp: (() => void) | undefined;
      try {
        await Promise.race([
          transport.sendMail({
            from,
            to: message.to,
            subject: oneLine(message.subject),
            text: message.text,
            messageId: message.messageId,
            date: message.date,
            headers: { "Auto-Submitted": "auto-generated" },
            ...(message.inReplyTo && MSG_ID.test(message.inReplyTo) ? { inReplyTo: message.inReplyTo } : {}),
            ...(message.references?.some((id) => MSG_ID.test(id)) ? { references: message.references.filter((id) => MSG_ID.test(id)) } : {}),
            ...(message.cc?.some((address) => MAILBOX.test(address)) ? { cc: message.cc.filter((address) => MAILBOX.test(address)) } : {}),
            ...(message.attachments?.length ? { attachments: message.attachments.map((file) => ({ filename: oneLine(file.filename), contentType: file.contentType, content: file.content })) } : {}),
          }),
          new Promise<never>((_resolve, reject) => {
            deadline = setTimeout(() => reject(new DeliveryError(`smtp: timed out after ${timeout} ms`, false)), timeout);
            giveUp = () => reject(new DeliveryError("smtp: given up: the worker is stopping", false));
            if (stopping?.aborted) giveUp();
            else stopping?.addEventListener("abort", giveUp, { once: true });
          }),
        ]);
      } catch (error) {
        throw error instanceof DeliveryError ? error : classifySmtpError(error);
      } finally {
        clearTimeout(deadline);
        if (giveUp) stopping?.removeEventListener("abort", giveUp);
      }
    },
    close: () => transport.close(),
  };
}
