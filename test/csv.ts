/**
 * A CSV body split into records of cells, read the way a spreadsheet reads it: quotes and doubled
 * quotes as RFC 4180 has them, and CRLF, a lone LF or a lone CR outside quotes each end a record
 * (so a field that should have been quoted shows up as an extra row, as it would in Excel).
 */
export function parseCsv(body: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  const endCell = () => {
    row.push(cell);
    cell = "";
  };
  const endRow = () => {
    endCell();
    rows.push(row);
    row = [];
  };
  for (let i = 0; i < body.length; i++) {
    const ch = body[i]!;
    if (quoted) {
      if (ch === '"' && body[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") endCell();
    else if (ch === "\r" || ch === "\n") {
      endRow();
      if (ch === "\r" && body[i + 1] === "\n") i++;
    } else cell += ch;
  }
  if (cell || row.length) endRow();
  return rows;
}
