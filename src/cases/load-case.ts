import type { Actor } from "../auth/index.js";
import type { Deps } from "../shared/deps.js";
import { assertVisible } from "./case.policy.js";
import { CASE_NUMBER_PATTERN } from "./case-number.js";
import { findCaseById, findCaseByNumber, type CaseWithNames } from "./cases.repository.js";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Loads a case by id or number; one the actor may not see is "not found", like one that does not exist. */
export async function loadCase(deps: Deps, actor: Actor, idOrNumber: string): Promise<CaseWithNames> {
  const found = UUID.test(idOrNumber)
    ? await findCaseById(deps.db, idOrNumber)
    : CASE_NUMBER_PATTERN.test(idOrNumber.toUpperCase())
      ? await findCaseByNumber(deps.db, idOrNumber)
      : undefined;
  return assertVisible(actor, found);
}
