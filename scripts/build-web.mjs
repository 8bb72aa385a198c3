#!/usr/bin/env node
// Builds the web UI into web/dist with Vite. `--if-stale` builds only when web/dist is missing or
// older than the sources (npm start runs it that way, so a fresh clone shows the UI). Two callers
// at once (parallel test files) take turns on a lock folder; the second finds the build fresh.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { promisify } from "node:util";
import { brotliCompress, constants, gzip } from "node:zlib";

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

/** Whether the process that took the lock still runs (a build killed with its server leaves the folder behind). */
function lockHolderAlive() {
  const pid = Number(readFileSync(join(lock, "pid"), { encoding: "utf8", flag: "r" }).trim());
  if (!pid) return Date.now() - (statSync(lock, { throwIfNoEntry: false })?.mtimeMs ?? 0) < 5_000;
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function withLock(work) {
  const deadline = Date.now() + 180_000;
  for (;;) {
    try {
      mkdirSync(lock);
      writeFileSync(join(lock, "pid"), String(process.pid));
      break;
    } catch {
      // a lock whose builder died, or older than the deadline, is taken over
      let alive = true;
      try {
        alive = lockHolderAlive();
      } catch {
        // the pid not written yet (just taken) or the lock just released
      }
      if (!alive || Date.now() > deadline) rmSync(lock, { recursive: true, force: true });
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
  try {
    return await work();
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

/**
 * Brotli and gzip copies of the assets beside them: the server sends those to browsers that take
 * them. All at once on zlib's thread pool, brotli at quality 10: 2 % larger than 11 for less than
 * half its time, which was most of a first start's web build.
 */
async function precompress(dir) {
  const files = [];
  const collect = (at) => {
    for (const name of readdirSync(at)) {
      const path = join(at, name);
      if (statSync(path).isDirectory()) collect(path);
      else if (/\.(js|css|html|svg|json)$/.test(name)) files.push(path);
    }
  };
  collect(dir);
  const sizes = await Promise.all(files.map(async (path) => {
    const content = readFileSync(path);
    const [gz, br] = await Promise.all([
      promisify(gzip)(content, { level: 9 }),
      promisify(brotliCompress)(content, { params: { [constants.BROTLI_PARAM_QUALITY]: 10, [constants.BROTLI_PARAM_SIZE_HINT]: content.length } }),
    ]);
    writeFileSync(`${path}.gz`, gz);
    writeFileSync(`${path}.br`, br);
    return path.endsWith(".js") ? gz.length : 0;
  }));
  return sizes.reduce((sum, size) => sum + size, 0);
}

/** Builds web/dist (only when stale with `onlyIfStale`); answers an exit status. */
export async function buildWeb(onlyIfStale) {
  return withLock(async () => {
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
    const gzipped = await precompress(join(web, "dist"));
    if (!onlyIfStale) console.error(`casedesk: web/dist written; all JavaScript ${(gzipped / 1024).toFixed(0)} KB gzipped (brotli and gzip copies beside each asset)`);
    return 0;
  });
}

if (process.argv[1] && pathToFileURL(process.argv[1]).href === import.meta.url) {
  process.exit(await buildWeb(process.argv.includes("--if-stale")));
}
