import { describe, expect, it } from "vitest";
import { statSync } from "node:fs";
import { join } from "node:path";
import { accessibilityProblems, apiAs, type E2eWorld, hasBrowser, requireBrowserUnderCi, SCREENSHOT_DIR, signIn, signOut, useBrowserWorld, WEB_DIST } from "./harness.js";

requireBrowserUnderCi();

describe.skipIf(!hasBrowser)("golden paths of the dispatcher and the engineer", () => {
  let world: E2eWorld;
  useBrowserWorld((received) => (world = received));
  let caseNumber = "";

  it("a dispatcher records a phone case, the caller looked up by phone, and assigns it", async () => {
    const page = await world.browser.newPage();
    await signIn(page, world.server.base, "dispatcher1@demo.casedesk.cn");
    await page.getByRole("heading", { name: "调度台" }).waitFor();
    // the board shows clocks and who is on duty
    await page.getByRole("timer").first().waitFor();
    await page.getByText("值班工程师").waitFor();

    await page.getByRole("button", { name: /新建工单/ }).click();
    await page.getByLabel("来电号码").fill("138 0013 8000");
    await page.getByText("已找到：王建国").waitFor();
    await expect(page.getByLabel("姓名").inputValue()).resolves.toBe("王建国");
    await expect(page.getByLabel("公司").inputValue()).resolves.toBe("北辰电力信息通信中心");
    await expect.poll(() => page.getByLabel("地址").inputValue()).toContain("北京市");
    await expect(page.getByLabel("合同号").inputValue()).resolves.toMatch(/^HT-/);
    await page.getByLabel("问题简述").fill("核心交换机端口全部 down，生产网络中断");
    await page.getByLabel("S1 系统宕机").check();
    // vendor and case type come from the managed lists: typed by code, picked by name
    await page.getByLabel("厂商").fill("Cisco");
    await page.locator(".ant-select-item-option").filter({ hasText: /^思科$/ }).click();
    await page.getByLabel("Case类型").fill("network");
    await page.locator(".ant-select-item-option").filter({ hasText: /^网络$/ }).click();
    await page.getByRole("button", { name: "创建工单" }).click();
    const created = page.locator(".ant-message").filter({ hasText: "已创建工单" }).getByRole("link");
    await created.waitFor();
    caseNumber = (await created.textContent())!.trim();
    expect(caseNumber).toMatch(/^C\d{4}-\d{6}$/);

    // the new case is at the top of the cases to assign; two clicks give it to 王磊
    const row = page.locator("tr", { hasText: caseNumber });
    await row.waitFor();
    await row.getByRole("combobox", { name: `将 ${caseNumber} 派给工程师` }).click();
    await page.locator(".ant-select-item-option").filter({ hasText: "王磊" }).click();
    await page.getByText(`${caseNumber} 已派给 王磊`).waitFor();

    const api = await apiAs(world.server.base, "dispatcher1@demo.casedesk.cn");
    const found = await api.get<any>(`/cases/${caseNumber}`);
    expect(found).toMatchObject({ status: "assigned", assigneeName: "王磊", channel: "phone", faultLevel: "S1", caller: { name: "王建国" } });
    expect(found.contractId).not.toBeNull();
    expect(await accessibilityProblems(page)).toEqual([]);
    if (SCREENSHOT_DIR) {
      await page.evaluate(() => (globalThis as any).scrollTo(0, 0));
      await page.locator(".ant-message-notice").waitFor({ state: "detached" });
      await page.screenshot({ path: join(SCREENSHOT_DIR, "console.zh-CN.png") });
    }
    await page.close();
  }, 180_000);

  it("a PBX call pops up on the dispatcher's console with the caller's open cases, and is linked to one in a click", async () => {
    expect(caseNumber).not.toBe("");
    const base = world.server.base;
    // what the browser fetches to show the console to a signed-in dispatcher, counted as sent (gzip)
    const page = await world.browser.newPage();
    const scripts = new Set<string>();
    page.on("response", (response) => {
      if (response.request().resourceType() === "script") scripts.add(new URL(response.url()).pathname);
    });
    await page.goto(`${base}/`);
    await page.getByRole("heading", { name: "调度台" }).waitFor();
    await page.waitForLoadState("networkidle");
    const gzipped = [...scripts].reduce((sum, path) => sum + statSync(join(WEB_DIST, `${path}.gz`)).size, 0);
    console.info(`the console's first load: ${scripts.size} scripts, ${(gzipped / 1024).toFixed(0)} KB gzipped`);
    expect(gzipped).toBeLessThan(500 * 1024);

    // the PBX (a token of its own scope) reports 王建国 calling; the card appears without a reload
    const admin = await apiAs(base, "admin@demo.casedesk.cn");
    const { token } = await admin.post<{ token: string }>("/auth/tokens", { name: "PBX e2e", scope: "pbx" });
    const callId = `e2e-${Date.now()}`;
    const ring = await fetch(`${base}/api/v1/telephony/calls`, {
      method: "POST", headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
      body: JSON.stringify({ callId, from: "13800138000", to: "400-810-8888", event: "ringing", at: new Date().toISOString(), extension: "8001", direction: "inbound" }),
    });
    expect(ring.status).toBeLessThan(300);
    const card = page.getByRole("region", { name: /^来电 .*13800138000$/ });
    await card.waitFor();
    await card.getByText("王建国").first().waitFor();
    await card.getByText("北辰电力信息通信中心").waitFor();
    await card.getByText("振铃中").waitFor();
    if (SCREENSHOT_DIR) await page.screenshot({ path: join(SCREENSHOT_DIR, "screen-pop.zh-CN.png") });

    await card.getByRole("button", { name: `把来电关联到 ${caseNumber}` }).click();
    await page.getByText(`来电已关联到 ${caseNumber}`).waitFor();
    const dispatcher = await apiAs(base, "dispatcher1@demo.casedesk.cn");
    const found = await dispatcher.get<{ id: string }>(`/cases/${caseNumber}`);
    const linked = await dispatcher.get<{ call: { caseId: string } }>(`/telephony/calls/${callId}`);
    expect(linked.call.caseId).toBe(found.id);
    // the card now names the case it belongs to instead of offering it
    await card.getByRole("link", { name: caseNumber }).first().waitFor();
    await expect(card.getByRole("button", { name: `把来电关联到 ${caseNumber}` }).count()).resolves.toBe(0);
    await page.close();
  }, 180_000);

  it("the engineer responds from a phone-sized workspace, adds an internal and a public note, and records an on-site visit", async () => {
    expect(caseNumber).not.toBe("");
    const page = await world.browser.newPage({ width: 375, height: 812 });
    await signOut(page);
    await signIn(page, world.server.base, "engineer1@demo.casedesk.cn");
    await page.getByRole("heading", { name: "我的工单" }).waitFor().catch(async (error) => {
      await page.screenshot({ path: "/tmp/casedesk-e2e-failure.png" });
      throw new Error(`${error.message} at ${page.url()}`);
    });
    const card = page.locator(".ant-card", { hasText: caseNumber });
    await card.waitFor();
    // nothing sticks out sideways at 375 px
    expect(await page.evaluate(() => (globalThis as any).document.documentElement.scrollWidth as number)).toBeLessThanOrEqual(375);
    await card.getByRole("button", { name: "响应客户" }).click();
    await page.getByText(`已响应 ${caseNumber}`).waitFor();

    await card.getByRole("link", { name: caseNumber }).click();
    await page.getByRole("heading", { name: `工单 ${caseNumber}` }).waitFor();
    expect(await page.evaluate(() => (globalThis as any).document.documentElement.scrollWidth as number)).toBeLessThanOrEqual(375);
    await page.getByLabel("内容").fill("内部：怀疑是交换机引擎板故障，已联系备件库");
    await page.getByRole("button", { name: /记 ?录/ }).click();
    await page.getByText("已保存").first().waitFor();
    await page.getByLabel("内容").fill("工程师已响应，正在远程排查，预计 30 分钟内给出处理方案。");
    await page.getByLabel("公开（客户可见）").check();
    await page.getByRole("button", { name: /记 ?录/ }).click();

    const timeline = page.getByRole("region", { name: "处理记录" }).or(page.locator("section[aria-labelledby=timeline-heading]"));
    const internalNote = timeline.locator("[data-kind='note.added']", { hasText: "引擎板" });
    const publicNote = timeline.locator("[data-kind='note.added']", { hasText: "预计 30 分钟" });
    await publicNote.waitFor();
    await expect(internalNote.getAttribute("data-visibility")).resolves.toBe("internal");
    await expect(internalNote.getByText("内部", { exact: true }).count()).resolves.toBe(1);
    await expect(publicNote.getAttribute("data-visibility")).resolves.toBe("public");
    await expect(publicNote.getByText("内部", { exact: true }).count()).resolves.toBe(0);

    const api = await apiAs(world.server.base, "engineer1@demo.casedesk.cn");
    const found = await api.get<any>(`/cases/${caseNumber}`);
    expect(found.status).toBe("in_progress");
    const log = (await api.get<any>(`/cases/${found.id}/activities`)).items as Array<{ kind: string; visibility: string; data: { body?: string } }>;
    const notes = log.filter((entry) => entry.kind === "note.added").map((entry) => [entry.visibility, entry.data.body?.slice(0, 3)]);
    expect(notes).toEqual([["internal", "内部："], ["public", "工程师"]]);
    expect(log.some((entry) => entry.kind === "case.responded")).toBe(true);
    expect(await accessibilityProblems(page)).toEqual([]);

    // on site, from the phone: arrival and departure with one tap each, and the work done
    await page.getByRole("tab", { name: "现场服务" }).click();
    await page.getByRole("button", { name: "到达时间：现在" }).click();
    await page.getByRole("button", { name: "离开时间：现在" }).click();
    await page.getByLabel("完成的工作").fill("更换交换机引擎板，端口全部恢复 up，业务恢复。");
    await page.getByRole("button", { name: /记 ?录/ }).click();
    await timeline.locator("[data-kind='onsite_visit.logged']", { hasText: "更换交换机引擎板" }).waitFor();
    expect(await page.evaluate(() => (globalThis as any).document.documentElement.scrollWidth as number)).toBeLessThanOrEqual(375);
    const visits = ((await api.get<any>(`/cases/${found.id}/activities`)).items as Array<{ kind: string; data: { arrivedAt?: string; departedAt?: string; workDone?: string } }>)
      .filter((entry) => entry.kind === "onsite_visit.logged");
    expect(visits).toHaveLength(1);
    expect(visits[0]!.data.workDone).toBe("更换交换机引擎板，端口全部恢复 up，业务恢复。");
    expect(Date.parse(visits[0]!.data.departedAt!)).toBeGreaterThanOrEqual(Date.parse(visits[0]!.data.arrivedAt!));

    if (SCREENSHOT_DIR) {
      await page.locator(".ant-message-notice").first().waitFor({ state: "detached" });
      await page.screenshot({ path: join(SCREENSHOT_DIR, "case-page.375.zh-CN.png") });
      await page.setViewportSize({ width: 1440, height: 900 });
      await page.waitForTimeout(500);
      await page.screenshot({ path: join(SCREENSHOT_DIR, "case-page.zh-CN.png"), fullPage: true });
    }
    await page.close();
  }, 180_000);

  // last: it switches the language of this browser profile to English
  it("the shell: shows the login page in Chinese, switches to English and remembers it, and lands each role on its home", async () => {
    const page = await world.browser.newPage();
    await signOut(page);
    await page.goto(`${world.server.base}/cases/C2611-000001`);
    await page.waitForURL(/\/login\?next=%2Fcases%2FC2611-000001$/);
    await page.getByRole("heading", { name: "登录 casedesk" }).waitFor();

    await page.getByRole("combobox", { name: "语言" }).click();
    await page.getByTitle("English").click();
    await page.getByRole("heading", { name: "Sign in to casedesk" }).waitFor();
    await page.reload();
    await page.getByRole("heading", { name: "Sign in to casedesk" }).waitFor();

    await page.getByLabel("E-mail").fill("dispatcher1@demo.casedesk.cn");
    await page.getByLabel("Password").fill("wrong password");
    await page.getByRole("button", { name: "Sign in" }).click();
    // the server's problem+json, in the chosen language
    await expect(page.getByRole("alert").textContent()).resolves.toMatch(/[A-Za-z]/);
    await expect(page.getByRole("alert").textContent()).resolves.not.toMatch(/[\u4e00-\u9fff]/);

    // back to the page asked for before signing in, then each role's home
    await page.getByLabel("Password").fill("casedesk-demo");
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.waitForURL(/\/cases\/C2611-000001$/);
    await page.goto(`${world.server.base}/`);
    await page.waitForURL(/\/console$/);
    await page.getByRole("button", { name: /张晓燕/ }).click();
    await page.getByRole("button", { name: "Sign out" }).click();
    await page.waitForURL(/\/login$/);
    await signIn(page, world.server.base, "engineer1@demo.casedesk.cn");
    expect(new URL(page.url()).pathname).toBe("/my-cases");
    await page.close();
  });

  it("the shell: serves /api, /healthz and /metrics beside the UI", async () => {
    expect((await fetch(`${world.server.base}/healthz`)).status).toBe(200);
    expect((await fetch(`${world.server.base}/metrics`)).status).toBe(200);
    const api = await fetch(`${world.server.base}/api/v1/cases`);
    expect(api.status).toBe(401);
    expect(api.headers.get("content-type")).toMatch(/problem\+json/);
  });
});
