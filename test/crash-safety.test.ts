import type { ChildProcess } from "node:child_process";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { complaintsIn, runChildCli, startChildServer, type ChildServer } from "./child-server.js";
import { childEnvFor, seedPerson, withDirectDeps, withDirectQuery } from "./crash-harness.js";
import { caseInput, createTestDatabaseLocation, TEST_ENGINE, type TestDatabaseLocation } from "./helpers.js";

/**
 * kill -9 in the middle of a burst of writes: every case the server answered 201 for must be
 * there after a restart, numbers stay unique, and every hash chain stays intact.
 */
const BURST = 300;
const CONCURRENCY = 8;
const KILL_AFTER = 100;

let location: TestDatabaseLocation;
let token: string;
const children = new Set<ChildProcess>();

const childEnv = (extra: Record<string, string> = {}) => childEnvFor(location, extra);

type Server = ChildServer;

const startServer = (): Promise<Server> => startChildServer(childEnv(), children);

async function stopServer(server: Server) {
  server.child.kill("SIGTERM");
  return server.exited;
}

const runCli = (args: string[]) => runChildCli(args, childEnv(), children);

const headers = () => ({ authorization: `Bearer ${token}`, "content-type": "application/json" });

beforeAll(async () => {
  location = await createTestDatabaseLocation();
  // seed before the server starts: a PGlite folder has one opener at a time
  await withDirectDeps(location, async (deps) => {
    token = (await seedPerson(deps, "burst", "dispatcher", "crash-safety")).token;
  });
});

afterAll(async () => {
  for (const child of children) child.kill("SIGKILL");
  await location?.drop();
});

describe(`kill -9 during a burst of case writes (${TEST_ENGINE})`, () => {
  it("loses no acknowledged case, keeps numbers unique and every chain intact", async () => {
    const first = await startServer();
    const acked: { id: string; number: string }[] = [];
    const unexpected: string[] = [];
    let issued = 0;
    let killed = false;

    const worker = async () => {
      while (!killed && issued < BURST) {
        const n = ++issued;
        try {
          const response = await fetch(`${first.base}/api/v1/cases`, {
            method: "POST",
            headers: headers(),
            body: JSON.stringify(caseInput({ subject: `突发写入 ${n}`, caller: { name: "王建国", phone: "13800138000" } })),
          });
          const body = (await response.json()) as { id: string; number: string };
          if (response.status === 201) {
            acked.push({ id: body.id, number: body.number });
            if (acked.length >= KILL_AFTER && !killed) {
              killed = true;
              first.child.kill("SIGKILL");
            }
          } else if (!killed) {
            unexpected.push(`${response.status} ${JSON.stringify(body)}`);
          }
        } catch (error) {
          // after the kill, requests in flight fail: those cases were never acknowledged
          if (!killed) unexpected.push(String(error));
        }
      }
    };
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));
    expect(unexpected).toEqual([]);
    expect(killed).toBe(true);
    expect(await first.exited).toMatchObject({ signal: "SIGKILL" });
    expect(acked.length).toBeGreaterThanOrEqual(KILL_AFTER);
    // the burst really was cut short: not every request was answered
    expect(acked.length).toBeLessThan(BURST);
    expect(new Set(acked.map((c) => c.number)).size).toBe(acked.length);

    // restart on the same data; a PGlite folder still holds the dead process's lock file
    const second = await startServer();
    const missing: string[] = [];
    const queue = [...acked];
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        for (let next = queue.shift(); next; next = queue.shift()) {
          const response = await fetch(`${second.base}/api/v1/cases/${next.id}`, { headers: headers() });
          const body = response.status === 200 ? ((await response.json()) as { number: string }) : null;
          if (body?.number !== next.number) missing.push(`${next.number} (${next.id}): ${response.status}`);
        }
      }),
    );
    expect(missing).toEqual([]);

    // the number sequence did not go back: a case opened after the crash gets a fresh number
    const after = await fetch(`${second.base}/api/v1/cases`, {
      method: "POST",
      headers: headers(),
      body: JSON.stringify(caseInput({ subject: "重启后的新工单", caller: { name: "王建国", phone: "13800138000" } })),
    });
    expect(after.status).toBe(201);
    const afterNumber = ((await after.json()) as { number: string }).number;
    const sequence = (number: string) => Number(number.split("-")[1]);
    expect(sequence(afterNumber)).toBeGreaterThan(Math.max(...acked.map((c) => sequence(c.number))));

    expect(await stopServer(second)).toEqual({ code: 0, signal: null });

    const verify = await runCli(["verify"]);
    expect(complaintsIn(verify.stderr)).toBe("");
    expect(verify.stdout).toMatch(/^ok: \d+ entries in \d+ cases, every chain intact/);
    expect(verify.code).toBe(0);
    const [, verifiedEntries] = /^ok: (\d+) entries/.exec(verify.stdout)!;
    expect(Number(verifiedEntries)).toBeGreaterThanOrEqual(acked.length + 1);

    // each case committed whole: a case row never without its "case.opened" entry, nothing half-written
    await withDirectQuery(location, async (q) => {
      const [counts] = await q<{ cases: number; orphans: number; numbers: number }>(
          `SELECT count(*)::int AS cases, count(DISTINCT number)::int AS numbers,
                  count(*) FILTER (WHERE NOT EXISTS (SELECT 1 FROM case_activities a WHERE a.case_id = c.id AND a.seq = 1 AND a.kind = 'case.opened'))::int AS orphans
           FROM cases c`,
      );
      expect(counts!.orphans).toBe(0);
      expect(counts!.numbers).toBe(counts!.cases);
      expect(counts!.cases).toBeGreaterThanOrEqual(acked.length + 1);
      expect(counts!.cases).toBeLessThanOrEqual(issued + 1);
    });
    // two server starts, a burst and a verify: 104 s under load 25 (the default minute ran out)
  }, 300_000);
});
