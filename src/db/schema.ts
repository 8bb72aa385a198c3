import type { ColumnType, Generated, Insertable, Selectable } from "kysely";

/** Table shapes as Kysely sees them (camelCase through CamelCasePlugin). */
type Timestamp = ColumnType<Date, Date | string, Date | string>;
type Json<T> = ColumnType<T, string, string>;
type Tsvector = ColumnType<string, string, string>;

export type Role = "dispatcher" | "engineer" | "expert" | "rma_admin" | "manager" | "admin" | "customer";
export type Language = "zh-CN" | "en";

export interface CustomersTable {
  id: Generated<string>;
  name: string;
  shortName: string | null;
  phone: string | null;
  email: string | null;
  address: string | null;
  notes: string | null;
  isDemo: Generated<boolean>;
  version: Generated<number>;
  createdAt: Timestamp;
  updatedAt: Timestamp;
}

export interface UsersTable {
  id: Generated<string>;
  email: string;
  name: string;
  phone: string | null;
  role: Role;
  customerId: string | null;
  language: Generated<Language>;
  passwordHash: string | null;
  isActive: Generated<boolean>;
  isDemo: Generated<boolean>;
  version: Generated<number>;
  createdAt: Timestamp;
  updatedAt: Timestamp;
}

export interface SessionsTable {
  id: Generated<string>;
  tokenHash: string;
  csrfToken: string;
  userId: string;
  createdAt: Timestamp;
  expiresAt: Timestamp;
  ip: string | null;
  userAgent: string | null;
}

export interface ApiTokensTable {
  id: Generated<string>;
  tokenHash: string;
  userId: string;
  name: string;
  createdAt: Timestamp;
  lastUsedAt: Timestamp | null;
  revokedAt: Timestamp | null;
  /** telephony: a scoped token reaches only the routes of its scope (null = its user's full rights) */
  scope: ColumnType<TokenScope | null, TokenScope | null | undefined, never>;
}

export interface LoginAttemptsTable {
  id: Generated<number>;
  email: string;
  ip: string | null;
  succeeded: boolean;
  at: Timestamp;
}

export interface ContactsTable {
  id: Generated<string>;
  customerId: string;
  name: string;
  phone: string | null;
  phoneNormalized: string | null;
  mobile: string | null;
  mobileNormalized: string | null;
  email: string | null;
  address: string | null;
  title: string | null;
  isDesignated: Generated<boolean>;
  isDemo: Generated<boolean>;
  version: Generated<number>;
  createdAt: Timestamp;
  updatedAt: Timestamp;
}

export interface SitesTable {
  id: Generated<string>;
  customerId: string;
  name: string;
  address: string | null;
  city: string | null;
  isDemo: Generated<boolean>;
  createdAt: Timestamp;
  updatedAt: Timestamp;
}

export type FaultLevel = "S1" | "S2" | "S3" | "S4";
export type ServiceTarget = { responseMinutes: number; resolutionMinutes: number };
export type ServiceTargets = Partial<Record<FaultLevel, ServiceTarget>>;

export interface ContractsTable {
  id: Generated<string>;
  contractNo: string;
  customerId: string;
  title: string | null;
  startsOn: ColumnType<string | null, string | null, string | null>;
  endsOn: ColumnType<string | null, string | null, string | null>;
  serviceHours: Generated<string>;
  targets: Json<ServiceTargets>;
  isDemo: Generated<boolean>;
  version: Generated<number>;
  createdAt: Timestamp;
  updatedAt: Timestamp;
}

export interface ContractSitesTable {
  contractId: string;
  siteId: string;
}

export interface EquipmentTable {
  id: Generated<string>;
  contractId: string;
  siteId: string | null;
  vendor: string;
  model: string;
  serial: string | null;
  description: string | null;
  createdAt: Timestamp;
}

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
  searchPublic: Tsvector;
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

export type RosterRole = "dispatcher" | "engineer" | "expert";
type DateOnly = ColumnType<string, string, string>;

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

export interface DB {
  customers: CustomersTable;
  users: UsersTable;
  sessions: SessionsTable;
  apiTokens: ApiTokensTable;
  loginAttempts: LoginAttemptsTable;
  contacts: ContactsTable;
  sites: SitesTable;
  contracts: ContractsTable;
  contractSites: ContractSitesTable;
  equipment: EquipmentTable;
  cases: CasesTable;
  caseActivities: CaseActivitiesTable;
  idempotencyKeys: IdempotencyKeysTable;
  vendorRequests: VendorRequestsTable;
  caseConfirmations: CaseConfirmationsTable;
  slaPolicies: SlaPoliciesTable;
  slaPolicyVersions: SlaPolicyVersionsTable;
  slaPolicyBindings: SlaPolicyBindingsTable;
  slaClocks: SlaClocksTable;
  slaClockEvents: SlaClockEventsTable;
  slaBreaches: SlaBreachesTable;
  shiftPatterns: ShiftPatternsTable;
  rosterAssignments: RosterAssignmentsTable;
  rosterOverrides: RosterOverridesTable;
  staffAvailability: StaffAvailabilityTable;
  engineerVendors: EngineerVendorsTable;
  timers: TimersTable;
  notifications: NotificationsTable;
  calendars: CalendarsTable;
  calendarDays: CalendarDaysTable;
  // attachments
  caseAttachments: CaseAttachmentsTable;
  // telephony and surveys
  telephonyCalls: TelephonyCallsTable;
  telephonyCallEvents: TelephonyCallEventsTable;
  surveyInvitations: SurveyInvitationsTable;
  surveyAnswers: SurveyAnswersTable;
  // e-mail and fax intake
  inboundMessages: InboundMessagesTable;
  unverifiedCallers: UnverifiedCallersTable;
  appSecrets: AppSecretsTable;
  // notification templates
  notificationTemplates: NotificationTemplatesTable;
  notificationTemplateVersions: NotificationTemplateVersionsTable;
}

export type TimerStatus = "pending" | "fired" | "cancelled" | "failed";

export interface TimersTable {
  id: Generated<string>;
  key: string;
  kind: string;
  /** when the timer next runs: its scheduled instant, or later after a failed attempt */
  dueAt: Timestamp;
  /** the instant it was scheduled for; retries leave it alone */
  scheduledAt: Timestamp;
  payload: Json<Record<string, unknown>>;
  status: Generated<TimerStatus>;
  attempts: Generated<number>;
  lastError: string | null;
  createdAt: Timestamp;
  firedAt: Timestamp | null;
  cancelledAt: Timestamp | null;
}

export type NotificationChannel = "email" | "sms" | "inapp";
export type NotificationStatus = "pending" | "sending" | "sent" | "dead";

export interface NotificationsTable {
  id: Generated<string>;
  key: string;
  channel: NotificationChannel;
  userId: string | null;
  toAddress: string | null;
  language: Language;
  template: string;
  params: Json<Record<string, unknown>>;
  caseId: string | null;
  status: NotificationStatus;
  attempts: Generated<number>;
  nextAttemptAt: Timestamp;
  lastError: string | null;
  createdAt: Timestamp;
  sentAt: Timestamp | null;
  readAt: Timestamp | null;
}

export type UserRow = Selectable<UsersTable>;
export type CaseRow = Selectable<CasesTable>;
export type CaseActivityRow = Selectable<CaseActivitiesTable>;
export type NewCaseActivity = Insertable<CaseActivitiesTable>;
export type TimerRow = Selectable<TimersTable>;
export type NotificationRow = Selectable<NotificationsTable>;

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

// telephony (PBX integration)
export type TokenScope = "pbx";
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

// satisfaction surveys
export interface SurveyInvitationsTable {
  id: Generated<string>;
  tokenHash: string;
  reminderTokenHash: string | null;
  caseId: string;
  resolutionCycle: number;
  email: string | null;
  phone: string | null;
  language: Generated<Language>;
  createdAt: Timestamp;
  expiresAt: Timestamp;
  remindedAt: Timestamp | null;
  usedAt: Timestamp | null;
}

export interface SurveyAnswersTable {
  id: Generated<string>;
  caseId: string;
  invitationId: string | null;
  responseSpeed: number;
  professionalism: number;
  resolution: number;
  overall: number;
  comment: string | null;
  via: "link" | "portal";
  answeredBy: string | null;
  engineerId: string | null;
  vendor: string;
  caseType: string;
  answeredAt: Timestamp;
}

// e-mail and fax intake (src/intake)
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

export interface AppSecretsTable {
  name: string;
  value: string;
  createdAt: Timestamp;
}

/** An edited template; NULL texts mean the built-in default. */
export interface NotificationTemplatesTable {
  name: string;
  language: Language;
  subject: string | null;
  body: string | null;
  sms: string | null;
  version: Generated<number>;
  updatedBy: string | null;
  updatedAt: Timestamp;
}

export interface NotificationTemplateVersionsTable {
  name: string;
  language: Language;
  version: number;
  subject: string | null;
  body: string | null;
  sms: string | null;
  createdBy: string | null;
  createdAt: Timestamp;
}
