/**
 * Cells of every export a spreadsheet opens (CSV today, XLSX later): text that starts like a
 * formula gets a leading apostrophe, OWASP's advice against CSV injection, so Excel, LibreOffice
 * and WPS show it as text instead of running it. Every export writes its cells through here.
 */

// = + - @ start a formula; TAB and CR are what Excel skips before one. The full-width forms are
// what a Chinese input method types, and Apple Numbers reads them as the ASCII ones.
const FORMULA_START = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;

const neutralise = (text: string) => (FORMULA_START.test(text) ? `'${text}` : text);

/** A CSV text cell: with a leading `'` when it starts like a formula, otherwise as it is. */
export function csvTextCell(text: string): string {
  return neutralise(text);
}

export type XlsxCellValue = string | number | boolean | Date | null;

/**
 * An XLSX cell's value: numbers, booleans and dates keep their type; text is neutralised like a
 * CSV cell. An XLSX string cell is never a formula, but a user who edits it and presses Enter
 * would make it one, and the same text should read the same in both formats.
 */
export function xlsxCellValue(value: XlsxCellValue | undefined): XlsxCellValue {
  if (value === undefined) return null;
  return typeof value === "string" ? neutralise(value) : value;
}
