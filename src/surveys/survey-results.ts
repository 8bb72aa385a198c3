import type { Actor } from "../auth/index.js";
import type { Deps } from "../shared/deps.js";
import { AppError, forbidden } from "../shared/errors.js";
import { roundAverage, type GroupBy } from "./survey.js";
import { surveyResultRows, surveyTotals, type ResultRow } from "./surveys.repository.js";

const averages = (r: Omit<ResultRow, "key" | "engineerName">) => ({
  responseSpeed: roundAverage(r.responseSpeed), professionalism: roundAverage(r.professionalism),
  resolution: roundAverage(r.resolution), overall: roundAverage(r.overall),
});

/**
 * Satisfaction results (R14, R41) for managers: counts and average scores by engineer, vendor,
 * case type or month (in TZ_DISPLAY) over the answers given in [from, to).
 */
export async function surveyResults(deps: Deps, input: { actor: Actor; groupBy: GroupBy; from?: Date; to?: Date }) {
  if (input.actor.kind === "user" && input.actor.role !== "manager" && input.actor.role !== "admin") throw forbidden("survey.results");
  if (input.from && input.to && input.from > input.to) throw new AppError("validation_failed", {}, [{ path: "query.to", code: "range_order" }]);
  const [rows, total] = await Promise.all([
    surveyResultRows(deps.db, { groupBy: input.groupBy, from: input.from, to: input.to, timeZone: deps.config.displayTimeZone }),
    surveyTotals(deps.db, input),
  ]);
  return {
    groups: rows.map((r) => ({ key: r.key, label: input.groupBy === "engineer" ? r.engineerName : r.key, count: Number(r.count), averages: averages(r) })),
    total: { count: Number(total.count), averages: averages(total) },
  };
}
