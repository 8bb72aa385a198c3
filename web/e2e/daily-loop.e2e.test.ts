import nodemailer from "nodemailer";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freePort, startSmtpPeer, type ReceivedMail, type SmtpPeer } from "../../test/peers.js";
import { apiAs, type E2eWorld, hasBrowser, requireBrowserUnderCi, signIn, useBrowserWorld } from "./harness.js";
import { adminPutsContractOnCalendar, expertWorksVendorRequestToDone, SLOW_MS } from "./walks.js";

requireBrowserUnderCi();

const SUPPORT = "support@casedesk.test";
type Entry = { kind: string; data: Record<string, unknown> };

/**
 * The "done when", as one day of a support centre over real SMTP both ways: the server's
 * own SMTP receiver takes the customer's mail, and what the server sends goes out through its
 * outbox to an SMTP server standing for the customer's mailbox. The worker runs, as in production.
 */
describe.skipIf(!hasBrowser)("the daily loop closed", () => {
  let world: E2eWorld;
  let mailbox: SmtpPeer;
  const env: NodeJS.ProcessEnv = { CASEDESK_WORKER: "true", WORKER_INTERVAL_MS: "200", SMTP_FROM: `casedesk <${SUPPORT}>` };
  beforeAll(async () => {
    mailbox = await startSmtpPeer();
    env.SMTP_URL = `smtp://127.0.0.1:${mailbox.port}`;
    env.INBOUND_SMTP_PORT = String(await freePort());
  });
  useBrowserWorld((received) => (world = received), env);
  afterAll(() => mailbox?.close());

  it("mail opens a case, the engineer's reply reaches the customer, the answer lands and rings the bell; an expert works a vendor request to done; a contract's calendar drives the next case's clocks", async () => {
    const base = world.server.base;
    const stamp = Date.now().toString(36);
    const manager = await apiAs(base, "manager@demo.casedesk.cn");
    // a company with a contact who writes in and a colleague to copy
    const customers = await manager.get<{ items: Array<{ id: string }> }>("/customers?limit=10");
    type Company = { contacts: Array<{ id: string; name: string; email: string | null }> };
    const companies = await Promise.all(customers.items.map((c) => manager.get<Company>(`/customers/${c.id}`)));
    const company = companies.find((c) => c.contacts.length >= 2 && c.contacts.some((k) => k.email))!;
    const contact = company.contacts.find((c) => c.email)!;
    const colleague = company.contacts.find((c) => c.id !== contact.id)!;
    const sender = nodemailer.createTransport({ host: "127.0.0.1", port: Number(env.INBOUND_SMTP_PORT), secure: false, ignoreTLS: true });

    // 1. the customer writes in: the mail opens a case
    const firstId = `<first.${stamp}@mail.example.cn>`;
    await sender.sendMail({ from: `${contact.name} <${contact.email}>`, to: SUPPORT, messageId: firstId, subject: `阵列告警 ${stamp}`, text: `DS8900F 控制器告警灯常亮，请尽快处理。${stamp}` });
    let opened: { id: string; number: string } | undefined;
    await expect.poll(async () => {
      opened = (await manager.get<{ items: Array<{ id: string; number: string; subject: string }> }>(`/cases?q=${stamp}`)).items.find((c) => c.subject.includes(stamp));
      return opened !== undefined;
    }, { timeout: SLOW_MS }).toBe(true);
    const engineers = await manager.get<{ items: Array<{ id: string; email: string }> }>("/users?role=engineer&limit=20");
    const engineer = engineers.items.find((u) => u.email === "engineer1@demo.casedesk.cn")!;
    await manager.post(`/cases/${opened!.id}/assign`, { assigneeId: engineer.id });
    await (await apiAs(base, engineer.email)).post("/notifications/read-all");

    // 2. the engineer replies from the case page, "e-mail the customer" ticked
    const page = await world.browser.newPage();
    page.setDefaultTimeout(SLOW_MS);
    await signIn(page, base, engineer.email);
    await page.goto(`${base}/cases/${opened!.number}`);
    await page.getByLabel("内容").fill(`备用控制器已寄出，明天上午到货。${stamp}`);
    await page.getByText("公开（客户可见）").click();
    await expect.poll(() => page.getByRole("checkbox", { name: "发邮件给客户" }).isChecked()).toBe(true);
    await page.getByRole("button", { name: /^记\s?录$/ }).click();

    // 3. the customer receives it by mail, threaded under their own
    let reply: ReceivedMail | undefined;
    await expect.poll(() => {
      reply = mailbox.messages.find((m) => m.envelopeTo.includes(contact.email!.toLowerCase()) && m.text.includes(`备用控制器已寄出，明天上午到货。${stamp}`));
      return reply !== undefined;
    }, { timeout: SLOW_MS }).toBe(true);
    expect(reply!.subject).toContain(`[${opened!.number}]`);
    expect(reply!.header("in-reply-to")).toBe(firstId);

    // the engineer copies a colleague of the caller on the case's mail, and takes them off again: each change logged
    const cc = page.getByTestId("case-cc");
    await cc.getByRole("combobox", { name: "选择该客户的联系人" }).click();
    await page.locator(".ant-select-item-option").filter({ hasText: colleague.name }).click();
    await cc.getByRole("button", { name: /^添\s?加$/ }).click();
    await page.locator('[data-kind="cc.added"]').getByText(colleague.name).waitFor();
    await cc.getByRole("button", { name: `移除 ${colleague.name}` }).click();
    await page.locator('[data-kind="cc.removed"]').getByText(colleague.name).waitFor();
    await expect.poll(() => cc.getByText(colleague.name).count()).toBe(0);

    // 4. and answers by mail: the answer lands on the case and the engineer's bell lights up
    const bell = page.getByRole("button", { name: /^通知/ });
    await sender.sendMail({
      from: `${contact.name} <${contact.email}>`, to: SUPPORT, messageId: `<answer.${stamp}@mail.example.cn>`, subject: `Re: ${reply!.subject}`,
      inReplyTo: reply!.messageId, references: [firstId, reply!.messageId!], text: `收到，明天有人在机房。${stamp}`,
    });
    await expect.poll(async () => (await manager.get<{ items: Entry[] }>(`/cases/${opened!.id}/activities?limit=500`)).items
      .some((e) => String(e.data.body ?? "").includes(`收到，明天有人在机房。${stamp}`)), { timeout: SLOW_MS }).toBe(true);
    await expect.poll(() => bell.getAttribute("aria-label"), { timeout: SLOW_MS }).toMatch(/未读/);
    await bell.click();
    await page.getByRole("button", { name: new RegExp(`客户来信.*${opened!.number}`) }).waitFor();
    await page.close();
    sender.close();

    // 5. an expert confirms a vendor request and works it to done, all in the UI
    await expertWorksVendorRequestToDone(world, stamp);

    // 6. an admin puts a contract on a business calendar; the next case's clocks follow it
    await adminPutsContractOnCalendar(world, stamp);
  }, 900_000);
});
