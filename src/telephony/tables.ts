// PBX calls and their events: the table types (the migrations create the tables).
import type { Generated } from "kysely";
import type { Json, Timestamp } from "../db/column-types.js";

export type CallEventName = "ringing" | "answered" | "ended";

export interface TelephonyCallsTable {
  id: Generated<string>;
  callId: string;
  direction: "inbound" | "outbound";
  fromNumber: string;
  toNumber: string;
  externalNumber: string | null;
  extension: string | null;
  ringingAt: Timestamp | null;
  answeredAt: Timestamp | null;
  endedAt: Timestamp | null;
  ringingReceivedAt: Timestamp | null;
  answeredReceivedAt: Timestamp | null;
  endedReceivedAt: Timestamp | null;
  firstReceivedAt: Timestamp;
  lastReceivedAt: Timestamp;
  caseId: string | null;
  linkedBy: string | null;
  linkedAt: Timestamp | null;
  summary: string | null;
  activityLoggedAt: Timestamp | null;
  activityEntryId: string | null;
}

export interface TelephonyCallEventsTable {
  callId: string;
  event: CallEventName;
  at: Timestamp;
  receivedAt: Timestamp;
  tokenUserId: string | null;
  payload: Json<Record<string, unknown>>;
}

/** The telephony module's tables, one `extends` of the `DB` interface (src/db/schema.ts). */
export interface TelephonyTables {
  telephonyCalls: TelephonyCallsTable;
  telephonyCallEvents: TelephonyCallEventsTable;
}
