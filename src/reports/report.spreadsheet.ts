import { createRequire } from "node:module";
import type ExcelJS from "exceljs";
import { DateTime } from "luxon";
import { xlsxCellValue, type XlsxCellValue } from "../shared/spreadsheet-cell.js";
import type { CentreReport } from "./centre-report.js";
import type { MonthlyReport } from "./monthly-report.js";
import { itemLabel, minutesOf, reportLabels, type ReportLanguage } from "./report-labels.js";

// loaded on the first workbook, not at start: it is 0.3–0.7 s of the server's start
const loadExcel = () => createRequire(import.meta.url)("exceljs") as typeof ExcelJS;

/**
 * The reports as Excel workbooks: one sheet per section, headers in the reader's language,
 * counts and minutes as numbers, instants as dates (the wall-clock time of the report's zone),
 * and every cell through `xlsxCellValue`, so no text from the data becomes a formula.
 */
type Labels = ReturnType<typeof reportLabels>;
const DATE_FORMAT = "yyyy-mm-dd hh:mm";

/** An instant as the date a spreadsheet shows: its wall-clock time in the zone (XLSX dates have no zone). */
export const wallClock = (at: Date | string, timeZone: string): Date => {
  const local = DateTime.fromJSDate(new Date(at)).setZone(timeZone);
  return new Date(Date.UTC(local.year, local.month - 1, local.day, local.hour, local.minute, local.second));
};

function addSheet(book: ExcelJS.Workbook, name: string, headers: string[], rows: XlsxCellValue[][]): ExcelJS.Worksheet {
  const sheet = book.addWorksheet(name);
  sheet.addRow(headers.map((h) => xlsxCellValue(h))).font = { bold: true };
  for (const row of rows) {
    const added = sheet.addRow(row.map((cell) => xlsxCellValue(cell)));
    added.eachCell((cell) => {
      if (cell.value instanceof Date) cell.numFmt = DATE_FORMAT;
    });
  }
  sheet.columns.forEach((column, index) => {
    column.width = Math.max(12, Math.min(50, (headers[index]?.length ?? 10) + 6));
  });
  sheet.views = [{ state: "frozen", ySplit: 1 }];
  return sheet;
}

function monthlySheets(book: ExcelJS.Workbook, report: MonthlyReport, l: Labels): void {
  const tz = report.period.timeZone;
  const scopeName = report.scope.customerName ?? l.centre;
  addSheet(book, l.summary, [l.item, l.count], [
    [l.customer, scopeName],
    ...(report.scope.contractNo ? [[l.contract, report.scope.contractNo]] : []),
    [l.period, `${report.period.fromMonth} – ${report.period.toMonth}`],
    [l.opened, report.opened.total],
    [l.closed, report.closed.total],
    [l.backlogAtEnd, report.backlog.atEnd],
    [l.visitCount, report.visits.count],
    [l.hoursOnSite, report.visits.hoursOnSite],
    [l.sent, report.satisfaction.sent],
    [l.answered, report.satisfaction.answered],
  ]);
  const dims = ["vendor", "caseType", "faultLevel", "channel"] as const;
  addSheet(book, l.byDimension, [l.dimension, l.item, l.opened, l.closed], dims.flatMap((d) => {
    const keys = [...new Set([...report.opened[d].map((c) => c.key), ...report.closed[d].map((c) => c.key)])];
    return keys.map((key) => [l.dimensions[d], itemLabel(l, d, key), report.opened[d].find((c) => c.key === key)?.count ?? 0, report.closed[d].find((c) => c.key === key)?.count ?? 0]);
  }));
  const timeRows: XlsxCellValue[][] = [];
  const addTimes = (level: string, figures: { firstResponse: MonthlyReport["times"]["firstResponse"]; resolution: MonthlyReport["times"]["resolution"] }) => {
    for (const [metric, f] of [["first_response", figures.firstResponse], ["resolution", figures.resolution]] as const) {
      timeRows.push([l.metrics[metric]!, level, f.count, minutesOf(f.medianMs), minutesOf(f.p90Ms), minutesOf(f.maxMs)]);
    }
  };
  addTimes(l.all, report.times);
  for (const row of report.times.byFaultLevel) addTimes(itemLabel(l, "faultLevel", row.faultLevel), row);
  addSheet(book, l.times.slice(0, 31).replace(/[（(].*$/, "").trim(), [l.metricCol, l.faultLevel, l.measured, l.median + l.minutesUnit, l.p90 + l.minutesUnit, l.max + l.minutesUnit], timeRows);
  addSheet(book, l.compliance, [l.metricCol, l.faultLevel, l.measured, l.met, l.breached, l.percent], report.compliance.map((c) => [
    l.metrics[c.metric]!, c.faultLevel ? itemLabel(l, "faultLevel", c.faultLevel) : l.all, c.measured, c.met, c.breached, c.percent,
  ]));
  addSheet(book, l.breaches, [l.caseNumber, l.subject, l.faultLevel, l.metricCol, l.dueAt, l.breachedAt], report.breaches.items.map((b) => [
    b.caseNumber, b.subject, itemLabel(l, "faultLevel", b.faultLevel), l.metrics[b.metric] ?? b.metric, wallClock(b.dueAt, tz), wallClock(b.breachedAt, tz),
  ]));
  addSheet(book, l.backlog.replace(/[（(].*$/, "").trim(), [l.month, l.opened, l.closed, l.openAtEnd], report.backlog.trend.map((m) => [m.month, m.opened, m.closed, m.open]));
  const s = report.satisfaction;
  addSheet(book, l.satisfaction, [l.item, l.count], [
    [l.sent, s.sent], [l.answered, s.answered], [l.responseSpeed, s.averages.responseSpeed], [l.professionalism, s.averages.professionalism],
    [l.resolutionScore, s.averages.resolution], [l.overall, s.averages.overall],
  ]);
  addSheet(book, l.comments, [l.caseNumber, l.overall, l.comment, l.answeredAt], s.comments.map((c) => [c.caseNumber, c.overall, c.comment, wallClock(c.answeredAt, tz)]));
  const m = report.maintenance;
  const r = report.rma;
  addSheet(book, `${l.maintenance} + RMA`, [l.item, l.count], [
    ...(m.available ? [[l.due, m.due], [l.deliveredOnTime, m.deliveredOnTime], [l.late, m.late]] as XlsxCellValue[][] : [[l.maintenance, l.notAvailable]]),
    ...(r.available ? [[l.rmaOpened, r.opened], [l.rmaClosed, r.closed], [l.turnaroundMedian + l.minutesUnit, minutesOf(r.turnaround.medianMs)]] as XlsxCellValue[][] : [[l.rma, l.notAvailable]]),
  ]);
}

const bytesOf = async (book: ExcelJS.Workbook) => Buffer.from(await book.xlsx.writeBuffer());

export async function monthlyReportWorkbook(report: MonthlyReport, language: ReportLanguage): Promise<Buffer> {
  const book = new (loadExcel().Workbook)();
  book.creator = "casedesk";
  monthlySheets(book, report, reportLabels(language));
  return bytesOf(book);
}

export async function centreReportWorkbook(report: CentreReport, language: ReportLanguage): Promise<Buffer> {
  const l = reportLabels(language);
  const book = new (loadExcel().Workbook)();
  book.creator = "casedesk";
  monthlySheets(book, report, l);
  addSheet(book, l.byEngineer, [l.engineer, l.opened, l.resolved, l.openAtEnd, l.visitsCol, l.responseMedian, l.firstResponseMedian, l.surveys, l.overallAvg],
    report.byEngineer.map((e) => [e.name, e.opened, e.resolved, e.openAtEnd, e.visits, minutesOf(e.response.medianMs), minutesOf(e.firstResponse.medianMs), e.surveys, e.overall]));
  addSheet(book, l.byVendor, [l.vendor, l.opened, l.closed, l.vendorRequests, l.rmaOpened, l.rmaTurnaround],
    report.byVendor.map((v) => [v.vendor, v.opened, v.closed, v.vendorRequests, v.rmaOpened ?? l.notAvailable, v.rmaMedianTurnaroundMs === null ? null : Math.round(v.rmaMedianTurnaroundMs / 36_000) / 100]));
  addSheet(book, l.byDispatcher, [l.dispatcher, l.opened, l.firstResponseMet], report.byDispatcher.map((d) => [d.name, d.opened, d.firstResponseMet]));
  return bytesOf(book);
}
