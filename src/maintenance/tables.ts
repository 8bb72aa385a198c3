import type { ColumnType, Generated } from "kysely";

/** Table shapes of preventive maintenance, as Kysely sees them (camelCase). */
type Timestamp = ColumnType<Date, Date | string, Date | string>;
type Json<T> = ColumnType<T, string, string>;

export type MaintenanceFrequency = "monthly" | "quarterly";
export type MaintenanceJobStatus = "open" | "in_progress" | "report_submitted" | "delivered";
export type ChecklistResult = "ok" | "issue" | "n_a";
export type MetricFormat = "csv" | "sysstat" | "nmon" | "push";
export type FindingSeverity = "info" | "warning" | "critical";

/** One line of a checklist, in both languages. */
export type ChecklistItem = { key: string; zh: string; en: string };
/** A job's line: the item, and what the engineer found (null: not yet checked). */
export type ChecklistEntry = ChecklistItem & { result: ChecklistResult | null; note: string | null };
/** A parsed series: one metric of one instance (a disk, a file system; "" for the whole system). */
export type MetricSeries = { metric: string; instance: string; unit: string; points: [number, number][] };
export type Finding = {
  ruleCode: string; metric: string; instance: string; severity: FindingSeverity; comparison: "above" | "below"; threshold: number;
  worst: number; minutes: number; from: string; to: string; titleZh: string; titleEn: string; recommendationZh: string; recommendationEn: string;
};
/** What a built report froze: the figures the PDF, the page and the portal show. */
export type ReportSnapshot = {
  builtAt: string; customerName: string; contractNo: string; equipment: string; period: string; engineerName: string | null;
  summary: string | null; checklist: ChecklistEntry[]; findings: Finding[];
  charts: { metric: string; instance: string; unit: string; points: [number, number][] }[];
};

export interface MaintenancePlansTable {
  id: Generated<string>;
  contractId: string;
  customerId: string;
  frequency: Generated<MaintenanceFrequency>;
  reportDueDays: Generated<number>;
  engineerId: string | null;
  timeZone: Generated<string>;
  checklistVersion: Generated<number>;
  asksMonthlyCall: Generated<boolean>;
  callDueDays: Generated<number>;
  isActive: Generated<boolean>;
  isDemo: Generated<boolean>;
  version: Generated<number>;
  createdBy: string | null;
  createdAt: Timestamp;
  updatedAt: Timestamp;
}

export interface MaintenancePlanEquipmentTable {
  planId: string;
  equipmentId: string;
}

export interface MaintenanceChecklistVersionsTable {
  planId: string;
  version: number;
  items: Json<ChecklistItem[]>;
  createdBy: string | null;
  createdAt: Timestamp;
}

export interface MaintenanceJobsTable {
  id: Generated<string>;
  number: string;
  planId: string;
  customerId: string;
  contractId: string;
  equipmentId: string;
  period: string;
  periodStartsAt: Timestamp;
  reportDueAt: Timestamp;
  status: Generated<MaintenanceJobStatus>;
  engineerId: string | null;
  checklistVersion: number;
  checklist: Json<ChecklistEntry[]>;
  findings: ColumnType<Finding[], string | undefined, string>;
  summary: string | null;
  report: Json<ReportSnapshot> | null;
  reportBuiltAt: Timestamp | null;
  signedOffBy: string | null;
  signedOffAt: Timestamp | null;
  approvedBy: string | null;
  approvedAt: Timestamp | null;
  deliveredAt: Timestamp | null;
  deliveredTo: string | null;
  reportPdfSha256: string | null;
  remindedAt: Timestamp | null;
  overdueWarnedAt: Timestamp | null;
  isDemo: Generated<boolean>;
  version: Generated<number>;
  openedAt: Timestamp;
  updatedAt: Timestamp;
}

export interface MaintenanceMetricSetsTable {
  id: Generated<string>;
  jobId: string;
  format: MetricFormat;
  filename: string | null;
  host: string | null;
  series: Json<MetricSeries[]>;
  sampleCount: number;
  firstAt: Timestamp;
  lastAt: Timestamp;
  uploadedBy: string | null;
  createdAt: Timestamp;
}

export interface MaintenanceRulesTable {
  id: Generated<string>;
  code: string;
  metric: string;
  comparison: Generated<"above" | "below">;
  threshold: number;
  durationMinutes: Generated<number>;
  severity: FindingSeverity;
  titleZh: string;
  titleEn: string;
  recommendationZh: string;
  recommendationEn: string;
  isActive: Generated<boolean>;
  version: Generated<number>;
  updatedAt: Generated<Date>;
}

export interface ProactiveCallsTable {
  id: Generated<string>;
  customerId: string;
  contactId: string | null;
  contactName: string;
  engineerId: string | null;
  direction: "outbound" | "inbound";
  summary: string;
  calledAt: Timestamp;
  followUpOn: ColumnType<string | null, string | null, string | null>;
  isDemo: Generated<boolean>;
  createdAt: Timestamp;
}

/** The maintenance tables, added to the database's DB interface with one `extends`. */
export interface MaintenanceTables {
  maintenancePlans: MaintenancePlansTable;
  maintenancePlanEquipment: MaintenancePlanEquipmentTable;
  maintenanceChecklistVersions: MaintenanceChecklistVersionsTable;
  maintenanceJobs: MaintenanceJobsTable;
  maintenanceMetricSets: MaintenanceMetricSetsTable;
  maintenanceRules: MaintenanceRulesTable;
  proactiveCalls: ProactiveCallsTable;
}
