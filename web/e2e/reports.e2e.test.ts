import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { apiAs, type E2eWorld, hasBrowser, requireBrowserUnderCi, SCREENSHOT_DIR, signIn, signOut, useBrowserWorld } from "./harness.js";

requireBrowserUnderCi();

const SLOW_MS = 60_000;
const TEST_MS = 300_000;

/** Clicks a download link and returns the file's bytes and name. */
async function download(page: Page, name: RegExp): Promise<{ bytes: Buffer; filename: string }> {
  const dir = mkdtempSync(join(tmpdir(), "casedesk-download-"));
  try {
    const [file] = await Promise.all([page.waitForEvent("download", { timeout: SLOW_MS }), page.getByRole("link", { name }).click()]);
    const path = join(dir, file.suggestedFilename());
    await file.saveAs(path);
    return { bytes: readFileSync(path), filename: file.suggestedFilename() };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const pdftotext = (bytes: Buffer) => {
  const dir = mkdtempSync(join(tmpdir(), "casedesk-pdf-"));
  try {
    const path = join(dir, "r.pdf");
    writeFileSync(path, bytes);
    return execFileSync("pdftotext", ["-layout", path, "-"], { encoding: "utf8" });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
};

const workbookOf = async (bytes: Buffer) => {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(bytes as unknown as ArrayBuffer);
  return book;
};
/** A sheet's rows as arrays of cell values. */
const rowsOf = (book: ExcelJS.Workbook, name: string) => {
  const rows: unknown[][] = [];
  book.getWorksheet(name)!.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  return rows;
};

describe.skipIf(!hasBrowser)("reports in the browser", () => {
  let world: E2eWorld;
  useBrowserWorld((received) => (world = received));

  it("a manager opens the reports screen, picks a customer's contract and downloads its workbook and PDF", async () => {
    const base = world.server.base;
    const page = await world.browser.newPage();
    await signIn(page, base, "manager@demo.casedesk.cn");
    await page.getByRole("link", { name: "服务报告" }).click();
    await page.waitForURL(/\/reports$/);
    await expect.poll(() => page.getByText("新建 Case").count(), { timeout: SLOW_MS }).toBeGreaterThan(0);
    await expect.poll(() => page.locator("[role=img] svg").count(), { timeout: SLOW_MS }).toBeGreaterThanOrEqual(4);
    expect(await page.getByText("按工程师").count()).toBeGreaterThan(0);
    // no raw code on the screen
    const text = await page.locator("main").innerText();
    expect(text).not.toMatch(/\bfirst_response\b|\bhardware\b|\bwaiting_customer\b/);

    const centreBook = await download(page, /下载 Excel/);
    expect(centreBook.filename).toMatch(/^centre-report-\d{4}-\d{2}\.xlsx$/);
    const book = await workbookOf(centreBook.bytes);
    expect(book.worksheets.map((s) => s.name)).toEqual(expect.arrayContaining(["概览", "SLA 达成率", "按工程师", "按厂商"]));

    // a customer, then one of its contracts: the picker offers that customer's contracts only
    const admin = await apiAs(base, "admin@demo.casedesk.cn");
    const customers = await admin.get<{ items: Array<{ id: string; name: string }> }>("/customers?limit=5");
    const company = customers.items[0]!;
    const contracts = (await admin.get<{ contracts: Array<{ id: string; contractNo: string }> }>(`/customers/${company.id}`)).contracts;
    const contract = contracts[0]!;
    await page.getByRole("combobox", { name: "客户" }).click();
    await page.locator(".ant-select-item-option").filter({ hasText: company.name }).click();
    await page.getByRole("combobox", { name: "合同" }).click();
    const offered = page.locator(".ant-select-dropdown:visible .ant-select-item-option");
    await expect.poll(() => offered.count(), { timeout: SLOW_MS }).toBe(contracts.length);
    await offered.filter({ hasText: contract.contractNo }).click();
    await expect.poll(() => page.getByText(`合同 ${contract.contractNo}`).count(), { timeout: SLOW_MS }).toBeGreaterThan(0);
    if (SCREENSHOT_DIR) await page.screenshot({ path: join(SCREENSHOT_DIR, "reports.png"), fullPage: false });

    // the files follow the selection, and give the screen's (the API's) figures
    const month = new URL((await page.getByRole("link", { name: /下载 PDF/ }).getAttribute("href"))!, base).searchParams.get("from");
    const api = await apiAs(base, "manager@demo.casedesk.cn");
    const report = await api.get<{ opened: { total: number }; closed: { total: number }; backlog: { atEnd: number } }>(`/reports/monthly?customerId=${company.id}&contractId=${contract.id}&month=${month}`);
    const contractBook = await download(page, /下载 Excel/);
    expect(contractBook.filename).toMatch(/^report-\d{4}-\d{2}\.xlsx$/);
    const summary = rowsOf(await workbookOf(contractBook.bytes), "概览");
    expect(summary).toEqual(expect.arrayContaining([["客户", company.name], ["合同", contract.contractNo],
      ["新建 Case", report.opened.total], ["关闭 Case", report.closed.total], ["期末未结 Case", report.backlog.atEnd]]));
    const pdf = await download(page, /下载 PDF/);
    expect(pdf.filename).toMatch(/^report-\d{4}-\d{2}\.pdf$/);
    const pdfText = pdftotext(pdf.bytes);
    expect(pdfText).toContain("月度服务报告");
    expect(pdfText).toContain(company.name);
    expect(pdfText).toContain(`合同: ${contract.contractNo}`);
    expect(pdfText).toMatch(new RegExp(`新建 Case\\s+${report.opened.total}\\b`));
    expect(pdfText).toMatch(new RegExp(`关闭 Case\\s+${report.closed.total}\\b`));
    await page.close();
  }, TEST_MS);

  it("a customer downloads its own monthly report in the portal, and no other company's", async () => {
    const base = world.server.base;
    const admin = await apiAs(base, "admin@demo.casedesk.cn");
    const customers = await admin.get<{ items: Array<{ id: string; name: string }> }>("/customers?limit=5");
    const [mine, other] = customers.items;
    const detail = await admin.get<{ contacts: Array<{ email: string | null; isDesignated: boolean }> }>(`/customers/${mine!.id}`);
    const login = detail.contacts.find((c) => c.isDesignated)!.email!;

    const page = await world.browser.newPage();
    await signOut(page);
    await signIn(page, base, login);
    await page.getByRole("link", { name: "月度报告" }).click();
    await page.waitForURL(/\/portal\/reports$/);
    await expect.poll(() => page.getByText(mine!.name).count(), { timeout: SLOW_MS }).toBeGreaterThan(0);
    if (SCREENSHOT_DIR) await page.screenshot({ path: join(SCREENSHOT_DIR, "portal-reports.png") });
    const pdf = await download(page, /下载 PDF/);
    const text = pdftotext(pdf.bytes);
    expect(text).toContain(mine!.name);
    expect(text).not.toContain(other!.name);
    const foreign = await page.evaluate(async (id) => (await fetch(`/api/v1/reports/monthly.pdf?customerId=${id}`)).status, other!.id);
    expect(foreign).toBe(404);
    await page.close();
  }, TEST_MS);
});
