import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { CJK_BOLD, cjkDocument, finishWithPageNumbers, pdfBytes } from "./index.js";

function pdftotext(bytes: Buffer): string {
  const file = join(mkdtempSync(join(tmpdir(), "casedesk-pdf-")), "out.pdf");
  writeFileSync(file, bytes);
  return execFileSync("pdftotext", ["-layout", file, "-"], { encoding: "utf8" });
}

function pdffonts(bytes: Buffer): string {
  const file = join(mkdtempSync(join(tmpdir(), "casedesk-pdf-")), "out.pdf");
  writeFileSync(file, bytes);
  return execFileSync("pdffonts", [file], { encoding: "utf8" });
}

describe("a PDF with Chinese text", () => {
  const bytes = () => pdfBytes(cjkDocument({ title: "月度服务报告", language: "zh-CN" }), (doc) => {
    doc.font(CJK_BOLD).fontSize(18).text("月度服务报告 Monthly service report");
    doc.moveDown().fontSize(11).text("客户：华东电力公司。故障级别一级的响应率 98.5%。");
    doc.addPage().text("第二页");
    finishWithPageNumbers(doc, (page, total) => `第 ${page} 页，共 ${total} 页`);
  });

  it("reads back, Chinese and all, with the font embedded as a subset", async () => {
    const pdf = await bytes();
    const text = pdftotext(pdf);
    expect(text).toContain("月度服务报告 Monthly service report");
    expect(text).toContain("客户：华东电力公司。故障级别一级的响应率 98.5%。");
    expect(text).toContain("第 2 页，共 2 页");
    const fonts = pdffonts(pdf);
    expect(fonts).toMatch(/NotoSansSC/);
    // every font line says "yes" for embedded and subset
    for (const line of fonts.split("\n").slice(2).filter(Boolean)) expect(line).toMatch(/yes\s+yes/);
    expect(pdf.length).toBeLessThan(400_000);
  });
});
