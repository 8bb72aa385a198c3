import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { apiAs, CHROMIUM, hasBrowser, isCi, signIn, signOut, useBrowserWorld, type E2eWorld } from "./harness.js";

const TEST_MS = 420_000;

type Depot = { id: string; name: string; siteId: string | null; customerId: string | null };
type Part = { id: string; partNumber: string };
type Rma = { id: string; number: string; status: string; version: number };

if (!hasBrowser && isCi) {
  it("has a browser for the web UI tests", () => {
    throw new Error(`CI=true and there is no Chromium at ${CHROMIUM}`);
  });
}

/** Picks an option of an antd Select by typing part of its text. */
async function choose(page: Page, scope: ReturnType<Page["locator"]>, label: RegExp, text: string) {
  await scope.getByRole("combobox", { name: label }).click();
  await page.keyboard.type(text);
  await page.getByRole("option", { name: new RegExp(text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")) }).first().waitFor({ state: "attached" });
  await page.keyboard.press("Enter");
}

describe.skipIf(!hasBrowser)("spare parts and RMA, from an S1 case to the customer's portal", () => {
  let world: E2eWorld;
  useBrowserWorld((received) => (world = received));

  it("reserves a spare from the site's depot, issues it on a phone, sends the faulty part back under an RMA, and the customer sees the RMA closed", { timeout: TEST_MS }, async () => {
    const base = world.server.base;
    const manager = await apiAs(base, "manager@demo.casedesk.cn");
    const depots = (await manager.get<{ items: Depot[] }>("/depots")).items;
    const siteDepot = depots.find((d) => d.siteId)!;
    const part = (await manager.get<{ items: Part[] }>("/parts?q=01LL581")).items[0]!;
    // a spare of the walk's own at the customer's site depot
    const spareSerial = `SPARE-${Date.now()}`;
    await (await apiAs(base, "rma@demo.casedesk.cn")).post("/stock-movements", { type: "receive", partId: part.id, depotId: siteDepot.id, quantity: 1, serials: [spareSerial] });
    const serials = (await manager.get<{ serials: string[] }>(`/depots/${siteDepot.id}/stock/${part.id}/serials`)).serials;
    expect(serials).toContain(spareSerial);
    const company = await manager.get<{ contacts: Array<{ id: string; email: string | null; isDesignated: boolean }> }>(`/customers/${siteDepot.customerId}`);
    const contact = company.contacts.find((c) => c.isDesignated)!;
    const users = await manager.get<{ items: Array<{ id: string; email: string }> }>("/users?limit=200");
    const engineer = users.items.find((u) => u.email === "engineer1@demo.casedesk.cn")!;
    const opened = await manager.post<{ id: string; number: string }>("/cases", {
      subject: "核心存储宕机：闪存模块故障", description: "DS8950F 一块闪存模块故障，业务中断。", channel: "phone", vendor: "IBM", caseType: "hardware",
      faultLevel: "S1", contactId: contact.id, siteId: siteDepot.siteId,
    });
    await manager.post(`/cases/${opened.id}/assign`, { assigneeId: engineer.id });

    // the engineer reserves the spare on the case page: the site's own depot is chosen for him
    const desk = await world.browser.newPage();
    await signIn(desk, base, "engineer1@demo.casedesk.cn");
    await desk.goto(`${base}/cases/${opened.number}`);
    const panel = desk.getByTestId("case-parts");
    await panel.getByText("预留备件", { exact: true }).first().click();
    await choose(desk, panel, /备件$/, "01LL581");
    await panel.getByRole("button", { name: "预留备件" }).click();
    await expect.poll(() => panel.getByTestId("reservation").getAttribute("data-status"), { timeout: 45_000 }).toBe("reserved");
    await expect.poll(() => panel.getByTestId("reservation").textContent()).toContain(siteDepot.name);

    // on site, from a 375 px phone: the serial typed, the part issued
    const phone = await world.browser.newPage({ width: 375, height: 812 });
    await phone.goto(`${base}/cases/${opened.number}/issue-parts`);
    await phone.getByRole("textbox", { name: "第 1 件序列号" }).fill(spareSerial);
    await phone.getByRole("button", { name: /出\s*库/ }).click();
    await phone.getByText("没有待出库的预留备件").waitFor({ timeout: 45_000 });
    const width = await phone.evaluate<number>("document.documentElement.scrollWidth");
    expect(width).toBeLessThanOrEqual(375);
    await phone.close();

    // back at the desk (in front again: a page behind another is not painted, and its dialogs never finish closing)
    await desk.bringToFront();
    await desk.reload();
    await expect.poll(() => panel.getByTestId("reservation").getAttribute("data-status"), { timeout: 45_000 }).toBe("issued");
    await panel.getByRole("button", { name: "故障件退回" }).click();
    const faultyDialog = desk.getByRole("dialog");
    await faultyDialog.getByRole("textbox", { name: "第 1 件序列号" }).fill(`FAULTY-${spareSerial}`);
    await faultyDialog.getByRole("button", { name: "故障件退回" }).click();
    await faultyDialog.waitFor({ state: "detached" });
    await panel.getByRole("button", { name: "申请 RMA" }).click();
    const rmaDialog = desk.getByRole("dialog");
    await expect.poll(() => rmaDialog.getByRole("textbox", { name: "故障件序列号" }).inputValue()).toBe(`FAULTY-${spareSerial}`);
    await rmaDialog.getByRole("textbox", { name: "故障描述" }).fill("闪存模块自检失败，已更换");
    await rmaDialog.getByRole("button", { name: "申请 RMA" }).click();
    await rmaDialog.waitFor({ state: "detached" });
    const rma = (await manager.get<{ items: Rma[] }>(`/rmas?caseId=${opened.id}`)).items[0]!;
    expect(rma.status).toBe("requested");
    await desk.close();

    // the RMA admin works it: the vendor's number, the replacement dispatched, received into the depot with the faulty part returned, closed
    const admin = await world.browser.newPage();
    await signOut(admin);
    await signIn(admin, base, "rma@demo.casedesk.cn");
    await admin.goto(`${base}/rma`);
    await admin.getByRole("link", { name: rma.number }).click();
    const step = async (button: string, fill: (dialog: ReturnType<Page["getByRole"]>) => Promise<void>, expected: string) => {
      await admin.getByRole("button", { name: button }).first().click();
      const dialog = admin.getByRole("dialog");
      await fill(dialog);
      await dialog.locator(".ant-modal-footer").getByRole("button", { name: button }).click();
      await dialog.waitFor({ state: "detached" });
      await expect.poll(() => admin.getByTestId("rma-status").textContent(), { timeout: 45_000 }).toBe(expected);
    };
    await step("厂家已批准", (d) => d.getByRole("textbox", { name: "厂家 RMA 号" }).fill("IBM-RMA-5512999"), "厂家已批准");
    await step("替换件已发出", (d) => d.getByRole("textbox", { name: "运单号" }).fill("SF1402339837999"), "替换件已发出");
    const stockBefore = (await manager.get<{ items: Array<{ partId: string; onHand: number }> }>(`/depots/${siteDepot.id}/stock`)).items.find((i) => i.partId === part.id)!.onHand;
    await step("故障件已寄回", async (d) => {
      await choose(admin, d, /替换件入库到$/, siteDepot.name);
      await d.getByRole("textbox", { name: "替换件序列号" }).fill(`NEW-${spareSerial}`);
    }, "故障件已寄回");
    const stockAfter = (await manager.get<{ items: Array<{ partId: string; onHand: number }> }>(`/depots/${siteDepot.id}/stock`)).items.find((i) => i.partId === part.id)!.onHand;
    expect(stockAfter).toBe(stockBefore + 1);
    await step("关闭", async () => undefined, "已关闭");
    await admin.close();

    // the customer sees the RMA's state in the portal, and nothing of the depots
    const customer = await world.browser.newPage();
    await signOut(customer);
    await signIn(customer, base, contact.email!);
    await customer.goto(`${base}/portal/cases/${opened.id}`);
    await expect.poll(() => customer.getByTestId("portal-rma-status").textContent(), { timeout: 45_000 }).toBe("已关闭");
    expect(await customer.getByText(siteDepot.name).count()).toBe(0);
    await customer.close();
  });
});
