import type { Actor } from "../auth/index.js";
import type { Deps } from "../shared/deps.js";
import { notFound } from "../shared/errors.js";
import { assertCan } from "./case.policy.js";
import { lockCase } from "./cases.repository.js";
import { loadCase } from "./load-case.js";
import { indexNote } from "./search-index.js";
import { inTransaction } from "../db/transaction.js";
import { recordEntry } from "./case-change.js";

/** What a note may carry besides its text: the attachments it came with, the channel it came by. */
export type NoteExtra = { attachments?: { id: string; filename: string; sizeBytes: number; contentType: string; sha256: string }[]; channel?: "fax" | "email" };

/**
 * Adds a note (注示, R12). Anyone who can see the case may add a public note, the customer
 * included; internal notes are staff's and never reach customers. Closed cases take notes too.
 */
export async function addNote(deps: Deps, input: { actor: Actor; caseId: string; body: string; visibility: "public" | "internal"; extra?: NoteExtra }) {
  const found = await loadCase(deps, input.actor, input.caseId);
  assertCan(input.actor, input.visibility === "public" ? "note_public" : "note_internal", found);
  return inTransaction(deps.db, async (tx) => {
    if (!(await lockCase(tx, found.id))) throw notFound("case");
    const entry = await recordEntry(deps, tx, {
      caseId: found.id,
      kind: "note.added",
      visibility: input.visibility,
      actorId: input.actor.id,
      at: deps.clock.now(),
      data: { body: input.body, ...input.extra },
    });
    await indexNote(tx, found.id, input.body, input.visibility);
    return entry;
  });
}
