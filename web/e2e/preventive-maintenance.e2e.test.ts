import { execFileSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { repoRoot } from "../../test/child-server.js";
import { apiAs, type E2eWorld, hasBrowser, requireBrowserUnderCi, SCREENSHOT_DIR, signIn, signOut, useBrowserWorld } from "./harness.js";

requireBrowserUnderCi();

const SLOW_MS = 45_000;
const NMON = join(repoRoot, "src", "maintenance", "fixtures", "aix-layout-handmade.nmon");

type Customer = { id: string; name: string; contacts: Array<{ email: string | null; isDesignated: boolean }>; contracts: Array<{ id: string; contractNo: string; equipment: Array<{ id: string; model: string }> }> };
type Job = { id: string; number: string; planId: string; status: string; customerName: string };

/**
 * Preventive maintenance end to end in the browser: an admin sets up a plan and the month's job
 * opens; the engineer works the checklist on a phone, uploads an nmon file, sees the findings,
 * builds and delivers the report; the customer downloads it in the portal.
 */
describe.skipIf(!hasBrowser)("preventive maintenance in the web UI", () => {
  let world: E2eWorld;
  useBrowserWorld((received) => (world = received));

  it("plan → job opened → checklist → upload → findings → report → delivered → the customer downloads it", { timeout: 400_000 }, async () => {
    const base = world.server.base;
    const admin = await apiAs(base, "admin@demo.casedesk.cn");
    // a demo company with no plan yet (the demo plans cover the first two)
    const companies = await admin.get<{ items: Array<{ id: string; name: string }> }>("/customers?limit=50");
    const plans = await admin.get<{ items: Array<{ customerId: string }> }>("/maintenance-plans");
    const free = companies.items.find((c) => !plans.items.some((p) => p.customerId === c.id))!;
    const company = await admin.get<Customer>(`/customers/${free.id}`);
    const contract = company.contracts[0]!;
    const customerLogin = company.contacts.find((c) => c.isDesignated)!.email!;

    const page = await world.browser.newPage();
    await signIn(page, base, "admin@demo.casedesk.cn");
    await page.goto(`${base}/maintenance/plans`);
    await page.getByRole("button", { name: "新建维护计划" }).click();
    const dialog = page.getByRole("dialog", { name: "新建维护计划" });
    await dialog.getByRole("combobox", { name: "客户" }).click();
    await page.locator(".ant-select-item-option").filter({ hasText: company.name }).click();
    await dialog.getByRole("combobox", { name: "合同" }).click();
    await page.locator(".ant-select-item-option").filter({ hasText: contract.contractNo }).click();
    await dialog.getByRole("checkbox").first().check();
    await dialog.getByRole("combobox", { name: "负责工程师" }).click();
    await page.locator(".ant-select-item-option").filter({ hasText: "王磊" }).click();
    await dialog.getByRole("button", { name: /创\s*建/ }).click();
    await page.getByText("维护计划已创建，本期工单已生成").waitFor({ timeout: SLOW_MS });
    const job = await expect.poll(async () => (await admin.get<{ items: Job[] }>("/maintenance-jobs?limit=200")).items.find((j) => j.customerName === company.name), { timeout: SLOW_MS }).toBeDefined()
      .then(async () => (await admin.get<{ items: Job[] }>("/maintenance-jobs?limit=200")).items.find((j) => j.customerName === company.name)!);
    expect(job.status).toBe("open");
    await signOut(page);

    // the engineer on a phone: the checklist, item by item
    const phone = await world.browser.newPage({ width: 375, height: 800 });
    await signIn(phone, base, "engineer1@demo.casedesk.cn");
    await phone.goto(`${base}/maintenance`);
    await phone.getByRole("link", { name: job.number }).click();
    await phone.getByRole("heading", { name: `维护工单 ${job.number}` }).waitFor({ timeout: SLOW_MS });
    const items = phone.locator(".ant-list-item").filter({ has: phone.getByText("正常", { exact: true }) });
    const count = await items.count();
    expect(count).toBe(7);
    for (let i = 0; i < count; i++) {
      await items.nth(i).getByText("正常", { exact: true }).click();
      await expect.poll(async () => (await admin.get<{ checklist: Array<{ result: string | null }> }>(`/maintenance-jobs/${job.id}`)).checklist[i]!.result, { timeout: SLOW_MS }).toBe("ok");
    }
    // nothing on the phone's page is wider than the screen
    expect(await phone.evaluate<number>("document.documentElement.scrollWidth")).toBeLessThanOrEqual(375);
    if (SCREENSHOT_DIR) await phone.screenshot({ path: join(SCREENSHOT_DIR, "maintenance-checklist-phone.png"), fullPage: true });
    await signOut(phone);

    // on the desk: the nmon file, the findings, the report built and delivered
    await signIn(page, base, "engineer1@demo.casedesk.cn");
    await page.goto(`${base}/maintenance/jobs/${job.id}`);
    await page.locator("input[type=file]").setInputFiles(NMON);
    await page.getByText(/已读取 \d+ 个数据点/).waitFor({ timeout: SLOW_MS });
    await page.getByText("CPU 持续繁忙", { exact: true }).waitFor({ timeout: SLOW_MS });
    await page.getByText("文件系统将满 · /oracle").waitFor();
    await page.getByRole("img", { name: "CPU 使用率" }).waitFor();
    await page.getByRole("textbox", { name: "总体结论" }).fill("系统运行稳定，/oracle 文件系统需扩容。");
    await page.getByRole("button", { name: "生成报告并签字" }).click();
    await page.getByText("报告已生成").waitFor({ timeout: SLOW_MS });
    if (SCREENSHOT_DIR) await page.screenshot({ path: join(SCREENSHOT_DIR, "maintenance-job.png"), fullPage: true });
    await page.getByRole("button", { name: "交付客户" }).click();
    await page.getByText("报告已发送给客户").waitFor({ timeout: SLOW_MS });
    expect((await admin.get<Job>(`/maintenance-jobs/${job.id}`)).status).toBe("delivered");
    await signOut(page);

    // the customer finds it in the portal and downloads the PDF
    await signIn(page, base, customerLogin);
    await page.goto(`${base}/portal/maintenance`);
    await page.getByRole("heading", { name: "维护报告" }).waitFor();
    const downloading = page.waitForEvent("download");
    await page.getByRole("link", { name: /下载报告/ }).first().click();
    const download = await downloading;
    const saved = join(mkdtempSync(join(tmpdir(), "casedesk-pm-e2e-")), "report.pdf");
    await download.saveAs(saved);
    const text = execFileSync("pdftotext", ["-layout", saved, "-"], { encoding: "utf8" });
    expect(text).toContain("系统性能分析维护报告");
    expect(text).toContain(company.name);
    expect(text).toContain("CPU 持续繁忙");
  });

  it("an engineer logs a proactive call on a phone and sees it per engineer and per customer; the board's counts open their jobs", { timeout: 300_000 }, async () => {
    const base = world.server.base;
    const admin = await apiAs(base, "admin@demo.casedesk.cn");
    // the demo's plan asking for a monthly call (its customer has had none this month)
    const plans = await admin.get<{ items: Array<{ customerId: string; customerName: string; asksMonthlyCall: boolean }> }>("/maintenance-plans");
    const calling = plans.items.find((p) => p.asksMonthlyCall)!;
    const company = await admin.get<{ id: string; name: string; contacts: Array<{ name: string }> }>(`/customers/${calling.customerId}`);
    const today = new Date().toLocaleDateString("sv-SE", { timeZone: "Asia/Shanghai" });
    const summary = "客户来电：存储扩容后业务高峰响应正常，约定下周复查 /oracle 使用率";

    // the pages share one browser: whoever the test before left signed in is signed out
    await world.browser.context.clearCookies();
    const phone = await world.browser.newPage({ width: 375, height: 800 });
    await signIn(phone, base, "engineer1@demo.casedesk.cn");
    await phone.goto(`${base}/maintenance/calls`);
    await phone.getByRole("heading", { name: "主动回访", level: 1 }).waitFor();
    // the plan's call is due and not yet made: on screen before anyone is reminded
    const due = phone.getByLabel("本期待回访");
    await due.getByText(company.name).waitFor({ timeout: SLOW_MS });
    if (SCREENSHOT_DIR) await phone.screenshot({ path: join(SCREENSHOT_DIR, "maintenance-calls-due-phone.png"), fullPage: true });
    await due.getByRole("button", { name: `记录 ${company.name}` }).click();
    const dialog = phone.getByRole("dialog", { name: "记录主动回访" });
    // the contact is picked from that customer's own contacts
    await dialog.getByRole("combobox", { name: "联系人" }).click();
    const options = phone.locator(".ant-select-dropdown:visible .ant-select-item-option");
    await expect.poll(() => options.count(), { timeout: SLOW_MS }).toBe(company.contacts.length);
    await options.filter({ hasText: company.contacts[0]!.name }).first().click();
    await dialog.getByText("来电", { exact: true }).click();
    await dialog.getByRole("textbox", { name: "通话内容" }).fill(summary);
    await dialog.getByRole("textbox", { name: "跟进日期" }).fill(today);
    await dialog.getByRole("textbox", { name: "跟进日期" }).press("Enter");
    await dialog.getByRole("button", { name: /保\s*存/ }).click();
    await phone.getByText("回访已记录").waitFor({ timeout: SLOW_MS });

    // per engineer (one's own): the call, its follow-up due today in red; the due call gone
    const mine = phone.getByRole("listitem").filter({ hasText: summary });
    await mine.waitFor({ timeout: SLOW_MS });
    await mine.getByText(`跟进已到期 ${today}`).waitFor();
    await mine.getByText("来电", { exact: true }).waitFor();
    await phone.getByText(/\d+ 个跟进已到期/).waitFor();
    await expect.poll(() => due.count(), { timeout: SLOW_MS }).toBe(0);
    expect(await phone.evaluate<number>("document.documentElement.scrollWidth")).toBeLessThanOrEqual(375);
    if (SCREENSHOT_DIR) await phone.screenshot({ path: join(SCREENSHOT_DIR, "maintenance-calls-phone.png"), fullPage: true });
    // per customer: the company's name opens its calls
    await mine.getByRole("link", { name: company.name }).click();
    await phone.waitForURL((url) => url.searchParams.get("customerId") === company.id);
    await phone.getByRole("listitem").filter({ hasText: summary }).waitFor({ timeout: SLOW_MS });
    const byApi = await admin.get<{ items: Array<{ summary: string; direction: string; followUpOn: string; engineerName: string; contactName: string }> }>(`/customers/${company.id}/proactive-calls`);
    expect(byApi.items.find((c) => c.summary === summary)).toMatchObject({ direction: "inbound", followUpOn: today, engineerName: "王磊", contactName: company.contacts[0]!.name });
    await signOut(phone);

    // the manager reaches the customer's calls from the customer's page too
    const page = await world.browser.newPage();
    await signIn(page, base, "manager@demo.casedesk.cn");
    await page.goto(`${base}/admin/customers`);
    await page.getByText(company.name, { exact: true }).first().click();
    await page.getByRole("link", { name: `主动回访 · ${company.name}` }).click();
    await page.waitForURL((url) => url.pathname === "/maintenance/calls" && url.searchParams.get("customerId") === company.id);
    await page.getByRole("combobox", { name: "客户" }).locator("xpath=ancestor::div[contains(@class,'ant-select')][1]").getByText(company.name).waitFor({ timeout: SLOW_MS });
    await page.getByRole("listitem").filter({ hasText: summary }).waitFor({ timeout: SLOW_MS });
    if (SCREENSHOT_DIR) await page.screenshot({ path: join(SCREENSHOT_DIR, "maintenance-calls.png"), fullPage: true });

    // the board: a count opens the list of those jobs, each opening its job page
    const board = await admin.get<{ items: Array<{ customerId: string; customerName: string; month: string; jobsDue: number; deliveredOnTime: number; late: number }> }>("/maintenance-board");
    const row = board.items.find((r) => r.deliveredOnTime > 0)!;
    await page.goto(`${base}/maintenance/board`);
    await page.getByRole("link", { name: `${row.customerName} ${row.month} 按时交付 ${row.deliveredOnTime}` }).click();
    await page.getByText(`筛选：${row.customerName} · ${row.month} · 按时交付`).waitFor({ timeout: SLOW_MS });
    const rows = page.locator(".ant-table-tbody tr.ant-table-row");
    await expect.poll(() => rows.count(), { timeout: SLOW_MS }).toBe(row.deliveredOnTime);
    for (let i = 0; i < row.deliveredOnTime; i++) await rows.nth(i).getByText("按时", { exact: true }).waitFor();
    if (SCREENSHOT_DIR) await page.screenshot({ path: join(SCREENSHOT_DIR, "maintenance-board-drill.png"), fullPage: true });
    const number = (await rows.first().getByRole("link").textContent())!;
    await rows.first().getByRole("link").click();
    await page.getByRole("heading", { name: `维护工单 ${number}` }).waitFor({ timeout: SLOW_MS });
    // and the late ones of a month with some
    const lateRow = board.items.find((r) => r.late > 0);
    if (lateRow) {
      await page.goto(`${base}/maintenance/board`);
      await page.getByRole("link", { name: `${lateRow.customerName} ${lateRow.month} 逾期未交 ${lateRow.late}` }).click();
      await expect.poll(() => rows.count(), { timeout: SLOW_MS }).toBe(lateRow.late);
      for (let i = 0; i < lateRow.late; i++) await rows.nth(i).getByText("逾期", { exact: true }).waitFor();
    }
  });
});
