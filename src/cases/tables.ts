// Cases, their activity log, vendor requests, confirmations, CC contacts and idempotency keys: the table types (the migrations create the tables).
import type { ColumnType, Generated, Insertable, Selectable } from "kysely";
import type { FaultLevel, Json, Timestamp, Tsvector } from "../db/column-types.js";

export type CallerSnapshot = {
  name: string;
  company: string | null;
  phone: string | null;
  email: string | null;
  address: string | null;
  contractNo: string | null;
};

export interface CasesTable {
  id: Generated<string>;
  number: string;
  subject: string;
  description: string;
  channel: "phone" | "email" | "web" | "fax";
  vendor: string;
  caseType: string;
  faultLevel: FaultLevel;
  priority: "P1" | "P2" | "P3" | "P4";
  status: "new" | "assigned" | "in_progress" | "escalated" | "waiting_customer" | "waiting_vendor" | "waiting_parts" | "resolved" | "closed";
  customerId: string | null;
  contactId: string | null;
  contractId: string | null;
  siteId: string | null;
  equipmentId: ColumnType<string | null, string | null | undefined, string | null>;
  caller: Json<CallerSnapshot>;
  assigneeId: string | null;
  expertId: string | null;
  createdBy: string | null;
  createdAt: Timestamp;
  updatedAt: Timestamp;
  respondedAt: Timestamp | null;
  resolvedAt: Timestamp | null;
  closedAt: Timestamp | null;
  resolution: string | null;
  searchAll: Tsvector;
  isDemo: Generated<boolean>;
  version: Generated<number>;
  resolutionCycle: Generated<number>;
  rmaRequestedAt: Timestamp | null;
  responseCycle: Generated<number>;
}

export type VendorRequestStatus = "requested" | "confirmed" | "rejected" | "opened" | "answered" | "done";

export interface VendorRequestsTable {
  id: Generated<string>;
  caseId: string;
  vendor: string;
  reason: string;
  status: VendorRequestStatus;
  vendorCaseRef: string | null;
  vendorContact: string | null;
  summary: string | null;
  requestedBy: string | null;
  confirmedBy: string | null;
  requestedAt: Timestamp;
  confirmedAt: Timestamp | null;
  openedAt: Timestamp | null;
  answeredAt: Timestamp | null;
  doneAt: Timestamp | null;
  version: Generated<number>;
  updatedAt: Timestamp;
}

export interface CaseConfirmationsTable {
  tokenHash: string;
  caseId: string;
  resolutionCycle: number;
  createdAt: Timestamp;
  expiresAt: Timestamp;
  usedAt: Timestamp | null;
  outcome: "confirmed" | "disputed" | null;
}

export interface CaseActivitiesTable {
  id: Generated<string>;
  caseId: string;
  seq: number;
  kind: string;
  visibility: "public" | "internal";
  actorId: string | null;
  at: Timestamp;
  data: Json<Record<string, unknown>>;
  correctsId: string | null;
  prevHash: string | null;
  hash: string;
}

export interface IdempotencyKeysTable {
  userId: string;
  key: string;
  requestHash: string;
  statusCode: number;
  response: Json<unknown>;
  createdAt: Timestamp;
}

export interface CaseCcContactsTable {
  caseId: string;
  contactId: string;
  addedBy: string | null;
  createdAt: Timestamp;
}

export type CaseRow = Selectable<CasesTable>;

export type CaseActivityRow = Selectable<CaseActivitiesTable>;

export type NewCaseActivity = Insertable<CaseActivitiesTable>;

/** The cases module's tables, one `extends` of the `DB` interface (src/db/schema.ts). */
export interface CasesTables {
  cases: CasesTable;
  caseActivities: CaseActivitiesTable;
  idempotencyKeys: IdempotencyKeysTable;
  vendorRequests: VendorRequestsTable;
  caseConfirmations: CaseConfirmationsTable;
  caseCcContacts: CaseCcContactsTable;
}
