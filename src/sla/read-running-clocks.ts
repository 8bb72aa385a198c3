import type { Actor } from "../auth/index.js";
import type { Deps } from "../shared/deps.js";
import { forbidden } from "../shared/errors.js";
import { unstoppedClocksOfCases } from "./clocks.repository.js";

/**
 * The running and paused clocks of up to 200 cases in one read, for boards that show many
 * cases' countdowns at once (the dispatcher console). Staff only: clocks are the centre's
 * bookkeeping. Ids of cases that do not exist simply have no clocks.
 */
export async function readRunningClocks(deps: Deps, input: { actor: Actor; caseIds: readonly string[] }) {
  if (input.actor.kind === "user" && input.actor.role === "customer") throw forbidden("sla.read");
  return unstoppedClocksOfCases(deps.db, [...new Set(input.caseIds)]);
}
