import type { ChildProcess } from "node:child_process";
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import { afterAll, beforeAll, it } from "vitest";
import { repoRoot, startChildServer, type ChildServer } from "../../test/child-server.js";
import { DEMO_LOADED } from "../../src/demo/index.js";
import { createTestDatabaseLocation, type TestDatabaseLocation } from "../../test/helpers.js";

/**
 * The browser tests' harness: Debian's Chromium through playwright-core, a real casedesk
 * server as a child process (its own database, the demo centre, the built web UI), and the
 * build of web/dist when it is missing or stale.
 */
export const CHROMIUM = process.env.CASEDESK_CHROMIUM ?? "/usr/bin/chromium";
export const hasBrowser = existsSync(CHROMIUM);
export const isCi = process.env.CI === "true";

/** Under CI a missing Chromium fails the file, never skips it: called at the top of each browser test file. */
export function requireBrowserUnderCi(): void {
  if (!hasBrowser && isCi) {
    it("has a browser for the web UI tests", () => {
      throw new Error(`CI=true and there is no Chromium at ${CHROMIUM}: .ci/run installs it (apt-get install chromium)`);
    });
  }
}
export const DEMO_PASSWORD = "casedesk-demo";
export const WEB_DIST = join(repoRoot, "web", "dist");

const FLAGS = [
  "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
  "--disable-background-networking", "--disable-component-update", "--disable-sync",
];

/** Builds web/dist once if it is missing or older than web/src (a lock makes parallel files wait). */
export function buildWebIfStale(): void {
  const result = spawnSync(process.execPath, [join(repoRoot, "scripts", "build-web.mjs"), "--if-stale"], { cwd: repoRoot, stdio: "inherit" });
  if (result.status !== 0) throw new Error("building the web UI failed (node scripts/build-web.mjs)");
}

export type Browser = { context: BrowserContext; newPage(options?: { width?: number; height?: number }): Promise<Page>; close(): Promise<void> };

/** Chromium with a fresh profile folder of its own. */
export async function launchBrowser(): Promise<Browser> {
  const profile = mkdtempSync(join(tmpdir(), "casedesk-chromium-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: FLAGS,
    locale: "zh-CN",
    timezoneId: "Asia/Shanghai",
    viewport: { width: 1440, height: 900 },
    // the UI then turns antd's animations off: a page headless Chromium stops painting never
    // finishes a leave animation (a save button kept its spinner's "loading" in its name)
    reducedMotion: "reduce",
  });
  // generous: the machines that run the suite are often busy
  context.setDefaultTimeout(40_000);
  return {
    context,
    newPage: async (options) => {
      const page = await context.newPage();
      if (options?.width) await page.setViewportSize({ width: options.width, height: options.height ?? 800 });
      return page;
    },
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

export type E2eWorld = { server: ChildServer; browser: Browser };

/**
 * The usual browser-test setup: the build, a server with the demo centre on a database of this
 * file's own, and a browser; everything is gone after the file.
 */
export function useBrowserWorld(receive: (world: E2eWorld) => void, env: NodeJS.ProcessEnv = {}): void {
  const children = new Set<ChildProcess>();
  let location: TestDatabaseLocation | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    buildWebIfStale();
    // while writing a test: CASEDESK_E2E_BASE=http://127.0.0.1:3000 runs it against a server already up with the demo centre
    const external = process.env.CASEDESK_E2E_BASE;
    if (external) {
      browser = await launchBrowser();
      receive({ server: { base: external } as ChildServer, browser });
      return;
    }
    location = await createTestDatabaseLocation();
    const server = await startChildServer({
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      LOG_LEVEL: "warn",
      CASEDESK_DEMO: "true",
      // on PostgreSQL the worker firing the seed's overdue timers while the seed still writes can
      // deadlock and stop the server; the UI tests need clocks, not their timers
      CASEDESK_WORKER: "false",
      CASEDESK_WEB_DIR: WEB_DIST,
      ...(location.dir ? { CASEDESK_DATA_DIR: location.dir } : { DATABASE_URL: location.url }),
      ...env,
    }, children, 300_000, DEMO_LOADED);
    browser = await launchBrowser();
    receive({ server, browser });
  }, 420_000);
  afterAll(async () => {
    await browser?.close();
    for (const child of children) child.kill("SIGKILL");
    await new Promise((resolve) => setTimeout(resolve, 200));
    await location?.drop();
  });
}

/** Forgets the session (a fresh sign-in follows). */
export async function signOut(page: Page): Promise<void> {
  await page.context().clearCookies();
}

/** Where screenshots for the README go when CASEDESK_SCREENSHOTS=1 (npm run screenshots). */
export const SCREENSHOT_DIR = process.env.CASEDESK_SCREENSHOTS === "1" ? join(repoRoot, "docs", "screenshots") : null;

/** Signs in through the login page and waits for the landing page. */
export async function signIn(page: Page, base: string, email: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto(`${base}/login`);
  await page.getByLabel(/电子邮件|E-mail/).fill(email);
  await page.getByLabel(/^(密码|Password)$/).fill(password);
  await page.getByRole("button", { name: /^(登 ?录|Sign in)$/ }).click();
  await page.waitForURL((url) => !url.pathname.startsWith("/login"));
}

const AXE_SOURCE = readFileSync(join(repoRoot, "node_modules", "axe-core", "axe.min.js"), "utf8");

/**
 * What axe-core finds wrong on the page at WCAG 2.1 AA, serious or critical only (contrast,
 * names and labels, roles): "rule: element" lines, empty when the page passes.
 */
export async function accessibilityProblems(page: Page): Promise<string[]> {
  // evaluated through the debugging protocol, so the page's CSP does not stop it
  if (!(await page.evaluate("typeof window.axe !== 'undefined'"))) await page.evaluate(AXE_SOURCE);
  const found = await page.evaluate<Array<{ id: string; impact: string | null; nodes: Array<{ target: string[] }> }>>(
    `window.axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] }, resultTypes: ["violations"] }).then((r) => r.violations)`,
  );
  return found
    .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
    .flatMap((violation) => violation.nodes.slice(0, 3).map((node) => `${violation.id}: ${node.target.join(" ")}`));
}

/** The API as one demo user, signed in with a session (cookie + CSRF token): to set the scene, and to check what the UI did. */
export async function apiAs(base: string, email: string) {
  const login = await fetch(`${base}/api/v1/auth/login`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ email, password: DEMO_PASSWORD }) });
  if (login.status !== 200) throw new Error(`login ${email}: ${login.status}`);
  const { csrfToken } = (await login.json()) as { csrfToken: string };
  const cookie = login.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
  const call = async <T>(method: string, path: string, body?: unknown): Promise<T> => {
    const response = await fetch(`${base}/api/v1${path}`, {
      method,
      headers: { cookie, "x-csrf-token": csrfToken, ...(body === undefined ? {} : { "content-type": "application/json" }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${text}`);
    return (text ? JSON.parse(text) : undefined) as T;
  };
  return { get: <T>(path: string) => call<T>("GET", path), post: <T>(path: string, body: unknown = {}) => call<T>("POST", path, body), put: <T>(path: string, body: unknown) => call<T>("PUT", path, body) };
}
