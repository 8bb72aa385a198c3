import type { AddressInfo } from "node:net";
import { createRequire } from "node:module";
import type { SMTPServer as SmtpServerClass } from "smtp-server";
import type { Deps } from "../shared/deps.js";
import { receiveMessage } from "./receive-message.js";

export type SmtpReceiver = { port: number; close(): Promise<void> };

const smtpError = (code: number, message: string) => Object.assign(new Error(message), { responseCode: code });

/**
 * The built-in SMTP receiver an MTA forwards the support address to (INBOUND_SMTP_PORT). It
 * answers 250 only once the message is stored in the database (so a crash before that makes the
 * MTA try again, and nothing is lost); 552 to a message over INBOUND_MAX_BYTES; 451 when it
 * could not store (the MTA keeps it and retries). No AUTH or TLS: listen on a private address.
 */
export async function startSmtpReceiver(deps: Deps, options: { port: number; host: string }): Promise<SmtpReceiver> {
  const maxBytes = deps.config.inboundMaxBytes;
  // loaded only when the receiver is configured
  const { SMTPServer } = createRequire(import.meta.url)("smtp-server") as { SMTPServer: typeof SmtpServerClass };
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["AUTH", "STARTTLS"],
    logger: false,
    banner: "casedesk intake",
    size: maxBytes,
    maxClients: 50,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      let total = 0;
      stream.on("data", (chunk: Buffer) => {
        total += chunk.length;
        if (total <= maxBytes) chunks.push(chunk);
      });
      stream.on("error", (error) => callback(smtpError(451, `could not read the message: ${error.message}`)));
      stream.on("end", () => {
        if (stream.sizeExceeded || total > maxBytes) {
          deps.logger.warn({ size: total, limit: maxBytes, session: session.id }, "inbound SMTP message refused: too large");
          callback(smtpError(552, `message too large: the limit is ${maxBytes} bytes`));
          return;
        }
        const mailFrom = session.envelope.mailFrom;
        receiveMessage(deps, {
          source: "smtp",
          sourceRef: `smtp:${session.id}`,
          raw: Buffer.concat(chunks),
          // the null sender <> is "", which marks bounces and auto-replies
          envelopeFrom: mailFrom ? mailFrom.address : null,
          envelopeTo: session.envelope.rcptTo.map((r) => r.address),
        }).then(
          (stored) => callback(null, stored.isNew ? `queued as ${stored.id}` : "already received"),
          (error: unknown) => {
            deps.logger.error({ err: error, session: session.id }, "inbound SMTP message could not be stored; the sender will retry");
            callback(smtpError(451, "temporary failure, please try again later"));
          },
        );
      });
    },
  });
  server.on("error", (error) => deps.logger.error({ err: error }, "inbound SMTP receiver error"));
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, options.host, () => resolve());
  });
  const port = (server.server.address() as AddressInfo).port;
  deps.logger.info({ host: options.host, port }, "inbound SMTP receiver listening");
  return { port, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
