import { randomUUID } from "node:crypto";
import type { IncomingMessage } from "node:http";

// what a proxy or client's request id may look like to be kept: short, no spaces or control characters
const ACCEPTABLE = /^[\w.:@/+=-]{1,64}$/;

/**
 * The request's id for the logs and the 500 problem: a caller's `X-Request-Id` when it is a sane
 * token (so a proxy's id ties the lines together), else a fresh one. A megabyte of text or a line
 * break from a client never reaches the logs as an id.
 */
export function requestIdOf(request: Pick<IncomingMessage, "headers">): string {
  const given = request.headers["x-request-id"];
  return typeof given === "string" && ACCEPTABLE.test(given) ? given : randomUUID();
}
