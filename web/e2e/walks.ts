import { join } from "node:path";
import type { Page, Request } from "playwright-core";
import { expect } from "vitest";
import { accessibilityProblems, apiAs, SCREENSHOT_DIR, signIn, signOut, type E2eWorld } from "./harness.js";

/**
 * Walks through the UI that more than one browser test takes: each file that tests a part runs
 * its walk, and the daily-loop test chains them into one day of a support centre.
 */

/** a machine busy with other test files is slow to render; wait longer than the harness's default */
export const SLOW_MS = 45_000;
const H = 3_600_000;

export type VendorRequestRow = { id: string; status: string; version: number; vendorCaseRef: string | null; vendorContact: string | null; summary: string | null; confirmedBy: string | null };
export type Entry = { kind: string; actor: { id: string } | null; data: Record<string, unknown> };
type Contract = { id: string; contractNo: string; calendarId: string | null; equipment: Array<{ id: string; vendor: string }> };
type Clock = { metric: string; startedAt: string; targetMs: number; dueAt: string };

/** The hour and minute of an instant in Beijing (UTC+8 all year). */
const beijingMinutes = (iso: string) => {
  const at = new Date(new Date(iso).getTime() + 8 * H);
  return at.getUTCHours() * 60 + at.getUTCMinutes();
};

/**
 * Records what goes wrong on a page from now on: API answers of 4xx/5xx and script errors. It
 * also counts the API requests in flight (the live stream excepted, which never ends), so a
 * screen can be waited for until it has asked for everything it wants.
 */
export function watch(page: Page) {
  const failures: string[] = [];
  // the requests themselves, not a count: one sent before the watch began (the page that signing
  // in landed on) and ending after it would otherwise take the count below zero for good
  const inFlight = new Set<Request>();
  const isApi = (url: string) => new URL(url).pathname.startsWith("/api/") && !new URL(url).pathname.startsWith("/api/v1/live");
  page.on("request", (request) => { if (isApi(request.url())) inFlight.add(request); });
  page.on("requestfinished", (request) => { inFlight.delete(request); });
  page.on("requestfailed", (request) => { inFlight.delete(request); });
  page.on("response", (response) => {
    if (isApi(response.url()) && response.status() >= 400) {
      const url = new URL(response.url());
      failures.push(`${response.status()} ${response.request().method()} ${url.pathname}${url.search} on ${new URL(page.url()).pathname}`);
    }
  });
  page.on("pageerror", (error) => failures.push(`script error on ${new URL(page.url()).pathname}: ${error.message}`));
  /** until no API request has been in flight for half a second (lazy screens ask in waves) */
  const settled = async () => {
    await page.locator("h1").first().waitFor();
    await expect.poll(async () => {
      const quiet = inFlight.size === 0;
      await page.waitForTimeout(500);
      return quiet && inFlight.size === 0;
    }, { timeout: SLOW_MS, interval: 0, message: `${new URL(page.url()).pathname}: API requests still in flight` }).toBe(true)
      .catch((error: Error) => {
        const pending = [...inFlight].map((request) => `${request.method()} ${new URL(request.url()).pathname}`);
        throw new Error(`${error.message}: ${pending.join(", ") || "none now"}`, { cause: error });
      });
  };
  return { failures, settled };
}

/** A demo case assigned to engineer1, escalated to expert1, with a vendor support request from the engineer. */
export async function escalatedCaseWithVendorRequest(base: string, stamp: string) {
  const manager = await apiAs(base, "manager@demo.casedesk.cn");
  const engineer = await apiAs(base, "engineer1@demo.casedesk.cn");
  const users = await manager.get<{ items: Array<{ id: string; email: string; name: string }> }>("/users?limit=100");
  const byEmail = (email: string) => users.items.find((u) => u.email === email)!;
  const customers = await manager.get<{ items: Array<{ id: string }> }>("/customers?limit=1");
  const company = await manager.get<{ contacts: Array<{ id: string }> }>(`/customers/${customers.items[0]!.id}`);
  const opened = await manager.post<{ id: string; number: string }>("/cases", {
    subject: `专家测试：存储阵列控制器反复重启 ${stamp}`, description: "双控制器交替重启，日志显示微码异常。", channel: "phone",
    vendor: "IBM", caseType: "hardware", faultLevel: "S2", contactId: company.contacts[0]!.id,
  });
  await manager.post(`/cases/${opened.id}/assign`, { assigneeId: byEmail("engineer1@demo.casedesk.cn").id });
  await engineer.post(`/cases/${opened.id}/respond`, {});
  const expert = byEmail("expert1@demo.casedesk.cn");
  await engineer.post(`/cases/${opened.id}/escalate`, { reason: `控制器反复重启，需要专家分析 ${stamp}`, expertId: expert.id });
  const request = await engineer.post<VendorRequestRow>(`/cases/${opened.id}/vendor-requests`, { reason: `疑似微码缺陷，需原厂分析 ${stamp}` });
  return { ...opened, requestId: request.id, expert };
}


/** An expert confirms a vendor request on the desk and works it to done on the case page (F5). */
export async function expertWorksVendorRequestToDone(world: E2eWorld, stamp: string): Promise<void> {
  const base = world.server.base;
  const found = await escalatedCaseWithVendorRequest(base, stamp);
  const page = await world.browser.newPage();
  page.setDefaultTimeout(SLOW_MS);
  await signOut(page);
  await signIn(page, base, "expert1@demo.casedesk.cn");
  const seen = watch(page);
  // the expert lands on the desk: the case escalated to them, the request waiting for them
  expect(new URL(page.url()).pathname).toBe("/expert");
  await page.getByRole("heading", { name: "专家工作台", level: 1 }).waitFor();
  await page.getByRole("table", { name: "升级给我的工单" }).getByRole("link", { name: found.number }).waitFor();
  const pending = page.getByRole("listitem").filter({ hasText: `疑似微码缺陷，需原厂分析 ${stamp}` });
  await pending.waitFor();
  if (SCREENSHOT_DIR) await page.screenshot({ path: join(SCREENSHOT_DIR, "expert-desk.zh-CN.png"), fullPage: true });
  expect(await accessibilityProblems(page)).toEqual([]);
  await pending.getByRole("button", { name: "确认需要厂家" }).click();
  await pending.waitFor({ state: "detached" });

  // on the case page: the escalation names the expert; the request is worked step by step
  await page.getByRole("table", { name: "升级给我的工单" }).getByRole("link", { name: found.number }).click();
  await page.getByRole("heading", { name: new RegExp(found.number), level: 1 }).waitFor();
  await page.locator('[data-kind="case.escalated"]').getByText(`升级给 ${found.expert.name}`).waitFor();
  const panel = page.getByTestId("vendor-request");
  await panel.getByText("已确认，待报修").waitFor();

  await panel.getByRole("button", { name: "记录厂家报修" }).click();
  let dialog = page.getByRole("dialog");
  await dialog.getByLabel("厂家 Case 号").fill(`TS${stamp}`);
  await dialog.getByLabel("厂家联系人").fill("IBM 400 热线 李工 400-810-1818");
  if (SCREENSHOT_DIR) await page.screenshot({ path: join(SCREENSHOT_DIR, "vendor-request-open.zh-CN.png") });
  await dialog.getByRole("button", { name: "记录厂家报修" }).click();
  await dialog.waitFor({ state: "detached" });
  await panel.getByText("已向厂家报修").waitFor();
  await panel.getByText(`TS${stamp}`).waitFor();

  await panel.getByRole("button", { name: "记录厂家答复" }).click();
  dialog = page.getByRole("dialog");
  await dialog.getByLabel("厂家答复").fill(`原厂建议升级微码至 8.5.0.3 ${stamp}`);
  await dialog.getByRole("button", { name: "记录厂家答复" }).click();
  await dialog.waitFor({ state: "detached" });
  await panel.getByText("厂家已答复").waitFor();

  await panel.getByRole("button", { name: "厂家处理完成" }).click();
  dialog = page.getByRole("dialog");
  // "done" starts from the last answer
  await expect.poll(() => dialog.getByLabel("处理结果").inputValue()).toBe(`原厂建议升级微码至 8.5.0.3 ${stamp}`);
  await dialog.getByLabel("处理结果").fill(`微码已升级至 8.5.0.3，控制器运行稳定 ${stamp}`);
  await dialog.getByRole("button", { name: "厂家处理完成" }).click();
  await dialog.waitFor({ state: "detached" });
  await panel.getByText("已完成", { exact: true }).waitFor();
  expect(await panel.getByRole("button").count()).toBe(0);
  await page.locator('[data-kind="vendor.opened"]').getByText("厂家联系人：IBM 400 热线 李工 400-810-1818").waitFor();
  if (SCREENSHOT_DIR) await page.screenshot({ path: join(SCREENSHOT_DIR, "vendor-request-done.zh-CN.png"), fullPage: true });
  expect(await accessibilityProblems(page)).toEqual([]);
  expect(seen.failures).toEqual([]);

  // what the server holds: every step by the expert, in the case's log
  const manager = await apiAs(base, "manager@demo.casedesk.cn");
  const requests = await manager.get<{ items: VendorRequestRow[] }>(`/cases/${found.id}/vendor-requests`);
  expect(requests.items.find((r) => r.id === found.requestId)).toMatchObject({
    status: "done", confirmedBy: found.expert.id, vendorCaseRef: `TS${stamp}`, vendorContact: "IBM 400 热线 李工 400-810-1818",
    summary: `微码已升级至 8.5.0.3，控制器运行稳定 ${stamp}`,
  });
  const log = await manager.get<{ items: Entry[] }>(`/cases/${found.id}/activities?limit=500`);
  const vendorSteps = log.items.filter((e) => e.kind.startsWith("vendor.") && e.kind !== "vendor.requested");
  expect(vendorSteps.map((e) => e.kind)).toEqual(["vendor.confirmed", "vendor.opened", "vendor.answered", "vendor.done"]);
  expect(vendorSteps.every((e) => e.actor?.id === found.expert.id)).toBe(true);
  await page.close();
}

/** An admin puts a contract on a business calendar in the screens; the next case's clocks count in it. */
export async function adminPutsContractOnCalendar(world: E2eWorld, stamp: string): Promise<void> {
  const base = world.server.base;
  const admin = await apiAs(base, "admin@demo.casedesk.cn");
  // one working hour a day, 00:00–01:00 in Beijing: no 7×24 deadline looks like one counted in it
  const calendarName = `夜间一小时 ${stamp}`;
  await admin.post("/calendars", { name: calendarName, timeZone: "Asia/Shanghai", weekly: [1, 2, 3, 4, 5, 6, 7].map((day) => ({ day, start: "00:00", end: "01:00" })) });
  const customers = await admin.get<{ items: Array<{ id: string; name: string }> }>("/customers?limit=5");
  const company = customers.items[0]!;
  const detail = await admin.get<{ contracts: Contract[]; contacts: Array<{ id: string; isDesignated: boolean }> }>(`/customers/${company.id}`);
  const contract = detail.contracts[0]!;

  const page = await world.browser.newPage();
  // whoever this browser was signed in as before
  await signOut(page);
  await signIn(page, base, "admin@demo.casedesk.cn");
  await page.goto(`${base}/admin/customers`);
  await page.getByRole("button", { name: company.name }).click({ timeout: SLOW_MS });
  await page.getByRole("tab", { name: "合同", exact: true }).click();
  await page.getByRole("button", { name: `编辑 ${contract.contractNo}`, exact: true }).click();
  const dialog = page.getByRole("dialog", { name: "编辑合同" });
  await dialog.getByRole("combobox", { name: "业务日历" }).click();
  await page.locator(".ant-select-item-option").filter({ hasText: calendarName }).click();
  if (SCREENSHOT_DIR) await page.screenshot({ path: join(SCREENSHOT_DIR, "admin-contract-calendar.png") });
  await dialog.getByRole("button", { name: /保\s*存/ }).click();
  await expect.poll(async () => (await admin.get<{ contracts: Contract[] }>(`/customers/${company.id}`)).contracts[0]!.calendarId, { timeout: SLOW_MS })
    .not.toBeNull();
  const saved = (await admin.get<{ contracts: Contract[] }>(`/customers/${company.id}`)).contracts.find((c) => c.id === contract.id)!;
  const calendars = await admin.get<{ items: Array<{ id: string; name: string }> }>("/calendars");
  expect(saved.calendarId).toBe(calendars.items.find((c) => c.name === calendarName)!.id);

  // the change is in the contract's history drawer
  await page.getByRole("button", { name: `变更记录 ${contract.contractNo}`, exact: true }).click();
  const drawer = page.getByRole("dialog", { name: new RegExp(`变更记录.*${contract.contractNo}`) });
  await expect.poll(() => drawer.getByText(calendarName).count(), { timeout: SLOW_MS }).toBeGreaterThan(0);
  if (SCREENSHOT_DIR) await page.screenshot({ path: join(SCREENSHOT_DIR, "admin-contract-history.png") });

  const contact = detail.contacts.find((c) => c.isDesignated) ?? detail.contacts[0]!;
  const opened = await admin.post<{ id: string }>("/cases", {
    subject: `日历测试 ${stamp}`, channel: "phone", vendor: "IBM", caseType: "hardware", faultLevel: "S3", contactId: contact.id,
    caller: { name: "值班员", contractNo: contract.contractNo },
  });
  const { clocks } = await admin.get<{ clocks: Clock[] }>(`/cases/${opened.id}/sla`);
  const resolution = clocks.find((c) => c.metric === "resolution")!;
  // counted in one hour a day: the deadline lies in a 00:00–01:00 window, long after 7×24 would put it
  expect(beijingMinutes(resolution.dueAt)).toBeLessThanOrEqual(60);
  expect(new Date(resolution.dueAt).getTime() - new Date(resolution.startedAt).getTime()).toBeGreaterThan(resolution.targetMs + 20 * H);
  await page.close();
}
