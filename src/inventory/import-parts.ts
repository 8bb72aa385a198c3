import type { Actor } from "../auth/index.js";
import { readSpreadsheet, UnreadableFile } from "../imports/index.js";
import type { Deps } from "../shared/deps.js";
import { AppError } from "../shared/errors.js";
import { assertStockManager } from "./inventory.policy.js";

/** The catalogue sheet's columns: a header in Chinese or English names each. */
export const PART_COLUMNS = [
  { key: "partNumber", zh: "备件号", en: "Part number", required: true, max: 100 },
  { key: "vendor", zh: "厂商", en: "Vendor", required: true, max: 100 },
  { key: "model", zh: "型号", en: "Model", max: 200 },
  { key: "description", zh: "描述", en: "Description", required: true, max: 500 },
  { key: "compatibleModels", zh: "适用设备型号", en: "Compatible models", max: 2000 },
  { key: "isSerialised", zh: "序列号管理", en: "Serialised", max: 10 },
] as const;
type Key = (typeof PART_COLUMNS)[number]["key"];

export type PartImportIssue = { line: number | null; column: Key | null; code: string };
export type PartImportReport = { dryRun: boolean; applied: boolean; created: number; updated: number; unchanged: number; issues: PartImportIssue[] };

const YES = new Set(["是", "y", "yes", "true", "1"]);
const NO = new Set(["否", "n", "no", "false", "0", ""]);

/**
 * Imports the catalogue from an .xlsx or .csv sheet (first row: headers): new part numbers are
 * added, known ones get their description, model and compatible equipment. A dry run checks every
 * line; otherwise the file is applied in one transaction only if no line is bad.
 */
export async function importParts(deps: Deps, input: { actor: Actor; bytes: Buffer; dryRun: boolean }): Promise<PartImportReport> {
  assertStockManager(input.actor, "catalogue");
  let sheets;
  try {
    sheets = await readSpreadsheet(input.bytes);
  } catch (error) {
    if (error instanceof UnreadableFile) throw new AppError("validation_failed", {}, [{ path: "body.file", code: error.message === "too_many_rows" ? "too_many_rows" : "unreadable_file" }]);
    throw error;
  }
  const issues: PartImportIssue[] = [];
  const sheet = sheets.find((s) => s.rows.length > 0 && headerKeys(s.rows[0]!.cells).includes("partNumber"));
  if (!sheet) return { dryRun: input.dryRun, applied: false, created: 0, updated: 0, unchanged: 0, issues: [{ line: null, column: null, code: "no_known_sheet" }] };
  const keys = headerKeys(sheet.rows[0]!.cells);
  const rows: { line: number; values: Record<Key, string> }[] = [];
  const seen = new Set<string>();
  for (const row of sheet.rows.slice(1)) {
    // a second header line (English under Chinese) is skipped like the template's
    if (headerKeys(row.cells).includes("partNumber")) continue;
    const values = Object.fromEntries(PART_COLUMNS.map((c) => [c.key, (row.cells[keys.indexOf(c.key)] ?? "").trim()])) as Record<Key, string>;
    if (Object.values(values).every((v) => v === "")) continue;
    let ok = true;
    for (const column of PART_COLUMNS) {
      const value = values[column.key];
      if ("required" in column && column.required && !value) { issues.push({ line: row.line, column: column.key, code: "required" }); ok = false; }
      else if (value.length > column.max) { issues.push({ line: row.line, column: column.key, code: "too_big" }); ok = false; }
    }
    if (!YES.has(values.isSerialised.toLowerCase()) && !NO.has(values.isSerialised.toLowerCase())) { issues.push({ line: row.line, column: "isSerialised", code: "invalid_yes_no" }); ok = false; }
    if (values.partNumber && seen.has(values.partNumber)) { issues.push({ line: row.line, column: "partNumber", code: "duplicate_in_file" }); ok = false; }
    seen.add(values.partNumber);
    if (ok) rows.push({ line: row.line, values });
  }
  const report: PartImportReport = { dryRun: input.dryRun, applied: false, created: 0, updated: 0, unchanged: 0, issues };
  const now = deps.clock.now();
  await deps.db.transaction().execute(async (tx) => {
    for (const { values } of rows) {
      const compatibleModels = values.compatibleModels.split(/[;；、,，\n]/).map((m) => m.trim()).filter(Boolean);
      const existing = await tx.selectFrom("parts").selectAll().where("partNumber", "=", values.partNumber).executeTakeFirst();
      const fields = { vendor: values.vendor, model: values.model || null, description: values.description, compatibleModels };
      if (!existing) {
        report.created++;
        if (!input.dryRun && issues.length === 0) {
          await tx.insertInto("parts").values({ partNumber: values.partNumber, ...fields, compatibleModels: JSON.stringify(compatibleModels), isSerialised: YES.has(values.isSerialised.toLowerCase()), createdAt: now, updatedAt: now }).execute();
        }
      } else if (existing.vendor === fields.vendor && existing.model === fields.model && existing.description === fields.description && JSON.stringify(existing.compatibleModels) === JSON.stringify(compatibleModels)) {
        report.unchanged++;
      } else {
        report.updated++;
        if (!input.dryRun && issues.length === 0) {
          await tx.updateTable("parts").set((eb) => ({ ...fields, compatibleModels: JSON.stringify(compatibleModels), updatedAt: now, version: eb("version", "+", 1) })).where("id", "=", existing.id).execute();
        }
      }
    }
  });
  report.applied = !input.dryRun && issues.length === 0;
  return report;
}

function headerKeys(cells: string[]): (Key | null)[] {
  return cells.map((cell) => {
    const text = cell.trim().toLowerCase();
    return PART_COLUMNS.find((c) => c.zh === cell.trim() || c.en.toLowerCase() === text || c.key.toLowerCase() === text)?.key ?? null;
  });
}
