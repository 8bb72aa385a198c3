import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { apiAs, type E2eWorld, hasBrowser, requireBrowserUnderCi, SCREENSHOT_DIR, signIn, useBrowserWorld } from "./harness.js";

requireBrowserUnderCi();

const SLOW_MS = 45_000;
const TEST_MS = 240_000;

type Outbox = { items: Array<{ template: string; toAddress: string | null; caseId: string | null }> };

describe.skipIf(!hasBrowser)("replies by e-mail and the bell", () => {
  let world: E2eWorld;
  useBrowserWorld((received) => (world = received));

  it("an engineer replies from the case page with \"e-mail the customer\" ticked; the customer's answer lights the bell", async () => {
    const base = world.server.base;
    const manager = await apiAs(base, "manager@demo.casedesk.cn");
    const customers = await manager.get<{ items: Array<{ email: string }> }>("/users?role=customer&limit=5");
    const engineers = await manager.get<{ items: Array<{ id: string; email: string }> }>("/users?role=engineer&limit=20");
    const engineer = engineers.items.find((u) => u.email === "engineer1@demo.casedesk.cn")!;
    const customerEmail = customers.items[0]!.email;
    const customer = await apiAs(base, customerEmail);
    const stamp = Date.now().toString(36);
    const opened = await customer.post<{ id: string; number: string; caller: { email: string | null } }>("/cases", {
      subject: `存储告警 ${stamp}`, description: "控制器告警灯常亮", channel: "web", vendor: "IBM", caseType: "hardware", faultLevel: "S3",
    });
    expect(opened.caller.email).toBeTruthy();
    await manager.post(`/cases/${opened.id}/assign`, { assigneeId: engineer.id });
    const engineerApi = await apiAs(base, engineer.email);
    await engineerApi.post("/notifications/read-all");

    const page = await world.browser.newPage();
    page.setDefaultTimeout(SLOW_MS);
    await signIn(page, base, engineer.email);
    await page.goto(`${base}/cases/${opened.number}`);
    await page.getByLabel("内容").fill(`备件已寄出，明天上午到货。${stamp}`);
    await page.getByText("公开（客户可见）").click();
    const mailBox = page.getByRole("checkbox", { name: "发邮件给客户" });
    await expect.poll(() => mailBox.isChecked()).toBe(true);
    if (SCREENSHOT_DIR) await page.screenshot({ path: join(SCREENSHOT_DIR, "case-reply-by-mail.png") });
    await page.getByRole("button", { name: /^记\s?录$/ }).click();
    // the reply waits in the outbox for the caller (this server sends no mail)
    await expect.poll(async () => (await manager.get<Outbox>("/admin/outbox?status=pending&channel=email")).items
      .filter((row) => row.caseId === opened.id && row.template === "case.reply").map((row) => row.toAddress), { timeout: SLOW_MS })
      .toEqual([opened.caller.email!.toLowerCase()]);

    // the customer answers: the engineer's bell lights up without a reload
    const bell = page.getByRole("button", { name: /^通知/ });
    await expect.poll(() => bell.getAttribute("aria-label")).toBe("通知");
    await customer.post(`/cases/${opened.id}/notes`, { body: `收到，明天有人在机房。${stamp}` });
    await expect.poll(() => bell.getAttribute("aria-label"), { timeout: SLOW_MS }).toBe("通知，1 条未读");
    await bell.click();
    const item = page.getByRole("button", { name: new RegExp(`客户来信.*${opened.number}`) });
    await item.waitFor();
    if (SCREENSHOT_DIR) await page.screenshot({ path: join(SCREENSHOT_DIR, "notification-bell.png") });
    await item.click();
    await expect.poll(() => bell.getAttribute("aria-label"), { timeout: SLOW_MS }).toBe("通知");
    expect(page.url()).toContain(`/cases/${opened.id}`);
  }, TEST_MS);
});
