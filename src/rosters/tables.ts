// Shift patterns, roster assignments and overrides, availability and engineers' vendors: the table types (the migrations create the tables).
import type { ColumnType, Generated } from "kysely";
import type { DateOnly, Json, Timestamp } from "../db/column-types.js";

export type RosterRole = "dispatcher" | "engineer" | "expert";

export interface ShiftPatternsTable {
  id: Generated<string>;
  name: string;
  role: RosterRole | null;
  timeZone: Generated<string>;
  definition: Json<unknown>;
  version: Generated<number>;
  createdAt: Timestamp;
  updatedAt: Timestamp;
}

export interface RosterAssignmentsTable {
  id: Generated<string>;
  userId: string;
  patternId: string;
  shiftName: string | null;
  validFrom: DateOnly;
  validTo: ColumnType<string | null, string | null, string | null>;
  createdBy: string | null;
  version: Generated<number>;
  createdAt: Timestamp;
  updatedAt: Timestamp;
}

export interface RosterOverridesTable {
  id: Generated<string>;
  seq: Generated<number>;
  userId: string;
  kind: "on_duty" | "off_duty";
  startsAt: Timestamp;
  endsAt: Timestamp;
  reason: string;
  swapId: string | null;
  createdBy: string | null;
  createdAt: Timestamp;
  cancelledAt: Timestamp | null;
  cancelledBy: string | null;
}

export interface StaffAvailabilityTable {
  userId: string;
  isReachable: boolean;
  note: string | null;
  updatedBy: string | null;
  updatedAt: Timestamp;
}

export interface EngineerVendorsTable {
  userId: string;
  vendor: string;
}

/** The rosters module's tables, one `extends` of the `DB` interface (src/db/schema.ts). */
export interface RostersTables {
  shiftPatterns: ShiftPatternsTable;
  rosterAssignments: RosterAssignmentsTable;
  rosterOverrides: RosterOverridesTable;
  staffAvailability: StaffAvailabilityTable;
  engineerVendors: EngineerVendorsTable;
}
