import { isCustomer, type Actor } from "../auth/index.js";
import type { Deps } from "../shared/deps.js";
import { AppError, forbidden, notFound } from "../shared/errors.js";
import { clockFigures, type ClockMetric, type ComplianceCount, type TimesGroup } from "./clock-figures.js";
import { scopeNames } from "./people.repository.js";
import { monthEnds, monthsBetween, reportPeriod, type ReportPeriod } from "./report-period.js";
import { section, type MaintenanceFigures, type ReportSections, type RmaFigures, type Section } from "./report-sections.js";
import {
  breachesIn, casesByDimension, monthlyFlow, surveysIn, visitsIn,
  type BreachRow, type DimensionCount, type MonthFlow, type ReportScope, type SurveyRow, type VisitRow,
} from "./reports.repository.js";
import { mean, percent, type DurationFigures } from "./statistics.js";

export const REPORT_METRICS = ["first_response", "resolution", "response"] as const;
export const REPORT_FAULT_LEVELS = ["S1", "S2", "S3", "S4"] as const;
type Dimension = "vendor" | "caseType" | "faultLevel" | "channel";
const MAX_MONTHS = 24;
const TREND_MONTHS = 12;
const LISTED_BREACHES = 500;
const LISTED_COMMENTS = 200;

export type CountByKey = { key: string; count: number };
export type CaseCounts = { total: number; vendor: CountByKey[]; caseType: CountByKey[]; faultLevel: CountByKey[]; channel: CountByKey[] };
export type ComplianceRow = { metric: (typeof REPORT_METRICS)[number]; faultLevel: string | null; measured: number; met: number; breached: number; percent: number | null };

export type MonthlyReport = {
  scope: { customerId: string | null; customerName: string | null; contractId: string | null; contractNo: string | null };
  period: ReportPeriod;
  opened: CaseCounts;
  closed: CaseCounts;
  times: { firstResponse: DurationFigures; resolution: DurationFigures; byFaultLevel: { faultLevel: string; firstResponse: DurationFigures; resolution: DurationFigures }[] };
  compliance: ComplianceRow[];
  breaches: { total: number; items: BreachRow[] };
  backlog: { atEnd: number; trend: MonthFlow[] };
  satisfaction: {
    sent: number; answered: number;
    averages: { responseSpeed: number | null; professionalism: number | null; resolution: number | null; overall: number | null };
    comments: { caseNumber: string; overall: number; comment: string; answeredAt: Date }[];
  };
  visits: { count: number; cases: number; hoursOnSite: number };
  maintenance: Section<MaintenanceFigures>;
  rma: Section<RmaFigures>;
};

export type MonthlyReportInput = { actor: Actor; customerId?: string | null; contractId?: string | null; fromMonth: string; toMonth: string };

/**
 * Who may read which report: staff read any customer's (and, manager or admin, the whole
 * centre's); a customer reads its own company's only, and any other is not found.
 */
export function assertCanReadReport(actor: Actor, customerId: string | null): void {
  if (isCustomer(actor)) {
    if (!customerId || customerId !== actor.customerId) throw notFound("report");
    return;
  }
  if (actor.kind === "user" && actor.role === "customer") throw notFound("report");
  if (!customerId && actor.kind === "user" && actor.role !== "manager" && actor.role !== "admin") throw forbidden("reports.centre");
}

export function assertMonthRange(fromMonth: string, toMonth: string): void {
  const months = monthsBetween(fromMonth, toMonth);
  if (months < 1) throw new AppError("validation_failed", {}, [{ path: "query.to", code: "range_order" }]);
  if (months > MAX_MONTHS) throw new AppError("validation_failed", {}, [{ path: "query.from", code: "range_too_long" }]);
}

const byKey = (rows: DimensionCount[], dimension: Dimension): CountByKey[] =>
  rows.filter((r) => r.dimension === dimension).map((r) => ({ key: r.key ?? "", count: r.count })).sort((a, b) => b.count - a.count || a.key.localeCompare(b.key));

const caseCounts = (rows: DimensionCount[]): CaseCounts => ({
  total: rows.find((r) => r.dimension === "total")?.count ?? 0,
  vendor: byKey(rows, "vendor"), caseType: byKey(rows, "caseType"), faultLevel: byKey(rows, "faultLevel"), channel: byKey(rows, "channel"),
});

/** Compliance per metric, overall (faultLevel null) and per fault level: met = judged and not breached. */
export function complianceOf(counts: readonly ComplianceCount[]): ComplianceRow[] {
  const rows: ComplianceRow[] = [];
  for (const metric of REPORT_METRICS) {
    for (const faultLevel of [null, ...REPORT_FAULT_LEVELS]) {
      const found = counts.find((c) => c.metric === metric && (faultLevel === null ? c.by === "metric" : c.by === "faultLevel" && c.key === faultLevel));
      if (!found && faultLevel !== null) continue;
      const measured = found?.measured ?? 0;
      const breached = found?.breached ?? 0;
      rows.push({ metric, faultLevel, measured, met: measured - breached, breached, percent: percent(measured - breached, measured) });
    }
  }
  return rows;
}

const NOTHING_MEASURED: DurationFigures = { count: 0, medianMs: null, p90Ms: null, maxMs: null };

/** The figures of one group of measured times (all of a metric, or one fault level's), or none measured. */
export const figuresOf = (times: readonly TimesGroup[], metric: ClockMetric, by: TimesGroup["by"] = "metric", key: string | null = null): DurationFigures =>
  times.find((t) => t.metric === metric && t.by === by && t.key === key)?.figures ?? NOTHING_MEASURED;

/** The monthly service report of a customer (or one contract, or the centre), for one month or a range. */
export async function monthlyReport(deps: Deps, sections: ReportSections, input: MonthlyReportInput): Promise<MonthlyReport> {
  return (await gatherMonthlyReport(deps, sections, input)).report;
}

/**
 * The report and what the centre report breaks down further: with `byPerson`, compliance per
 * case opener and the times of all three metrics per assignee, as well as the records.
 */
export type GatheredReport = { report: MonthlyReport; compliance: ComplianceCount[]; times: TimesGroup[]; answers: SurveyRow[]; visits: VisitRow[] };

export async function gatherMonthlyReport(deps: Deps, sections: ReportSections, input: MonthlyReportInput, byPerson = false): Promise<GatheredReport> {
  const customerId = input.customerId ?? null;
  const contractId = input.contractId ?? null;
  assertMonthRange(input.fromMonth, input.toMonth);
  const names = await scopeNames(deps.db, customerId, contractId);
  if (contractId && !names.contractNo) throw notFound("contract");
  const effectiveCustomer = customerId ?? names.contractCustomerId;
  assertCanReadReport(input.actor, effectiveCustomer);
  if (customerId && !names.customerName) throw notFound("customer");
  if (contractId && customerId && names.contractCustomerId !== customerId) throw notFound("contract");
  const customerName = names.customerName ?? (effectiveCustomer ? (await scopeNames(deps.db, effectiveCustomer, null)).customerName : null);

  const period = reportPeriod(input.fromMonth, input.toMonth, deps.config.displayTimeZone);
  const range = { from: period.startsAt, to: period.endsAt };
  const scope: ReportScope = { customerId: effectiveCustomer, contractId };
  // the response metric's times only the centre report shows (per engineer)
  const metrics: ClockMetric[] = byPerson ? ["first_response", "resolution", "response"] : ["first_response", "resolution"];
  const [opened, closed, { compliance, times }, breaches, flow, surveys, visits, maintenance, rma] = await Promise.all([
    casesByDimension(deps.db, scope, range, "created"),
    casesByDimension(deps.db, scope, range, "closed"),
    clockFigures(deps.db, scope, range, metrics, byPerson),
    breachesIn(deps.db, scope, range, LISTED_BREACHES),
    monthlyFlow(deps.db, scope, monthEnds(input.toMonth, TREND_MONTHS, period.timeZone), period.timeZone),
    surveysIn(deps.db, scope, range),
    visitsIn(deps.db, scope, range),
    section(sections.maintenance, deps, { customerId: effectiveCustomer, contractId, ...range }),
    section(sections.rma, deps, { customerId: effectiveCustomer, contractId, ...range }),
  ]);
  const answers = surveys.answers;
  const averageOf = (pick: (a: (typeof answers)[number]) => number) => mean(answers.map(pick));
  const onSiteMs = visits.reduce((sum, v) => sum + (v.arrivedAt && v.departedAt ? Math.max(0, v.departedAt.getTime() - v.arrivedAt.getTime()) : 0), 0);

  const report: MonthlyReport = {
    scope: { customerId: effectiveCustomer, customerName, contractId, contractNo: names.contractNo },
    period,
    opened: caseCounts(opened),
    closed: caseCounts(closed),
    times: {
      firstResponse: figuresOf(times, "first_response"),
      resolution: figuresOf(times, "resolution"),
      byFaultLevel: REPORT_FAULT_LEVELS.map((level) => ({
        faultLevel: level, firstResponse: figuresOf(times, "first_response", "faultLevel", level), resolution: figuresOf(times, "resolution", "faultLevel", level),
      }))
        .filter((row) => row.firstResponse.count + row.resolution.count > 0),
    },
    compliance: complianceOf(compliance),
    breaches,
    backlog: { atEnd: flow.at(-1)?.open ?? 0, trend: flow },
    satisfaction: {
      sent: surveys.sent,
      answered: answers.length,
      averages: {
        responseSpeed: averageOf((a) => a.responseSpeed), professionalism: averageOf((a) => a.professionalism),
        resolution: averageOf((a) => a.resolution), overall: averageOf((a) => a.overall),
      },
      comments: answers.filter((a) => a.comment?.trim()).slice(0, LISTED_COMMENTS)
        .map((a) => ({ caseNumber: a.caseNumber, overall: a.overall, comment: a.comment!.trim(), answeredAt: a.answeredAt })),
    },
    visits: { count: visits.length, cases: new Set(visits.map((v) => v.caseId)).size, hoursOnSite: Math.round(onSiteMs / 36_000) / 100 },
    maintenance,
    rma,
  };
  return { report, compliance, times, answers, visits };
}
