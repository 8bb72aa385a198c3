import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { csvTextCell, xlsxCellValue } from "./spreadsheet-cell.js";

const FORMULA_START = ["=", "+", "-", "@", "\t", "\r", "＝", "＋", "－", "＠"];

describe(csvTextCell.name, () => {
  it("puts an apostrophe before text that starts like a formula, and leaves other text alone", () => {
    expect(["=1+2", "+cmd", "-2+3", "@SUM(A1)", "\tx", "\rx", "＝1+2", '=HYPERLINK("http://evil.example","点我")'].map(csvTextCell))
      .toEqual(["'=1+2", "'+cmd", "'-2+3", "'@SUM(A1)", "'\tx", "'\rx", "'＝1+2", `'=HYPERLINK("http://evil.example","点我")`]);
    expect(["硬盘故障", "a=b", "报修\n=1+2", "", "'quoted", " =1"].map(csvTextCell)).toEqual(["硬盘故障", "a=b", "报修\n=1+2", "", "'quoted", " =1"]);
  });

  it("never returns text that starts like a formula, and adds at most the apostrophe", () => {
    fc.assert(fc.property(fc.oneof(fc.string(), fc.constantFrom(...FORMULA_START).chain((start) => fc.string().map((rest) => start + rest))), (text) => {
      const cell = csvTextCell(text);
      expect(FORMULA_START.includes(cell[0] ?? "")).toBe(false);
      expect(cell === text || cell === `'${text}`).toBe(true);
    }));
  });
});

describe(xlsxCellValue.name, () => {
  it("neutralises text like a CSV cell and keeps numbers, booleans and dates typed", () => {
    const at = new Date("2026-11-30T09:05:09Z");
    expect([xlsxCellValue("=1+2"), xlsxCellValue("硬盘"), xlsxCellValue(-2), xlsxCellValue(true), xlsxCellValue(at), xlsxCellValue(null), xlsxCellValue(undefined)])
      .toEqual(["'=1+2", "硬盘", -2, true, at, null, null]);
  });
});
