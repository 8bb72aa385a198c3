import { z } from "zod";
import { CASE_STATUSES, FAULT_LEVELS, PRIORITIES } from "../cases/index.js";
import { TEXT_LIMITS, requiredText, text } from "../shared/text.js";
import { CALL_EVENTS } from "./call.js";

const isoInstant = z.iso.datetime({ offset: true }).transform((value) => new Date(value));
const direction = z.enum(["inbound", "outbound"]);

export const callIdSchema = z.string().regex(/^[\x21-\x7e]{1,128}$/, { message: "invalid_format" });
export const callParams = z.strictObject({ callId: callIdSchema });

/** What the PBX posts: one event of one call. */
export const callEventBody = z.strictObject({
  callId: callIdSchema,
  from: requiredText(40),
  to: requiredText(40),
  event: z.enum(CALL_EVENTS),
  at: isoInstant,
  extension: requiredText(32).optional(),
  direction: direction.optional(),
});

export const linkCallBody = z.strictObject({ caseId: requiredText(64), summary: text(TEXT_LIMITS.body).optional() });
export const listCallsQuery = z.strictObject({
  isLinked: z.enum(["true", "false"]).transform((value) => value === "true").optional(),
  extension: requiredText(32).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(50),
  cursor: text(200).optional(),
});
export const activeCallsQuery = z.strictObject({ extension: requiredText(32).optional(), limit: z.coerce.number().int().min(1).max(100).default(50) });

const instant = z.string().nullable();

export const callSchema = z.object({
  callId: z.string(),
  direction,
  status: z.enum(CALL_EVENTS),
  from: z.string(),
  to: z.string(),
  number: z.string().nullable(),
  extension: z.string().nullable(),
  ringingAt: instant,
  answeredAt: instant,
  endedAt: instant,
  durationSeconds: z.number().nullable(),
  receivedAt: z.object({ first: z.string(), ringing: instant, answered: instant, ended: instant }),
  caseId: z.string().nullable(),
  linkedAt: instant,
  summary: z.string().nullable(),
  isActivityLogged: z.boolean(),
});

export const callEventResultSchema = z.object({ isDuplicate: z.boolean(), call: callSchema });

const caseBrief = z.object({
  id: z.string(), number: z.string(), subject: z.string(), status: z.enum(CASE_STATUSES), faultLevel: z.enum(FAULT_LEVELS), priority: z.enum(PRIORITIES),
  vendor: z.string(), caseType: z.string(), assigneeName: z.string().nullable(), createdAt: z.string(),
});

export const screenPopSchema = z.object({
  call: callSchema,
  caller: z.object({
    contacts: z.array(z.object({
      id: z.string(), name: z.string(), customerId: z.string(), customerName: z.string(), title: z.string().nullable(),
      phone: z.string().nullable(), mobile: z.string().nullable(), email: z.string().nullable(), isDesignated: z.boolean(),
    })),
    companies: z.array(z.object({
      id: z.string(),
      name: z.string(),
      contracts: z.array(z.object({
        id: z.string(), contractNo: z.string(), title: z.string().nullable(), startsOn: z.string().nullable(), endsOn: z.string().nullable(), serviceHours: z.string(),
      })),
      openCases: z.array(caseBrief),
    })),
  }),
  linkedCase: caseBrief.nullable(),
});
