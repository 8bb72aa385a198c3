#!/usr/bin/env node
// Builds the web UI into web/dist with Vite. `--if-stale` builds only when web/dist is missing or
// older than the sources (npm start runs it that way, so a fresh clone shows the UI). Two callers
// at once (parallel test files) take turns on a lock folder; the second finds the build fresh.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const web = join(root, "web");
const builtIndex = join(web, "dist", "index.html");
const lock = join(web, ".build-lock");

function newestSource(path) {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const name of readdirSync(path)) {
    if (name === "node_modules" || name === "dist" || name === "e2e" || name.startsWith(".")) continue;
    newest = Math.max(newest, newestSource(join(path, name)));
  }
  return newest;
}

export function isStale() {
  if (!existsSync(builtIndex)) return true;
  // this script counts too: a change to how the UI is built makes the old build stale
  const sources = Math.max(newestSource(join(web, "src")), newestSource(join(web, "index.html")), newestSource(join(web, "vite.config.ts")), newestSource(fileURLToPath(import.meta.url)));
  return sources > statSync(builtIndex).mtimeMs;
}

async function withLock(work) {
  const deadline = Date.now() + 180_000;
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      // a lock older than the deadline belongs to a build that died
      if (Date.now() > deadline || Date.now() - statSync(lock, { throwIfNoEntry: false })?.mtimeMs > 180_000) rmSync(lock, { recursive: true, force: true });
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
  try {
    return await work();
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

/** Brotli and gzip copies of the assets beside them: the server sends those to browsers that take them. */
function precompress(dir) {
  let total = 0;
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      total += precompress(path);
      continue;
    }
    if (!/\.(js|css|html|svg|json)$/.test(name)) continue;
    const content = readFileSync(path);
    const gz = gzipSync(content, { level: 9 });
    writeFileSync(`${path}.gz`, gz);
    writeFileSync(`${path}.br`, brotliCompressSync(content, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
    if (name.endsWith(".js")) total += gz.length;
  }
  return total;
}

const onlyIfStale = process.argv.includes("--if-stale");
const status = await withLock(async () => {
  if (onlyIfStale && !isStale()) return 0;
  const vite = join(root, "node_modules", "vite", "bin", "vite.js");
  if (!existsSync(vite)) {
    console.error(existsSync(builtIndex)
      ? "casedesk: Vite is not installed (npm ci without dev dependencies?); serving the web UI built earlier."
      : "casedesk: the web UI is not built and Vite is not installed (run npm ci); serving the API only.");
    return onlyIfStale ? 0 : 1;
  }
  console.error(`casedesk: building the web UI (web/dist)${onlyIfStale ? " because it is missing or older than web/src" : ""}…`);
  // always the production build: under Vitest NODE_ENV is "test", which would give React's and
  // antd's development builds (twice the size, and dev-only class names)
  const result = spawnSync(process.execPath, [vite, "build", "--mode", "production", "--config", join(web, "vite.config.ts"), "--logLevel", onlyIfStale ? "warn" : "info"], {
    cwd: root, stdio: "inherit", env: { ...process.env, NODE_ENV: "production" },
  });
  if (result.status !== 0) return result.status ?? 1;
  const gzipped = precompress(join(web, "dist"));
  if (!onlyIfStale) console.error(`casedesk: web/dist written; all JavaScript ${(gzipped / 1024).toFixed(0)} KB gzipped (brotli and gzip copies beside each asset)`);
  return 0;
});
process.exit(status);
