import type { Locator, Page } from "playwright-core";
import { expect } from "vitest";
import { apiAs } from "./harness.js";
import { SLOW_MS } from "./walks.js";

/**
 * What the spare-parts and RMA browser tests share: the scene they set through the API (a case
 * beside a depot holding a spare of the test's own) and the controls of the RMA page.
 */

export type Depot = { id: string; name: string; siteId: string | null; customerId: string | null };
export type Part = { id: string; partNumber: string };
export type Rma = { id: string; number: string; status: string; version: number };
type Api = Awaited<ReturnType<typeof apiAs>>;

/** Picks an option of an antd Select by typing part of its text. */
export async function choose(page: Page, scope: Locator, label: RegExp, text: string) {
  await scope.getByRole("combobox", { name: label }).click();
  await page.keyboard.type(text);
  await page.getByRole("option", { name: new RegExp(text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")) }).first().waitFor({ state: "attached" });
  await page.keyboard.press("Enter");
}

/** A depot's on-hand stock of a part, through the API (searched by part number: the stock is paged). */
export async function onHand(api: Api, depotId: string, part: Part): Promise<number> {
  const stock = await api.get<{ items: Array<{ partId: string; onHand: number }> }>(`/depots/${depotId}/stock?q=${encodeURIComponent(part.partNumber)}`);
  return stock.items.find((item) => item.partId === part.id)!.onHand;
}

/**
 * An S1 case at the site of a customer's own depot, assigned to engineer1, with a spare of the
 * test's own (part 01LL581 under a fresh serial) received into that depot.
 */
export async function caseBesideSiteDepot(base: string) {
  const manager = await apiAs(base, "manager@demo.casedesk.cn");
  const depots = (await manager.get<{ items: Depot[] }>("/depots")).items;
  const siteDepot = depots.find((d) => d.siteId)!;
  const part = (await manager.get<{ items: Part[] }>("/parts?q=01LL581")).items[0]!;
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
  return { manager, siteDepot, part, spareSerial, contact, opened };
}

/** One step on an RMA's page: its button, the dialog filled and sent, until the page shows the state `expected`. */
export async function rmaStep(page: Page, button: string, fill: (dialog: Locator) => Promise<void>, expected: string) {
  await page.getByRole("button", { name: button }).first().click();
  const dialog = page.getByRole("dialog");
  await fill(dialog);
  await dialog.locator(".ant-modal-footer").getByRole("button", { name: button }).click();
  await dialog.waitFor({ state: "detached" });
  await expect.poll(() => page.getByTestId("rma-status").textContent(), { timeout: SLOW_MS }).toBe(expected);
}
