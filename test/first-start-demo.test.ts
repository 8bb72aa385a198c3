import type { ChildProcess } from "node:child_process";
import { afterAll, describe, expect, it } from "vitest";
import { DEMO_LOADED } from "../src/demo/index.js";
import { startChildServer } from "./child-server.js";
import { childEnvFor, until, withDirectQuery } from "./crash-harness.js";
import { createTestDatabaseLocation, type TestDatabaseLocation } from "./helpers.js";

/**
 * `casedesk start` with the demo centre: the server listens once the demo's people exist and the
 * cases load behind it, so a newcomer signs in at once; the worker starts when the demo is whole;
 * a start stopped while the demo loads is named on the next one.
 */
const children = new Set<ChildProcess>();
const locations: TestDatabaseLocation[] = [];
afterAll(async () => {
  for (const child of children) child.kill("SIGKILL");
  await new Promise((resolve) => setTimeout(resolve, 200));
  for (const location of locations) await location.drop();
});

const newLocation = async () => {
  const location = await createTestDatabaseLocation();
  locations.push(location);
  return location;
};
const demoEnv = (location: TestDatabaseLocation) => childEnvFor(location, { CASEDESK_DEMO: "true", CASEDESK_WEB_DIR: "off", CASEDESK_WORKER: "true", LOG_LEVEL: "warn" });
const signIn = (base: string) =>
  fetch(`${base}/api/v1/auth/login`, {
    method: "POST", headers: { "content-type": "application/json" },
    body: JSON.stringify({ email: "dispatcher1@demo.casedesk.cn", password: "casedesk-demo" }),
  });

describe("the first start with the demo centre", () => {
  it("answers a demo sign-in while the cases still load, then loads all 50 and only then starts the worker", async () => {
    const location = await newLocation();
    const server = await startChildServer(demoEnv(location), children, 120_000);
    expect(server.output()).not.toContain(DEMO_LOADED);
    const signedIn = await signIn(server.base);
    expect(signedIn.status).toBe(200);
    // answered while the cases were still being written: PGlite's in-thread answers do not starve the server
    const cookie = signedIn.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
    const listed = (await (await fetch(`${server.base}/api/v1/cases?limit=100`, { headers: { cookie } })).json()) as { items: unknown[] };
    expect(listed.items.length).toBeLessThan(50);
    expect(server.output()).not.toContain(DEMO_LOADED);

    await until("the whole demo centre", 300_000, () => server.output().includes(DEMO_LOADED));
    expect(server.output()).toContain(`${DEMO_LOADED}: 50 cases`);
    // the worker's start says the mail transport is missing: after the demo, never during it
    await until("the worker", 30_000, () => server.output().includes("SMTP_URL is not set"));
    expect(server.output().indexOf("SMTP_URL is not set")).toBeGreaterThan(server.output().indexOf(DEMO_LOADED));
    server.child.kill("SIGTERM");
    expect((await server.exited).code).toBe(0);

    const [counted] = await withDirectQuery(location, (q) => q<{ n: string }>("SELECT count(*) AS n FROM cases WHERE is_demo"));
    expect(Number(counted!.n)).toBe(50);
  }, 420_000);

  it("says on the next start that a demo stopped while it loaded is incomplete, and serves anyway", async () => {
    const location = await newLocation();
    const first = await startChildServer(demoEnv(location), children, 120_000);
    expect(first.output()).not.toContain(DEMO_LOADED);
    first.child.kill("SIGKILL");
    await first.exited;

    const second = await startChildServer(demoEnv(location), children, 120_000);
    await until("the warning", 30_000, () => second.output().includes("interrupted while it loaded"));
    expect(second.output()).not.toContain("demo logins");
    expect((await signIn(second.base)).status).toBe(200);
    second.child.kill("SIGTERM");
    await second.exited;
  }, 420_000);
});
