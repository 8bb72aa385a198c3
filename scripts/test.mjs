#!/usr/bin/env node
// The test command: the whole suite on PGlite, then again on PostgreSQL. Without a reachable
// PostgreSQL it says so and stops after the PGlite half; with CI=true that is a failure.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";

const postgresUrl = process.env.CASEDESK_TEST_DATABASE_URL ?? "postgres://root@127.0.0.1:5432/test";
const isCi = process.env.CI === "true";
const extra = process.argv.slice(2);
const outDir = mkdtempSync(join(tmpdir(), "casedesk-results-"));
const totals = { passed: 0, failed: 0, skipped: 0 };
let failedRuns = 0;
// repeated at the very end, so a log cut to its tail still names what failed
const failures = [];

function run(engine) {
  console.log(`\n=== tests on ${engine} ===`);
  const outputFile = join(outDir, `${engine}.json`);
  const result = spawnSync(
    "npx",
    ["vitest", "run", "--reporter=default", "--reporter=json", `--outputFile.json=${outputFile}`, ...extra],
    { stdio: "inherit", env: { ...process.env, CASEDESK_TEST_ENGINE: engine } },
  );
  try {
    const report = JSON.parse(readFileSync(outputFile, "utf8"));
    totals.passed += report.numPassedTests;
    totals.failed += report.numFailedTests;
    totals.skipped += report.numPendingTests + (report.numTodoTests ?? 0);
    if (report.numTotalTests === 0) failedRuns++;
    for (const file of report.testResults ?? []) {
      const name = file.name.replace(`${process.cwd()}/`, "");
      const failedTests = (file.assertionResults ?? []).filter((test) => test.status === "failed");
      for (const test of failedTests) {
        failures.push(`${engine}: ${name} > ${test.fullName}\n    ${firstLine(test.failureMessages?.[0])}`);
      }
      // a file that fails to load (or in a hook) fails no single test: count it all the same
      if (failedTests.length === 0 && file.status === "failed") {
        totals.failed++;
        failures.push(`${engine}: ${name}\n    ${firstLine(file.message)}`);
      }
    }
  } catch {
    failedRuns++;
  }
  if (result.status !== 0) failedRuns++;
}

function firstLine(text) {
  return (text ?? "").split("\n").find((line) => line.trim() !== "")?.slice(0, 300) ?? "";
}

async function postgresReachable() {
  const client = new pg.Client({ connectionString: postgresUrl, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.end();
    return true;
  } catch (error) {
    console.log(`PostgreSQL at ${postgresUrl} is not reachable: ${error.message}`);
    return false;
  }
}

run("pglite");
if (await postgresReachable()) {
  run("postgres");
} else if (isCi) {
  console.log("CI=true: a missing PostgreSQL is a failure.");
  failedRuns++;
} else {
  console.log("\nLEFT OUT: the PostgreSQL half of the suite did not run (no server). Set CASEDESK_TEST_DATABASE_URL to run it.");
}
// web UI: without Chromium the browser tests (web/e2e) skip themselves; with CI=true they fail instead
const chromium = process.env.CASEDESK_CHROMIUM ?? "/usr/bin/chromium";
if (!existsSync(chromium)) {
  console.log(isCi
    ? `\nCI=true: there is no Chromium at ${chromium}, so the browser tests (web/e2e) failed.`
    : `\nLEFT OUT: the browser tests of the web UI (web/e2e) did not run: no Chromium at ${chromium} (apt-get install chromium fonts-noto-cjk).`);
}
rmSync(outDir, { recursive: true, force: true });
if (failures.length > 0) console.log(`\nFAILED:\n${failures.map((line) => `  ${line}`).join("\n")}`);
console.log(`\n${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(failedRuns > 0 || totals.failed > 0 ? 1 : 0);
