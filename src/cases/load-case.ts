import type { Actor } from "../auth/index.js";
import type { Deps } from "../shared/deps.js";
import { assertVisible } from "./case.policy.js";
import { CASE_NUMBER_PATTERN } from "./case-number.js";
import { findCaseById, findCaseByNumber, findCaseWithChainHead, type CaseWithNames } from "./cases.repository.js";
import type { ChainHead } from "./activity-log.js";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Loads a case by id or number; one the actor may not see is "not found", like one that does not exist. */
export async function loadCase(deps: Deps, actor: Actor, idOrNumber: string): Promise<CaseWithNames> {
  const by = caseKey(idOrNumber);
  const found = !by ? undefined : "id" in by ? await findCaseById(deps.db, by.id) : await findCaseByNumber(deps.db, by.number);
  return assertVisible(actor, found);
}

/** Loads a case as `loadCase` does, with the last entry of its log read in the same statement (for a script's append). */
export async function loadCaseWithChainHead(deps: Deps, actor: Actor, idOrNumber: string): Promise<{ found: CaseWithNames; chainHead: ChainHead }> {
  const by = caseKey(idOrNumber);
  const row = by && (await findCaseWithChainHead(deps.db, by));
  const { headSeq, headHash, ...found } = row ?? { headSeq: null, headHash: null };
  return { found: assertVisible(actor, row ? (found as CaseWithNames) : undefined), chainHead: { seq: headSeq ?? 0, hash: headHash ?? null } };
}

/** Whether the path names a case by id or by number; undefined when it is neither. */
function caseKey(idOrNumber: string): { id: string } | { number: string } | undefined {
  if (UUID.test(idOrNumber)) return { id: idOrNumber };
  return CASE_NUMBER_PATTERN.test(idOrNumber.toUpperCase()) ? { number: idOrNumber } : undefined;
}
