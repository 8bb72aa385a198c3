import type { Attachment, SavedAttachment } from "./save-attachments.js";

/** An attachment as the API shows it; the download link is the only way to its bytes. */
export function presentAttachment(a: Attachment | SavedAttachment) {
  return {
    id: a.id,
    caseId: a.caseId,
    activityId: a.activityId,
    filename: a.filename,
    contentType: a.sniffedType,
    declaredType: a.declaredType,
    sizeBytes: a.sizeBytes,
    sha256: a.sha256,
    visibility: a.visibility,
    uploadedBy: a.uploadedBy,
    createdAt: a.createdAt.toISOString(),
    downloadUrl: `/api/v1/attachments/${a.id}`,
    ...("filenameAdjustments" in a ? { filenameAdjustments: a.filenameAdjustments } : {}),
  };
}
