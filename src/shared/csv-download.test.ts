import fc from "fast-check";
import { buffer } from "node:stream/consumers";
import { describe, expect, it } from "vitest";
import { parseCsv } from "../../test/csv.js";
import { csvDownload } from "./csv-download.js";
import { csvTextCell } from "./spreadsheet-cell.js";

async function write(columns: string[], records: string[][]): Promise<string> {
  const csv = csvDownload(columns);
  for (const record of records) csv.write(record);
  csv.end();
  // Buffer decoding keeps the BOM (a TextDecoder would drop it)
  return (await buffer(csv)).toString("utf8");
}

// the characters CSV and spreadsheets treat specially, often enough to meet each other
const cellText = fc.oneof(fc.string({ unit: "grapheme" }), fc.string({ unit: fc.constantFrom("a", "中", "\n", "\r", '"', ",", "'", "=", "+", "-", "@", "\t", " ") }));

describe(csvDownload.name, () => {
  it("writes a BOM, CRLF records and every field quoted, so a line break inside a cell stays in it", async () => {
    const body = await write(["Subject", "=Note"], [["报修\n=1+2", "a\r@SUM(A1)"], ['say "hi", then', ""]]);
    expect(body).toBe('\uFEFF"Subject","\'=Note"\r\n"报修\n=1+2","a\r@SUM(A1)"\r\n"say ""hi"", then",\r\n');
  });

  it("reads back, as a spreadsheet splits it, exactly the records written, each text cell neutralised", async () => {
    await fc.assert(fc.asyncProperty(fc.array(fc.array(cellText, { minLength: 3, maxLength: 3 }), { maxLength: 20 }), async (records) => {
      const body = await write(["a", "b", "c"], records);
      expect(body.startsWith("\uFEFF")).toBe(true);
      const [header, ...rows] = parseCsv(body.slice(1));
      expect(header).toEqual(["a", "b", "c"]);
      expect(rows).toEqual(records.map((record) => record.map(csvTextCell)));
    }), { numRuns: 200 });
  });
});
