#!/usr/bin/env node
// `npm start`: brings the compiled server (dist/) up to date, then starts it in this process
// while a stale web UI builds beside it in a child. On a fresh clone the embedded database's
// initialisation, the migrations and the demo data are the longest chain (one PGlite, one thread,
// in this process: a second PGlite just for initdb would cost the WebAssembly start twice), so the
// web build runs at a lower CPU priority and takes the core the chain leaves over. The server
// serves web/dist as soon as the build has written it (see src/http/web-assets.ts); nothing stale
// means no build at all.
import { spawn } from "node:child_process";
import { setPriority } from "node:os";
import { fileURLToPath } from "node:url";
import { isStale as isWebStale } from "./build-web.mjs";

const WEB_BUILD_NICENESS = 10;

if (isWebStale()) {
  const web = spawn(process.execPath, [fileURLToPath(new URL("build-web.mjs", import.meta.url)), "--if-stale"], { stdio: "inherit", detached: true });
  try {
    setPriority(web.pid, WEB_BUILD_NICENESS);
  } catch {
    // not allowed here: the build just competes for the CPU
  }
  web.once("exit", (code) => {
    if (code !== 0) console.error(`casedesk: the web UI build failed (exit ${code}); serving the API only — run npm run build:web to see why`);
  });
  // the server's own stop (Ctrl-C, SIGTERM) stops the build too, Vite and all (its own process group)
  process.once("exit", () => {
    if (web.exitCode === null) process.kill(-web.pid, "SIGTERM");
  });
}
const { isServerStale } = await import("./build-server.mjs");
if (isServerStale()) {
  const compile = spawn(process.execPath, [fileURLToPath(new URL("build-server.mjs", import.meta.url)), "--if-stale"], { stdio: "inherit" });
  const code = await new Promise((resolve) => compile.once("exit", resolve));
  if (code !== 0) process.exit(code ?? 1);
}
const bin = fileURLToPath(new URL("../bin/casedesk.js", import.meta.url));
process.argv = [process.argv[0], bin, "start", ...process.argv.slice(2)];
await import(bin);
