import type { Actor } from "../auth/index.js";
import { addNote, getCase } from "../cases/index.js";
import { inTransaction } from "../db/transaction.js";
import type { Deps } from "../shared/deps.js";
import { attachmentSummary, prepareAttachments, recordAttachments, type IncomingFile } from "./save-attachments.js";

/**
 * Adds files to a case with a note (R12): one log entry, public or internal, that names the
 * files, and the files themselves under that entry's visibility. Whoever may add such a note
 * may attach files to it (customers: public ones on their own company's cases). Files are
 * checked before anything is written; the note, the rows and the bytes go in one transaction.
 */
export async function addAttachments(
  deps: Deps,
  input: { actor: Actor; caseId: string; body?: string; visibility: "public" | "internal"; files: IncomingFile[]; channel?: "fax"; notifyCustomer?: boolean },
) {
  await getCase(deps, { actor: input.actor, caseId: input.caseId });
  const prepared = await prepareAttachments(deps, input.files);
  return inTransaction(deps.db, async (tx) => {
    const inTx = { ...deps, db: tx };
    const entry = await addNote(inTx, {
      actor: input.actor,
      caseId: input.caseId,
      body: input.body ?? "",
      visibility: input.visibility,
      extra: { attachments: prepared.map(attachmentSummary), ...(input.channel ? { channel: input.channel } : {}), notifyCustomer: input.notifyCustomer },
    });
    const attachments = await recordAttachments(inTx, { caseId: entry.caseId, activityId: entry.id, uploadedBy: input.actor.id, prepared });
    return { entry, attachments };
  });
}
