// Files on a case: the table types (the migrations create the tables).
import type { Generated } from "kysely";
import type { Timestamp } from "../db/column-types.js";

export interface CaseAttachmentsTable {
  id: Generated<string>;
  seq: Generated<number>;
  caseId: string;
  activityId: string;
  filename: string;
  declaredType: string | null;
  sniffedType: string;
  sizeBytes: number;
  sha256: string;
  visibility: "public" | "internal";
  uploadedBy: string | null;
  createdAt: Timestamp;
}

/** The attachments module's tables, one `extends` of the `DB` interface (src/db/schema.ts). */
export interface AttachmentsTables {
  caseAttachments: CaseAttachmentsTable;
}
