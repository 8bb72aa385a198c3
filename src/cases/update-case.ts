import type { Actor } from "../auth/index.js";
import type { FaultLevel } from "../db/schema.js";
import type { Deps } from "../shared/deps.js";
import { AppError } from "../shared/errors.js";
import type { Priority } from "./case.js";
import { commitChange, diff } from "./case-change.js";
import { assertCan, assertOpen } from "./case.policy.js";
import { loadCase } from "./load-case.js";
import { assertKnownCodes } from "../lists/index.js";

export type UpdateCaseInput = {
  actor: Actor;
  caseId: string;
  expectedVersion?: number;
  subject?: string;
  description?: string;
  vendor?: string;
  caseType?: string;
  faultLevel?: FaultLevel;
  priority?: Priority;
};

/** Changes a case's descriptive fields, priority or fault level; each change is logged before → after (R8). */
export async function updateCase(deps: Deps, input: UpdateCaseInput) {
  const found = await loadCase(deps, input.actor, input.caseId);
  assertCan(input.actor, "update", found);
  assertOpen(found);
  const { actor: _actor, caseId: _caseId, expectedVersion, ...fields } = input;
  const changes = diff(found, fields);
  await assertKnownCodes(deps, { vendor: changes.vendor ? fields.vendor : undefined, caseType: changes.caseType ? fields.caseType : undefined });
  if (Object.keys(changes).length === 0) {
    if (expectedVersion !== undefined && expectedVersion !== found.version) throw new AppError("version_conflict");
    return found;
  }
  return commitChange(deps, input.actor, found, expectedVersion, {
    set: Object.fromEntries(Object.entries(changes).map(([key, value]) => [key, value.after])),
    reindex: "subject" in changes || "description" in changes || "vendor" in changes,
    entries: [{ kind: "case.updated", visibility: "internal", data: { changes } }],
  });
}
