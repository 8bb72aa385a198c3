import type { Actor } from "../auth/index.js";
import type { Deps } from "../shared/deps.js";
import { AppError, forbidden, notFound } from "../shared/errors.js";
import { findEntry } from "./activity-log.js";
import type { ActivityKind } from "./case-events.js";
import { assertCan } from "./case.policy.js";
import { lockCase } from "./cases.repository.js";
import { loadCase } from "./load-case.js";
import { reindexCase } from "./search-index.js";
import { inTransaction } from "../db/transaction.js";
import { recordEntry } from "./case-change.js";

const CORRECTABLE: ActivityKind[] = ["note.added", "call.logged", "remote_session.logged", "onsite_visit.logged"];

/**
 * Corrects an entry without altering it (R9): a new entry that points at the old one and says
 * what it should have said and why. Only its author, a manager or an admin may correct it.
 */
export async function correctEntry(
  deps: Deps,
  input: { actor: Actor; caseId: string; entryId: string; reason: string; body?: string; fields?: Record<string, unknown> },
) {
  const found = await loadCase(deps, input.actor, input.caseId);
  assertCan(input.actor, "correct", found);
  const original = await findEntry(deps.db, found.id, input.entryId);
  if (!original) throw notFound("entry");
  if (!CORRECTABLE.includes(original.kind as ActivityKind)) throw new AppError("illegal_transition", { from: original.kind, action: "correct" });
  const isBoss = input.actor.kind === "system" || input.actor.role === "manager" || input.actor.role === "admin";
  if (!isBoss && original.actorId !== input.actor.id) throw forbidden("case.correct");
  const isNote = original.kind === "note.added";
  if (isNote ? !input.body : !input.fields) {
    throw new AppError("validation_failed", {}, [{ path: isNote ? "body.body" : "body.fields", code: "required" }]);
  }
  return inTransaction(deps.db, async (tx) => {
    if (!(await lockCase(tx, found.id))) throw notFound("case");
    const entry = await recordEntry(deps, tx, {
      caseId: found.id,
      kind: "entry.corrected",
      visibility: original.visibility,
      actorId: input.actor.id,
      at: deps.clock.now(),
      data: { correctedKind: original.kind, reason: input.reason, ...(isNote ? { body: input.body } : { fields: input.fields }) },
      correctsId: original.id,
    });
    if (isNote) await reindexCase(tx, found.id);
    return entry;
  });
}
