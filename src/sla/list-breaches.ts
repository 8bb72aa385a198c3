import type { Actor } from "../auth/index.js";
import type { Deps } from "../shared/deps.js";
import { AppError, forbidden } from "../shared/errors.js";
import { breachesBetween, countBreachesBetween } from "./clocks.repository.js";

const MAX_RANGE_MS = 366 * 24 * 3_600_000;

/**
 * The service-level breaches of a period (default: the last 7 days), counted per metric and the
 * newest listed, for a manager's overview. Staff only; at most a year at a time.
 */
export async function listBreaches(deps: Deps, input: { actor: Actor; from?: Date; to?: Date; limit: number }) {
  if (input.actor.kind === "user" && input.actor.role === "customer") throw forbidden("sla.read");
  const to = input.to ?? deps.clock.now();
  const from = input.from ?? new Date(to.getTime() - 7 * 24 * 3_600_000);
  if (from >= to) throw new AppError("validation_failed", {}, [{ path: "query.to", code: "range_order" }]);
  if (to.getTime() - from.getTime() > MAX_RANGE_MS) throw new AppError("validation_failed", {}, [{ path: "query.from", code: "range_too_long" }]);
  const [counts, items] = await Promise.all([countBreachesBetween(deps.db, from, to), breachesBetween(deps.db, from, to, input.limit)]);
  return { from, to, total: counts.reduce((sum, row) => sum + row.count, 0), byMetric: counts, items };
}
