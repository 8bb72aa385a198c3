import { existsSync, readdirSync, readFileSync } from "node:fs";
import { round } from "./stats.js";

/**
 * CPU time, from /proc (Linux; elsewhere every figure is null): the whole machine's, the server
 * process's, this process's (the load generator), and PostgreSQL's — the backends serving the
 * benchmark database plus the server's background writers. CPU ms per request is steadier than
 * requests per second when something else shares the machine, and `foreignPercent` tells how
 * much of the machine something else took during the run.
 */
type Snapshot = { machineBusy: number; machineTotal: number; server: number; bench: number; postgres: Map<string, number> } | null;

const HAS_PROC = existsSync("/proc/stat");
const TICK_MS = 10; // USER_HZ is 100 on Linux

function processMs(pid: number | string): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
    return (Number(fields[11]) + Number(fields[12])) * TICK_MS;
  } catch {
    return 0;
  }
}

const BACKGROUND = /postgres: .*(walwriter|checkpointer|background writer|autovacuum|logical replication launcher|stats collector)/;

/** CPU ms of each PostgreSQL process serving `database` (and of the background ones), by pid. */
function postgresMs(database: string | undefined): Map<string, number> {
  const byPid = new Map<string, number>();
  if (!database) return byPid;
  for (const pid of readdirSync("/proc")) {
    if (!/^\d+$/.test(pid)) continue;
    let cmdline: string;
    try {
      cmdline = readFileSync(`/proc/${pid}/cmdline`, "utf8").replaceAll("\0", " ");
    } catch {
      continue;
    }
    if (!cmdline.startsWith("postgres")) continue;
    if (cmdline.includes(` ${database} `) || BACKGROUND.test(cmdline)) byPid.set(pid, processMs(pid));
  }
  return byPid;
}

/**
 * PostgreSQL's CPU between two snapshots: a backend started meanwhile counts whole, one that
 * exited meanwhile (a pool closing a connection) counts nothing rather than taking its past
 * away from the sum (which made the figure negative).
 */
function postgresDelta(before: Map<string, number>, after: Map<string, number>): number {
  let total = 0;
  for (const [pid, ms] of after) total += Math.max(0, ms - (before.get(pid) ?? 0));
  return total;
}

export function cpuSnapshot(serverPid: number | undefined, database: string | undefined): Snapshot {
  if (!HAS_PROC) return null;
  const cpu = readFileSync("/proc/stat", "utf8").split("\n")[0]!.trim().split(/\s+/).slice(1).map(Number);
  const [user, nice, system, idle, iowait, irq, softirq, steal] = cpu as [number, number, number, number, number, number, number, number];
  const busy = user + nice + system + irq + softirq + steal;
  const usage = process.cpuUsage();
  return {
    machineBusy: busy * TICK_MS,
    machineTotal: (busy + idle + iowait) * TICK_MS,
    server: serverPid ? processMs(serverPid) : 0,
    bench: (usage.user + usage.system) / 1000,
    postgres: postgresMs(database),
  };
}

export type CpuUse = {
  machineBusyPercent: number;
  foreignPercent: number;
  msPerRequest: { server: number; postgres: number; loadGenerator: number };
} | null;

/** What happened between two snapshots, per completed request. */
export function cpuUse(before: Snapshot, after: Snapshot, requests: number): CpuUse {
  if (!before || !after || requests === 0) return null;
  const total = after.machineTotal - before.machineTotal;
  const busy = after.machineBusy - before.machineBusy;
  const server = after.server - before.server;
  const bench = after.bench - before.bench;
  const postgres = postgresDelta(before.postgres, after.postgres);
  return {
    machineBusyPercent: round((100 * busy) / total, 0),
    foreignPercent: round(Math.max(0, (100 * (busy - server - bench - postgres)) / total), 0),
    msPerRequest: { server: round(server / requests, 2), postgres: round(postgres / requests, 2), loadGenerator: round(bench / requests, 2) },
  };
}
