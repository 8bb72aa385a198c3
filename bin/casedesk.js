#!/usr/bin/env node
// Runs the compiled server in dist/ on plain Node. A checkout whose dist/ is missing or older than
// src/ (a fresh clone, a pull, an edit) is compiled first, in a child process so the compiler's
// memory is not the server's; with no TypeScript installed (npm ci --omit=dev) the dist/ built
// earlier runs as it is.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

const build = new URL("../scripts/build-server.mjs", import.meta.url);
const typescript = new URL("../node_modules/typescript/package.json", import.meta.url);
if (existsSync(build)) {
  const { isServerStale } = await import(build.href);
  if (isServerStale()) {
    if (existsSync(typescript)) {
      const result = spawnSync(process.execPath, [fileURLToPath(build), "--if-stale"], { stdio: "inherit" });
      if (result.status !== 0) process.exit(result.status ?? 1);
    } else if (existsSync(new URL("../dist/main.js", import.meta.url))) {
      console.error("casedesk: TypeScript is not installed, so dist/ may be older than src/; running it as it is");
    } else {
      console.error("casedesk: dist/ is not built and TypeScript is not installed: run npm ci, then npm start");
      process.exit(1);
    }
  }
}
await import("../dist/main.js");
