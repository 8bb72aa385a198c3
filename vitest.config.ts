import { defineConfig } from "vitest/config";

// One engine per run (CASEDESK_TEST_ENGINE=pglite|postgres); scripts/test.mjs runs both.
export default defineConfig({
  test: {
    include: ["src/**/*.test.ts", "test/**/*.test.ts", "web/src/**/*.test.{ts,tsx}", "web/e2e/**/*.test.ts"],
    globalSetup: ["test/global-setup.ts"],
    pool: "forks",
    maxWorkers: 2,
    testTimeout: 60_000,
    hookTimeout: 120_000,
    reporters: ["default"],
  },
});
