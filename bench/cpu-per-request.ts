/**
 * CPU per request of the write path, one request at a time (concurrency 1), split into the
 * server's user and kernel time and PostgreSQL's: steadier than requests per second on a shared
 * machine, and the kernel share is what each round trip's socket write and wake-up costs.
 * `node --import tsx bench/cpu-per-request.ts [requests]` (PostgreSQL at BENCH_DATABASE_URL or
 * the default test server, in a database of its own).
 */
import { readFileSync } from "node:fs";
import { createDatabase, dropDatabase } from "./engines.js";
import { request, startServer } from "./http.js";
import { seed } from "./seed.js";
import { cpuSnapshot, cpuUse } from "./cpu.js";
import { composeCase, pick, rng } from "./corpus.js";

const adminUrl = process.env.BENCH_DATABASE_URL ?? "postgres://root@127.0.0.1:5432/test";
const name = process.env.BENCH_DATABASE_NAME ?? "casedesk_cpu";
const count = Number(process.argv[2] ?? 300);
const TICK_MS = 10;

/** user and system CPU ms of a process (/proc/<pid>/stat fields 14 and 15) */
function userSystem(pid: number) {
  const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
  return { user: Number(fields[11]) * TICK_MS, system: Number(fields[12]) * TICK_MS };
}

const url = await createDatabase(adminUrl, name);
try {
  const seeded = await seed({ engine: "postgres", url });
  const server = await startServer({ engine: "postgres", url });
  const random = rng(7);
  const caseIds: string[] = [];
  const open = () => {
    const text = composeCase(random);
    const customer = pick(random, seeded.customers);
    return {
      path: "/api/v1/cases",
      body: { ...text, channel: "phone", faultLevel: "S2", caller: { name: customer.contactName, phone: customer.phone, company: customer.name, contractNo: customer.contractNo } },
    };
  };
  const note = () => ({ path: `/api/v1/cases/${pick(random, caseIds)}/notes`, body: { body: `已远程查看日志 ${random()}`, visibility: "internal" } });
  const send = async (next: () => { path: string; body: unknown }) => {
    const { path, body } = next();
    const answer = await request(server.baseUrl, seeded.token, "POST", path, body);
    if (answer.status !== 201) throw new Error(`${path}: ${answer.status}`);
    if (path === "/api/v1/cases") caseIds.push((answer.json as { id: string }).id);
  };
  const run = async (label: string, next: () => { path: string; body: unknown }) => {
    for (let i = 0; i < 30; i++) await send(next);
    const before = { ...userSystem(server.pid), cpu: cpuSnapshot(server.pid, name) };
    for (let i = 0; i < count; i++) await send(next);
    const after = { ...userSystem(server.pid), cpu: cpuSnapshot(server.pid, name) };
    const per = (ms: number) => (ms / count).toFixed(2);
    console.log(`${label}: server user ${per(after.user - before.user)} ms, kernel ${per(after.system - before.system)} ms; PostgreSQL ${cpuUse(before.cpu, after.cpu, count)!.msPerRequest.postgres.toFixed(2)} ms per request (${count} requests)`);
  };
  await run("open case", open);
  await run("add note", note);
  await server.stop();
} finally {
  await dropDatabase(adminUrl, name);
}
