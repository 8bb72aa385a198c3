/** Shapes of the casedesk API as the UI reads them (see /api/v1/openapi.json). */
export type Role = "dispatcher" | "engineer" | "expert" | "rma_admin" | "manager" | "admin" | "customer";
export const STAFF_ROLES: Role[] = ["dispatcher", "engineer", "expert", "rma_admin", "manager", "admin"];

export type User = {
  id: string; email: string; name: string; phone: string | null; role: Role; customerId: string | null;
  language: "zh-CN" | "en"; isActive: boolean; version: number; createdAt: string; updatedAt: string;
};
export type Me = { user: User; csrfToken: string | null };
export type Page<T> = { items: T[]; nextCursor: string | null };

export type CaseStatus =
  | "new" | "assigned" | "in_progress" | "escalated" | "waiting_customer" | "waiting_vendor" | "waiting_parts" | "resolved" | "closed";
export type FaultLevel = "S1" | "S2" | "S3" | "S4";
export type Priority = "P1" | "P2" | "P3" | "P4";
export type Channel = "phone" | "email" | "web" | "fax";

export type Caller = { name: string; company: string | null; phone: string | null; email: string | null; address: string | null; contractNo: string | null };
export type Case = {
  id: string; number: string; subject: string; description: string; channel: Channel; vendor: string; caseType: string;
  faultLevel: FaultLevel; priority: Priority; status: CaseStatus; customerId: string | null; customerName: string | null;
  contactId: string | null; contractId: string | null; siteId: string | null; caller: Caller; assigneeId: string | null;
  assigneeName: string | null; expertId: string | null; createdBy: string | null; createdAt: string; updatedAt: string;
  respondedAt: string | null; resolvedAt: string | null; closedAt: string | null; resolution: string | null; version: number;
  resolutionCycle: number; rmaRequestedAt: string | null; responseCycle: number;
};
export type Entry = {
  id: string; seq: number; kind: string; visibility: "public" | "internal";
  actor: { id: string; name: string | null; role: string | null } | null; at: string; data: Record<string, unknown>;
  correctsId: string | null; hash: string; prevHash: string | null;
};

export type SlaClock = {
  metric: "response" | "resolution" | string; cycle: number; policyId: string | null; policyVersion: number | null;
  assigneeId: string | null; startedAt: string; targetMs: number; status: "running" | "paused" | "stopped" | string;
  pausedMs: number; dueAt: string | null; stoppedAt: string | null; stopReason: string | null; breachedAt: string | null;
};
export type CaseClocks = { clocks: SlaClock[]; breaches: Array<{ metric: string; cycle: number; dueAt: string; breachedAt: string }> };

export type OnDutyUser = {
  id: string; name: string; role: string; phone: string | null; email: string; openCaseLoad: number; vendors: string[];
  shift: { source: string; patternName: string | null; shiftName: string | null; startsAt: string | null; endsAt: string | null };
};

export type Contact = {
  id: string; customerId: string; customerName?: string; name: string; phone: string | null; mobile: string | null; email: string | null;
  address: string | null; title: string | null; isDesignated: boolean;
};
export type Contract = {
  id: string; contractNo: string; customerId: string; title: string | null; startsOn: string | null; endsOn: string | null;
  serviceHours: string; targets: Record<string, { responseMinutes: number; resolutionMinutes: number }>; siteIds: string[];
  equipment: Array<{ id: string; vendor: string; model: string; serial: string | null }>;
};
export type CallerLookup = { normalizedPhone: string | null; contacts: Contact[]; contracts: Contract[] };

export type VendorRequest = {
  id: string; caseId: string; vendor: string; reason: string; status: "requested" | "confirmed" | "rejected" | "opened" | "answered" | "done";
  vendorCaseRef: string | null; vendorContact: string | null; summary: string | null; requestedAt: string; version: number;
};
export type RunningClock = {
  caseId: string; metric: string; cycle: number; assigneeId: string | null; startedAt: string; targetMs: number; status: string;
  pausedMs: number; pausedAt: string | null; dueAt: string | null; breachedAt: string | null;
};
export type CustomerDetail = {
  id: string; name: string; phone: string | null; email: string | null; address: string | null;
  contacts: Contact[]; contracts: Contract[]; sites: Array<{ id: string; name: string; address: string | null; city: string | null }>;
};
