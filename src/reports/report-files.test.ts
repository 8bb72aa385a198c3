import { execFile, execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { promisify } from "node:util";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { buildKnownMonth } from "../../test/known-month.js";
import { as, caseInput, useWorld, type TestApp, type World } from "../../test/helpers.js";
import { SOFFICE } from "../../test/spreadsheet.js";
import { monthlyReport } from "./monthly-report.js";

let t: TestApp;
let w: World;
useWorld((app, world) => {
  t = app;
  w = world;
});

const binary = { "accept-language": "zh-CN" };
const download = async (url: string, token: string, headers: Record<string, string> = binary) => {
  const response = await t.server.inject({ method: "GET", url, headers: { authorization: `Bearer ${token}`, ...headers } });
  return { status: response.statusCode, headers: response.headers, bytes: response.rawPayload };
};
const workbook = async (bytes: Buffer) => {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(bytes as unknown as ArrayBuffer);
  return book;
};
/** A sheet's rows as arrays of cell values (row 1 the header). */
const rowsOf = (book: ExcelJS.Workbook, name: string) => {
  const sheet = book.getWorksheet(name);
  if (!sheet) throw new Error(`no sheet ${name}: ${book.worksheets.map((s) => s.name).join(", ")}`);
  const rows: unknown[][] = [];
  sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  return rows;
};
const pdftotext = (bytes: Buffer) => {
  const dir = mkdtempSync(join(tmpdir(), "casedesk-report-"));
  try {
    writeFileSync(join(dir, "r.pdf"), bytes);
    return execFileSync("pdftotext", ["-layout", join(dir, "r.pdf"), "-"], { encoding: "utf8" });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
};

describe("the report files give the API's figures", () => {
  let cases: Record<string, { id: string; number: string }>;
  it("builds the month", async () => {
    cases = await buildKnownMonth(t, w);
  }, 240_000);

  it("the workbook: typed numbers and dates, headers in the reader's language, the same figures", async () => {
    const file = await download(`/api/v1/reports/monthly.xlsx?customerId=${w.acme.id}&month=2026-12`, w.users.manager.token);
    expect(file.status).toBe(200);
    expect(file.headers["content-disposition"]).toBe('attachment; filename="report-2026-12.xlsx"');
    const book = await workbook(file.bytes);
    expect(rowsOf(book, "概览")).toEqual(expect.arrayContaining([["新建 Case", 7], ["关闭 Case", 7], ["期末未结 Case", 1], ["上门次数", 1], ["现场工时（小时）", 2], ["已发调查", 7]]));
    // the trend as of December, though F was reopened in January: opened 7, closed 7 (F among them), open at the end 1
    expect(rowsOf(book, "未结趋势")).toContainEqual(["2026-12", 7, 7, 1]);
    const times = rowsOf(book, "响应与解决时间");
    expect(times[0]).toEqual(["指标", "故障级别", "计量数", "中位数（分钟）", "90 分位（分钟）", "最大值（分钟）"]);
    expect(times).toContainEqual(["首次响应", "全部", 7, 20, 40, 40]);
    expect(times).toContainEqual(["解决", "全部", 8, 120, 2700, 2700]);
    expect(rowsOf(book, "SLA 达成率")).toContainEqual(["首次响应", "全部", 7, 5, 2, 71.4]);
    const breaches = rowsOf(book, "超时明细");
    expect(breaches).toHaveLength(4);
    // the breach instant as a date cell showing Shanghai's wall clock (Sat 12 Dec 09:10)
    expect(breaches[1]).toEqual([cases.C!.number, "已知月份 C", "S1 系统宕机", "首次响应", new Date("2026-12-12T09:10:00Z"), new Date("2026-12-12T09:10:00Z")]);
    expect(rowsOf(book, "分类统计")).toContainEqual(["Case 类型", "软件", 1, 1]);

    const english = await workbook((await download(`/api/v1/reports/monthly.xlsx?customerId=${w.acme.id}&month=2026-12`, w.users.manager.token, { "accept-language": "en" })).bytes);
    expect(rowsOf(english, "SLA compliance")[0]).toEqual(["Measure", "Fault level", "Measured", "Met", "Breached", "Compliance %"]);
  });

  it("the PDF: Chinese text and the same figures", async () => {
    const file = await download(`/api/v1/reports/monthly.pdf?customerId=${w.acme.id}&month=2026-12`, w.users.customerA.token);
    expect(file.status).toBe(200);
    expect(file.headers["content-type"]).toBe("application/pdf");
    const text = pdftotext(file.bytes);
    expect(text).toContain("月度服务报告");
    expect(text).toContain(w.acme.name);
    expect(text).toMatch(/新建 Case\s+7/);
    // F, closed in December and reopened in January, is still closed in December's file
    expect(text).toMatch(/关闭 Case\s+7/);
    expect(text).toMatch(/期末未结 Case\s+1/);
    expect(text).toMatch(/2026-12\s+7\s+7\s+1/);
    expect(text).toMatch(/首次响应 · 全部\s+7\s+20 分钟\s+40 分钟\s+40 分钟/);
    expect(text).toMatch(/解决 · 全部\s+8\s+2 小时 00 分钟\s+45 小时 00 分钟\s+45 小时 00 分钟/);
    expect(text).toMatch(/首次响应 · 全部\s+7\s+5\s+2\s+71.4%/);
    expect(text).toContain(cases.F!.number);
    expect(text).toMatch(/2026-12-17 13:00/);
    expect(text).toContain("响应很快，工程师专业。");
    // both sections provided by their modules (the known month has neither jobs nor RMAs)
    expect(text).toMatch(/预防性维护[\s\S]*应做\s+0/);
    expect(text).toMatch(/备件返修（RMA）[\s\S]*新建 RMA\s+0/);
    expect(text).not.toContain("暂无数据");
    expect((await download(`/api/v1/reports/monthly.pdf?customerId=${w.beta.id}&month=2026-12`, w.users.customerA.token)).status).toBe(404);
  });

  it("the centre report breaks the month down by engineer, vendor and dispatcher", async () => {
    const manager = as(t, w.users.manager.token);
    const r = (await manager.get("/api/v1/reports/centre?month=2026-12")).body;
    expect(r.opened.total).toBe(8);
    const engineer = r.byEngineer.find((e: { userId: string }) => e.userId === w.users.engineer.id);
    // H, left unanswered by engineer2, was handed on at 45 minutes by the response ladder to engineer; so
    // engineer holds A B C D F G H (G and H open) and engineer2 holds E; response cycles ended: engineer's
    // A B C D E1 F G, engineer2's H1 (45 min, when it lapsed) and E2 (20 min)
    expect(engineer).toMatchObject({ name: "engineer", opened: 7, openAtEnd: 2, visits: 1, surveys: 1, overall: 4 });
    expect(engineer.response.count).toBe(7);
    const engineer2 = r.byEngineer.find((e: { userId: string }) => e.userId === w.users.engineer2.id);
    expect(engineer2).toMatchObject({ opened: 1, openAtEnd: 0 });
    expect(engineer2.response).toEqual({ count: 2, medianMs: 32.5 * 60_000, p90Ms: 45 * 60_000, maxMs: 45 * 60_000 });
    expect(r.byVendor).toEqual([
      { vendor: "IBM", opened: 6, closed: 6, vendorRequests: 0, rmaOpened: 0, rmaMedianTurnaroundMs: null },
      { vendor: "HPE", opened: 2, closed: 1, vendorRequests: 0, rmaOpened: 0, rmaMedianTurnaroundMs: null },
    ]);
    // the dispatcher opened all eight; first responses judged in December: customer A's 7 (C and E breached) and
    // H's, never given and breached at 13:30 on the 7th (7×24, one hour): 5 of 8
    expect(r.byDispatcher).toEqual([{ userId: w.users.dispatcher.id, name: "dispatcher", opened: 8, firstResponseMet: 62.5 }]);
    const book = await workbook((await download("/api/v1/reports/centre.xlsx?from=2026-11&to=2026-12", w.users.manager.token)).bytes);
    expect(rowsOf(book, "按工程师")[0]![0]).toBe("工程师");
    expect(rowsOf(book, "按厂商")).toContainEqual(["IBM", 7, 6, 0, 0]);
  });

  it("plugs in the maintenance and RMA sections when a module provides them", async () => {
    const report = await monthlyReport(t.deps, {
      maintenance: async (_deps, query) => ({ due: query.customerId === w.acme.id ? 3 : 0, deliveredOnTime: 2, late: 1 }),
      rma: async () => ({ opened: 2, closed: 1, turnaround: { medianMs: 3 * 86_400_000, maxMs: 3 * 86_400_000 } }),
    }, { actor: { kind: "system", id: null, role: "system", customerId: null, name: "test" }, customerId: w.acme.id, fromMonth: "2026-12", toMonth: "2026-12" });
    expect(report.maintenance).toEqual({ available: true, due: 3, deliveredOnTime: 2, late: 1 });
    expect(report.rma).toMatchObject({ available: true, opened: 2 });
  });

  it("exports a case search as a workbook a spreadsheet program opens, with no formula from the data", async () => {
    await as(t, w.users.dispatcher.token).post("/api/v1/cases", caseInput({ subject: "=HYPERLINK(\"http://evil.example\",\"点我\")", caller: { name: "李娜", phone: "021-68881234", contractNo: "HT-2026-002" } }));
    const file = await download("/api/v1/cases/export.xlsx?q=HYPERLINK", w.users.manager.token);
    expect(file.status).toBe(200);
    const rows = rowsOf(await workbook(file.bytes), "Case 列表");
    expect(rows[0]!.slice(0, 3)).toEqual(["Case号", "主题", "状态"]);
    expect(rows[1]![1]).toBe("'=HYPERLINK(\"http://evil.example\",\"点我\")");
    expect(rows[1]![12]).toBeInstanceOf(Date);
    const all = rowsOf(await workbook((await download(`/api/v1/cases/export.xlsx?customerId=${w.acme.id}`, w.users.manager.token)).bytes), "Case 列表");
    expect(all.length).toBe(1 + 8); // O and A–G
    expect(all.map((row) => row[0])).toContain(cases.G!.number);

    if (!SOFFICE) throw new Error("LibreOffice (soffice) is needed to prove a spreadsheet program reads the file");
    const dir = mkdtempSync(join(tmpdir(), "casedesk-soffice-"));
    try {
      writeFileSync(join(dir, "cases.xlsx"), file.bytes);
      const report = await download(`/api/v1/reports/monthly.xlsx?customerId=${w.acme.id}&month=2026-12`, w.users.manager.token);
      writeFileSync(join(dir, "report.xlsx"), report.bytes);
      await promisify(execFile)(SOFFICE, [`-env:UserInstallation=${pathToFileURL(join(dir, "profile")).href}`, "--headless", "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76", "--outdir", join(dir, "out"), join(dir, "cases.xlsx"), join(dir, "report.xlsx")], { timeout: 180_000 });
      const casesCsv = readFileSync(join(dir, "out", "cases.csv"), "utf8");
      expect(casesCsv).toContain("'=HYPERLINK");
      expect(casesCsv.split("\n")[0]).toContain("Case号");
      const reportCsv = readFileSync(join(dir, "out", "report.csv"), "utf8");
      expect(reportCsv).toMatch(/新建 Case,7/);
      expect(reportCsv).toContain(w.acme.name);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 240_000);
});
