import { describe, expect, it } from "vitest";
import { CHROMIUM, hasBrowser, isCi, signIn, useBrowserWorld, type E2eWorld } from "./harness.js";

if (!hasBrowser && isCi) {
  it("has a browser for the web UI tests", () => {
    throw new Error(`CI=true and there is no Chromium at ${CHROMIUM}: .ci/run installs it (apt-get install chromium)`);
  });
}

describe.skipIf(!hasBrowser)("the web UI's shell", () => {
  let world: E2eWorld;
  useBrowserWorld((received) => (world = received));

  it("shows the login page in Chinese, switches to English and remembers it, and lands each role on its home", async () => {
    const page = await world.browser.newPage();
    await page.goto(`${world.server.base}/cases/C2611-000001`);
    await page.waitForURL(/\/login$/);
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

  it("serves /api, /healthz and /metrics beside the UI", async () => {
    expect((await fetch(`${world.server.base}/healthz`)).status).toBe(200);
    expect((await fetch(`${world.server.base}/metrics`)).status).toBe(200);
    const api = await fetch(`${world.server.base}/api/v1/cases`);
    expect(api.status).toBe(401);
    expect(api.headers.get("content-type")).toMatch(/problem\+json/);
  });
});
