import { DateTime } from "luxon";
import { CJK_BOLD, CJK_REGULAR, cjkDocument, finishWithPageNumbers, pdfBytes } from "../shared/pdf/index.js";
import type { MonthlyReport } from "./monthly-report.js";
import { itemLabel, readableDuration, reportLabels, type ReportLanguage } from "./report-labels.js";

/**
 * The customer's monthly report as a PDF (A4, Noto Sans SC embedded): the same figures as the
 * JSON and the workbook, each section a small table; a section no module provides says so.
 */
type Doc = PDFKit.PDFDocument;
type Cell = string | number | null;

const show = (value: Cell): string => (value === null ? "—" : String(value));

function heading(doc: Doc, text: string): void {
  if (doc.y > doc.page.height - 160) doc.addPage();
  doc.moveDown(0.8).font(CJK_BOLD).fontSize(12).fillColor("#1f3b5c").text(text, doc.page.margins.left).fillColor("#000000");
  doc.moveDown(0.3);
}

/** A table: columns share the width, the first gets twice a share; rows keep together. */
function table(doc: Doc, headers: string[], rows: Cell[][]): void {
  const left = doc.page.margins.left;
  const width = doc.page.width - left - doc.page.margins.right;
  const unit = width / (headers.length + 1);
  const xs = headers.map((_, i) => left + (i === 0 ? 0 : unit * (i + 1)));
  const widths = headers.map((_, i) => (i === 0 ? unit * 2 : unit) - 4);
  const line = (cells: Cell[], bold: boolean) => {
    const texts = cells.map(show);
    doc.font(bold ? CJK_BOLD : CJK_REGULAR).fontSize(9);
    const height = Math.max(...texts.map((t, i) => doc.heightOfString(t, { width: widths[i]! }))) + 3;
    if (doc.y + height > doc.page.height - doc.page.margins.bottom) doc.addPage();
    const y = doc.y;
    texts.forEach((t, i) => doc.text(t, xs[i]!, y, { width: widths[i]!, align: i === 0 ? "left" : "right" }));
    doc.x = left;
    doc.y = y + height;
  };
  line(headers, true);
  if (rows.length === 0) line(["—", ...headers.slice(1).map(() => "")], false);
  for (const row of rows) line(row, false);
}

export function writeMonthlyReport(doc: Doc, report: MonthlyReport, language: ReportLanguage): void {
  const l = reportLabels(language);
  const tz = report.period.timeZone;
  const when = (at: Date | string) => DateTime.fromJSDate(new Date(at)).setZone(tz).toFormat("yyyy-MM-dd HH:mm");
  doc.font(CJK_BOLD).fontSize(18).text(l.title);
  doc.font(CJK_REGULAR).fontSize(10).moveDown(0.3)
    .text(`${l.customer}: ${report.scope.customerName ?? l.centre}${report.scope.contractNo ? `   ${l.contract}: ${report.scope.contractNo}` : ""}`)
    .text(`${l.period}: ${report.period.fromMonth}${report.period.toMonth === report.period.fromMonth ? "" : ` – ${report.period.toMonth}`}   ${l.timeZone}: ${tz}`);

  heading(doc, l.summary);
  table(doc, [l.item, l.count], [[l.opened, report.opened.total], [l.closed, report.closed.total], [l.backlogAtEnd, report.backlog.atEnd]]);

  heading(doc, l.byDimension);
  const dims = ["vendor", "caseType", "faultLevel", "channel"] as const;
  table(doc, [l.dimension, l.item, l.opened, l.closed], dims.flatMap((d) => {
    const keys = [...new Set([...report.opened[d].map((c) => c.key), ...report.closed[d].map((c) => c.key)])];
    return keys.map((key): Cell[] => [l.dimensions[d], itemLabel(l, d, key), report.opened[d].find((c) => c.key === key)?.count ?? 0, report.closed[d].find((c) => c.key === key)?.count ?? 0]);
  }));

  heading(doc, l.times);
  const timeRows: Cell[][] = [];
  const addTimes = (level: string, f: Pick<MonthlyReport["times"], "firstResponse" | "resolution">) => {
    for (const [metric, d] of [["first_response", f.firstResponse], ["resolution", f.resolution]] as const) {
      timeRows.push([`${l.metrics[metric]} · ${level}`, d.count, readableDuration(l, d.medianMs), readableDuration(l, d.p90Ms), readableDuration(l, d.maxMs)]);
    }
  };
  addTimes(l.all, report.times);
  for (const row of report.times.byFaultLevel) addTimes(row.faultLevel, row);
  table(doc, [l.metricCol, l.measured, l.median, l.p90, l.max], timeRows);

  heading(doc, l.compliance);
  table(doc, [l.metricCol, l.measured, l.met, l.breached, l.percent], report.compliance.map((c) => [
    `${l.metrics[c.metric]} · ${c.faultLevel ?? l.all}`, c.measured, c.met, c.breached, c.percent === null ? null : `${c.percent}%`,
  ]));

  heading(doc, `${l.breaches} (${report.breaches.total})`);
  table(doc, [l.caseNumber, l.metricCol, l.faultLevel, l.dueAt, l.breachedAt], report.breaches.items.map((b) => [
    b.caseNumber, l.metrics[b.metric] ?? b.metric, b.faultLevel, when(b.dueAt), when(b.breachedAt),
  ]));

  heading(doc, l.backlog);
  table(doc, [l.month, l.opened, l.closed, l.openAtEnd], report.backlog.trend.map((m) => [m.month, m.opened, m.closed, m.open]));

  heading(doc, l.satisfaction);
  const s = report.satisfaction;
  table(doc, [l.item, l.count], [
    [l.sent, s.sent], [l.answered, s.answered], [l.responseSpeed, s.averages.responseSpeed], [l.professionalism, s.averages.professionalism],
    [l.resolutionScore, s.averages.resolution], [l.overall, s.averages.overall],
  ]);
  if (s.comments.length) table(doc, [l.comment, l.caseNumber, l.overall], s.comments.map((c) => [c.comment, c.caseNumber, c.overall]));

  heading(doc, l.visits);
  table(doc, [l.item, l.count], [[l.visitCount, report.visits.count], [l.visitCases, report.visits.cases], [l.hoursOnSite, report.visits.hoursOnSite]]);

  heading(doc, l.maintenance);
  const m = report.maintenance;
  if (m.available) table(doc, [l.item, l.count], [[l.due, m.due], [l.deliveredOnTime, m.deliveredOnTime], [l.late, m.late]]);
  else doc.font(CJK_REGULAR).fontSize(9).text(l.notAvailable);

  heading(doc, l.rma);
  const r = report.rma;
  if (r.available) table(doc, [l.item, l.count], [[l.rmaOpened, r.opened], [l.rmaClosed, r.closed], [l.turnaroundMedian, readableDuration(l, r.turnaround.medianMs)], [l.turnaroundMax, readableDuration(l, r.turnaround.maxMs)]]);
  else doc.font(CJK_REGULAR).fontSize(9).text(l.notAvailable);
}

export function monthlyReportPdf(report: MonthlyReport, language: ReportLanguage): Promise<Buffer> {
  const l = reportLabels(language);
  const title = `${l.title} ${report.scope.customerName ?? l.centre} ${report.period.fromMonth}`;
  return pdfBytes(cjkDocument({ title, language }), (doc) => {
    writeMonthlyReport(doc, report, language);
    finishWithPageNumbers(doc, l.page);
  });
}
