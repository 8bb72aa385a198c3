import type { FastifyInstance, FastifyRequest } from "fastify";
import { isIP } from "node:net";
import { RateLimiterPostgres, RateLimiterRes } from "rate-limiter-flexible";
import { rateLimiterClient } from "../db/rate-limiter-client.js";
import type { Deps } from "../shared/deps.js";
import { AppError } from "../shared/errors.js";

export type ClientLimitName = "login" | "links";

declare module "fastify" {
  interface FastifyContextConfig {
    /** the per-client limit this route counts against (sign-in failures, one-time link misses) */
    clientLimit?: ClientLimitName;
  }
}

/** Which answers count against each limit: every refused sign-in; a one-time link that does not exist. */
const COUNTS: Record<ClientLimitName, (status: number) => boolean> = {
  login: (status) => status >= 400 && status < 500,
  links: (status) => status === 404,
};

/**
 * Per-client limits for routes that declare `config: { clientLimit }`, counted in the database by
 * rate-limiter-flexible's PostgreSQL store (fixed windows of RATE_LIMIT_WINDOW_MINUTES), so every
 * instance sees the same count. Each request takes a point before its handler and gives it back
 * when its answer does not count (a success), so parallel guesses cannot overshoot the limit.
 * Over the limit, every request of that client on those routes gets 429 until the window ends,
 * a right password or a valid link too.
 */
export function registerClientLimits(app: FastifyInstance, deps: Deps): void {
  const limiter = (keyPrefix: ClientLimitName, points: number) => new RateLimiterPostgres({
    storeClient: rateLimiterClient(deps.db),
    storeType: "pool",
    tableName: "rate_limits",
    // the table comes from a migration; the daily housekeeping deletes ended windows
    tableCreated: true,
    clearExpiredByTimeout: false,
    keyPrefix,
    points,
    duration: deps.config.rateLimitWindowMinutes * 60,
  });
  const limiters: Record<ClientLimitName, RateLimiterPostgres> = {
    login: limiter("login", deps.config.rateLimitLoginFailures),
    links: limiter("links", deps.config.rateLimitLinkMisses),
  };
  const counted = new WeakSet<FastifyRequest>();

  app.addHook("preHandler", async (request) => {
    const name = request.routeOptions.config.clientLimit;
    if (!name) return;
    try {
      await limiters[name].consume(clientKeyOf(request.ip));
    } catch (error) {
      if (!(error instanceof RateLimiterRes)) throw error;
      throw new AppError("rate_limited", { retryAfterSeconds: Math.max(1, Math.ceil(error.msBeforeNext / 1000)) });
    }
    counted.add(request);
  });
  app.addHook("onSend", async (request, reply, payload) => {
    const name = request.routeOptions.config.clientLimit;
    if (name && counted.has(request) && !COUNTS[name](reply.statusCode)) await limiters[name].reward(clientKeyOf(request.ip));
    return payload;
  });
}

/**
 * The client a limit counts: an IPv4 address as it is, an IPv6 address by its /64, the block one
 * subscriber is usually given (otherwise a single client could take a new address per guess).
 */
export function clientKeyOf(ip: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(ip);
  if (mapped) return mapped[1]!;
  if (isIP(ip) !== 6) return ip;
  const [head = "", tail] = ip.toLowerCase().split("::");
  const groups = (part: string | undefined) => (part ? part.split(":") : []);
  // an embedded IPv4 address (the last element) takes two groups
  const width = (parts: string[]) => parts.reduce((n, part) => n + (part.includes(".") ? 2 : 1), 0);
  const gap = tail === undefined ? [] : Array<string>(8 - width(groups(head)) - width(groups(tail))).fill("0");
  const all = [...groups(head), ...gap, ...groups(tail)];
  return `${all.slice(0, 4).map((group) => group.replace(/^0+(?=.)/, "")).join(":")}::/64`;
}
