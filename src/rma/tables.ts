import type { ColumnType, Generated } from "kysely";

/** Table shapes of the RMA module (src/db/schema.ts's DB extends RmaTables). */
type Timestamp = ColumnType<Date, Date | string, Date | string>;

export type RmaStatus = "requested" | "vendor_approved" | "replacement_dispatched" | "faulty_returned" | "closed" | "rejected";
export type WarrantyTerm = "repair" | "replace" | "refund";

export interface RmasTable {
  id: Generated<string>;
  number: string;
  caseId: string;
  caseNumber: string;
  customerId: string | null;
  partId: string | null;
  faultySerial: string;
  vendor: string;
  faultDescription: string;
  warrantyTerm: WarrantyTerm;
  isUnderWarranty: boolean;
  warrantyBasis: "equipment" | "contract" | "none";
  warrantyEndsOn: ColumnType<string | null, string | null, string | null>;
  status: RmaStatus;
  vendorRmaNo: string | null;
  replacementTrackingNo: string | null;
  returnTrackingNo: string | null;
  fromDepotId: string | null;
  stepStartedAt: Timestamp;
  stepDueAt: Timestamp | null;
  lateSince: Timestamp | null;
  requestedBy: string | null;
  requestedAt: Timestamp;
  closedAt: Timestamp | null;
  isDemo: Generated<boolean>;
  version: Generated<number>;
  updatedAt: Timestamp;
}

/** Append-only: the database refuses UPDATE, DELETE and TRUNCATE. */
export interface RmaEventsTable {
  id: Generated<string>;
  rmaId: string;
  seq: number;
  kind: "step" | "late";
  fromStatus: RmaStatus | null;
  toStatus: RmaStatus;
  actorId: string | null;
  at: Timestamp;
  data: ColumnType<Record<string, unknown>, string, string>;
}

export type TargetUnit = "minutes" | "hours" | "working_hours" | "working_days";

export interface RmaStepTargetsTable {
  status: RmaStatus;
  targetValue: number;
  targetUnit: TargetUnit;
  /** the business calendar working units count in; null: the standard week */
  calendarId: string | null;
  updatedAt: Timestamp;
}

export interface RmaTables {
  rmas: RmasTable;
  rmaEvents: RmaEventsTable;
  rmaStepTargets: RmaStepTargetsTable;
}
