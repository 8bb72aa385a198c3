import { buffer } from "node:stream/consumers";
import { describe, expect, it } from "vitest";
import { parseCsv } from "../../test/csv.js";
import { as, caseInput, useWorld, type TestApp, type World } from "../../test/helpers.js";
import { openCsvInLibreOffice, SOFFICE } from "../../test/spreadsheet.js";
import { csvDownload } from "../shared/csv-download.js";

// the export opened in LibreOffice Calc, as a user opens it: formulas evaluated, quoted fields not forced to text
const isCi = process.env.CI === "true";

let t: TestApp;
let w: World;
useWorld((app, world) => {
  t = app;
  w = world;
});

const HOSTILE_SUBJECTS = [
  "报修\n=1+2",
  "存储告警\r=1+2",
  "+cmd|' /C calc'!A0",
  "-2+3",
  "@SUM(A1)",
  '=HYPERLINK("http://evil.example","点我")',
  '交换机端口闪断, "Te1/0/1"',
  "服务器宕机，机房断电",
];

const written = async (columns: string[], records: string[][]) => {
  const csv = csvDownload(columns);
  for (const record of records) csv.write(record);
  csv.end();
  return (await buffer(csv)).toString("utf8");
};

// Calc keeps a cell's line breaks as LF
const asCalcReadsIt = (rows: string[][], width: number) => rows.map((row) => Array.from({ length: width }, (_, i) => (row[i] ?? "").replace(/\r\n?/g, "\n")));

if (!SOFFICE && isCi) {
  it("has LibreOffice to open the exports", () => {
    throw new Error("CI=true and there is no soffice on the PATH: .ci/run installs it (apt-get install libreoffice-calc-nogui)");
  });
}
if (!SOFFICE && !isCi) it.skip("opens the exports in LibreOffice: skipped, no soffice on the PATH (apt-get install libreoffice-calc-nogui)", () => undefined);

describe.skipIf(!SOFFICE)("the CSV export opened in LibreOffice Calc", () => {
  it("has a row per case and a cell per column, no formula anywhere, every hostile text read back as written", async () => {
    const dispatcher = as(t, w.users.dispatcher.token);
    for (const subject of HOSTILE_SUBJECTS) {
      const created = await dispatcher.post("/api/v1/cases", caseInput({ vendor: "Inspur", subject, caller: { name: "张伟\n@SUM(A1)", phone: "13800138000", contractNo: "HT-2026-001" } }));
      expect(created.status).toBe(201);
      t.clock.advance(60_000);
    }
    const exported = await t.server.inject({ method: "GET", url: "/api/v1/cases/export.csv?vendor=Inspur&sort=createdAt", headers: { authorization: `Bearer ${w.users.manager.token}` } });
    expect(exported.statusCode).toBe(200);
    const csvRows = parseCsv(exported.body.replace(/^\uFEFF/, ""));

    // the writer itself, with what no case field can hold (fields are trimmed): a leading TAB, CR or LF, a full-width ＝
    const edges = [["\t=1+2", "\r=1+2", "\n=1+2", "＝1+2"]];
    const edgeFile = await written(["a", "b", "c", "d"], edges);
    // the control, written as the export used to write it (a bare LF): Calc must split the row and
    // run the formula, or this test proves nothing
    const control = '"a"\r\n报修\n=1+2\r\n';

    const sheets = await openCsvInLibreOffice({ cases: exported.rawPayload.toString("utf8"), edges: edgeFile, control });

    const cases = sheets.cases!;
    expect(cases.formulaCells).toEqual([]);
    expect(cases.rows).toHaveLength(1 + HOSTILE_SUBJECTS.length);
    expect(asCalcReadsIt(cases.rows, 16)).toEqual(asCalcReadsIt(csvRows, 16));
    expect(cases.rows.slice(1).map((row) => row[1])).toEqual([
      "报修\n=1+2", "存储告警\n=1+2", "'+cmd|' /C calc'!A0", "'-2+3", "'@SUM(A1)", `'=HYPERLINK("http://evil.example","点我")`, '交换机端口闪断, "Te1/0/1"', "服务器宕机，机房断电",
    ]);
    expect(cases.rows[1]![9]).toBe("张伟\n@SUM(A1)");

    expect(sheets.edges!.formulaCells).toEqual([]);
    expect(sheets.edges!.rows).toEqual([["a", "b", "c", "d"], ["'\t=1+2", "'\n=1+2", "\n=1+2", "'＝1+2"]]);

    expect(sheets.control!.rows).toHaveLength(3);
    expect(sheets.control!.formulaCells).toEqual(["A3"]);
  }, 180_000);
});
