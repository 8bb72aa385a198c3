import type { Actor } from "../auth/index.js";
import type { Deps } from "../shared/deps.js";
import { forbidden } from "../shared/errors.js";
import { OPEN_STATUSES } from "./case.js";
import { countOpenCases } from "./cases.repository.js";

/**
 * The open cases (neither resolved nor closed) counted by status and by assignee, for a
 * manager's overview. Staff only: a customer's view of the centre's load is none of its business.
 */
export async function caseWorkload(deps: Deps, input: { actor: Actor }) {
  if (input.actor.kind === "user" && input.actor.role === "customer") throw forbidden("case.workload");
  const { byStatus, byAssignee } = await countOpenCases(deps.db, OPEN_STATUSES);
  return {
    total: byStatus.reduce((sum, row) => sum + row.count, 0),
    byStatus: OPEN_STATUSES.map((status) => ({ status, count: byStatus.find((row) => row.status === status)?.count ?? 0 })),
    byAssignee,
  };
}
