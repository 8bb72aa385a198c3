#!/usr/bin/env node
// `npm start`: brings the compiled server (dist/) up to date, then starts it in this process
// while a stale web UI builds beside it in a child, at the lowest priority: on a fresh clone the
// server's start (a new embedded database unpacked from src/db/pglite-empty-cluster.tar.br, the
// migrations, the demo's people) is what the first sign-in waits for, and Vite takes what it leaves
// of the cores. The server serves web/dist as soon as the build has written it (see
// src/http/web-assets.ts); nothing stale means no build at all.
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { isStale as isWebStale } from "./build-web.mjs";

if (isWebStale()) {
  const web = spawnWebBuild();
  web.once("exit", (code) => {
    if (code !== 0) console.error(`casedesk: the web UI build failed (exit ${code}); serving the API only — run npm run build:web to see why`);
  });
  // the server's own stop (Ctrl-C, SIGTERM) stops the build too, Vite and all (its own process group)
  process.once("exit", () => {
    if (web.exitCode === null) process.kill(-web.pid, "SIGTERM");
  });
}
const bin = fileURLToPath(new URL("../bin/casedesk.js", import.meta.url));
// the compile (bin/casedesk.js, when dist/ is stale) runs beside the web build only if it is started here
const { isServerStale } = await import("./build-server.mjs");
if (isServerStale()) {
  const compile = spawn(process.execPath, [fileURLToPath(new URL("build-server.mjs", import.meta.url)), "--if-stale"], { stdio: "inherit" });
  const code = await new Promise((resolve) => compile.once("exit", resolve));
  if (code !== 0) process.exit(code ?? 1);
}
process.argv = [process.argv[0], bin, "start", ...process.argv.slice(2)];
await import(bin);

/**
 * The web build at the lowest CPU priority where `nice` exists: the first sign-in waits on the
 * compile and the server's start, which keep a core, while Vite takes whatever both cores leave.
 */
function spawnWebBuild() {
  const args = [fileURLToPath(new URL("build-web.mjs", import.meta.url)), "--if-stale"];
  const options = { stdio: "inherit", detached: true };
  const nice = ["/usr/bin/nice", "/bin/nice"].find((path) => existsSync(path));
  return nice ? spawn(nice, ["-n", "19", process.execPath, ...args], options) : spawn(process.execPath, args, options);
}
