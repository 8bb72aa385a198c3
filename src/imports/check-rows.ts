import { z } from "zod";
import { contractNoSchema, normalizePhone } from "../customers/index.js";
import { matchHeaders, type Column, type Kind, type SheetSpec } from "./master-data-sheets.js";
import type { RawSheet } from "./read-spreadsheet.js";

/** One problem of a file, where the reader finds it: the sheet, the row as numbered in Excel, the column. */
export type ImportIssue = { kind: Kind | null; sheet: string; line: number | null; column: string | null; code: string; params?: Record<string, unknown> };

/** A data row: the values of its good cells by column key (empty and bad cells left out). */
export type CheckedRow = { kind: Kind; sheet: string; line: number; values: Record<string, string | number | boolean> };

const emailSchema = z.string().email();
const YES = new Set(["是", "y", "yes", "true", "1", "√", "✓"]);
const NO = new Set(["否", "n", "no", "false", "0", "×"]);
const MAX_MINUTES = 60 * 24 * 365;

/** YYYY-MM-DD from 2026-03-01, 2026/3/1 or 2026.3.1; null when it is not a real date. */
export function readDate(text: string): string | null {
  const match = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/.exec(text);
  if (!match) return null;
  const iso = `${match[1]}-${match[2]!.padStart(2, "0")}-${match[3]!.padStart(2, "0")}`;
  const date = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === iso ? iso : null;
}

function checkCell(column: Column, text: string): { value?: string | number | boolean; code?: string; params?: Record<string, unknown> } {
  if (column.max !== undefined && text.length > column.max) return { code: "too_big", params: { maximum: column.max } };
  if (!text.isWellFormed() || text.includes("\u0000")) return { code: "invalid_text" };
  switch (column.type) {
    case "date": {
      const date = readDate(text);
      return date ? { value: date } : { code: "invalid_date" };
    }
    case "minutes": {
      const minutes = Number(text);
      return Number.isInteger(minutes) && minutes >= 1 && minutes <= MAX_MINUTES ? { value: minutes } : { code: "invalid_minutes" };
    }
    case "yesNo": {
      const word = text.toLowerCase();
      return YES.has(word) ? { value: true } : NO.has(word) ? { value: false } : { code: "invalid_yes_no" };
    }
    case "email":
      return emailSchema.safeParse(text).success ? { value: text.toLowerCase() } : { code: "invalid_format" };
    case "phone":
      return normalizePhone(text) ? { value: text } : { code: "invalid_phone" };
    case "contractNo":
      return contractNoSchema.safeParse(text).success ? { value: text } : { code: "invalid_format" };
  }
  return { value: text };
}

const isEnglishHeaderRow = (spec: SheetSpec, keys: (string | null)[], cells: string[]) =>
  keys.every((key, index) => !key || spec.columns.find((c) => c.key === key)!.en.toLowerCase() === (cells[index] ?? "").trim().toLowerCase());

/**
 * Reads each sheet by its header row (the template's Chinese headers, or the English ones under
 * them, in any order) and checks every cell on its own: required, length, dates, minutes,
 * yes/no, e-mail, phone. Sheets whose headers fit no kind (an instructions sheet) are skipped;
 * a file where none fits is one issue.
 */
export function checkRows(sheets: RawSheet[]): { rows: CheckedRow[]; issues: ImportIssue[] } {
  const rows: CheckedRow[] = [];
  const issues: ImportIssue[] = [];
  let recognised = 0;
  for (const sheet of sheets) {
    const [header, ...data] = sheet.rows;
    const match = header ? matchHeaders(header.cells) : undefined;
    if (!match) continue;
    recognised++;
    const { spec, keys } = match;
    for (const row of data) {
      if (isEnglishHeaderRow(spec, keys, row.cells)) continue;
      const values: CheckedRow["values"] = {};
      keys.forEach((key, index) => {
        const text = (row.cells[index] ?? "").trim();
        if (!key || text === "") return;
        const column = spec.columns.find((c) => c.key === key)!;
        const checked = checkCell(column, text);
        if (checked.code) {
          issues.push({ kind: spec.kind, sheet: sheet.name, line: row.line, column: key, code: checked.code, params: checked.params });
        } else {
          values[key] = checked.value!;
        }
      });
      for (const column of spec.columns.filter((c) => c.required && values[c.key] === undefined)) {
        if (issues.some((i) => i.line === row.line && i.sheet === sheet.name && i.column === column.key)) continue;
        issues.push({ kind: spec.kind, sheet: sheet.name, line: row.line, column: column.key, code: "required" });
      }
      for (const level of ["S1", "S2", "S3", "S4"]) {
        const response = values[`${level}.responseMinutes`];
        const resolution = values[`${level}.resolutionMinutes`];
        if ((response === undefined) === (resolution === undefined)) continue;
        issues.push({ kind: spec.kind, sheet: sheet.name, line: row.line, column: `${level}.${response === undefined ? "response" : "resolution"}Minutes`, code: "required" });
      }
      if (typeof values.startsOn === "string" && typeof values.endsOn === "string" && values.startsOn > values.endsOn) {
        issues.push({ kind: spec.kind, sheet: sheet.name, line: row.line, column: "endsOn", code: "range_order" });
      }
      // a bad row stays among the rows: a natural key it repeats is reported too
      rows.push({ kind: spec.kind, sheet: sheet.name, line: row.line, values });
    }
  }
  if (recognised === 0) issues.push({ kind: null, sheet: sheets[0]?.name ?? "", line: null, column: null, code: "no_known_sheet" });
  return { rows, issues };
}
