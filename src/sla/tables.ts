// Service-level policies, clocks, events, breaches and business calendars: the table types (the migrations create the tables).
import type { ColumnType, Generated } from "kysely";
import type { FaultLevel, Json, Timestamp } from "../db/column-types.js";

export type SlaMetric = "response" | "first_response" | "resolution";

export interface SlaPoliciesTable {
  id: Generated<string>;
  name: string;
  version: Generated<number>;
  definition: Json<unknown>;
  createdAt: Timestamp;
  updatedAt: Timestamp;
}

export interface SlaPolicyVersionsTable {
  policyId: string;
  version: number;
  definition: Json<unknown>;
  createdBy: string | null;
  createdAt: Timestamp;
}

export interface SlaPolicyBindingsTable {
  id: Generated<string>;
  policyId: string;
  contractId: string | null;
  faultLevel: FaultLevel | null;
  createdAt: Timestamp;
}

export interface SlaClocksTable {
  caseId: string;
  metric: SlaMetric;
  cycle: number;
  policyId: string | null;
  policyVersion: number;
  policy: Json<unknown>;
  assigneeId: string | null;
  startedAt: Timestamp;
  targetMs: number;
  status: "running" | "paused" | "stopped";
  pausedAt: Timestamp | null;
  pausedMs: Generated<number>;
  dueAt: Timestamp | null;
  stoppedAt: Timestamp | null;
  stopReason: string | null;
  breachedAt: Timestamp | null;
}

export interface SlaClockEventsTable {
  id: Generated<number>;
  caseId: string;
  metric: SlaMetric;
  cycle: number;
  type: "start" | "pause" | "resume" | "stop" | "target_changed" | "breach" | "step";
  at: Timestamp;
  data: Json<Record<string, unknown>>;
}

export interface SlaBreachesTable {
  caseId: string;
  metric: SlaMetric;
  cycle: number;
  dueAt: Timestamp;
  breachedAt: Timestamp;
}

export type CalendarWindow = { start: string; end: string };

export type CalendarWeeklyWindow = CalendarWindow & { day: 1 | 2 | 3 | 4 | 5 | 6 | 7 };

export interface CalendarsTable {
  id: Generated<string>;
  name: string;
  timeZone: string;
  weekly: Json<CalendarWeeklyWindow[]>;
  makeUpHours: ColumnType<CalendarWindow[] | null, string | null, string | null>;
  createdAt: Timestamp;
  updatedAt: Timestamp;
  version: Generated<number>;
}

export interface CalendarDaysTable {
  calendarId: string;
  date: ColumnType<string, string, string>;
  kind: "holiday" | "workday";
  name: string;
}

/** The sla module's tables, one `extends` of the `DB` interface (src/db/schema.ts). */
export interface SlaTables {
  slaPolicies: SlaPoliciesTable;
  slaPolicyVersions: SlaPolicyVersionsTable;
  slaPolicyBindings: SlaPolicyBindingsTable;
  slaClocks: SlaClocksTable;
  slaClockEvents: SlaClockEventsTable;
  slaBreaches: SlaBreachesTable;
  calendars: CalendarsTable;
  calendarDays: CalendarDaysTable;
}
