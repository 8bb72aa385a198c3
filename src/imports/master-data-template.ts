import type ExcelJS from "exceljs";
import { createRequire } from "node:module";
import { SHEETS } from "./master-data-sheets.js";

// loaded on first use, not at start: an idle server need not hold it
const loadExcel = () => createRequire(import.meta.url)("exceljs") as typeof ExcelJS;

const README_ZH = [
  "主数据导入模板 / Master-data import template",
  "每个工作表一种数据：客户、联系人、合同、设备。第 1 行是中文列名，第 2 行是英文列名（导入时跳过），从第 3 行起填写数据。",
  "One sheet per kind: customers, contacts, contracts, equipment. Row 1: Chinese headers; row 2: English headers (skipped); data from row 3.",
  "带 * 的列必填。列的顺序可以调整；不需要的工作表可以删除或留空。也可以上传 CSV 文件（UTF-8 或 GB18030），一个文件一种数据，第一行是列名。",
  "Columns marked * are required. Columns may be in any order; delete or leave empty the sheets you do not need. A CSV file (UTF-8 or GB18030) holds one kind, headers in its first line.",
  "按自然键匹配已有记录：客户名称、客户名称 + 联系人姓名、合同编号、设备序列号。已有的记录被更新，空单元格保留原值；再次导入同一文件不会产生变化。",
  "Existing records are matched by customer name, customer + contact name, contract number and equipment serial: they are updated, an empty cell keeps the value there; importing the same file again changes nothing.",
  "先“试导入”：逐行列出所有错误，不做任何更改。没有错误时再“导入”：全部数据在一个事务中写入，任何一行出错则什么都不写入。",
  "Dry-run first: every bad line is listed and nothing changes. Then import: everything is written in one transaction, or nothing at all.",
];

/** The XLSX template: a read-me sheet, then one sheet per kind with Chinese headers and the English ones under them. */
export async function masterDataTemplate(): Promise<Buffer> {
  const workbook = new (loadExcel().Workbook)();
  workbook.creator = "casedesk";
  const readme = workbook.addWorksheet("说明 Read me");
  readme.getColumn(1).width = 140;
  README_ZH.forEach((line, index) => {
    const cell = readme.getCell(index + 1, 1);
    cell.value = line;
    cell.alignment = { wrapText: true, vertical: "top" };
    if (index === 0) cell.font = { bold: true, size: 14 };
  });
  for (const spec of SHEETS) {
    const sheet = workbook.addWorksheet(`${spec.zh} ${spec.en}`, { views: [{ state: "frozen", ySplit: 2 }] });
    spec.columns.forEach((column, index) => {
      const zh = sheet.getCell(1, index + 1);
      zh.value = column.required ? `${column.zh}*` : column.zh;
      zh.font = { bold: true };
      zh.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFDCE6F2" } };
      if (column.hintZh) zh.note = `${column.hintZh}\n${column.hintEn ?? ""}`;
      const en = sheet.getCell(2, index + 1);
      en.value = column.en;
      en.font = { italic: true, color: { argb: "FF595959" } };
      sheet.getColumn(index + 1).width = Math.max(14, column.zh.length * 2 + 4, column.en.length + 2);
      // dates and numbers typed as text stay as typed (a serial such as 0012 keeps its zeros)
      if (!column.type || column.type === "text" || column.type === "phone" || column.type === "contractNo") sheet.getColumn(index + 1).numFmt = "@";
    });
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
