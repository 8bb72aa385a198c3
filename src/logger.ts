import pino, { type DestinationStream, type Logger } from "pino";
import type { Config } from "./config.js";

/**
 * The log and what it never holds. Request lines name the route and the URL with its secrets
 * replaced: the path parameter of a one-time link (`/s/<token>`, `/api/v1/surveys/<token>`,
 * `/api/v1/case-confirmations/<token>`) and query parameters named like a credential. The
 * configured credentials (SMTP, IMAP, database, SMS gateway, CASEDESK_SECRET) are replaced in every
 * line, whatever logged them. Session cookies, CSRF and API tokens travel in headers, which are
 * not logged; fields named like them are redacted should anything log them.
 */

export const REDACTED = "[redacted]";

// names of path and query parameters whose values are credentials
const SECRET_NAME = /token|secret|passw(or)?d|pwd|api[-_]?key|^key$|signature|^sig$|^code$|^auth|session|csrf|credential/i;
// a path segment that looks like a random token, for URLs no route pattern explains (404s, wildcards)
const TOKEN_LIKE = /^[A-Za-z0-9_-]{16,}$/;
// a configured secret shorter than this is not searched for: it would blot out ordinary words
const MIN_SECRET_LENGTH = 6;

/** The URL as the log shows it: secret path parameters and credential-like query values replaced. */
export function redactUrl(url: string, routePattern?: string): string {
  const queryAt = url.indexOf("?");
  const path = queryAt === -1 ? url : url.slice(0, queryAt);
  const query = queryAt === -1 ? undefined : url.slice(queryAt + 1);
  const segments = path.split("/");
  const pattern = routePattern?.split("/");
  const isExplained = pattern !== undefined && pattern.length === segments.length && !routePattern!.includes("*");
  const redactedPath = segments
    .map((segment, i) => {
      const secret = isExplained ? pattern[i]!.startsWith(":") && SECRET_NAME.test(pattern[i]!.slice(1)) : TOKEN_LIKE.test(segment);
      return secret ? REDACTED : segment;
    })
    .join("/");
  if (query === undefined) return redactedPath;
  const redactedQuery = query
    .split("&")
    .map((pair) => {
      const equals = pair.indexOf("=");
      const name = equals === -1 ? pair : pair.slice(0, equals);
      return equals !== -1 && SECRET_NAME.test(decodeLoosely(name)) ? `${name}=${REDACTED}` : pair;
    })
    .join("&");
  return `${redactedPath}?${redactedQuery}`;
}

function decodeLoosely(text: string): string {
  try {
    return decodeURIComponent(text.replaceAll("+", " "));
  } catch {
    return text;
  }
}

/** The credentials in the configuration: URL passwords, credential-like query values, tokens, the signing secret. */
export function configuredSecrets(config: Pick<Config, "smtpUrl" | "imapUrl" | "databaseUrl" | "smsGatewayUrl" | "smsGatewayToken" | "casedeskSecret">): string[] {
  const secrets: string[] = [];
  for (const configured of [config.smtpUrl, config.imapUrl, config.databaseUrl, config.smsGatewayUrl]) {
    if (!configured) continue;
    const url = new URL(configured);
    secrets.push(url.password);
    for (const [name, value] of url.searchParams) if (SECRET_NAME.test(name)) secrets.push(value);
  }
  secrets.push(config.smsGatewayToken ?? "", config.casedeskSecret ?? "");
  // each as written in a URL, decoded, and escaped inside a JSON string (a log line is JSON)
  const forms = secrets.filter((secret) => secret.length >= MIN_SECRET_LENGTH).flatMap((secret) => {
    const decoded = decodeLoosely(secret);
    return [secret, decoded, encodeURIComponent(decoded)];
  });
  const escaped = forms.map((form) => JSON.stringify(form).slice(1, -1));
  // longest first, so a secret that contains another is replaced whole
  return [...new Set([...forms, ...escaped])].filter((form) => form.length >= MIN_SECRET_LENGTH).sort((a, b) => b.length - a.length);
}

type LoggedRequest = { method: string; url: string; host?: string; ip?: string; routeOptions?: { url?: string } };

/**
 * The logger of casedesk: JSON lines on stdout (or `destination`), at LOG_LEVEL unless `level`
 * says otherwise, with the redaction above.
 */
export function createLogger(config: Config, options: { level?: string; destination?: DestinationStream } = {}): Logger {
  const secrets = configuredSecrets(config);
  return pino({
    level: options.level ?? config.logLevel,
    base: { service: "casedesk" },
    serializers: {
      // Fastify's request line, with the route pattern and the redacted URL instead of the raw one
      req: (request: LoggedRequest) => ({
        method: request.method,
        url: redactUrl(request.url, request.routeOptions?.url),
        route: request.routeOptions?.url,
        host: request.host,
        remoteAddress: request.ip,
      }),
    },
    redact: {
      paths: ["password", "*.password", "token", "*.token", "csrfToken", "*.csrfToken", "authorization", "*.authorization", "*.headers.authorization", "*.headers.cookie"],
      censor: REDACTED,
    },
    hooks: {
      streamWrite: (line) => secrets.reduce((text, secret) => (text.includes(secret) ? text.replaceAll(secret, REDACTED) : text), line),
    },
  }, options.destination);
}
