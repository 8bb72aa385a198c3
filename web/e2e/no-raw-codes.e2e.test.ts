import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { STAFF_ROLES } from "../../src/auth/actor.js";
import { ACTIVITY_KINDS } from "../../src/cases/case-events.js";
import { CASE_STATUSES, CHANNELS, WAIT_REASONS } from "../../src/cases/case.js";
import { INBOUND_STATUSES } from "../../src/intake/intake.schemas.js";
import { NOTIFICATION_STATUSES } from "../../src/notify/notification.js";
import { TEMPLATE_NAMES } from "../../src/notify/templates.js";
import { RECIPIENTS } from "../../src/sla/policy.js";
import { repoRoot } from "../../test/child-server.js";
import { apiAs, type E2eWorld, hasBrowser, requireBrowserUnderCi, signIn, useBrowserWorld } from "./harness.js";
import { watch } from "./walks.js";

requireBrowserUnderCi();

/**
 * Every screen a role reaches from its menu, read from the routes list (and the administration's
 * tabs from its page), so a new screen is walked without touching this test.
 */
function menuScreens(): Array<{ path: string; layout: string; roles: string[] }> {
  const source = readFileSync(join(repoRoot, "web/src/app/routes.tsx"), "utf8");
  const staff = /export const STAFF[^=]*= \[([^\]]*)\]/.exec(source)![1]!.match(/"([a-z_]+)"/g)!.map((r) => r.slice(1, -1));
  const chunks = source.split(/(?=\{\s*path: ")/).slice(1);
  const screens = chunks
    .filter((chunk) => /\bnav: \{/.test(chunk.split(/\n\s*\{\s*path: "/)[0]!))
    .map((chunk) => {
      const [, path, layout, roles] = /path: "([^"]+)", layout: "(console|portal)", roles: (STAFF|\[[^\]]*\])/.exec(chunk)!;
      return { path: path!, layout: layout!, roles: roles === "STAFF" ? staff : roles!.match(/"([a-z_]+)"/g)!.map((r) => r.slice(1, -1)) };
    });
  const admin = screens.find((screen) => screen.path === "/admin");
  if (admin) {
    const page = readFileSync(join(repoRoot, "web/src/features/admin/AdminPage.tsx"), "utf8");
    const sections = /const SECTIONS = \{([\s\S]*?)\} as const/.exec(page)![1]!.match(/^\s*([a-z]+):/gm)!.map((s) => s.trim().slice(0, -1));
    screens.push(...sections.map((section) => ({ ...admin, path: `/admin/${section}` })));
  }
  return screens;
}

/** Codes of several parts (`in_progress`, `survey.answered`, `rma_admin`): never right on a screen, in either language. */
const COMPOUND_CODES = [
  ...CASE_STATUSES, ...Object.keys(ACTIVITY_KINDS), ...TEMPLATE_NAMES, ...STAFF_ROLES, ...RECIPIENTS,
  "confirmed_by_customer", "vendor_approved", "waiting_for",
].filter((code) => /[._]/.test(code));
/** One-word codes: English words a Chinese screen must not show (an English one may use them as words). */
const WORD_CODES = [
  ...CASE_STATUSES, ...CHANNELS, ...WAIT_REASONS, ...STAFF_ROLES, ...INBOUND_STATUSES, ...NOTIFICATION_STATUSES, "customer", "inapp", "sms",
  "hardware", "software", "network", "consultation", "maintenance", "requested", "confirmed", "opened", "answered", "done",
].filter((code) => !/[._]/.test(code));
/** ISO 8601 durations (PT1H, P1D, PT30M) */
const DURATION = /(?<![\w-])P(?:\d+D)?(?:T\d+(?:\.\d+)?[HMS](?:\d+[MS])*)?(?![\w-])/g;
/** an i18n key shown as such: "namespace:key" or "a.b.c_d" shapes made of identifiers */
const KEY_SHAPE = /(?<![\w@./:-])(?:[a-z][a-zA-Z]+:[a-z][\w.]*|[a-z][a-zA-Z]*(?:\.[a-z][a-zA-Z_]*)+_[a-z]\w*)(?![\w@/-])/g;

const token = (code: string) => new RegExp(`(?<![\\w@./:-])${code.replace(/[.]/g, "\\.")}(?![\\w@/-]|\\.\\w)`, "g");

/**
 * What a person sees on the page: its text and the placeholders and titles of its fields. An
 * element marked `data-code` shows a code on purpose (the code column of the lists an admin keeps).
 */
async function visibleText(page: Page): Promise<string> {
  return page.evaluate<string>(`(() => {
    const onPurpose = [...document.querySelectorAll("[data-code]")];
    onPurpose.forEach((el) => (el.style.display = "none"));
    const attributes = [...document.querySelectorAll("[placeholder],[title]")].filter((el) => !el.closest("[data-code]"))
      .map((el) => [el.getAttribute("placeholder"), el.getAttribute("title")].filter(Boolean).join(" "));
    const text = document.body.innerText + "\\n" + attributes.join("\\n");
    onPurpose.forEach((el) => (el.style.display = ""));
    return text;
  })()`);
}

function rawCodesIn(text: string, language: "zh-CN" | "en"): string[] {
  const found = new Set<string>();
  for (const code of COMPOUND_CODES) for (const match of text.matchAll(token(code))) found.add(match[0]);
  if (language === "zh-CN") for (const code of WORD_CODES) for (const match of text.matchAll(token(code))) found.add(match[0]);
  for (const match of text.matchAll(DURATION)) if (match[0] !== "P") found.add(match[0]);
  for (const match of text.matchAll(KEY_SHAPE)) found.add(match[0]);
  return [...found];
}

async function useLanguage(page: Page, base: string, language: "zh-CN" | "en") {
  await page.goto(`${base}/login`);
  await page.evaluate(`localStorage.setItem("casedesk.language", ${JSON.stringify(language)})`);
}

/** Opens a path, waits until the screen has asked for all it wants, and returns what it shows wrongly. */
async function problemsOn(page: Page, seen: ReturnType<typeof watch>, base: string, path: string, language: "zh-CN" | "en"): Promise<string[]> {
  await page.goto(`${base}${path}`);
  await seen.settled();
  await page.waitForFunction("!document.querySelector('.ant-spin-spinning, .ant-skeleton-active')", undefined, { timeout: 20_000 }).catch(() => undefined);
  const text = await visibleText(page);
  const missing = (await page.evaluate<string[]>("window.__casedeskMissingKeys ?? []")).map((key) => `missing i18n key ${key}`);
  return [...new Set([...rawCodesIn(text, language).map((code) => `raw code "${code}"`), ...missing])].map((problem) => `${path} (${language}): ${problem}`);
}

describe.skipIf(!hasBrowser)("no raw code on any screen", () => {
  let world: E2eWorld;
  useBrowserWorld((received) => (world = received));

  it("finds the screens in the routes list", () => {
    const screens = menuScreens();
    expect(screens.map((s) => s.path)).toEqual(expect.arrayContaining(["/console", "/search", "/portal", "/admin/lists", "/admin/templates"]));
  });

  it("shows every code in the reader's language, for every role, in Chinese and in English", async () => {
    const base = world.server.base;
    const manager = await apiAs(base, "manager@demo.casedesk.cn");
    // case pages with much in their logs: a closed case (survey, confirmation) and one waiting for a vendor
    const closed = await manager.get<{ items: Array<{ id: string; number: string; customerId: string }> }>("/cases?status=closed&limit=1");
    const waiting = await manager.get<{ items: Array<{ id: string; number: string }> }>("/cases?status=waiting_vendor&limit=1");
    const casePages = [...closed.items, ...waiting.items].map((c) => `/cases/${c.number}`);
    const customers = await manager.get<{ items: Array<{ email: string; customerId: string }> }>("/users?role=customer&limit=50");
    const customer = customers.items.find((u) => u.customerId === closed.items[0]!.customerId) ?? customers.items[0]!;

    const logins: Array<{ role: string; email: string; extra: string[] }> = [
      { role: "dispatcher", email: "dispatcher1@demo.casedesk.cn", extra: casePages },
      { role: "engineer", email: "engineer1@demo.casedesk.cn", extra: casePages },
      { role: "expert", email: "expert1@demo.casedesk.cn", extra: casePages },
      { role: "rma_admin", email: "rma@demo.casedesk.cn", extra: casePages },
      { role: "manager", email: "manager@demo.casedesk.cn", extra: casePages },
      { role: "admin", email: "admin@demo.casedesk.cn", extra: casePages },
      { role: "customer", email: customer.email, extra: closed.items[0]!.customerId === customer.customerId ? [`/portal/cases/${closed.items[0]!.id}`] : [] },
    ];
    const screens = menuScreens();
    const problems: string[] = [];
    let visited = 0;
    for (const language of ["zh-CN", "en"] as const) {
      for (const login of logins) {
        await world.browser.context.clearCookies();
        const page = await world.browser.newPage();
        await useLanguage(page, base, language);
        await signIn(page, base, login.email);
        const seen = watch(page);
        const paths = [...screens.filter((s) => s.roles.includes(login.role)).map((s) => s.path), ...login.extra];
        for (const path of paths) {
          problems.push(...(await problemsOn(page, seen, base, path, language)));
          visited += 1;
        }
        await page.close();
      }
    }
    expect(visited).toBeGreaterThan(40);
    expect(problems).toEqual([]);
  }, 1_200_000);
});
