import { attachmentSummary, prepareAttachments, recordAttachments, sanitiseFilename, type PreparedAttachment } from "../attachments/index.js";
import type { Db } from "../db/database.js";
import type { InboundAttachmentInfo } from "../db/schema.js";
import type { Deps } from "../shared/deps.js";
import { AppError } from "../shared/errors.js";
import { caseAttachmentBytes } from "./inbound.repository.js";
import type { MailFile } from "./parse-mail.js";

export type MailFiles = {
  prepared: PreparedAttachment[];
  /** what the message's log entry says of its files (covered by the entry's hash) */
  summary: Record<string, unknown>[];
  /** what the inbound message record keeps */
  info: InboundAttachmentInfo[];
};

/**
 * Checks the files of a message before anything is written: names neutralised (paths, NUL,
 * direction overrides, 10,000 characters), types taken from the bytes (a file whose bytes say
 * otherwise than its declared type is kept under the type of its bytes, and the entry says what
 * was declared), files over ATTACHMENT_MAX_BYTES left out with the reason. Inline images keep
 * their Content-ID, so the sanitised HTML's cid: references can be shown.
 */
export async function prepareMailFiles(deps: Deps, files: MailFile[]): Promise<MailFiles> {
  const result: MailFiles = { prepared: [], summary: [], info: [] };
  for (const file of files) {
    const base = { isInline: file.isInline, ...(file.contentId ? { contentId: file.contentId } : {}) };
    try {
      const [prepared] = await prepareAttachments(deps, [{ filename: file.filename, declaredType: file.declaredType, bytes: file.bytes }], { onMismatch: "store_sniffed" });
      const p = prepared!;
      const mismatch = p.declaredType !== null && p.declaredType !== p.sniffedType && p.declaredType !== "application/octet-stream";
      result.prepared.push(p);
      result.summary.push({
        ...attachmentSummary(p), ...base,
        ...(mismatch ? { declaredType: p.declaredType } : {}),
        ...(p.filenameAdjustments.length ? { filenameAdjustments: p.filenameAdjustments } : {}),
      });
      result.info.push({ filename: p.filename, declaredType: p.declaredType, sizeBytes: p.sizeBytes, isInline: file.isInline, attachmentId: p.id, sniffedType: p.sniffedType });
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      const { filename } = sanitiseFilename(file.filename);
      result.summary.push({ filename, sizeBytes: file.bytes.length, refused: error.code, ...base });
      result.info.push({ filename, declaredType: null, sizeBytes: file.bytes.length, isInline: file.isInline });
    }
  }
  return result;
}

/**
 * Leaves the files out (with the reason in the summary) when they would take the case past
 * CASE_ATTACHMENTS_MAX_BYTES (a new case: `caseId` null): the customer's words still reach the case, and the message is not
 * failed for the files.
 */
export async function fitCaseQuota(deps: Deps, tx: Db, caseId: string | null, files: MailFiles): Promise<MailFiles> {
  const adding = files.prepared.reduce((sum, a) => sum + a.sizeBytes, 0);
  if (adding === 0 || (caseId ? await caseAttachmentBytes(tx, caseId) : 0) + adding <= deps.config.caseAttachmentsMaxBytes) return files;
  const left = new Set(files.prepared.map((a) => a.id));
  return {
    prepared: [],
    summary: files.summary.map((s) => (left.has(String(s.id)) ? { filename: s.filename, sizeBytes: s.sizeBytes, refused: "case_attachments_full" } : s)),
    info: files.info.map(({ attachmentId: _id, sniffedType: _type, ...rest }) => rest),
  };
}

/** Stores the prepared files against the message's log entry, in the processing transaction. */
export async function recordMailFiles(deps: Deps, tx: Db, input: { caseId: string; activityId: string; files: MailFiles }): Promise<void> {
  await recordAttachments({ ...deps, db: tx }, { caseId: input.caseId, activityId: input.activityId, uploadedBy: null, prepared: input.files.prepared });
}
