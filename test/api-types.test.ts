import { execFile } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";
import { beforeAll, describe, expect, it } from "vitest";
import { API_TYPES_FILE, renderApiTypes } from "../scripts/api-types.js";
import { openApiDocument } from "../src/app.js";
import { repoRoot } from "./child-server.js";
import { TEST_ENGINE } from "./engine.js";

/**
 * The web client's types are generated from the server's OpenAPI document (npm run gen:api), so
 * a server change that the client does not follow fails here: the committed file is stale, or
 * the client no longer type-checks against it.
 */
type Operation = { responses?: Record<string, { content?: Record<string, { schema?: unknown }> }> };

// answers that are not JSON (a file, a CSV stream, server-sent events): their bodies have no schema
// downloads and the event stream answer other types than JSON
const NOT_JSON = new Set(["GET /api/v1/attachments/{id}", "GET /api/v1/cases/export.csv", "GET /api/v1/live", "GET /api/v1/imports/master-data/template.xlsx",
  // reports: workbooks and PDFs
  "GET /api/v1/cases/export.xlsx", "GET /api/v1/reports/monthly.xlsx", "GET /api/v1/reports/monthly.pdf", "GET /api/v1/reports/centre.xlsx",
  // preventive maintenance: the report as a PDF and a print page
  "GET /api/v1/maintenance-jobs/{id}/report.pdf", "GET /api/v1/maintenance-jobs/{id}/report.html"]);

let document: Record<string, unknown>;
beforeAll(async () => {
  document = await openApiDocument();
}, 120_000);

describe("the web client's API types", () => {
  it("are what npm run gen:api makes of the server's OpenAPI document", async () => {
    const expected = await renderApiTypes(document);
    const committed = readFileSync(API_TYPES_FILE, "utf8");
    const committedLines = committed.split("\n");
    const line = expected.split("\n").findIndex((text, index) => text !== committedLines[index]);
    expect(committed === expected, `web/src/api/schema.d.ts differs from the server's API from line ${line + 1}: run npm run gen:api`).toBe(true);
  });

  it("describe a JSON answer for every operation that answers JSON", () => {
    const bare: string[] = [];
    for (const [path, methods] of Object.entries(document.paths as Record<string, Record<string, Operation>>)) {
      for (const [method, operation] of Object.entries(methods)) {
        const name = `${method.toUpperCase()} ${path}`;
        const success = Object.entries(operation.responses ?? {}).filter(([status]) => /^2\d\d$/.test(status));
        if (success.length === 0) bare.push(`${name}: no success response`);
        for (const [status, response] of success) {
          if (status === "204" || NOT_JSON.has(name)) continue;
          if (!response.content?.["application/json"]?.schema) bare.push(`${name} ${status}: no JSON schema`);
        }
      }
    }
    expect(bare).toEqual([]);
    expect(Object.keys(document.paths as object).length).toBeGreaterThan(80);
  });

  it("print the same document twice (keys sorted), so the generated file only changes with the API", async () => {
    const again = await openApiDocument();
    expect(JSON.stringify(again)).toBe(JSON.stringify(document));
    expect(Object.keys(document)).toEqual([...Object.keys(document)].sort());
  });

  // the type check does not depend on the database: once per `npm test`, in its PGlite half
  it.skipIf(TEST_ENGINE !== "pglite")("are what the web client type-checks against (tsc -p web)", async () => {
    const tsc = join(repoRoot, "node_modules", ".bin", "tsc");
    const result = await promisify(execFile)(tsc, ["-p", "web", "--noEmit"], { cwd: repoRoot }).then(
      () => ({ failed: false, output: "" }),
      (error: { stdout?: string }) => ({ failed: true, output: error.stdout ?? String(error) }),
    );
    expect(result.output).toBe("");
    expect(result.failed).toBe(false);
  }, 300_000);
});
