#!/usr/bin/env node
// Measures casedesk's start the way a newcomer and an operator meet it (issue 15, item 2):
//   1. a fresh clone's first `npm start` (install excluded: node_modules is linked) to a working
//      demo login on PGlite, then to the web UI and the demo's last case, then its idle memory
//      5 s and a minute after the demo;
//   2. `npm start` again on that PGlite folder to /readyz, and its idle memory;
//   3. `npm start` on PostgreSQL (a fresh database; migrated by the first start, then reopened) to
//      /readyz, and its idle memory.
// Prints the machine's load, since on a shared machine every figure depends on it.
//   node scripts/measure-start.mjs [--port 4600] [--postgres postgres://root@127.0.0.1:5432/postgres] [--only pglite|postgres]
import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync, realpathSync, rmSync, symlinkSync } from "node:fs";
import { cpus, tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import pg from "pg";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const arg = (name, fallback) => {
  const at = process.argv.indexOf(`--${name}`);
  return at > 0 ? process.argv[at + 1] : fallback;
};
const port = Number(arg("port", "4600"));
const adminUrl = arg("postgres", "postgres://root@127.0.0.1:5432/postgres");
const only = arg("only", "");
const IDLE_SETTLE_MS = 5_000;
const SETTLED_MS = 60_000;

const loadavg = () => readFileSync("/proc/loadavg", "utf8").split(" ").slice(0, 3).join(" ");
/** The share of both cores busy (all processes) over `ms`: how quiet the machine was. */
async function machineBusy(ms) {
  const sample = () => readFileSync("/proc/stat", "utf8").split("\n")[0].split(/\s+/).slice(1).map(Number);
  const a = sample();
  await new Promise((r) => setTimeout(r, ms));
  const b = sample();
  const delta = b.map((v, i) => v - a[i]);
  const idle = delta[3] + delta[4];
  const total = delta.reduce((s, v) => s + v, 0);
  return Math.round((100 * (total - idle)) / total);
}

/** Every process below `pid`, from /proc. */
function descendants(pid) {
  const children = new Map();
  for (const name of readdirSync("/proc")) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, "utf8");
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(name)]);
    } catch {
      // gone meanwhile
    }
  }
  const found = [];
  const walk = (p) => (children.get(p) ?? []).forEach((c) => (found.push(c), walk(c)));
  walk(pid);
  return found;
}

/** The resident memory (MB) of the server process: the node running scripts/start.mjs (npm start). */
function serverRssMb(npmPid) {
  for (const pid of descendants(npmPid)) {
    try {
      const cmdline = readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0");
      if (!/(^|\/)node$/.test(cmdline[0]) || !cmdline.some((part) => part.endsWith("scripts/start.mjs") || part.endsWith("bin/casedesk.js"))) continue;
      const kb = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))[1]);
      return Math.round(kb / 1024);
    } catch {
      // not a server
    }
  }
  return NaN;
}

const TICKS_PER_SECOND = 100;
/** CPU seconds each process below `pid` has used so far (the last sample of each, kept after it exits). */
function sampleCpu(pid, seen) {
  for (const child of descendants(pid)) {
    try {
      const stat = readFileSync(`/proc/${child}/stat`, "utf8");
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      seen.set(child, (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND);
    } catch {
      // gone meanwhile
    }
  }
}

async function poll(what, probe, timeoutMs, child) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    sampleCpu(child.pid, child.cpu);
    if (child.exitCode !== null) throw new Error(`npm start exited before ${what}:\n${child.output}`);
    try {
      if (await probe()) return;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`no ${what} within ${timeoutMs / 1000} s:\n${child.output}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

const base = `http://127.0.0.1:${port}`;
const ready = async () => (await fetch(`${base}/readyz`)).status === 200;
const webUi = async () => (await fetch(`${base}/`, { headers: { accept: "text/html" } })).status === 200;
const demoLogin = async () =>
  (await fetch(`${base}/api/v1/auth/login`, {
    method: "POST", headers: { "content-type": "application/json" },
    body: JSON.stringify({ email: "dispatcher1@demo.casedesk.cn", password: "casedesk-demo" }),
  })).status === 200;

/** `npm start` in `cwd` until `until` answers; then its idle memory; then stopped. */
async function timedStart(label, cwd, env, until, timeoutMs) {
  const started = performance.now();
  const child = spawn("npm", ["start", "--silent"], { cwd, env: { ...process.env, PORT: String(port), HOST: "127.0.0.1", ...env }, detached: true, stdio: ["ignore", "pipe", "pipe"] });
  child.output = "";
  child.cpu = new Map();
  child.stdout.on("data", (d) => (child.output += d));
  child.stderr.on("data", (d) => (child.output += d));
  try {
    await poll(label, until, timeoutMs, child);
    const seconds = (performance.now() - started) / 1000;
    // the web UI may still be building beside the server: when did it appear?
    await poll("the web UI", webUi, timeoutMs, child);
    const webSeconds = (performance.now() - started) / 1000;
    // on a first start the demo's cases load after the server listens (src/demo/index.ts, DEMO_LOADED)
    let demoSeconds = null;
    if (until === demoLogin) {
      await poll("the whole demo centre", async () => child.output.includes("demo centre loaded"), timeoutMs, child);
      demoSeconds = (performance.now() - started) / 1000;
    }
    sampleCpu(child.pid, child.cpu);
    const cpuSeconds = [...child.cpu.values()].reduce((sum, seconds) => sum + seconds, 0);
    const busy = await machineBusy(IDLE_SETTLE_MS);
    const rss = serverRssMb(child.pid);
    // after the demo's burst V8 hands its garbage back only once the process has idled a while
    let settledRss = null;
    if (demoSeconds !== null) {
      await new Promise((r) => setTimeout(r, SETTLED_MS - IDLE_SETTLE_MS));
      settledRss = serverRssMb(child.pid);
    }
    return { label, seconds, webSeconds, demoSeconds, cpuSeconds, rss, settledRss, busy };
  } finally {
    // npm may exit before the server it started has closed its database: wait for every process below it
    const processes = [child.pid, ...descendants(child.pid)];
    const alive = () => processes.filter((pid) => {
      try {
        process.kill(pid, 0);
        return true;
      } catch {
        return false;
      }
    });
    // the group may be gone already (npm start failed): the error that says why is the one to show
    const killGroup = (signal) => {
      try {
        process.kill(-child.pid, signal);
      } catch (error) {
        if (error.code !== "ESRCH") throw error;
      }
    };
    killGroup("SIGTERM");
    const deadline = Date.now() + 15_000;
    while (alive().length > 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    if (alive().length > 0) {
      killGroup("SIGKILL");
      for (const pid of alive()) process.kill(pid, "SIGKILL");
    }
  }
}

const results = [];
console.log(`machine: ${cpus().length} cores, load average ${loadavg()} at the start; ${await machineBusy(3_000)} % busy over 3 s before`);

// a fresh clone of what is committed (HEAD), with this checkout's installed packages linked in
const scratch = mkdtempSync(join(tmpdir(), "casedesk-measure-"));
try {
  const clone = join(scratch, "casedesk");
  spawnSync("git", ["clone", "--quiet", "--no-hardlinks", root, clone], { stdio: "inherit" });
  symlinkSync(realpathSync(join(root, "node_modules")), join(clone, "node_modules"));

  if (only !== "postgres") {
    const pglite = { CASEDESK_DATA_DIR: join(scratch, "data") };
    results.push(await timedStart("first npm start of a fresh clone → demo login (PGlite)", clone, pglite, demoLogin, 600_000));
    results.push(await timedStart("npm start on the PGlite folder again → /readyz", clone, pglite, ready, 300_000));
  }
  if (only !== "pglite") {
    const name = `casedesk_measure_${process.pid}`;
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    try {
      const url = new URL(adminUrl);
      url.pathname = `/${name}`;
      const postgres = { DATABASE_URL: url.toString(), CASEDESK_DATA_DIR: join(scratch, "pgdata") };
      results.push(await timedStart("npm start on an empty PostgreSQL database → /readyz", clone, postgres, ready, 300_000));
      results.push(await timedStart("npm start on PostgreSQL again → /readyz", clone, postgres, ready, 300_000));
    } finally {
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    }
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}

for (const r of results) {
  const demo = r.demoSeconds === null ? "" : `, the demo's cases all in after ${r.demoSeconds.toFixed(1)} s`;
  console.log(`${r.label}: ${r.seconds.toFixed(1)} s (web UI at / after ${r.webSeconds.toFixed(1)} s${demo}; ${r.cpuSeconds.toFixed(1)} CPU seconds in all its processes); idle RSS ${r.rss} MB${r.settledRss === null ? "" : ` (${r.settledRss} MB a minute after the demo)`} (machine ${r.busy} % busy while idling)`);
}
console.log(`load average at the end: ${loadavg()}`);
