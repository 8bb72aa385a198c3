import type { CaseWithNames } from "../cases/index.js";
import { statusOf, talkSeconds } from "./call.js";
import type { CallRow } from "./calls.repository.js";
import type { ScreenPop } from "./read-calls.js";

const iso = (value: Date | null) => value?.toISOString() ?? null;
const day = (value: unknown) => (value ? String(value instanceof Date ? value.toISOString() : value).slice(0, 10) : null);

export const presentCall = (c: CallRow) => ({
  callId: c.callId,
  direction: c.direction,
  status: statusOf(c),
  from: c.fromNumber,
  to: c.toNumber,
  number: c.externalNumber,
  extension: c.extension,
  ringingAt: iso(c.ringingAt),
  answeredAt: iso(c.answeredAt),
  endedAt: iso(c.endedAt),
  durationSeconds: talkSeconds(c),
  receivedAt: { first: c.firstReceivedAt.toISOString(), ringing: iso(c.ringingReceivedAt), answered: iso(c.answeredReceivedAt), ended: iso(c.endedReceivedAt) },
  caseId: c.caseId,
  linkedAt: iso(c.linkedAt),
  summary: c.summary,
  isActivityLogged: c.activityEntryId !== null,
});

const presentCaseBrief = (c: CaseWithNames) => ({
  id: c.id, number: c.number, subject: c.subject, status: c.status, faultLevel: c.faultLevel, priority: c.priority,
  vendor: c.vendor, caseType: c.caseType, assigneeName: c.assigneeName, createdAt: c.createdAt.toISOString(),
});

export const presentScreenPop = (p: ScreenPop) => ({
  call: presentCall(p.call),
  caller: {
    contacts: p.contacts.map((c) => ({
      id: c.id, name: c.name, customerId: c.customerId, customerName: c.customerName, title: c.title,
      phone: c.phone, mobile: c.mobile, email: c.email, isDesignated: c.isDesignated,
    })),
    companies: p.companies.map((company) => ({
      id: company.id,
      name: company.name,
      contracts: company.contracts.map((c) => ({
        id: c.id, contractNo: c.contractNo, title: c.title, startsOn: day(c.startsOn), endsOn: day(c.endsOn), serviceHours: c.serviceHours,
      })),
      openCases: company.openCases.map(presentCaseBrief),
    })),
  },
  linkedCase: p.linkedCase ? presentCaseBrief(p.linkedCase) : null,
});
