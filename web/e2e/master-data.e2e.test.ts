import { describe, it } from "vitest";
import { type E2eWorld, hasBrowser, requireBrowserUnderCi, useBrowserWorld } from "./harness.js";
import { adminPutsContractOnCalendar } from "./walks.js";

requireBrowserUnderCi();

const TEST_MS = 240_000;

describe.skipIf(!hasBrowser)("master data in the administration screens", () => {
  let world: E2eWorld;
  useBrowserWorld((received) => (world = received));

  it("an admin puts a contract on a business calendar, and the next case's clocks count in it", async () => {
    await adminPutsContractOnCalendar(world, Date.now().toString(36));
  }, TEST_MS);
});
