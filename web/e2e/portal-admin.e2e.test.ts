import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { accessibilityProblems, apiAs, type E2eWorld, hasBrowser, requireBrowserUnderCi, SCREENSHOT_DIR, signIn, useBrowserWorld } from "./harness.js";

/** a machine busy with other test files is slow to render; wait longer than the harness's default */
const SLOW_MS = 45_000;
const TEST_MS = 240_000;

type Template = { subject: string; customised: boolean; version: number; defaults: { subject: string } };

/** One template as the demo administrator reads it through the API. */
const readTemplate = async (base: string, name: string, language: string) =>
  (await apiAs(base, "admin@demo.casedesk.cn")).get<Template>(`/notification-templates/${name}/${language}`);

requireBrowserUnderCi();

describe.skipIf(!hasBrowser)("the customer portal and the administration screens", () => {
  let world: E2eWorld;
  useBrowserWorld((received) => (world = received));

  it("lets a customer read its case's public history (never an internal note), add a note and confirm the resolution", async () => {
    const base = world.server.base;
    const manager = await apiAs(base, "manager@demo.casedesk.cn");
    const customers = await manager.get<{ items: Array<{ email: string; customerId: string }> }>("/users?role=customer&limit=5");
    const login = customers.items[0]!;
    const company = await manager.get<{ contacts: Array<{ id: string; isDesignated: boolean }> }>(`/customers/${login.customerId}`);
    const contact = company.contacts.find((c) => c.isDesignated) ?? company.contacts[0]!;
    const stamp = Date.now().toString(36);
    const opened = await manager.post<{ id: string; number: string }>("/cases", {
      subject: `门户测试：存储控制器告警 ${stamp}`, description: "控制器电池告警，需要确认是否更换。", channel: "phone",
      vendor: "IBM", caseType: "hardware", faultLevel: "S3", contactId: contact.id,
    });
    await manager.post(`/cases/${opened.id}/assign`, {});
    await manager.post(`/cases/${opened.id}/respond`, {});
    await manager.post(`/cases/${opened.id}/notes`, { body: `内部备注：客户合同即将到期，勿外传 ${stamp}`, visibility: "internal" });
    await manager.post(`/cases/${opened.id}/notes`, { body: `已远程检查，电池模块需要更换 ${stamp}`, visibility: "public" });
    await manager.post(`/cases/${opened.id}/resolve`, { resolution: "已更换控制器电池模块，告警消除。" });

    const page = await world.browser.newPage();
    page.setDefaultTimeout(SLOW_MS);
    await signIn(page, base, login.email);
    expect(new URL(page.url()).pathname).toBe("/portal");
    await page.getByRole("link", { name: new RegExp(opened.number) }).click();
    await page.waitForURL(new RegExp(`/portal/cases/${opened.id}$`));
    await page.getByText(`已远程检查，电池模块需要更换 ${stamp}`).waitFor();
    expect(await page.content()).not.toContain("勿外传");
    await page.getByRole("heading", { name: "请确认问题是否已解决" }).waitFor();
    if (SCREENSHOT_DIR) await page.screenshot({ path: join(SCREENSHOT_DIR, "portal-case.zh-CN.png"), fullPage: true });
    expect(await accessibilityProblems(page)).toEqual([]);

    await page.getByRole("textbox", { name: "补充说明" }).fill(`收到，今天下午可以安排更换 ${stamp}`);
    await page.getByRole("button", { name: /^发\s?送$/ }).click();
    await page.getByText(`收到，今天下午可以安排更换 ${stamp}`).waitFor();

    await page.getByRole("button", { name: "问题已解决" }).click();
    await page.getByText("已关闭", { exact: true }).first().waitFor();
    const closed = await manager.get<{ status: string }>(`/cases/${opened.id}`);
    expect(closed.status).toBe("closed");
    const log = await manager.get<{ items: Array<{ kind: string; visibility: string; data: { body?: string } }> }>(`/cases/${opened.id}/activities`);
    expect(log.items.some((e) => e.kind === "note.added" && e.visibility === "public" && e.data.body === `收到，今天下午可以安排更换 ${stamp}`)).toBe(true);
    expect(log.items.map((e) => e.kind)).toContain("resolution.confirmed");

    // on a phone the portal keeps to the screen's width
    const phone = await world.browser.newPage({ width: 375, height: 740 });
    phone.setDefaultTimeout(SLOW_MS);
    await phone.goto(`${base}/portal/cases/${opened.id}`);
    await phone.getByText(`已远程检查，电池模块需要更换 ${stamp}`).waitFor();
    expect(await phone.evaluate<number>("document.documentElement.scrollWidth")).toBeLessThanOrEqual(375);
    await phone.close();
    await page.close();
  }, TEST_MS);

  it("lets a customer open a case with a screenshot attached, and download it again from the case's page", async () => {
    const base = world.server.base;
    const manager = await apiAs(base, "manager@demo.casedesk.cn");
    const customers = await manager.get<{ items: Array<{ email: string }> }>("/users?role=customer&limit=5");
    // a real PNG (1×1): the server checks the bytes against the declared type
    const png = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==", "base64");
    const stamp = Date.now().toString(36);
    await world.browser.context.clearCookies();
    const page = await world.browser.newPage();
    page.setDefaultTimeout(SLOW_MS);
    await signIn(page, base, customers.items[0]!.email);
    await page.getByRole("button", { name: "提交新工单" }).click();
    const dialog = page.getByRole("dialog", { name: "提交新工单" });
    await dialog.getByLabel("问题简述").fill(`存储告警灯常亮 ${stamp}`);
    await dialog.getByLabel("设备厂商").fill("IBM");
    await page.locator(".ant-select-item-option").filter({ hasText: /^IBM$/ }).click();
    await dialog.getByLabel("问题类型").fill("hardware");
    await page.locator(".ant-select-item-option").filter({ hasText: /^硬件$/ }).click();
    await dialog.locator("input[type=file]").setInputFiles({ name: "告警截图.png", mimeType: "image/png", buffer: png });
    await dialog.getByText("告警截图.png").waitFor();
    await dialog.getByRole("button", { name: /^提\s?交$/ }).click();
    await page.waitForURL(/\/portal\/cases\/[0-9a-f-]{36}$/);
    // the files list and the timeline entry of the opening both link it
    const download = page.getByRole("link", { name: "下载 告警截图.png" }).first();
    await download.waitFor();
    const fetched = await page.request.get(new URL((await download.getAttribute("href"))!, base).toString());
    expect(fetched.status()).toBe(200);
    expect(Buffer.from(await fetched.body()).equals(png)).toBe(true);

    const caseId = new URL(page.url()).pathname.split("/").pop()!;
    const opened = await manager.get<{ channel: string; subject: string }>(`/cases/${caseId}`);
    expect(opened).toMatchObject({ channel: "web", subject: `存储告警灯常亮 ${stamp}` });
    const files = await manager.get<{ items: Array<{ filename: string; contentType: string }> }>(`/cases/${caseId}/attachments`);
    expect(files.items).toEqual([expect.objectContaining({ filename: "告警截图.png", contentType: "image/png" })]);
    await page.close();
  }, TEST_MS);

  it("lets an administrator change a service-level policy, with field errors in Chinese beside the field", { timeout: TEST_MS }, async () => {
    const base = world.server.base;
    const policyName = `华北电力 白金服务 ${Math.random().toString(36).slice(2, 6)}`;
    const admin = await apiAs(base, "admin@demo.casedesk.cn");
    await world.browser.context.clearCookies();
    const page = await world.browser.newPage();
    page.setDefaultTimeout(SLOW_MS);
    await signIn(page, base, "admin@demo.casedesk.cn");
    await page.goto(`${base}/admin/sla`);
    await page.getByRole("button", { name: "新增策略（以默认策略为模板）" }).click();
    await page.getByLabel("名称", { exact: true }).fill(policyName);
    await page.getByRole("button", { name: /^保\s?存$/ }).click();
    await page.getByRole("cell", { name: policyName, exact: true }).waitFor();

    await page.getByRole("button", { name: `编辑 ${policyName}` }).click();
    await page.getByRole("heading", { name: `编辑策略 · ${policyName}` }).waitFor();
    await page.getByLabel("S1 首次响应").fill("半小时");
    await page.getByRole("button", { name: /^保\s?存$/ }).click();
    // the server's message, in Chinese, next to the field
    await page.getByText("不是有效的 ISO 8601 时长（如 PT30M、PT1H、P1D）").waitFor();

    await page.getByLabel("S1 首次响应").fill("PT30M");
    await page.getByLabel("1. 时间").fill("PT15M");
    if (SCREENSHOT_DIR) await page.screenshot({ path: join(SCREENSHOT_DIR, "admin-sla-policy.zh-CN.png"), fullPage: true });
    await page.getByRole("button", { name: /^保\s?存$/ }).click();
    await page.getByRole("cell", { name: policyName, exact: true }).waitFor();

    const policies = await admin.get<{ items: Array<{ name: string; version: number; definition: { targets: { S1: { response: string } }; responseLadder: Array<{ after: string }> } }> }>("/sla-policies");
    const saved = policies.items.find((p) => p.name === policyName)!;
    expect(saved.version).toBe(2);
    expect(saved.definition.targets.S1.response).toBe("PT30M");
    expect(saved.definition.responseLadder[0]!.after).toBe("PT15M");
    await page.close();
  });

  it("lets an administrator edit a template with the server's errors in Chinese beside the field, save it and restore the default", { timeout: TEST_MS }, async () => {
    const base = world.server.base;
    const before = await readTemplate(base, "case.assigned", "zh-CN");
    expect(before.customised).toBe(false);
    await world.browser.context.clearCookies();
    const page = await world.browser.newPage();
    page.setDefaultTimeout(SLOW_MS);
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(error.message));
    await signIn(page, base, "admin@demo.casedesk.cn");
    await page.goto(`${base}/admin`);
    await page.getByRole("tab", { name: "通知模板" }).click();
    await page.waitForURL(/\/admin\/templates$/);
    // each template by its human name and when it is sent
    await page.getByRole("cell", { name: /^工单分派给工程师 工单分派或改派给工程师时，发给该工程师/ }).waitFor();
    await page.getByRole("button", { name: "编辑 工单分派给工程师" }).click();

    const subject = page.getByRole("textbox", { name: "邮件主题" });
    await expect.poll(() => subject.inputValue()).toBe(before.subject);
    // the preview renders the built-in text with sample values
    const preview = page.getByTestId("template-preview");
    await preview.getByText("C2611-000042").first().waitFor();

    // an unknown placeholder: the server's message, in Chinese, under the subject
    await subject.fill(`{{ nope }} ${before.subject}`);
    const subjectItem = page.locator(".ant-form-item").filter({ has: subject });
    await subjectItem.getByText("此模板没有这些占位符: nope").waitFor();

    const edited = `【测试】${before.subject}`;
    await subject.fill(edited);
    await subjectItem.getByText("此模板没有这些占位符: nope").waitFor({ state: "detached" });
    await preview.getByText(/^【测试】【请立即处理】S1 工单 C2611-000042 已分派给您/).waitFor();
    if (SCREENSHOT_DIR) await page.screenshot({ path: join(SCREENSHOT_DIR, "admin-templates.zh-CN.png"), fullPage: true });
    await page.getByRole("button", { name: /^保\s?存$/ }).click();
    await page.getByText("已保存").waitFor();
    await page.getByText("已自定义", { exact: true }).waitFor();

    const saved = await readTemplate(base, "case.assigned", "zh-CN");
    expect(saved.customised).toBe(true);
    expect(saved.subject).toBe(edited);
    expect(saved.version).toBe(before.version + 1);

    // the list says so too
    await page.getByRole("button", { name: "返回模板列表" }).click();
    const row = page.getByRole("row").filter({ has: page.getByRole("button", { name: "编辑 工单分派给工程师" }) });
    await row.getByText("中文 已自定义").waitFor();
    await page.getByRole("button", { name: "编辑 工单分派给工程师" }).click();

    await page.getByRole("button", { name: "恢复默认" }).click();
    await page.locator(".ant-popconfirm").getByRole("button", { name: "恢复默认" }).click();
    await page.getByText("已恢复默认文本").waitFor();
    await expect.poll(() => subject.inputValue()).toBe(before.defaults.subject);
    const restored = await readTemplate(base, "case.assigned", "zh-CN");
    expect(restored.customised).toBe(false);
    expect(restored.subject).toBe(before.defaults.subject);

    // on a phone the editor stacks, the preview below, within the screen's width
    const phone = await world.browser.newPage({ width: 375, height: 740 });
    phone.setDefaultTimeout(SLOW_MS);
    phone.on("pageerror", (error) => errors.push(error.message));
    await phone.goto(`${base}/admin/templates?template=case.assigned&language=en`);
    await expect.poll(() => phone.getByRole("textbox", { name: "邮件主题" }).inputValue()).toMatch(/^\[Act now\]/);
    await phone.getByTestId("template-preview").getByText("C2611-000042").first().waitFor();
    expect(await phone.evaluate<number>("document.documentElement.scrollWidth")).toBeLessThanOrEqual(375);
    const [form, card] = await Promise.all([phone.getByRole("textbox", { name: "邮件正文" }).boundingBox(), phone.getByTestId("template-preview").boundingBox()]);
    expect(card!.y).toBeGreaterThan(form!.y);
    await phone.goto(`${base}/admin/templates`);
    await phone.locator(".ant-table").first().waitFor();
    expect(await phone.evaluate<number>("document.documentElement.scrollWidth")).toBeLessThanOrEqual(375);
    await phone.close();
    expect(errors).toEqual([]);
    await page.close();
  });

  it("lets an administrator mint the PBX's token, shown once, and revoke it at once", async () => {
    const base = world.server.base;
    await world.browser.context.clearCookies();
    const page = await world.browser.newPage();
    page.setDefaultTimeout(SLOW_MS);
    await signIn(page, base, "admin@demo.casedesk.cn");
    await page.goto(`${base}/admin/tokens`);
    await page.getByRole("button", { name: "新建令牌" }).click();
    const dialog = page.getByRole("dialog", { name: "新建令牌" });
    await dialog.getByLabel("用途").fill("呼叫中心交换机 e2e");
    await dialog.getByLabel("仅上报来电（交换机）").check();
    await dialog.getByRole("button", { name: /^创\s?建$/ }).click();
    await dialog.getByText("请立即复制并妥善保存").waitFor();
    const token = await dialog.getByRole("textbox", { name: "令牌" }).inputValue();
    expect(token).toMatch(/^cdt_/);
    await dialog.getByRole("button", { name: /^完\s?成$/ }).click();
    const call = () => fetch(`${base}/api/v1/telephony/calls`, {
      method: "POST", headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
      body: JSON.stringify({ callId: `tok-e2e-${Date.now()}-${Math.random()}`, from: "13800138000", to: "4008108888", event: "ringing", at: new Date().toISOString(), direction: "inbound" }),
    });
    expect((await call()).status).toBeLessThan(300);
    // the list shows it with its scope, never the token itself
    const row = page.getByRole("row").filter({ hasText: "呼叫中心交换机 e2e" });
    await row.getByText("仅上报来电（交换机）").waitFor();
    expect(await page.content()).not.toContain(token);

    await row.getByRole("button", { name: "吊销 呼叫中心交换机 e2e" }).click();
    await page.locator(".ant-popconfirm").getByRole("button", { name: /^吊\s?销$/ }).click();
    await page.getByText("令牌「呼叫中心交换机 e2e」已吊销").waitFor();
    await row.getByText(/^已于 .* 吊销$/).waitFor();
    expect((await call()).status).toBe(401);
    await page.close();
  }, TEST_MS);

  it("opens every staff screen of this feature without a script error, the search from its URL with the export of the same search", async () => {
    const base = world.server.base;
    await world.browser.context.clearCookies();
    const page = await world.browser.newPage();
    page.setDefaultTimeout(SLOW_MS);
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(error.message));
    await signIn(page, base, "manager@demo.casedesk.cn");

    await page.goto(`${base}/search?vendor=IBM&status=closed`);
    await page.getByRole("heading", { name: "工单查询" }).waitFor();
    await page.locator(".ant-table-row").first().waitFor();
    const href = await page.getByRole("link", { name: /导出 CSV/ }).getAttribute("href");
    expect(href).toBe("/api/v1/cases/export.csv?vendor=IBM&status=closed");
    const vendors = await page.locator(".ant-table-row td:nth-child(6)").allTextContents();
    expect(vendors.length).toBeGreaterThan(0);
    expect(new Set(vendors)).toEqual(new Set(["IBM"]));
    if (SCREENSHOT_DIR) await page.screenshot({ path: join(SCREENSHOT_DIR, "search.png"), fullPage: true });

    const screens: Array<[string, { role: "heading" | "button"; name: string }]> = [
      ["/overview", { role: "heading", name: "运营概览" }], ["/escalations", { role: "heading", name: "升级与厂家支持" }],
      ["/admin/users", { role: "heading", name: "用户与角色" }], ["/admin/customers", { role: "button", name: "新增客户" }],
      ["/admin/calendars", { role: "button", name: "新增日历" }], ["/admin/rosters", { role: "button", name: "新增班次模式" }],
      ["/admin/tokens", { role: "button", name: "新建令牌" }], ["/admin/operations", { role: "heading", name: "运行状况" }],
      ["/admin/templates", { role: "button", name: "查看 工单分派给工程师" }],
    ];
    const problems: string[] = [];
    for (const [path, landmark] of screens) {
      await page.goto(`${base}${path}`);
      await page.getByRole(landmark.role, { name: landmark.name }).first().waitFor();
      await page.waitForLoadState("networkidle");
      // labelled for screen readers, readable contrast (axe-core, WCAG 2.1 AA, serious or worse)
      problems.push(...(await accessibilityProblems(page)).map((problem) => `${path} ${problem}`));
      if (SCREENSHOT_DIR) await page.screenshot({ path: join(SCREENSHOT_DIR, `${path.replaceAll("/", "_")}.png`), fullPage: true });
    }
    // on a phone the screens keep to the screen's width (wide tables scroll inside their own box)
    const phone = await world.browser.newPage({ width: 375, height: 740 });
    phone.setDefaultTimeout(SLOW_MS);
    phone.on("pageerror", (error) => errors.push(error.message));
    for (const path of ["/search?vendor=IBM", "/admin/sla", "/admin/templates", "/overview"]) {
      await phone.goto(`${base}${path}`);
      await phone.locator(".ant-table").first().waitFor();
      expect(await phone.evaluate<number>("document.documentElement.scrollWidth"), path).toBeLessThanOrEqual(375);
    }
    await phone.close();
    expect(errors).toEqual([]);
    expect(problems).toEqual([]);
    await page.close();
  }, TEST_MS);
});
