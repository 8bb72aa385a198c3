import type { Deps } from "../shared/deps.js";
import { verifyChains } from "./activity-log.js";

/** Checks every case's hash chain; `casedesk verify` prints the result and exits 1 on a break. */
export async function verifyActivityLog(deps: Pick<Deps, "db">) {
  return verifyChains(deps.db);
}
