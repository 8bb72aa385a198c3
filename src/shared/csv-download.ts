import { stringify, type Stringifier } from "csv-stringify";
import { csvTextCell } from "./spreadsheet-cell.js";

/**
 * A CSV file to download, as RFC 4180 has it and Excel opens it: UTF-8 with a BOM (or Excel
 * guesses the ANSI code page and garbles Chinese), CRLF between records, every field quoted, and
 * every text cell, the header's too, through `csvTextCell`.
 */
export function csvDownload(columns: readonly string[]): Stringifier {
  return stringify({
    bom: true,
    header: true,
    columns: [...columns],
    record_delimiter: "\r\n",
    // with a record delimiter of its own, csv-stringify quotes a field only when it holds that
    // whole delimiter: a lone LF or CR went out bare, and a spreadsheet started a new row there
    quoted: true,
    cast: { string: (text) => csvTextCell(text) },
  });
}
