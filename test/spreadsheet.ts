import { execFile } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { delimiter, join } from "node:path";
import { pathToFileURL } from "node:url";
import { promisify } from "node:util";

/**
 * Exports read back by a real spreadsheet program: LibreOffice Calc (Debian's
 * libreoffice-calc-nogui) opens a CSV file and saves it as XLSX, and the sheet is read from the
 * XLSX's XML. Any export's test can call it, XLSX files included (`readXlsx`).
 */

/** `soffice` on the PATH, or undefined when LibreOffice is not installed. */
export const SOFFICE = (process.env.PATH ?? "").split(delimiter).map((dir) => join(dir, "soffice")).find((path) => existsSync(path));

/** A sheet as read back: each row's cells by column (an empty cell is ""), and the cells that hold a formula. */
export type ReadSheet = { rows: string[][]; formulaCells: string[] };

// comma, double quote, UTF-8, from line 1, no per-column formats, default language; then the
// options that matter: quoted fields are NOT forced to text and formulas ARE evaluated, as when
// a user opens the file, so a cell is text only because of what the export wrote
const CSV_IMPORT = "CSV:44,34,76,1,,0,false,false,false,false,false,-1,true";

/** Opens each CSV file in LibreOffice (one run for all, a profile of its own) and reads back its first sheet. */
export async function openCsvInLibreOffice(files: Record<string, string>): Promise<Record<string, ReadSheet>> {
  if (!SOFFICE) throw new Error("LibreOffice (soffice) is not installed");
  const dir = mkdtempSync(join(tmpdir(), "casedesk-soffice-"));
  try {
    const inputs = Object.entries(files).map(([name, body]) => {
      const path = join(dir, `${name}.csv`);
      writeFileSync(path, body, "utf8");
      return path;
    });
    // its own user profile, so parallel runs do not fight over one
    const profile = pathToFileURL(join(dir, "profile")).href;
    await promisify(execFile)(SOFFICE, [`-env:UserInstallation=${profile}`, "--headless", `--infilter=${CSV_IMPORT}`, "--convert-to", "xlsx", "--outdir", join(dir, "out"), ...inputs], { timeout: 120_000 });
    const sheets: Record<string, ReadSheet> = {};
    for (const name of Object.keys(files)) sheets[name] = await readXlsx(join(dir, "out", `${name}.xlsx`));
    return sheets;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The first sheet of an XLSX file: every cell's text (shared, inline or a value) and where formulas are. */
export async function readXlsx(path: string): Promise<ReadSheet> {
  const dir = mkdtempSync(join(tmpdir(), "casedesk-xlsx-"));
  try {
    await promisify(execFile)("unzip", ["-q", "-o", path, "xl/worksheets/sheet1.xml", "xl/sharedStrings.xml", "-d", dir]).catch(async () =>
      // a workbook without text has no sharedStrings.xml
      promisify(execFile)("unzip", ["-q", "-o", path, "xl/worksheets/sheet1.xml", "-d", dir]));
    const sheet = readFileSync(join(dir, "xl/worksheets/sheet1.xml"), "utf8");
    const sharedPath = join(dir, "xl/sharedStrings.xml");
    const shared = existsSync(sharedPath) ? [...readFileSync(sharedPath, "utf8").matchAll(/<si>([\s\S]*?)<\/si>/g)].map(([, si]) => textOf(si!)) : [];
    const rows: string[][] = [];
    const formulaCells: string[] = [];
    for (const [, row] of sheet.matchAll(/<row\b[^>]*>([\s\S]*?)<\/row>/g)) {
      const cells: string[] = [];
      for (const [, attributes, content = ""] of row!.matchAll(/<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
        const ref = /\br="([A-Z]+)\d+"/.exec(attributes!)![1]!;
        const type = /\bt="(\w+)"/.exec(attributes!)?.[1];
        if (/<f\b/.test(content)) formulaCells.push(/\br="(\w+)"/.exec(attributes!)![1]!);
        const value = /<v>([\s\S]*?)<\/v>/.exec(content)?.[1];
        cells[columnIndex(ref)] = type === "s" ? shared[Number(value)]! : type === "inlineStr" ? textOf(content) : decodeXml(value ?? "");
      }
      rows.push(Array.from(cells, (cell) => cell ?? ""));
    }
    return { rows, formulaCells };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const columnIndex = (letters: string) => [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
const textOf = (xml: string) => [...xml.matchAll(/<t\b[^>]*>([\s\S]*?)<\/t>/g)].map(([, t]) => decodeXml(t!)).join("");

// XML entities, then OOXML's _xHHHH_ escapes of control characters
function decodeXml(text: string): string {
  return text
    .replace(/&#(\d+);/g, (_m, code: string) => String.fromCodePoint(Number(code)))
    .replace(/&#x([0-9a-f]+);/gi, (_m, code: string) => String.fromCodePoint(Number.parseInt(code, 16)))
    .replace(/&(lt|gt|quot|apos);/g, (_m, name: string) => ({ lt: "<", gt: ">", quot: '"', apos: "'" })[name]!)
    .replace(/&amp;/g, "&")
    .replace(/_x([0-9A-F]{4})_/g, (_m, code: string) => String.fromCharCode(Number.parseInt(code, 16)));
}
