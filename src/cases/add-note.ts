import type { Actor } from "../auth/index.js";
import type { Deps } from "../shared/deps.js";
import { notFound } from "../shared/errors.js";
import { assertCan } from "./case.policy.js";
import { loadCaseWithChainHead } from "./load-case.js";
import type { CaseWithNames } from "./cases.repository.js";
import { addNoteWordsStatement, lockCaseAddingNote } from "./search-index.js";
import { inTransaction } from "../db/transaction.js";
import { recordEntry, recordEntryInScript } from "./case-change.js";
import { isChainConflict, type ChainHead, type NewEntry } from "./activity-log.js";
import { oneAtATime } from "./one-at-a-time.js";

/**
 * What a note may carry besides its text: the attachments it came with, the channel it came by,
 * and (a staff member's public note) `notifyCustomer: false` when it is not to be e-mailed to the caller.
 */
export type NoteExtra = {
  attachments?: { id: string; filename: string; sizeBytes: number; contentType: string; sha256: string }[];
  channel?: "fax" | "email";
  notifyCustomer?: boolean;
};

/**
 * Adds a note (注示, R12). Anyone who can see the case may add a public note, the customer
 * included; internal notes are staff's and never reach customers. Closed cases take notes too.
 * A staff member's public note is e-mailed to the caller (reply-by-mail.ts) unless the note says
 * `notifyCustomer: false`, which the entry keeps, so the log shows it was not sent.
 */
export async function addNote(deps: Deps, input: { actor: Actor; caseId: string; body: string; visibility: "public" | "internal"; extra?: NoteExtra }) {
  const noteOn = (caseId: string): NewEntry => ({
    caseId,
    kind: "note.added",
    visibility: input.visibility,
    actorId: input.actor.id,
    at: deps.clock.now(),
    data: { body: input.body, ...withoutDefault(input.extra) },
  });
  return oneAtATime(`note:${input.caseId}`, () => appendNote(deps, input, noteOn));
}

async function appendNote(deps: Deps, input: { actor: Actor; caseId: string; body: string; visibility: "public" | "internal" }, noteOn: (caseId: string) => NewEntry) {
  // one script, the chain's head read with the case; another entry taking that place meanwhile sends it again
  let found!: CaseWithNames;
  for (let attempt = 0; attempt < SCRIPT_ATTEMPTS; attempt++) {
    let chainHead: ChainHead;
    ({ found, chainHead } = await loadCaseWithChainHead(deps, input.actor, input.caseId));
    assertCan(input.actor, input.visibility === "public" ? "note_public" : "note_internal", found);
    try {
      const sent = await recordEntryInScript(deps, noteOn(found.id), {
        caseFacts: { ...found, callerEmail: found.caller.email ?? null }, chainHead, before: [addNoteWordsStatement(deps.db, found.id, input.body, input.visibility)],
      });
      if (sent) return sent.entry;
      break;
    } catch (error) {
      if (!isChainConflict(error)) throw error;
    }
  }
  return inTransaction(deps.db, async (tx) => {
    // the update of the search vectors takes the row lock that orders the appends
    const locked = await lockCaseAddingNote(tx, found.id, input.body, input.visibility);
    if (!locked) throw notFound("case");
    return recordEntry(deps, tx, noteOn(found.id), { caseFacts: locked });
  });
}

/** Tries of the script before the transaction path, which waits for the case's lock instead. */
const SCRIPT_ATTEMPTS = 3;

// only the exception is recorded: a note says "not e-mailed", never "e-mailed" (that is the outbox's to say)
function withoutDefault(extra: NoteExtra | undefined): Omit<NoteExtra, "notifyCustomer"> & { notifyCustomer?: false } {
  const { notifyCustomer, ...rest } = extra ?? {};
  return notifyCustomer === false ? { ...rest, notifyCustomer: false } : rest;
}
