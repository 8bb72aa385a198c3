import { Writable } from "node:stream";
import { sql } from "kysely";
import pg from "pg";
import pino from "pino";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { as, TEST_ENGINE, type TestApp, useWorld, type World } from "../../test/helpers.js";
import { openPostgres } from "../db/database.js";
import type { Db } from "../db/database.js";
import { systemClock } from "../shared/clock.js";
import type { Deps } from "../shared/deps.js";
import {
  cancelTimers, rescheduleTimer, runDueTimers, scheduleTimer, startWorker, timerLagSeconds, type TimerHandler,
} from "./index.js";

let t: TestApp;
let world: World;
useWorld((app, w) => {
  t = app;
  world = w;
});

const MINUTE = 60_000;

beforeAll(async () => {
  await sql`CREATE TABLE timer_effects (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, timer_key text NOT NULL)`.execute(t.deps.db);
});

afterEach(async () => {
  // nothing a test leaves pending may fire in the next one
  await cancelTimers(t.deps.db, { keyPrefix: "" }, t.clock.now());
});

const effect = (tx: Db, key: string) => sql`INSERT INTO timer_effects (timer_key) VALUES (${key})`.execute(tx);

const handlers: Record<string, TimerHandler> = {
  effect: async (tx, timer) => void (await effect(tx, timer.key)),
  // writes its effect, then throws for its first `failures` runs: the effect must not survive a failure
  flaky: async (tx, timer) => {
    await effect(tx, timer.key);
    if (timer.attempts < Number(timer.payload.failures)) throw new Error(`flaky failure ${timer.attempts + 1}`);
  },
  broken: async (tx, timer) => {
    await effect(tx, timer.key);
    throw new Error("handler is broken");
  },
};

const schedule = (key: string, kind: string, inMs: number, payload?: object) =>
  t.deps.db.transaction().execute((tx) => scheduleTimer(tx, { key, kind, dueAt: new Date(t.clock.now().getTime() + inMs), payload, now: t.clock.now() }));

const run = (deps: Deps = t.deps, options?: { limit?: number; maxAttempts?: number }) => runDueTimers(deps, handlers, options);

const effectsOf = async (key: string) =>
  Number((await sql<{ n: number }>`SELECT count(*) AS n FROM timer_effects WHERE timer_key = ${key}`.execute(t.deps.db)).rows[0]!.n);

const timer = (key: string) => t.deps.db.selectFrom("timers").selectAll().where("key", "=", key).executeTakeFirstOrThrow();

describe(runDueTimers.name, () => {
  it("fires a timer once at its due time when the clock gets there, not before", async () => {
    expect(await schedule("t1:case-1:response:1:30m", "effect", 30 * MINUTE, { caseId: "case-1" })).toBe(true);
    expect(await run()).toBe(0);
    t.clock.advance(30 * MINUTE - 1000);
    expect(await run()).toBe(0);
    expect(await effectsOf("t1:case-1:response:1:30m")).toBe(0);
    t.clock.advance(1000);
    expect(await run()).toBe(1);
    expect(await run()).toBe(0);
    t.clock.advance(60 * MINUTE);
    expect(await run()).toBe(0);
    expect(await effectsOf("t1:case-1:response:1:30m")).toBe(1);
    expect(await timer("t1:case-1:response:1:30m")).toMatchObject({ status: "fired", attempts: 1, payload: { caseId: "case-1" } });
  });

  it("fires a key scheduled twice only once", async () => {
    expect(await schedule("t2:same", "effect", MINUTE)).toBe(true);
    expect(await schedule("t2:same", "effect", 2 * MINUTE)).toBe(false);
    t.clock.advance(5 * MINUTE);
    expect(await run()).toBe(1);
    // even after firing, the key is spent
    expect(await schedule("t2:same", "effect", 0)).toBe(false);
    expect(await run()).toBe(0);
    expect(await effectsOf("t2:same")).toBe(1);
  });

  it("never fires cancelled timers, by prefix (wildcards taken literally) or by keys", async () => {
    await schedule("t3:case_1:a", "effect", MINUTE);
    await schedule("t3:case_1:b", "effect", MINUTE);
    await schedule("t3:caseX1:c", "effect", MINUTE);
    await schedule("t3:other", "effect", MINUTE);
    await schedule("t3:kept", "effect", MINUTE);
    expect(await cancelTimers(t.deps.db, { keyPrefix: "t3:case_1:" }, t.clock.now())).toBe(2);
    expect(await cancelTimers(t.deps.db, { keys: ["t3:other", "t3:unknown"] }, t.clock.now())).toBe(1);
    expect(await cancelTimers(t.deps.db, { keys: [] }, t.clock.now())).toBe(0);
    t.clock.advance(10 * MINUTE);
    expect(await run()).toBe(2);
    expect(await effectsOf("t3:case_1:a")).toBe(0);
    expect(await effectsOf("t3:other")).toBe(0);
    expect(await effectsOf("t3:caseX1:c")).toBe(1);
    expect((await timer("t3:case_1:b")).status).toBe("cancelled");
    // a fired timer is not cancelled after the fact
    expect(await cancelTimers(t.deps.db, { keys: ["t3:kept"] }, t.clock.now())).toBe(0);
  });

  it("moves a pending timer with rescheduleTimer", async () => {
    await schedule("t4:resolution", "effect", 10 * MINUTE);
    expect(await rescheduleTimer(t.deps.db, "t4:resolution", new Date(t.clock.now().getTime() + 40 * MINUTE))).toBe(true);
    t.clock.advance(30 * MINUTE);
    expect(await run()).toBe(0);
    t.clock.advance(10 * MINUTE);
    expect(await run()).toBe(1);
    expect(await rescheduleTimer(t.deps.db, "t4:resolution", t.clock.now())).toBe(false);
  });

  it("rolls a failing handler's effects back and retries later with growing delays", async () => {
    await schedule("t5:flaky", "flaky", 0, { failures: 2 });
    expect(await run()).toBe(0);
    let row = await timer("t5:flaky");
    expect(row).toMatchObject({ status: "pending", attempts: 1, lastError: "Error: flaky failure 1" });
    expect(row.dueAt.getTime() - t.clock.now().getTime()).toBe(30_000);
    expect(await effectsOf("t5:flaky")).toBe(0);

    t.clock.advance(29_000);
    expect(await run()).toBe(0);
    expect((await timer("t5:flaky")).attempts).toBe(1);
    t.clock.advance(1000);
    expect(await run()).toBe(0);
    row = await timer("t5:flaky");
    expect(row).toMatchObject({ status: "pending", attempts: 2, lastError: "Error: flaky failure 2" });
    expect(row.dueAt.getTime() - t.clock.now().getTime()).toBe(60_000);

    t.clock.advance(60_000);
    expect(await run()).toBe(1);
    expect(await timer("t5:flaky")).toMatchObject({ status: "fired", attempts: 3 });
    expect(await effectsOf("t5:flaky")).toBe(1);
  });

  it("marks a timer failed after the last attempt, shows it to admins and runs it again on request", async () => {
    await schedule("t6:broken", "broken", 0);
    for (let attempt = 0; attempt < 3; attempt++) {
      expect(await run(t.deps, { maxAttempts: 3 })).toBe(0);
      t.clock.advance(60 * MINUTE);
    }
    expect(await timer("t6:broken")).toMatchObject({ status: "failed", attempts: 3, lastError: "Error: handler is broken" });
    t.clock.advance(24 * 60 * MINUTE);
    expect(await run(t.deps, { maxAttempts: 3 })).toBe(0);
    expect(await effectsOf("t6:broken")).toBe(0);

    const admin = as(t, world.users.admin.token);
    const listed = await admin.get("/api/v1/admin/timers?status=failed");
    expect(listed.status).toBe(200);
    const item = listed.body.items.find((i: { key: string }) => i.key === "t6:broken");
    expect(item).toMatchObject({ kind: "broken", status: "failed", attempts: 3, lastError: "Error: handler is broken" });
    expect((await as(t, world.users.engineer.token).get("/api/v1/admin/timers")).status).toBe(403);
    expect((await as(t, world.users.customerA.token).post(`/api/v1/admin/timers/${item.id}/retry`)).status).toBe(403);

    const retried = await as(t, world.users.manager.token).post(`/api/v1/admin/timers/${item.id}/retry`);
    expect(retried.status).toBe(200);
    expect(retried.body).toMatchObject({ status: "pending", attempts: 0, dueAt: t.clock.now().toISOString() });
    expect((await admin.post(`/api/v1/admin/timers/${item.id}/retry`)).status).toBe(409);
    expect((await admin.post(`/api/v1/admin/timers/00000000-0000-4000-8000-000000000000/retry`)).status).toBe(404);
  });

  it("fails a timer of an unknown kind at once, with a clear error", async () => {
    await schedule("t7:mystery", "no_such_kind", 0);
    expect(await run()).toBe(0);
    expect(await timer("t7:mystery")).toMatchObject({ status: "failed", lastError: 'no handler for timer kind "no_such_kind"' });
  });

  it("measures the lag between due and firing, and warns when it exceeds a minute", async () => {
    const lines: string[] = [];
    const logger = pino({ level: "warn" }, new Writable({ write: (chunk, _enc, done) => void (lines.push(String(chunk)), done()) }));
    const before = (await timerLagSeconds.get()).values.find((v) => v.metricName === "casedesk_timer_lag_seconds_count" && v.labels.kind === "effect")?.value ?? 0;
    await schedule("t8:late", "effect", MINUTE);
    t.clock.advance(MINUTE + 90_000);
    expect(await run({ ...t.deps, logger })).toBe(1);
    const after = (await timerLagSeconds.get()).values.find((v) => v.metricName === "casedesk_timer_lag_seconds_count" && v.labels.kind === "effect")?.value;
    expect(after).toBe(before + 1);
    const warning = lines.map((line) => JSON.parse(line)).find((entry) => entry.msg === "timer fired late");
    expect(warning).toMatchObject({ key: "t8:late", lagSeconds: 90 });
  });

  it("fires each of 200 timers exactly once under two concurrent runners", async () => {
    for (let i = 0; i < 200; i++) await schedule(`t9:${String(i).padStart(3, "0")}`, "effect", i * 1000);
    t.clock.advance(10 * MINUTE);
    // on PostgreSQL the second runner is another pool on the same database, as another instance would be
    const second = TEST_ENGINE === "postgres" ? openPostgres(t.db.url!, 5) : undefined;
    try {
      const other: Deps = second ? { ...t.deps, db: second.db } : t.deps;
      const [a, b] = await Promise.all([run(t.deps, { limit: 7 }), run(other, { limit: 7 })]);
      expect(a + b).toBe(200);
    } finally {
      await second?.close();
    }
    const { rows } = await sql<{ timerKey: string; n: number }>`
      SELECT timer_key, count(*) AS n FROM timer_effects WHERE timer_key LIKE 't9:%' GROUP BY timer_key`.execute(t.deps.db);
    expect(rows).toHaveLength(200);
    expect(rows.every((row) => Number(row.n) === 1)).toBe(true);
  });

  it.runIf(TEST_ENGINE === "postgres")("leaves a timer held by a process that dies before committing pending, then fires it", async () => {
    await schedule("t10:orphan", "effect", 0);
    const dying = new pg.Client({ connectionString: t.db.url });
    await dying.connect();
    await dying.query("BEGIN");
    await dying.query("SELECT id FROM timers WHERE key = 't10:orphan' FOR UPDATE");
    expect(await run()).toBe(0);
    await dying.end(); // the connection goes away without COMMIT
    expect(await run()).toBe(1);
    expect(await effectsOf("t10:orphan")).toBe(1);
  });
});

describe(startWorker.name, () => {
  it("fires timers and runs its tasks every round, and a failing task does not stop it", async () => {
    let deliveries = 0;
    const worker = startWorker(t.deps, {
      timerHandlers: handlers,
      tasks: [
        { name: "broken", run: async () => { throw new Error("outbox down"); } },
        { name: "counting", run: async () => void deliveries++ },
      ],
      intervalMs: 5,
    });
    try {
      await schedule("w1:now", "effect", 0);
      worker.wake();
      await vi.waitFor(async () => expect(await effectsOf("w1:now")).toBe(1), { timeout: 5000 });
      await vi.waitFor(() => expect(deliveries).toBeGreaterThan(2), { timeout: 5000 });
    } finally {
      await worker.stop();
    }
    const rounds = worker.rounds;
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(worker.rounds).toBe(rounds);
  });

  it.runIf(TEST_ENGINE === "postgres")("wakes early on NOTIFY casedesk_jobs", async () => {
    const listening = openPostgres(t.db.url!);
    let rounds = 0;
    const worker = startWorker(t.deps, { timerHandlers: handlers, tasks: [{ name: "counting", run: async () => void rounds++ }], intervalMs: 60_000, wakeOn: listening.listen });
    try {
      await vi.waitFor(() => expect(rounds).toBe(1));
      // the listener connects in the background; keep scheduling until one NOTIFY arrives
      let n = 0;
      await vi.waitFor(async () => {
        await schedule(`w2:now:${n++}`, "effect", 0);
        expect(rounds).toBeGreaterThan(1);
      }, { timeout: 5000, interval: 100 });
    } finally {
      await worker.stop();
      await listening.close();
    }
  });
});

describe("the worker's timer loop", () => {
  // real time: what is measured is how long the loop sleeps
  const realDeps = (): Deps => ({ ...t.deps, clock: systemClock });
  const scheduleIn = (key: string, ms: number) =>
    t.deps.db.transaction().execute((tx) => scheduleTimer(tx, { key, kind: "effect", dueAt: new Date(Date.now() + ms), now: new Date() }));
  const lagMs = async (key: string) => {
    const row = await timer(key);
    return row.firedAt!.getTime() - row.scheduledAt.getTime();
  };

  it("fires a timer on time while a task's round hangs, and stopping ends that round through its signal", async () => {
    let hangs = 0;
    const hanging = { name: "hanging gateway", run: (_deps: Deps, signal: AbortSignal) => new Promise<void>((resolve) => {
      hangs++;
      signal.addEventListener("abort", () => resolve());
    }) };
    const worker = startWorker(realDeps(), { timerHandlers: handlers, tasks: [hanging], intervalMs: 50 });
    try {
      await scheduleIn("w3:while-hanging", 300);
      await vi.waitFor(async () => expect(await effectsOf("w3:while-hanging")).toBe(1), { timeout: 5000, interval: 20 });
      expect(await lagMs("w3:while-hanging")).toBeLessThan(1000);
      expect(hangs).toBe(1);
    } finally {
      await worker.stop();
    }
  });

  it("sleeps until the next timer falls due, not a whole interval", async () => {
    await scheduleIn("w4:soon", 700);
    const worker = startWorker(realDeps(), { timerHandlers: handlers, intervalMs: 60_000 });
    try {
      await vi.waitFor(async () => expect(await effectsOf("w4:soon")).toBe(1), { timeout: 5000, interval: 20 });
      expect(await lagMs("w4:soon")).toBeLessThan(500);
    } finally {
      await worker.stop();
    }
  });
});

describe("a retried timer", () => {
  it("keeps the instant it was scheduled for while its next attempt moves", async () => {
    const due = new Date(t.clock.now().getTime() + MINUTE);
    await scheduleTimer(t.deps.db, { key: "retry:scheduled", kind: "flaky", dueAt: due, payload: { failures: 1 }, now: t.clock.now() });
    t.clock.set(due);
    await runDueTimers(t.deps, handlers);
    const row = await t.deps.db.selectFrom("timers").select(["dueAt", "scheduledAt", "status", "attempts"]).where("key", "=", "retry:scheduled").executeTakeFirstOrThrow();
    expect(row).toMatchObject({ status: "pending", attempts: 1, scheduledAt: due });
    expect(row.dueAt.getTime()).toBeGreaterThan(due.getTime());
    // a cancellation of what falls due after the instant keeps it: it fell due before
    await cancelTimers(t.deps.db, { keyPrefix: "retry:", dueAfter: due }, t.clock.now());
    expect((await t.deps.db.selectFrom("timers").select("status").where("key", "=", "retry:scheduled").executeTakeFirstOrThrow()).status).toBe("pending");
  });
});
