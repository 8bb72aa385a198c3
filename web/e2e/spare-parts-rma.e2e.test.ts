import { describe, expect, it } from "vitest";
import { type E2eWorld, hasBrowser, requireBrowserUnderCi, signIn, signOut, useBrowserWorld } from "./harness.js";
import { caseBesideSiteDepot, choose, onHand, rmaStep, type Rma } from "./rma-scene.js";

const TEST_MS = 420_000;

requireBrowserUnderCi();

describe.skipIf(!hasBrowser)("spare parts and RMA, from an S1 case to the customer's portal", () => {
  let world: E2eWorld;
  useBrowserWorld((received) => (world = received));

  it("reserves a spare from the site's depot, issues it on a phone, sends the faulty part back under an RMA, and the customer sees the RMA closed", { timeout: TEST_MS }, async () => {
    const base = world.server.base;
    const { manager, siteDepot, part, spareSerial, contact, opened } = await caseBesideSiteDepot(base);

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
    const step = (button: string, fill: Parameters<typeof rmaStep>[2], expected: string) => rmaStep(admin, button, fill, expected);
    await step("厂家已批准", (d) => d.getByRole("textbox", { name: "厂家 RMA 号" }).fill("IBM-RMA-5512999"), "厂家已批准");
    await step("替换件已发出", (d) => d.getByRole("textbox", { name: "运单号" }).fill("SF1402339837999"), "替换件已发出");
    const stockBefore = await onHand(manager, siteDepot.id, part);
    await step("故障件已寄回", async (d) => {
      await choose(admin, d, /替换件入库到$/, siteDepot.name);
      await d.getByRole("textbox", { name: "替换件序列号" }).fill(`NEW-${spareSerial}`);
    }, "故障件已寄回");
    expect(await onHand(manager, siteDepot.id, part)).toBe(stockBefore + 1);
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
