// Inbound mail and unverified callers: the table types (the migrations create the tables).
import type { ColumnType, Generated } from "kysely";
import type { Timestamp } from "../db/column-types.js";

export type InboundStatus = "received" | "processed" | "rejected" | "failed";

export type InboundAttachmentInfo = { filename: string; declaredType: string | null; sizeBytes: number; isInline: boolean; attachmentId?: string; sniffedType?: string };

export interface InboundMessagesTable {
  id: Generated<string>;
  source: "imap" | "smtp";
  sourceRef: string | null;
  dedupeKey: string;
  messageId: string | null;
  raw: Buffer | null;
  rawSha256: string | null;
  sizeBytes: number;
  envelopeFrom: string | null;
  envelopeTo: string | null;
  sender: string | null;
  subject: string | null;
  status: InboundStatus;
  reason: string | null;
  detail: string | null;
  outcome: "opened" | "threaded" | null;
  caseId: string | null;
  channel: "email" | "fax" | null;
  attachments: ColumnType<InboundAttachmentInfo[], string | undefined, string>;
  acknowledgedAt: Timestamp | null;
  ackSkipped: string | null;
  receivedAt: Timestamp;
  processedAt: Timestamp | null;
}

export interface UnverifiedCallersTable {
  caseId: string;
  email: string | null;
  name: string | null;
  inboundMessageId: string | null;
  createdAt: Timestamp;
  confirmedAt: Timestamp | null;
  confirmedBy: string | null;
  contactId: string | null;
}

/** The intake module's tables, one `extends` of the `DB` interface (src/db/schema.ts). */
export interface IntakeTables {
  inboundMessages: InboundMessagesTable;
  unverifiedCallers: UnverifiedCallersTable;
}
