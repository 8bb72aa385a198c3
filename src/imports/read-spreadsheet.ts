import type ExcelJS from "exceljs";
import { createRequire } from "node:module";

// loaded on first use, not at start: an idle server need not hold it
const loadExcel = () => createRequire(import.meta.url)("exceljs") as typeof ExcelJS;

/** A sheet as text: its name and each row's cells, with the row's number as the user sees it (1 = the first). */
export type RawSheet = { name: string; rows: { line: number; cells: string[] }[] };

export class UnreadableFile extends Error {}

const XLSX_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const MAX_ROWS = 20_000;

/** An .xlsx workbook (by its bytes, whatever its name says) or a CSV file in UTF-8 or GB18030 (as Excel in China saves it). */
export async function readSpreadsheet(bytes: Buffer): Promise<RawSheet[]> {
  if (bytes.subarray(0, 4).equals(XLSX_MAGIC)) return readXlsx(bytes);
  return [{ name: "CSV", rows: parseCsv(decodeText(bytes)) }];
}

async function readXlsx(bytes: Buffer): Promise<RawSheet[]> {
  const workbook = new (loadExcel().Workbook)();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw new UnreadableFile("xlsx");
  }
  return workbook.worksheets.map((sheet) => {
    const rows: RawSheet["rows"] = [];
    sheet.eachRow({ includeEmpty: false }, (row, line) => {
      if (rows.length > MAX_ROWS) throw new UnreadableFile("too_many_rows");
      const cells: string[] = [];
      row.eachCell({ includeEmpty: true }, (cell, column) => {
        cells[column - 1] = cellText(cell.value);
      });
      rows.push({ line, cells: Array.from(cells, (c) => c ?? "") });
    });
    return { name: sheet.name, rows };
  });
}

/** A cell's value as the text a person reads in it: dates as YYYY-MM-DD, formulas by their result. */
function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === "object") {
    if ("richText" in value) return value.richText.map((part) => part.text).join("").trim();
    if ("formula" in value || "sharedFormula" in value) return cellText((value as { result?: ExcelJS.CellValue }).result ?? null);
    if ("text" in value) return String(value.text).trim();
    if ("error" in value) return "";
  }
  return String(value).trim();
}

function decodeText(bytes: Buffer): string {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes).replace(/^\uFEFF/, "");
  } catch {
    return new TextDecoder("gb18030").decode(bytes);
  }
}

/** RFC 4180 CSV: quoted fields may hold commas, quotes ("") and line breaks; a comma or semicolon or tab separates. */
export function parseCsv(text: string): RawSheet["rows"] {
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  const separator = [",", ";", "\t"].reduce((a, b) => (firstLine.split(b).length > firstLine.split(a).length ? b : a));
  const rows: RawSheet["rows"] = [];
  let cells: string[] = [];
  let field = "";
  let quoted = false;
  let line = 1;
  let rowLine = 1;
  const endRow = () => {
    cells.push(field.trim());
    if (cells.some((c) => c !== "")) rows.push({ line: rowLine, cells });
    if (rows.length > MAX_ROWS) throw new UnreadableFile("too_many_rows");
    cells = [];
    field = "";
  };
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (char === '"') quoted = false;
      else {
        if (char === "\n") line++;
        field += char;
      }
    } else if (char === '"' && field.trim() === "") {
      quoted = true;
      field = "";
    } else if (char === separator) {
      cells.push(field.trim());
      field = "";
    } else if (char === "\n" || char === "\r") {
      if (char === "\r" && text[i + 1] === "\n") i++;
      endRow();
      line++;
      rowLine = line;
    } else {
      field += char;
    }
  }
  if (field !== "" || cells.length > 0) endRow();
  return rows;
}
