import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testApp, testConfig, type TestApp } from "../../test/helpers.js";
import { threadKey } from "./thread-id.js";

let t: TestApp;
beforeAll(async () => {
  t = await testApp();
});
afterAll(() => t?.close());

describe(threadKey.name, () => {
  it("is made once per installation and the same for every instance over the database", async () => {
    const now = t.clock.now();
    const first = await threadKey(t.deps.db, testConfig(), now);
    const second = await threadKey(t.deps.db, testConfig(), now);
    expect(first.equals(second)).toBe(true);
    expect(await t.deps.db.selectFrom("appSecrets").select("name").execute()).toHaveLength(1);
  });

  it("comes from CASEDESK_SECRET when that is set", async () => {
    const now = t.clock.now();
    const stored = await threadKey(t.deps.db, testConfig(), now);
    const configured = await threadKey(t.deps.db, testConfig({ casedeskSecret: "x".repeat(40) }), now);
    expect(configured.equals(stored)).toBe(false);
    expect((await threadKey(t.deps.db, testConfig({ casedeskSecret: "x".repeat(40) }), now)).equals(configured)).toBe(true);
  });
});
