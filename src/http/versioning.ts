import type { FastifyRequest } from "fastify";
import { AppError } from "../shared/errors.js";

/** Reads `If-Match: "7"` (or W/"7"); the version a write expects to replace. */
export function ifMatchVersion(request: FastifyRequest): number | undefined {
  const header = request.headers["if-match"];
  if (header === undefined) return undefined;
  const match = /^\s*(?:W\/)?"?(\d{1,9})"?\s*$/.exec(String(header));
  if (!match) throw new AppError("validation_failed", {}, [{ path: "headers.if-match", code: "invalid_format" }]);
  return Number(match[1]);
}
