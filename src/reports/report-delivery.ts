import { DateTime } from "luxon";
import { attachmentStoreFor } from "../attachments/index.js";
import { systemActor } from "../auth/index.js";
import type { Db } from "../db/database.js";
import { scheduleTimer, type TimerHandler } from "../jobs/index.js";
import { notify } from "../notify/index.js";
import type { Deps } from "../shared/deps.js";
import { centreReport } from "./centre-report.js";
import { monthlyReport } from "./monthly-report.js";
import { managers, reportRecipients, type ReportRecipient } from "./people.repository.js";
import { monthlyReportPdf } from "./report.pdf.js";
import type { ReportSections } from "./report-sections.js";
import { centreReportWorkbook } from "./report.spreadsheet.js";

/**
 * Monthly delivery, without anyone remembering: a durable timer per month (its key names the
 * month, so every instance schedules the same one and it fires once) sends, on the configured
 * working day, each customer's report for the month before to its designated contacts by e-mail
 * with the PDF, and the centre report (XLSX) to the managers. The messages go through the outbox
 * with a key per customer and month, so a repeated run sends nobody anything twice.
 */
export const DELIVERY_KIND = "reports.monthly_delivery";
const DELIVERY_HOUR = 9;
const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** The `workday`-th working day (Mon–Fri) of the month after `month`, at 09:00 in the zone. */
export function deliveryAt(month: string, workday: number, timeZone: string): Date {
  let day = DateTime.fromFormat(`${month}-01`, "yyyy-MM-dd", { zone: timeZone }).plus({ months: 1 }).set({ hour: DELIVERY_HOUR });
  let counted = 0;
  for (;;) {
    if (day.weekday <= 5) counted += 1;
    if (counted === workday) return day.toJSDate();
    day = day.plus({ days: 1 });
  }
}

/** The next delivery still to come after `now`: the month it reports and when it goes out. */
export function nextDelivery(now: Date, workday: number, timeZone: string): { month: string; dueAt: Date } {
  const previous = DateTime.fromJSDate(now).setZone(timeZone).startOf("month").minus({ months: 1 });
  for (const month of [previous, previous.plus({ months: 1 })].map((m) => m.toFormat("yyyy-MM"))) {
    const dueAt = deliveryAt(month, workday, timeZone);
    if (dueAt > now) return { month, dueAt };
  }
  throw new Error("unreachable: the next month's delivery is always ahead");
}

export async function scheduleReportDelivery(tx: Db, deps: Pick<Deps, "config">, now: Date): Promise<void> {
  const next = nextDelivery(now, deps.config.reportDeliveryWorkday, deps.config.displayTimeZone);
  await scheduleTimer(tx, { key: `reports:delivery:${next.month}`, kind: DELIVERY_KIND, dueAt: next.dueAt, payload: { month: next.month }, now });
}

/** At worker start: makes sure the next delivery is scheduled (a no-op when it is). */
export async function ensureReportDeliveryScheduled(deps: Deps): Promise<void> {
  await deps.db.transaction().execute((tx) => scheduleReportDelivery(tx, deps, deps.clock.now()));
}

export type DeliveryResult = { customers: number; messages: number };

/** Writes the month's report e-mails to the outbox in `tx`; `casedesk` runs it from the timer. */
export async function deliverMonthlyReports(deps: Deps, sections: ReportSections, tx: Db, month: string): Promise<DeliveryResult> {
  const scoped: Deps = { ...deps, db: tx };
  const now = deps.clock.now();
  const store = attachmentStoreFor(deps.config);
  const byCustomer = new Map<string, ReportRecipient[]>();
  for (const recipient of await reportRecipients(tx)) byCustomer.set(recipient.customerId, [...(byCustomer.get(recipient.customerId) ?? []), recipient]);
  let messages = 0;
  for (const [customerId, contacts] of byCustomer) {
    const report = await monthlyReport(scoped, sections, { actor: systemActor, customerId, fromMonth: month, toMonth: month });
    const pdf = await store.put(await monthlyReportPdf(report, "zh-CN"));
    const firstResponse = report.compliance.find((c) => c.metric === "first_response" && c.faultLevel === null);
    messages += await notify(tx, {
      key: `report:${customerId}:${month}`, recipients: contacts.map((c) => ({ email: c.email, language: "zh-CN" as const })), channels: ["email"],
      template: "report.monthly",
      params: { customerName: report.scope.customerName ?? "", month, opened: report.opened.total, closed: report.closed.total, firstResponsePercent: firstResponse?.percent ?? null },
      mail: { attachments: [{ sha256: pdf.sha256, filename: `report-${month}.pdf`, contentType: "application/pdf" }] },
      now,
    });
  }
  const people = await managers(tx);
  if (people.length) {
    const centre = await centreReport(scoped, sections, { actor: systemActor, fromMonth: month, toMonth: month });
    const book = await store.put(await centreReportWorkbook(centre, "zh-CN"));
    messages += await notify(tx, {
      key: `report:centre:${month}`, recipients: people.map((p) => ({ userId: p.id })), channels: ["email", "inapp"], template: "report.centre",
      params: { month, opened: centre.opened.total, closed: centre.closed.total, breaches: centre.breaches.total, url: deps.config.publicUrl ? `${deps.config.publicUrl}/reports` : null },
      mail: { attachments: [{ sha256: book.sha256, filename: `centre-report-${month}.xlsx`, contentType: XLSX }] },
      now,
    });
  }
  deps.logger.info({ month, customers: byCustomer.size, messages }, "monthly reports delivered to the outbox");
  return { customers: byCustomer.size, messages };
}

/** The delivery timer's handler: this month's messages, then the next month's timer. */
export function reportTimerHandlers(sections: ReportSections): Record<string, TimerHandler> {
  return {
    [DELIVERY_KIND]: async (tx, timer, deps) => {
      await deliverMonthlyReports(deps, sections, tx, String((timer.payload as { month: string }).month));
      await scheduleReportDelivery(tx, deps, deps.clock.now());
    },
  };
}
