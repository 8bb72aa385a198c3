import { createServer as createHttpServer, type IncomingHttpHeaders } from "node:http";
import { createServer as createNetServer, type AddressInfo, type Socket } from "node:net";
import { SMTPServer } from "smtp-server";

/**
 * Real protocol peers for the notification tests (never imported by casedesk itself): an SMTP
 * server and an HTTP SMS gateway on 127.0.0.1 that record what reaches them.
 */

export type ReceivedMail = {
  envelopeTo: string[];
  /** header names lower-cased, in order, unfolded */
  headers: [string, string][];
  header(name: string): string | undefined;
  messageId: string | undefined;
  subject: string;
  text: string;
  /** the message as received (for a multipart message, parse it: `simpleParser(raw)`) */
  raw: string;
};

export type SmtpPeer = { port: number; messages: ReceivedMail[]; close(): Promise<void> };

/**
 * An SMTP server without TLS; recipients in `refuse` get "550 mailbox unavailable". With `auth`,
 * it requires AUTH (PLAIN or LOGIN, in clear text) with that user and password, else 535.
 */
export async function startSmtpPeer(options: { port?: number; refuse?: string[]; auth?: { user: string; pass: string } } = {}): Promise<SmtpPeer> {
  const messages: ReceivedMail[] = [];
  const refuse = new Set(options.refuse ?? []);
  const auth = options.auth;
  const server = new SMTPServer({
    authOptional: !auth,
    disabledCommands: auth ? ["STARTTLS"] : ["STARTTLS", "AUTH"],
    authMethods: ["PLAIN", "LOGIN"],
    allowInsecureAuth: true,
    onAuth(credentials, _session, callback) {
      if (auth && credentials.username === auth.user && credentials.password === auth.pass) return callback(null, { user: credentials.username });
      callback(Object.assign(new Error("authentication failed"), { responseCode: 535 }));
    },
    logger: false,
    onRcptTo(address, _session, callback) {
      if (refuse.has(address.address)) return callback(Object.assign(new Error("mailbox unavailable"), { responseCode: 550 }));
      callback();
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        messages.push(parseMail(Buffer.concat(chunks).toString("utf8"), session.envelope.rcptTo.map((r) => r.address)));
        callback();
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, "127.0.0.1", () => resolve());
  });
  const port = (server.server.address() as AddressInfo).port;
  return { port, messages, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

export type GatewayRequest = { headers: IncomingHttpHeaders; body: { to: string; text: string; idempotencyKey: string } };
export type SmsGatewayPeer = {
  url: string;
  requests: GatewayRequest[];
  /** the status to answer each request with (default 200) */
  respond: (request: GatewayRequest) => number;
  close(): Promise<void>;
};

export async function startSmsGatewayPeer(): Promise<SmsGatewayPeer> {
  const peer: SmsGatewayPeer = { url: "", requests: [], respond: () => 200, close: async () => undefined };
  const server = createHttpServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const request: GatewayRequest = { headers: req.headers, body: JSON.parse(Buffer.concat(chunks).toString("utf8")) };
      peer.requests.push(request);
      const status = peer.respond(request);
      res.writeHead(status, { "content-type": "application/json" });
      res.end(JSON.stringify(status < 300 ? { id: `msg-${peer.requests.length}` } : { error: status === 400 ? "invalid number" : "gateway trouble" }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", () => resolve()));
  peer.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/sms`;
  peer.close = () =>
    new Promise((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    });
  return peer;
}

export type HangingPeer = {
  url: string;
  /** when each request (or connection, for TCP) arrived, Date.now() */
  arrivals: number[];
  close(): Promise<void>;
};

/**
 * A peer that accepts and never answers: `http` reads each request and sends nothing back (an SMS
 * gateway that hangs); `tcp` accepts connections and never says a word (an SMTP server that never
 * greets).
 */
export async function startHangingPeer(protocol: "http" | "tcp"): Promise<HangingPeer> {
  const peer: HangingPeer = { url: "", arrivals: [], close: async () => undefined };
  const server = protocol === "http"
    ? createHttpServer((req) => void req.resume().on("end", () => peer.arrivals.push(Date.now())))
    : createNetServer((socket) => {
      socket.on("error", () => undefined);
      peer.arrivals.push(Date.now());
    });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", () => resolve()));
  const { port } = server.address() as AddressInfo;
  peer.url = protocol === "http" ? `http://127.0.0.1:${port}/sms` : `smtp://127.0.0.1:${port}`;
  const sockets = new Set<Socket>();
  server.on("connection", (socket: Socket) => {
    sockets.add(socket);
    socket.once("close", () => sockets.delete(socket));
  });
  peer.close = () =>
    new Promise((resolve) => {
      server.close(() => resolve());
      for (const socket of sockets) socket.destroy();
    });
  return peer;
}

/** A port nothing listens on (for the moment). */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createNetServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

function parseMail(raw: string, envelopeTo: string[]): ReceivedMail {
  const split = raw.indexOf("\r\n\r\n");
  const head = raw.slice(0, split).replace(/\r\n[ \t]+/g, " ");
  const body = raw.slice(split + 4);
  const headers = head.split("\r\n").map((line): [string, string] => {
    const colon = line.indexOf(":");
    return [line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim()];
  });
  const header = (name: string) => headers.find(([key]) => key === name)?.[1];
  const encoding = header("content-transfer-encoding")?.toLowerCase();
  const text = encoding === "quoted-printable" ? decodeQuotedPrintable(body) : encoding === "base64" ? Buffer.from(body, "base64").toString("utf8") : body;
  return { envelopeTo, headers, header, messageId: header("message-id"), subject: decodeWords(header("subject") ?? ""), text: text.replace(/\r\n/g, "\n").trim(), raw };
}

function decodeQuotedPrintable(text: string): string {
  const bytes = text.replace(/=\r?\n/g, "").replace(/=([0-9A-F]{2})/gi, (_match, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));
  return Buffer.from(bytes, "latin1").toString("utf8");
}

/** RFC 2047 encoded words (UTF-8, B or Q); adjacent words are joined before decoding. */
function decodeWords(value: string): string {
  return value.replace(/\?=\s+=\?/g, "?==?").replace(/(?:=\?utf-8\?[bq]\?[^?]*\?=)+/gi, (run) => {
    const parts = [...run.matchAll(/=\?utf-8\?([bq])\?([^?]*)\?=/gi)].map(([, kind, data = ""]) =>
      kind!.toLowerCase() === "b"
        ? Buffer.from(data, "base64")
        : Buffer.from(data.replace(/_/g, " ").replace(/=([0-9A-F]{2})/gi, (_m, hex: string) => String.fromCharCode(Number.parseInt(hex, 16))), "latin1"),
    );
    return Buffer.concat(parts).toString("utf8");
  });
}
