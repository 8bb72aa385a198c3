import type { ChildProcess } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { repoRoot, runChildCli } from "./child-server.js";

/** The compiled server in dist/ (the global setup builds it when stale), as production runs it. */
const children = new Set<ChildProcess>();
afterAll(() => children.forEach((child) => child.kill("SIGKILL")));

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(join(dir, entry.name)).map((name) => `${entry.name}/${name}`) : [entry.name],
  );
}

describe("the build", () => {
  it("puts every migration beside the compiled code and compiles no test", () => {
    const sql = (dir: string) => readdirSync(dir).filter((name) => name.endsWith(".sql")).sort();
    expect(sql(join(repoRoot, "dist", "db", "migrations"))).toEqual(sql(join(repoRoot, "src", "db", "migrations")));
    for (const name of sql(join(repoRoot, "src", "db", "migrations"))) {
      expect(readFileSync(join(repoRoot, "dist", "db", "migrations", name), "utf8")).toBe(readFileSync(join(repoRoot, "src", "db", "migrations", name), "utf8"));
    }
    const compiled = filesUnder(join(repoRoot, "dist"));
    expect(compiled.filter((name) => /\.test\.|\.ts$/.test(name))).toEqual([]);
    expect(existsSync(join(repoRoot, "dist", "http", "favicon.svg"))).toBe(true);
  });

  it("runs on plain Node from dist/, with no TypeScript loader", async () => {
    const version = (JSON.parse(readFileSync(join(repoRoot, "package.json"), "utf8")) as { version: string }).version;
    const env = { ...process.env, NODE_OPTIONS: "" };
    const result = await runChildCli(["--version"], env, children);
    expect(result).toMatchObject({ code: 0, stdout: `${version}\n` });
    // bin/casedesk.js imports the compiled entry point, never the sources
    expect(readFileSync(join(repoRoot, "bin", "casedesk.js"), "utf8")).toMatch(/await import\("\.\.\/dist\/main\.js"\)/);
    expect(readFileSync(join(repoRoot, "bin", "casedesk.js"), "utf8")).not.toContain("tsx");
  }, 60_000);
});
