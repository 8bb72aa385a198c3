import { createHash, randomUUID } from "node:crypto";
import type { Selectable } from "kysely";
import type { CaseAttachmentsTable } from "../db/schema.js";
import { inTransaction } from "../db/transaction.js";
import type { Deps } from "../shared/deps.js";
import { AppError, notFound } from "../shared/errors.js";
import { attachmentStoreFor, type SpooledFile } from "./attachment-store.js";
import { caseAttachmentBytes, findEntryOfCase, insertAttachments, lockCaseRow } from "./attachments.repository.js";
import { normaliseType, sniffType, typesAgree } from "./content-type.js";
import { sanitiseFilename, type FilenameAdjustment } from "./filename.js";

export type Attachment = Selectable<CaseAttachmentsTable>;
export type SavedAttachment = Attachment & { filenameAdjustments: FilenameAdjustment[] };
/** A file as it came: its bytes in memory (mail, a fax gateway) or spooled to disk as it arrived (an upload). */
export type IncomingFile = { filename?: string | null; declaredType?: string | null } & ({ bytes: Buffer } | { spooled: SpooledFile });

/**
 * What to do when the declared type and the bytes disagree: "refuse" (the default; 422
 * attachment_type_mismatch, nothing stored) or "store_sniffed" (keep the file under the type of
 * its bytes, for intake channels where nobody could fix and resend it).
 */
export type MismatchPolicy = "refuse" | "store_sniffed";

export type PreparedAttachment = {
  id: string;
  filename: string;
  filenameAdjustments: FilenameAdjustment[];
  declaredType: string | null;
  sniffedType: string;
  sizeBytes: number;
  sha256: string;
  content: { bytes: Buffer } | { spooled: SpooledFile };
};

/**
 * Checks files before anything is written: each within ATTACHMENT_MAX_BYTES, its name
 * neutralised, its type sniffed from its bytes and compared with the declared one. Ids are made
 * here, so a log entry can name the attachments it carries.
 */
export async function prepareAttachments(deps: Pick<Deps, "config">, files: IncomingFile[], options: { onMismatch?: MismatchPolicy } = {}): Promise<PreparedAttachment[]> {
  const prepared: PreparedAttachment[] = [];
  for (const file of files) {
    const { filename, adjustments } = sanitiseFilename(file.filename);
    const content: PreparedAttachment["content"] = "bytes" in file ? { bytes: file.bytes } : { spooled: file.spooled };
    const sizeBytes = "bytes" in content ? content.bytes.length : content.spooled.sizeBytes;
    if (sizeBytes > deps.config.attachmentMaxBytes) {
      throw new AppError("attachment_too_large", { filename, limit: deps.config.attachmentMaxBytes });
    }
    const sniffedType = await sniffType("bytes" in content ? content.bytes : content.spooled);
    const declaredType = normaliseType(file.declaredType).slice(0, 200) || null;
    if (!typesAgree(declaredType, sniffedType) && options.onMismatch !== "store_sniffed") {
      throw new AppError("attachment_type_mismatch", { filename, declared: declaredType, sniffed: sniffedType });
    }
    prepared.push({
      id: randomUUID(),
      filename,
      filenameAdjustments: adjustments,
      declaredType,
      sniffedType,
      sizeBytes,
      sha256: "bytes" in content ? createHash("sha256").update(content.bytes).digest("hex") : content.spooled.sha256,
      content,
    });
  }
  return prepared;
}

/** What a log entry records of its attachments (covered by the entry's hash). */
export const attachmentSummary = (a: PreparedAttachment) => ({ id: a.id, filename: a.filename, sizeBytes: a.sizeBytes, contentType: a.sniffedType, sha256: a.sha256 });

/**
 * Stores prepared attachments and records them against a log entry of the case, in the
 * caller's transaction (which holds the case's row lock, as every log append does, so the
 * per-case total is checked without a race). They take the entry's visibility.
 */
export async function recordAttachments(
  deps: Deps,
  input: { caseId: string; activityId: string; uploadedBy: string | null; visibility?: "public" | "internal"; prepared: PreparedAttachment[] },
): Promise<SavedAttachment[]> {
  if (input.prepared.length === 0) return [];
  return inTransaction(deps.db, async (tx) => {
    if (!(await lockCaseRow(tx, input.caseId))) throw notFound("case");
    const entry = await findEntryOfCase(tx, input.caseId, input.activityId);
    if (!entry) throw notFound("entry");
    if (input.visibility && input.visibility !== entry.visibility) {
      throw new Error(`attachments follow their entry's visibility (${entry.visibility}), not ${input.visibility}`);
    }
    const used = await caseAttachmentBytes(tx, input.caseId);
    const adding = input.prepared.reduce((sum, a) => sum + a.sizeBytes, 0);
    if (used + adding > deps.config.caseAttachmentsMaxBytes) {
      throw new AppError("case_attachments_full", { limit: deps.config.caseAttachmentsMaxBytes, used });
    }
    const store = attachmentStoreFor(deps.config);
    for (const a of input.prepared) await ("bytes" in a.content ? store.put(a.content.bytes) : store.putSpooled(a.content.spooled));
    const now = deps.clock.now();
    const rows = await insertAttachments(tx, input.prepared.map((a) => ({
      id: a.id,
      caseId: input.caseId,
      activityId: entry.id,
      filename: a.filename,
      declaredType: a.declaredType,
      sniffedType: a.sniffedType,
      sizeBytes: a.sizeBytes,
      sha256: a.sha256,
      visibility: entry.visibility,
      uploadedBy: input.uploadedBy,
      createdAt: now,
    })));
    const byId = new Map(input.prepared.map((a) => [a.id, a]));
    return rows.map((row) => ({ ...row, filenameAdjustments: byId.get(row.id)?.filenameAdjustments ?? [] }));
  });
}

/**
 * Saves files as attachments of an existing log entry, inside the caller's transaction when
 * `deps.db` is one (e-mail intake: the message's entry, then its attachments). Refuses files over
 * the per-file or per-case limit and, unless told otherwise, files whose bytes contradict their
 * declared type; names are neutralised. Nothing is recorded if any file is refused.
 */
export async function saveAttachments(
  deps: Deps,
  input: {
    caseId: string;
    activityId: string;
    uploadedBy: string | null;
    visibility?: "public" | "internal";
    files: IncomingFile[];
    onMismatch?: MismatchPolicy;
  },
): Promise<SavedAttachment[]> {
  const prepared = await prepareAttachments(deps, input.files, { onMismatch: input.onMismatch });
  return recordAttachments(deps, { ...input, prepared });
}
