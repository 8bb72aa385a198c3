/** Attachments: a content-addressed store, metadata per log entry, uploads, downloads and fax images. */
export { saveAttachments, prepareAttachments, recordAttachments, attachmentSummary } from "./save-attachments.js";
export type { Attachment, SavedAttachment, IncomingFile, MismatchPolicy, PreparedAttachment } from "./save-attachments.js";
export { attachmentStoreFor, FilesystemAttachmentStore, type AttachmentStore } from "./attachment-store.js";
export { sanitiseFilename, contentDisposition } from "./filename.js";
export { sniffType, servedType } from "./content-type.js";
export { attachmentsRoutes } from "./attachments.routes.js";
export { multipartRequestBodies } from "./attachments.schemas.js";
export { addAttachments } from "./add-attachments.js";
export { openCaseWithAttachments } from "./open-case-with-attachments.js";
export { receiveFax } from "./receive-fax.js";
export { listCaseAttachments, openAttachment } from "./read-attachments.js";
export { withMultipart, parseFields } from "./multipart-body.js";
export { fromParser as multipartRefusal } from "./multipart-body.js";
