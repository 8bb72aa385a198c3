import { createRequire } from "node:module";
import type ExcelJS from "exceljs";
import type { CaseWithNames } from "../cases/index.js";
import { xlsxCellValue } from "../shared/spreadsheet-cell.js";
import { itemLabel, reportLabels, type ReportLanguage } from "./report-labels.js";
import { wallClock } from "./report.spreadsheet.js";

// loaded on the first workbook, not at start: it is 0.3–0.7 s of the server's start
const loadExcel = () => createRequire(import.meta.url)("exceljs") as typeof ExcelJS;

/** The columns of a case search workbook, in the reader's language (the CSV export's columns). */
const COLUMNS = {
  "zh-CN": ["Case号", "主题", "状态", "优先级", "故障级别", "厂商", "Case类型", "渠道", "客户", "联系人", "联系电话", "工程师", "创建时间", "响应时间", "解决时间", "关闭时间"],
  en: ["Case number", "Subject", "Status", "Priority", "Fault level", "Vendor", "Case type", "Channel", "Customer", "Caller", "Caller phone", "Engineer", "Created", "Responded", "Resolved", "Closed"],
} as const;

const STATUS = {
  "zh-CN": { new: "新建", assigned: "已派单", in_progress: "处理中", escalated: "已升级", waiting_customer: "等待客户", waiting_vendor: "等待厂家", waiting_parts: "等待备件", resolved: "已解决", closed: "已关闭" },
  en: { new: "New", assigned: "Assigned", in_progress: "In progress", escalated: "Escalated", waiting_customer: "Waiting for customer", waiting_vendor: "Waiting for vendor", waiting_parts: "Waiting for parts", resolved: "Resolved", closed: "Closed" },
} as const satisfies Record<ReportLanguage, Record<string, string>>;

/**
 * A case search as an XLSX workbook: statuses, types, levels and channels in words, the four
 * instants as dates (wall-clock time of the display zone), every text cell through `xlsxCellValue`.
 */
export async function caseSearchWorkbook(rows: AsyncIterable<CaseWithNames>, language: ReportLanguage, timeZone: string): Promise<Buffer> {
  const l = reportLabels(language);
  const book = new (loadExcel().Workbook)();
  book.creator = "casedesk";
  const sheet = book.addWorksheet(language === "en" ? "Cases" : "Case 列表");
  sheet.addRow(COLUMNS[language].map((h) => xlsxCellValue(h))).font = { bold: true };
  const date = (at: Date | null) => (at ? wallClock(at, timeZone) : null);
  for await (const c of rows) {
    const caller = c.caller as { name?: string; phone?: string | null };
    const row = sheet.addRow([
      c.number, c.subject, STATUS[language][c.status as keyof (typeof STATUS)["en"]] ?? c.status, c.priority, itemLabel(l, "faultLevel", c.faultLevel),
      c.vendor, itemLabel(l, "caseType", c.caseType), itemLabel(l, "channel", c.channel), c.customerName ?? "", caller.name ?? "", caller.phone ?? "",
      c.assigneeName ?? "", date(c.createdAt), date(c.respondedAt), date(c.resolvedAt), date(c.closedAt),
    ].map((cell) => xlsxCellValue(cell)));
    for (const index of [13, 14, 15, 16]) row.getCell(index).numFmt = "yyyy-mm-dd hh:mm";
  }
  sheet.columns.forEach((column, index) => {
    column.width = index === 1 ? 40 : 16;
  });
  sheet.views = [{ state: "frozen", ySplit: 1 }];
  return Buffer.from(await book.xlsx.writeBuffer());
}
