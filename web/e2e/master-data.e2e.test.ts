import { describe, it } from "vitest";
import { hasBrowser, useBrowserWorld, type E2eWorld } from "./harness.js";
import { adminPutsContractOnCalendar } from "./walks.js";

const TEST_MS = 240_000;

describe.skipIf(!hasBrowser)("master data in the administration screens", () => {
  let world: E2eWorld;
  useBrowserWorld((received) => (world = received));

  it("an admin puts a contract on a business calendar, and the next case's clocks count in it", async () => {
    await adminPutsContractOnCalendar(world, Date.now().toString(36));
  }, TEST_MS);
});
