import { openCase, type OpenCaseInput } from "../cases/index.js";
import { inTransaction } from "../db/transaction.js";
import type { Deps } from "../shared/deps.js";
import { findOpeningEntry, listCaseAttachmentRows } from "./attachments.repository.js";
import { attachmentSummary, prepareAttachments, recordAttachments, type Attachment, type IncomingFile } from "./save-attachments.js";

/**
 * Opens a case with files (a customer's screenshots, a fax): the same rules as opening one
 * without, and the files belong to the opening entry, which is public. One transaction; an
 * Idempotency-Key replay answers with the first case and stores nothing again.
 */
export async function openCaseWithAttachments(deps: Deps, input: OpenCaseInput & { files: IncomingFile[] }) {
  const { files, ...opening } = input;
  const prepared = await prepareAttachments(deps, files);
  return inTransaction(deps.db, async (tx) => {
    const inTx = { ...deps, db: tx };
    const result = await openCase(inTx, { ...opening, attachments: prepared.map(attachmentSummary) });
    const entry = await findOpeningEntry(tx, result.case.id);
    const attachments: Attachment[] = result.replayed
      ? await listCaseAttachmentRows(tx, result.case.id, { publicOnly: false, activityId: entry.id, limit: 100 })
      : await recordAttachments(inTx, { caseId: result.case.id, activityId: entry.id, uploadedBy: input.actor.id, prepared });
    return { ...result, attachments };
  });
}
