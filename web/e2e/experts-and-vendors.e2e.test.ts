import { describe, expect, it } from "vitest";
import { type E2eWorld, hasBrowser, requireBrowserUnderCi, signIn, signOut, useBrowserWorld } from "./harness.js";
import { escalatedCaseWithVendorRequest, expertWorksVendorRequestToDone, SLOW_MS, watch } from "./walks.js";

const TEST_MS = 300_000;

/** One demo login per staff role. */
const STAFF_LOGINS: Record<string, string> = {
  dispatcher: "dispatcher1", engineer: "engineer1", expert: "expert1", rma_admin: "rma", manager: "manager", admin: "admin",
};

requireBrowserUnderCi();

describe.skipIf(!hasBrowser)("experts and vendors in the web UI", () => {
  let world: E2eWorld;
  useBrowserWorld((received) => (world = received));

  it("opens every screen of every staff role without a refused or failed API call or a script error", async () => {
    const stamp = Date.now().toString(36);
    const found = await escalatedCaseWithVendorRequest(world.server.base, stamp);
    const page = await world.browser.newPage();
    page.setDefaultTimeout(SLOW_MS);
    const problems: string[] = [];
    const visited: string[] = [];
    for (const [role, login] of Object.entries(STAFF_LOGINS)) {
      await signOut(page);
      await signIn(page, world.server.base, `${login}@demo.casedesk.cn`);
      // the watch starts signed in: the sign-in page's "who am I?" is rightly a 401
      const seen = watch(page);
      // the screens of the role's menu (the UI's own list of what the role may open), and a case
      const menu = page.getByRole("menu").getByRole("link");
      await menu.first().waitFor();
      const screens = [...(await Promise.all((await menu.all()).map((link) => link.getAttribute("href")))).filter((href): href is string => Boolean(href)), `/cases/${found.number}`];
      for (const path of screens) {
        await page.goto(`${world.server.base}${path}`);
        await seen.settled();
        visited.push(`${role} ${path}`);
        // administration: every tab, each loaded when opened
        if (path === "/admin") {
          for (const tab of await page.getByRole("tab").all()) {
            await tab.click();
            await seen.settled();
            visited.push(`${role} ${new URL(page.url()).pathname}`);
          }
        }
      }
      problems.push(...seen.failures.map((failure) => `${role}: ${failure}`));
      page.removeAllListeners();
    }
    expect(problems).toEqual([]);
    // the walk did reach the screens it is about
    expect(visited).toEqual(expect.arrayContaining(["engineer /escalations", "expert /expert", "expert /escalations", "admin /admin/operations", `rma_admin /cases/${found.number}`]));
    await page.close();
  }, TEST_MS);

  it("lets an expert confirm a vendor request on the desk and work it to done on the case page", async () => {
    await expertWorksVendorRequestToDone(world, Date.now().toString(36));
  }, TEST_MS);
});
