import { z } from "zod";
import { MONTH } from "./report-period.js";

/** Request and response shapes of /reports. Instants are ISO strings; durations are milliseconds. */
const month = z.string().regex(MONTH, { message: "invalid_format" });

/** One month (`month`) or a range (`from` … `to`); with none, the month before the current one. */
export const periodQuery = z.strictObject({ month: month.optional(), from: month.optional(), to: month.optional() });
export const monthlyQuery = periodQuery.extend({ customerId: z.uuid().optional(), contractId: z.uuid().optional(), lang: z.enum(["zh-CN", "en"]).optional() });
export const centreQuery = periodQuery.extend({ lang: z.enum(["zh-CN", "en"]).optional() });

const countByKey = z.object({ key: z.string(), count: z.number() });
const caseCounts = z.object({ total: z.number(), vendor: z.array(countByKey), caseType: z.array(countByKey), faultLevel: z.array(countByKey), channel: z.array(countByKey) });
const durations = z.object({ count: z.number(), medianMs: z.number().nullable(), p90Ms: z.number().nullable(), maxMs: z.number().nullable() });
const unavailable = z.object({ available: z.literal(false) });

export const monthlyReportSchema = z.object({
  scope: z.object({ customerId: z.string().nullable(), customerName: z.string().nullable(), contractId: z.string().nullable(), contractNo: z.string().nullable() }),
  period: z.object({ fromMonth: z.string(), toMonth: z.string(), startsAt: z.string(), endsAt: z.string(), timeZone: z.string() }),
  opened: caseCounts,
  closed: caseCounts,
  times: z.object({
    firstResponse: durations, resolution: durations,
    byFaultLevel: z.array(z.object({ faultLevel: z.string(), firstResponse: durations, resolution: durations })),
  }),
  compliance: z.array(z.object({
    metric: z.enum(["first_response", "resolution", "response"]), faultLevel: z.string().nullable(),
    measured: z.number(), met: z.number(), breached: z.number(), percent: z.number().nullable(),
  })),
  breaches: z.object({
    total: z.number(),
    items: z.array(z.object({ caseId: z.string(), caseNumber: z.string(), subject: z.string(), faultLevel: z.string(), metric: z.string(), cycle: z.number(), dueAt: z.string(), breachedAt: z.string() })),
  }),
  backlog: z.object({ atEnd: z.number(), trend: z.array(z.object({ month: z.string(), open: z.number(), opened: z.number(), closed: z.number() })) }),
  satisfaction: z.object({
    sent: z.number(), answered: z.number(),
    averages: z.object({ responseSpeed: z.number().nullable(), professionalism: z.number().nullable(), resolution: z.number().nullable(), overall: z.number().nullable() }),
    comments: z.array(z.object({ caseNumber: z.string(), overall: z.number(), comment: z.string(), answeredAt: z.string() })),
  }),
  visits: z.object({ count: z.number(), cases: z.number(), hoursOnSite: z.number() }),
  maintenance: z.union([unavailable, z.object({ available: z.literal(true), due: z.number(), deliveredOnTime: z.number(), late: z.number() })]),
  rma: z.union([unavailable, z.object({
    available: z.literal(true), opened: z.number(), closed: z.number(),
    turnaround: z.object({ medianMs: z.number().nullable(), maxMs: z.number().nullable() }),
  })]),
});

export const centreReportSchema = monthlyReportSchema.extend({
  byEngineer: z.array(z.object({
    userId: z.string(), name: z.string(), opened: z.number(), resolved: z.number(), openAtEnd: z.number(), visits: z.number(),
    response: durations, firstResponse: durations, surveys: z.number(), overall: z.number().nullable(),
  })),
  byVendor: z.array(z.object({
    vendor: z.string(), opened: z.number(), closed: z.number(), vendorRequests: z.number(),
    rmaOpened: z.number().nullable(), rmaMedianTurnaroundMs: z.number().nullable(),
  })),
  byDispatcher: z.array(z.object({ userId: z.string(), name: z.string(), opened: z.number(), firstResponseMet: z.number().nullable() })),
});

/** Instants as ISO strings, the way JSON writes them (the schemas above read them so). */
export const asJson = <T>(report: T): unknown => JSON.parse(JSON.stringify(report));
