import { isIP } from "node:net";
import { join } from "node:path";
import { z } from "zod";
import type { DatabaseTimeouts } from "./db/postgres.js";

// the names proxy-addr (Fastify's trustProxy) gives to well-known ranges
const PROXY_RANGE_NAMES = new Set(["loopback", "linklocal", "uniquelocal"]);
const isProxyEntry = (entry: string) => {
  if (PROXY_RANGE_NAMES.has(entry) || isIP(entry) !== 0) return true;
  const [address = "", bits, ...rest] = entry.split("/");
  const maxBits = isIP(address) === 4 ? 32 : 128;
  return rest.length === 0 && isIP(address) !== 0 && /^\d{1,3}$/.test(bits ?? "") && Number(bits) <= maxBits;
};
const proxyEntries = (value: string) => value.split(",").map((entry) => entry.trim()).filter(Boolean);

/** The only reader of process.env: every setting casedesk understands, validated once at start. */
const configSchema = z.object({
  HOST: z.string().default("127.0.0.1"),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  CASEDESK_DATA_DIR: z.string().default("./data"),
  DATABASE_URL: z.string().url().optional(),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(20),
  DATABASE_PIPELINED_CONNECTIONS: z.coerce.number().int().min(0).max(16).default(2),
  DATABASE_CONNECT_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(5_000),
  DATABASE_STATEMENT_TIMEOUT_MS: z.coerce.number().int().min(100).max(3_600_000).default(15_000),
  DATABASE_IDLE_IN_TRANSACTION_TIMEOUT_MS: z.coerce.number().int().min(1_000).max(3_600_000).default(60_000),
  READYZ_TIMEOUT_MS: z.coerce.number().int().min(50).max(60_000).default(2_000),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  PUBLIC_URL: z.string().url().optional(),
  COOKIE_SECURE: z.enum(["true", "false", "auto"]).default("auto"),
  SESSION_TTL_HOURS: z.coerce.number().int().min(1).max(24 * 90).default(12),
  LOGIN_MAX_FAILURES: z.coerce.number().int().min(1).max(1000).default(5),
  LOGIN_WINDOW_MINUTES: z.coerce.number().int().min(1).max(1440).default(15),
  // per-client limits, and whose X-Forwarded-For names the client
  RATE_LIMIT_LOGIN_FAILURES: z.coerce.number().int().min(1).max(10_000).default(20),
  RATE_LIMIT_LINK_MISSES: z.coerce.number().int().min(1).max(10_000).default(20),
  RATE_LIMIT_WINDOW_MINUTES: z.coerce.number().int().min(1).max(1440).default(15),
  TRUST_PROXY: z.string()
    .refine((value) => proxyEntries(value).length > 0 && proxyEntries(value).every(isProxyEntry), "the proxies' addresses or CIDR ranges, separated by commas (or loopback, linklocal, uniquelocal)")
    .optional(),
  BODY_LIMIT_BYTES: z.coerce.number().int().min(1024).max(50 * 1024 * 1024).default(1024 * 1024),
  CASEDESK_DEMO: z.enum(["auto", "true", "false"]).default("auto"),
  TZ_DISPLAY: z.string().default("Asia/Shanghai"),
  SMTP_URL: z.string().url().refine((value) => /^smtps?:\/\//.test(value), "must start with smtp:// or smtps://").optional(),
  SMTP_FROM: z.string().default("casedesk <casedesk@localhost>"),
  SMS_GATEWAY_URL: z.string().url().refine((value) => /^https?:\/\//.test(value), "must start with http:// or https://").optional(),
  SMS_GATEWAY_TOKEN: z.string().optional(),
  NOTIFY_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(50).default(8),
  // a send must end well within the outbox's five-minute lease, or another sender takes the row
  SMTP_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(30_000),
  SMTP_CONCURRENCY: z.coerce.number().int().min(1).max(100).default(4),
  SMS_GATEWAY_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(10_000),
  SMS_GATEWAY_CONCURRENCY: z.coerce.number().int().min(1).max(100).default(4),
  CASEDESK_WORKER: z.enum(["true", "false"]).default("true"),
  WORKER_INTERVAL_MS: z.coerce.number().int().min(50).max(60_000).default(500),
  CLOSE_AFTER_DAYS: z.coerce.number().int().min(1).max(365).default(7),
  REOPEN_WINDOW_DAYS: z.coerce.number().int().min(1).max(3650).default(30),
  // attachments
  ATTACHMENTS_DIR: z.string().optional(),
  ATTACHMENT_MAX_BYTES: z.coerce.number().int().min(1024).max(2 * 1024 * 1024 * 1024).default(20 * 1024 * 1024),
  CASE_ATTACHMENTS_MAX_BYTES: z.coerce.number().int().min(1024).max(1024 * 1024 * 1024 * 1024).default(200 * 1024 * 1024),
  // telephony and surveys
  PBX_OUR_NUMBERS: z.string().default(""),
  SURVEY_EXPIRE_DAYS: z.coerce.number().int().min(1).max(365).default(14),
  SURVEY_REMIND_DAYS: z.coerce.number().int().min(1).max(365).default(3),
  // live updates and CSV export (web screens)
  LIVE_HEARTBEAT_SECONDS: z.coerce.number().min(0.05).max(300).default(25),
  EXPORT_MAX_ROWS: z.coerce.number().int().min(1).max(1_000_000).default(10_000),
  INBOUND_RAW_RETENTION_DAYS: z.coerce.number().int().min(0).max(36_500).default(90),
  // reports: the monthly report goes out on this working day (Mon–Fri) of the next month
  REPORT_DELIVERY_WORKDAY: z.coerce.number().int().min(1).max(20).default(3),
  // web UI
  CASEDESK_WEB_DIR: z.string().optional(),
  // e-mail and fax intake
  IMAP_URL: z.string().url().refine((value) => /^imaps?:\/\//.test(value), "must start with imap:// or imaps://").optional(),
  IMAP_MAILBOX: z.string().default("INBOX"),
  IMAP_PROCESSED_MAILBOX: z.string().optional(),
  IMAP_POLL_SECONDS: z.coerce.number().int().min(5).max(3600).default(60),
  INBOUND_SMTP_PORT: z.coerce.number().int().min(0).max(65535).optional(),
  INBOUND_SMTP_HOST: z.string().default("127.0.0.1"),
  INBOUND_MAX_BYTES: z.coerce.number().int().min(1024).max(200 * 1024 * 1024).default(25 * 1024 * 1024),
  INBOUND_MAX_PARTS: z.coerce.number().int().min(2).max(10_000).default(200),
  INBOUND_MAX_DEPTH: z.coerce.number().int().min(1).max(100).default(10),
  AUTOACK_MAX_PER_HOUR: z.coerce.number().int().min(0).max(1000).default(5),
  FAX_GATEWAY_ADDRESSES: z.string().default(""),
  CASEDESK_SECRET: z.string().min(32, "must be at least 32 characters").optional(),
});

export type Config = {
  host: string;
  port: number;
  dataDir: string;
  databaseUrl: string | undefined;
  databasePoolSize: number;
  /** PostgreSQL connections in pipeline mode beside the pool, for writes outside transactions (src/db/script-lanes.ts); 0: none */
  databasePipelinedConnections: number;
  /** PostgreSQL: how long to wait for a connection, a statement, a transaction left idle */
  databaseTimeouts: DatabaseTimeouts;
  /** /readyz answers 503 when the database has not answered within this */
  readyzTimeoutMs: number;
  logLevel: z.infer<typeof configSchema>["LOG_LEVEL"];
  publicUrl: string | undefined;
  cookieSecure: "true" | "false" | "auto";
  sessionTtlHours: number;
  loginMaxFailures: number;
  loginWindowMinutes: number;
  /** failed sign-ins one client may make (whatever the addresses tried) within the window … */
  rateLimitLoginFailures: number;
  /** … and one-time links (survey, resolution confirmation) it may ask for that do not exist */
  rateLimitLinkMisses: number;
  rateLimitWindowMinutes: number;
  /** Fastify's trustProxy: false = the socket's address is the client; else the proxies (addresses, CIDR ranges) whose X-Forwarded-* headers count */
  trustProxy: false | string[];
  bodyLimitBytes: number;
  demo: "auto" | "true" | "false";
  displayTimeZone: string;
  /** outgoing mail (notify): smtp[s]://user:pass@host:port; unset = e-mail notifications wait */
  smtpUrl: string | undefined;
  smtpFrom: string;
  /** the SMS gateway (notify) that takes POST {to, text, idempotencyKey}; unset = SMS notifications wait */
  smsGatewayUrl: string | undefined;
  smsGatewayToken: string | undefined;
  notifyMaxAttempts: number;
  /** the longest one e-mail or SMS may take to send, and how many of each may be in flight at once */
  smtpTimeoutMs: number;
  smtpConcurrency: number;
  smsGatewayTimeoutMs: number;
  smsGatewayConcurrency: number;
  /** whether `casedesk start` also runs the worker (timers, outbox); `casedesk worker` runs only that */
  worker: boolean;
  workerIntervalMs: number;
  /** a resolved case the customer neither confirms nor disputes closes by itself after this many days */
  closeAfterDays: number;
  /** how long after resolution or closure a case may still be reopened */
  reopenWindowDays: number;
  /** the attachment store's folder (default <CASEDESK_DATA_DIR>/attachments) */
  attachmentsDir: string;
  /** largest single attachment, and the most all attachments of one case may add up to */
  attachmentMaxBytes: number;
  caseAttachmentsMaxBytes: number;
  /** telephony: the centre's own numbers (hotlines, trunk numbers), any format; a call from one of them is outbound */
  pbxOurNumbers: string[];
  /** surveys: a survey link works for this many days */
  surveyExpireDays: number;
  /** surveys: one reminder this many days after the invitation, if still unanswered */
  surveyRemindDays: number;
  /** how often a live-update stream gets a heartbeat (and its session is checked again) */
  liveHeartbeatSeconds: number;
  /** the most rows one CSV export of a case search writes */
  exportMaxRows: number;
  /** housekeeping: the raw bytes of mail handled for good are dropped after this many days (0: kept for ever) */
  inboundRawRetentionDays: number;
  /** reports: each month's reports are e-mailed on this working day (Mon–Fri, 1 = the first) of the next month, at 09:00 in TZ_DISPLAY */
  reportDeliveryWorkday: number;
  /** the built web UI served at / (default web/dist of this checkout); "off" serves none */
  webDir: string | undefined;
  // e-mail and fax intake
  /** the support mailbox polled for new mail: imap[s]://user:pass@host:port; unset = no polling */
  imapUrl: string | undefined;
  imapMailbox: string;
  /** where processed mail is moved; unset = it stays and is flagged */
  imapProcessedMailbox: string | undefined;
  imapPollSeconds: number;
  /** the built-in SMTP receiver's port for an MTA to forward to; unset = no receiver */
  inboundSmtpPort: number | undefined;
  inboundSmtpHost: string;
  inboundMaxBytes: number;
  inboundMaxParts: number;
  inboundMaxDepth: number;
  autoAckMaxPerHour: number;
  /** senders whose mail is a fax (lower-cased addresses) */
  faxGatewayAddresses: string[];
  /** signs Message-IDs of outgoing mail; unset = a secret generated once and kept in the database */
  casedeskSecret: string | undefined;
};

export class ConfigError extends Error {}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = configSchema.safeParse(
    Object.fromEntries(Object.entries(env).filter(([, value]) => value !== "")),
  );
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`);
    throw new ConfigError(`casedesk: invalid configuration\n${lines.join("\n")}`);
  }
  const e = parsed.data;
  return {
    host: e.HOST,
    port: e.PORT,
    dataDir: e.CASEDESK_DATA_DIR,
    databaseUrl: e.DATABASE_URL,
    databasePoolSize: e.DATABASE_POOL_SIZE,
    databasePipelinedConnections: e.DATABASE_PIPELINED_CONNECTIONS,
    databaseTimeouts: {
      connectMs: e.DATABASE_CONNECT_TIMEOUT_MS,
      statementMs: e.DATABASE_STATEMENT_TIMEOUT_MS,
      idleInTransactionMs: e.DATABASE_IDLE_IN_TRANSACTION_TIMEOUT_MS,
    },
    readyzTimeoutMs: e.READYZ_TIMEOUT_MS,
    logLevel: e.LOG_LEVEL,
    publicUrl: e.PUBLIC_URL,
    cookieSecure: e.COOKIE_SECURE,
    sessionTtlHours: e.SESSION_TTL_HOURS,
    loginMaxFailures: e.LOGIN_MAX_FAILURES,
    loginWindowMinutes: e.LOGIN_WINDOW_MINUTES,
    rateLimitLoginFailures: e.RATE_LIMIT_LOGIN_FAILURES,
    rateLimitLinkMisses: e.RATE_LIMIT_LINK_MISSES,
    rateLimitWindowMinutes: e.RATE_LIMIT_WINDOW_MINUTES,
    trustProxy: e.TRUST_PROXY === undefined ? false : proxyEntries(e.TRUST_PROXY),
    bodyLimitBytes: e.BODY_LIMIT_BYTES,
    demo: e.CASEDESK_DEMO,
    displayTimeZone: e.TZ_DISPLAY,
    smtpUrl: e.SMTP_URL,
    smtpFrom: e.SMTP_FROM,
    smsGatewayUrl: e.SMS_GATEWAY_URL,
    smsGatewayToken: e.SMS_GATEWAY_TOKEN,
    notifyMaxAttempts: e.NOTIFY_MAX_ATTEMPTS,
    smtpTimeoutMs: e.SMTP_TIMEOUT_MS,
    smtpConcurrency: e.SMTP_CONCURRENCY,
    smsGatewayTimeoutMs: e.SMS_GATEWAY_TIMEOUT_MS,
    smsGatewayConcurrency: e.SMS_GATEWAY_CONCURRENCY,
    worker: e.CASEDESK_WORKER === "true",
    workerIntervalMs: e.WORKER_INTERVAL_MS,
    closeAfterDays: e.CLOSE_AFTER_DAYS,
    reopenWindowDays: e.REOPEN_WINDOW_DAYS,
    attachmentsDir: e.ATTACHMENTS_DIR ?? join(e.CASEDESK_DATA_DIR, "attachments"),
    attachmentMaxBytes: e.ATTACHMENT_MAX_BYTES,
    caseAttachmentsMaxBytes: e.CASE_ATTACHMENTS_MAX_BYTES,
    pbxOurNumbers: e.PBX_OUR_NUMBERS.split(",").map((n) => n.trim()).filter(Boolean),
    surveyExpireDays: e.SURVEY_EXPIRE_DAYS,
    surveyRemindDays: e.SURVEY_REMIND_DAYS,
    liveHeartbeatSeconds: e.LIVE_HEARTBEAT_SECONDS,
    exportMaxRows: e.EXPORT_MAX_ROWS,
    inboundRawRetentionDays: e.INBOUND_RAW_RETENTION_DAYS,
    reportDeliveryWorkday: e.REPORT_DELIVERY_WORKDAY,
    webDir: e.CASEDESK_WEB_DIR,
    imapUrl: e.IMAP_URL,
    imapMailbox: e.IMAP_MAILBOX,
    imapProcessedMailbox: e.IMAP_PROCESSED_MAILBOX,
    imapPollSeconds: e.IMAP_POLL_SECONDS,
    inboundSmtpPort: e.INBOUND_SMTP_PORT,
    inboundSmtpHost: e.INBOUND_SMTP_HOST,
    inboundMaxBytes: e.INBOUND_MAX_BYTES,
    inboundMaxParts: e.INBOUND_MAX_PARTS,
    inboundMaxDepth: e.INBOUND_MAX_DEPTH,
    autoAckMaxPerHour: e.AUTOACK_MAX_PER_HOUR,
    faxGatewayAddresses: e.FAX_GATEWAY_ADDRESSES.split(",").map((a) => a.trim().toLowerCase()).filter(Boolean),
    casedeskSecret: e.CASEDESK_SECRET,
  };
}
