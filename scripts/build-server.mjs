#!/usr/bin/env node
// Compiles the server (src/, less its tests) to plain JavaScript in dist/, which bin/casedesk.js
// runs on Node with no loader. Each file is stripped of its types on its own by esbuild (as `tsc
// --isolatedModules` would emit it, in well under a second for the whole server where TypeScript's
// own transpileModule took 4–10 s of a fresh clone's first start); `npm run typecheck` is where
// types are checked.
// Only files newer than their output are compiled again; other files under src/ (migrations, the
// favicon) are copied; outputs whose source is gone are removed (a deleted migration must not
// linger). Every file is written beside its place and renamed in, so two builders at once (two
// test runs, two instances starting) never leave a half-written file.
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const src = join(root, "src");
export const dist = join(root, "dist");
const stamp = join(dist, ".built-by");
const isTest = (name) => /\.test\.tsx?$/.test(name);

function walk(dir, into = []) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) walk(path, into);
    else if (!isTest(entry.name)) into.push(path);
  }
  return into;
}

const outputOf = (source) => join(dist, relative(src, source)).replace(/\.ts$/, ".js");
const mtime = (path) => statSync(path, { throwIfNoEntry: false })?.mtimeMs ?? -1;

/** What a build would do: sources to (re)compile or copy, outputs to remove. */
function plan() {
  // a deployment of dist/ alone has nothing to compile
  if (!existsSync(src)) return { stale: [], orphans: [] };
  // a change to this script (how the code is compiled) makes every output stale
  const everything = mtime(stamp) < mtime(fileURLToPath(import.meta.url));
  const sources = walk(src);
  const wanted = new Set(sources.map(outputOf));
  // (a millisecond of slack: the output gets its source's time, rounded on the way)
  const stale = sources.filter((source) => everything || mtime(outputOf(source)) + 1 < mtime(source));
  const orphans = existsSync(dist) ? walk(dist).filter((out) => out !== stamp && !wanted.has(out)) : [];
  return { stale, orphans };
}

export function isServerStale() {
  const { stale, orphans } = plan();
  return stale.length > 0 || orphans.length > 0;
}

function writeAtomically(path, content, sourceMtimeMs) {
  mkdirSync(dirname(path), { recursive: true });
  const temporary = `${path}.${process.pid}.tmp`;
  if (typeof content === "function") content(temporary);
  else writeFileSync(temporary, content);
  // the output carries its source's time: a source edited during the build stays newer, so stale
  const seconds = sourceMtimeMs / 1000;
  utimesSync(temporary, seconds, seconds);
  renameSync(temporary, path);
}

/** Brings dist/ up to date with src/; answers how many files it compiled or copied. */
export async function buildServer() {
  const { stale, orphans } = plan();
  for (const orphan of orphans) rmSync(orphan, { force: true });
  if (stale.length === 0) return 0;
  const { transform } = await import("esbuild");
  // tsconfig.json's target; class fields defined as ES2022 defines them (TypeScript's default there)
  const options = { loader: "ts", format: "esm", target: "es2023", tsconfigRaw: { compilerOptions: { useDefineForClassFields: true } } };
  const compile = async (source) => {
    const sourceMtime = statSync(source).mtimeMs;
    if (!source.endsWith(".ts")) {
      writeAtomically(outputOf(source), (temporary) => copyFileSync(source, temporary), sourceMtime);
      return;
    }
    const { code } = await transform(readFileSync(source, "utf8"), { ...options, sourcefile: relative(root, source) }).catch((error) => {
      throw new Error(`casedesk: cannot compile ${relative(root, source)}: ${error.errors?.[0]?.text ?? error.message}`);
    });
    writeAtomically(outputOf(source), code, sourceMtime);
  };
  // esbuild's service compiles on its own threads: hand it the files together
  await Promise.all(stale.map(compile));
  mkdirSync(dist, { recursive: true });
  writeFileSync(stamp, "scripts/build-server.mjs\n");
  return stale.length;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const started = performance.now();
  const count = await buildServer();
  if (count > 0 || !process.argv.includes("--if-stale")) {
    console.error(`casedesk: dist/ ${count ? `written (${count} files)` : "is up to date"} in ${Math.round(performance.now() - started)} ms`);
  }
}
