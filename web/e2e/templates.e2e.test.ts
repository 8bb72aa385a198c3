import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { CHROMIUM, DEMO_PASSWORD, hasBrowser, isCi, SCREENSHOT_DIR, signIn, useBrowserWorld, type E2eWorld } from "./harness.js";

/** a machine busy with other test files is slow to render; wait longer than the harness's default */
const SLOW_MS = 45_000;
const TEST_MS = 240_000;

type Template = { subject: string; customised: boolean; version: number; defaults: { subject: string } };

/** Reads one template through the API as the demo administrator. */
async function readTemplate(base: string, name: string, language: string): Promise<Template> {
  const login = await fetch(`${base}/api/v1/auth/login`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ email: "admin@demo.casedesk.cn", password: DEMO_PASSWORD }) });
  if (login.status !== 200) throw new Error(`login: ${login.status}`);
  const cookie = login.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
  const response = await fetch(`${base}/api/v1/notification-templates/${name}/${language}`, { headers: { cookie } });
  if (!response.ok) throw new Error(`GET template: ${response.status} ${await response.text()}`);
  return (await response.json()) as Template;
}

if (!hasBrowser && isCi) {
  it("has a browser for the web UI tests", () => {
    throw new Error(`CI=true and there is no Chromium at ${CHROMIUM}: .ci/run installs it (apt-get install chromium)`);
  });
}

describe.skipIf(!hasBrowser)("the notification templates screen", () => {
  let world: E2eWorld;
  useBrowserWorld((received) => (world = received));

  it("lets an administrator edit a template with the server's errors in Chinese beside the field, save it and restore the default", { timeout: TEST_MS }, async () => {
    const base = world.server.base;
    const before = await readTemplate(base, "case.assigned", "zh-CN");
    expect(before.customised).toBe(false);
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
});
