import { describe, expect, it } from "vitest";
import { apiAs, type E2eWorld, hasBrowser, requireBrowserUnderCi, signIn, signOut, useBrowserWorld } from "./harness.js";
import { caseBesideSiteDepot, choose, onHand, rmaStep, type Rma } from "./rma-scene.js";
import { SLOW_MS } from "./walks.js";

const TEST_MS = 300_000;

type StepTarget = { status: string; value: number; unit: string; calendarId: string | null };

requireBrowserUnderCi();

describe.skipIf(!hasBrowser)("the RMA admin's replacement from a depot, and the steps' targets", () => {
  let world: E2eWorld;
  useBrowserWorld((received) => (world = received));

  it("dispatches the replacement from the case's site depot: the RMA shows it sent, and the depot holds one unit less", { timeout: TEST_MS }, async () => {
    const base = world.server.base;
    const { manager, siteDepot, part, spareSerial, opened } = await caseBesideSiteDepot(base);
    // the RMA opened and approved through the API: only the dispatch is this test's
    const requested = await manager.post<Rma>(`/cases/${opened.id}/rmas`, { partId: part.id, faultySerial: `FAULTY-${spareSerial}`, vendor: "IBM", faultDescription: "闪存模块自检失败", warrantyTerm: "replace" });
    const rmaAdmin = await apiAs(base, "rma@demo.casedesk.cn");
    const rma = await rmaAdmin.post<Rma>(`/rmas/${requested.id}/advance`, { to: "vendor_approved", version: requested.version, vendorRmaNo: "IBM-RMA-7700001" });
    const stockBefore = await onHand(manager, siteDepot.id, part);

    const page = await world.browser.newPage();
    page.setDefaultTimeout(SLOW_MS);
    await signOut(page);
    await signIn(page, base, "rma@demo.casedesk.cn");
    await page.goto(`${base}/rma/${rma.id}`);
    await expect.poll(() => page.getByTestId("rma-status").textContent(), { timeout: SLOW_MS }).toBe("厂家已批准");
    // the depot is offered because it has the part available; 01LL581 is serialised, so the unit leaving is picked too
    await rmaStep(page, "替换件已发出", async (dialog) => {
      await dialog.getByRole("textbox", { name: "运单号" }).fill("SF1402339837001");
      await choose(page, dialog, /从备件库发出$/, siteDepot.name);
      await choose(page, dialog, /发出的序列号$/, spareSerial);
    }, "替换件已发出");
    // the history names the depot and the serial sent (staff only)
    await page.getByText(`从 ${siteDepot.name} 出库 ${spareSerial}`).waitFor();

    // the server: one unit out of that depot, the very serial chosen, the RMA pointing at the depot
    expect(await onHand(manager, siteDepot.id, part)).toBe(stockBefore - 1);
    const serials = (await manager.get<{ serials: string[] }>(`/depots/${siteDepot.id}/stock/${part.id}/serials`)).serials;
    expect(serials).not.toContain(spareSerial);
    expect(await manager.get(`/rmas/${rma.id}`)).toMatchObject({ status: "replacement_dispatched", fromDepotId: siteDepot.id, replacementTrackingNo: "SF1402339837001" });
    await page.close();
  });

  it("sets a step's target to one working day in a business calendar: kept after a reload, stored by the server, and shown in Chinese only", { timeout: TEST_MS }, async () => {
    const base = world.server.base;
    // a calendar of the test's own (only an admin may create one), to be picked in the tab
    const calendarName = `备件发货日历 ${Date.now() % 1_000_000}`;
    const admin = await apiAs(base, "admin@demo.casedesk.cn");
    const calendar = await admin.post<{ id: string }>("/calendars", { name: calendarName, timeZone: "Asia/Shanghai", weekly: [1, 2, 3, 4, 5].map((day) => ({ day, start: "09:00", end: "17:00" })) });
    const rmaAdmin = await apiAs(base, "rma@demo.casedesk.cn");
    const targetOf = async (status: string) => (await rmaAdmin.get<{ items: StepTarget[] }>("/rma-step-targets")).items.find((t) => t.status === status)!;
    // the demo's target for the dispatch: 48 clock hours
    expect(await targetOf("vendor_approved")).toMatchObject({ value: 48, unit: "hours", calendarId: null });

    const page = await world.browser.newPage();
    page.setDefaultTimeout(SLOW_MS);
    await signOut(page);
    await signIn(page, base, "rma@demo.casedesk.cn");
    await page.goto(`${base}/rma?tab=targets`);
    const step = "厂家批准 → 替换件发出";
    const row = page.getByRole("row").filter({ hasText: step });
    const value = row.getByRole("spinbutton", { name: `${step}的时限` });
    await expect.poll(() => value.inputValue(), { timeout: SLOW_MS }).toBe("48");
    await value.fill("1");
    // the unit's and the calendar's lists have no search: the option is clicked; every unit is named in Chinese
    await row.getByRole("combobox", { name: "单位" }).click();
    await expect.poll(() => page.locator(".ant-select-item-option").allInnerTexts()).toEqual(["工作日", "工作小时", "小时", "分钟"]);
    await page.locator(".ant-select-item-option").filter({ hasText: /^工作日$/ }).click();
    await row.getByRole("combobox", { name: "业务日历" }).click();
    await page.locator(".ant-select-item-option").filter({ hasText: calendarName }).click();
    await row.getByRole("button", { name: /保\s*存/ }).click();
    await expect.poll(() => targetOf("vendor_approved"), { timeout: SLOW_MS }).toMatchObject({ value: 1, unit: "working_days", calendarId: calendar.id });

    // after a reload the tab reads the stored target back
    await page.reload();
    await expect.poll(() => value.inputValue(), { timeout: SLOW_MS }).toBe("1");
    // the unit and the calendar shown by name (the calendar's own name has no "工作日" in it)
    await expect.poll(() => row.innerText()).toContain("工作日");
    expect(await row.innerText()).toContain(calendarName);
    expect(await row.innerText()).not.toContain("小时");
    // the rows left alone are as the demo has them
    expect(await targetOf("replacement_dispatched")).toMatchObject({ value: 72, unit: "hours" });

    // no unit, step or duration code on screen: lowercase Latin (working_days, hours, vendor_approved) or ISO 8601 (PT1H, P1D)
    const panel = page.getByRole("tabpanel", { name: "步骤时限" });
    const values = await Promise.all((await panel.getByRole("spinbutton").all()).map((input) => input.inputValue()));
    const shown = `${await panel.innerText()}\n${values.join(" ")}`;
    expect(shown).toContain("工作日");
    expect(shown.match(/[a-z][\w]*|\bPT?\d+[DHMS]\w*/g) ?? []).toEqual([]);
    await page.close();
  });
});
