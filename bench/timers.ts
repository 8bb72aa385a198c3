/**
 * Timers and notifications under load (PostgreSQL): a backlog of pending service-level timers
 * for every open case, a stream of timers falling due, two workers firing them (as two app
 * instances would), and the lag between each timer's due instant and its firing; then the
 * outbox delivered to a real SMTP server on 127.0.0.1.
 */
import { sql } from "kysely";
import pino from "pino";
import { openPostgres } from "../src/db/database.js";
import { startWorker, type TimerHandler } from "../src/jobs/index.js";
import { deliverDueNotifications, transportsFromConfig } from "../src/notify/index.js";
import { systemClock } from "../src/shared/clock.js";
import type { Deps } from "../src/shared/deps.js";
import { EventBus } from "../src/shared/domain-events.js";
import { startSmtpPeer } from "../test/peers.js";
import { benchConfig } from "./engines.js";
import { round } from "./stats.js";

export type TimerBenchOptions = { openCases: number; backlogPerCase: number; streamTimers: number; streamSeconds: number; notifications: number; workerIntervalMs: number; log: (m: string) => void };

/** Each fired timer writes one row, as a reminder writes its log entry and outbox rows. */
const handlers: Record<string, TimerHandler> = {
  "bench.tick": async (tx, timer) => {
    await tx.insertInto("loginAttempts").values({ email: `timer:${timer.key}`, ip: null, succeeded: true, at: timer.dueAt }).execute();
  },
};

export async function measureTimers(url: string, options: TimerBenchOptions) {
  const config = { ...benchConfig({ engine: "postgres", url }), workerIntervalMs: options.workerIntervalMs };
  const logger = pino({ level: "warn" });
  const databases = [openPostgres(url, 6), openPostgres(url, 6)];
  const deps = databases.map((database): Deps => ({ db: database.db, engine: "postgres", clock: systemClock, config, logger, events: new EventBus() }));
  const db = deps[0]!.db;
  try {
    options.log(`timers: a backlog of ${options.backlogPerCase} pending timers for each of ${options.openCases} open cases`);
    // the service-level timers of that many open cases: far in the future, as most of them are
    await db.executeQuery(
      sql`INSERT INTO timers (key, kind, due_at, scheduled_at, payload, status, attempts, created_at)
        SELECT key, 'bench.tick', due, due, '{}'::jsonb, 'pending', 0, now() FROM (
          SELECT 'bench:' || c || ':' || s AS key, now() + (s * interval '1 hour') + (random() * interval '30 days') AS due
          FROM generate_series(1, ${options.openCases}) c CROSS JOIN generate_series(1, ${options.backlogPerCase}) s
        ) backlog`.compile(db),
    );
    await db.executeQuery(sql`ANALYZE timers`.compile(db));
    const now = Date.now();
    // the stream: timers due evenly over the next streamSeconds, starting two seconds from now
    const start = now + 2_000;
    const rows = Array.from({ length: options.streamTimers }, (_, i) => ({
      key: `stream:${i}`, kind: "bench.tick", dueAt: new Date(start + (i / options.streamTimers) * options.streamSeconds * 1000),
      scheduledAt: new Date(start + (i / options.streamTimers) * options.streamSeconds * 1000),
      payload: "{}", status: "pending" as const, attempts: 0, createdAt: new Date(now),
    }));
    for (let i = 0; i < rows.length; i += 1000) await db.insertInto("timers").values(rows.slice(i, i + 1000)).execute();
    options.log(`timers: ${options.streamTimers} falling due over ${options.streamSeconds}s, two workers every ${options.workerIntervalMs} ms`);
    const workers = deps.map((d) => startWorker(d, { timerHandlers: handlers, intervalMs: options.workerIntervalMs }));
    const deadline = start + options.streamSeconds * 1000 + 30_000;
    for (;;) {
      await new Promise((resolve) => setTimeout(resolve, 500));
      const [left] = await db.selectFrom("timers").select((eb) => eb.fn.countAll<number>().as("n")).where("key", "like", "stream:%").where("status", "=", "pending").execute();
      if (Number(left!.n) === 0 || Date.now() > deadline) break;
    }
    await Promise.all(workers.map((w) => w.stop()));
    const lag = await sql<{ p50: number; p99: number; max: number; fired: number; twice: number }>`
      SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM fired_at - due_at)) AS p50,
             percentile_cont(0.99) WITHIN GROUP (ORDER BY extract(epoch FROM fired_at - due_at)) AS p99,
             max(extract(epoch FROM fired_at - due_at)) AS max, count(*) AS fired,
             (SELECT count(*) - count(DISTINCT email) FROM login_attempts WHERE email LIKE 'timer:stream:%') AS twice
      FROM timers WHERE key LIKE 'stream:%' AND status = 'fired'`.execute(db);
    const [backlog] = await db.selectFrom("timers").select((eb) => eb.fn.countAll<number>().as("n")).where("status", "=", "pending").execute();
    const timers = {
      openCases: options.openCases,
      pendingBacklog: Number(backlog!.n),
      stream: { timers: options.streamTimers, seconds: options.streamSeconds, perSecond: round(options.streamTimers / options.streamSeconds, 1) },
      workers: 2,
      workerIntervalMs: options.workerIntervalMs,
      fired: Number(lag.rows[0]!.fired),
      firedTwice: Number(lag.rows[0]!.twice),
      lagSeconds: { p50: round(Number(lag.rows[0]!.p50), 3), p99: round(Number(lag.rows[0]!.p99), 3), max: round(Number(lag.rows[0]!.max), 3) },
      target: { p99Seconds: 1, met: Number(lag.rows[0]!.p99) <= 1 },
    };
    options.log(`timers: fired ${timers.fired}, lag p50 ${timers.lagSeconds.p50}s p99 ${timers.lagSeconds.p99}s`);
    await db.deleteFrom("timers").where("key", "like", "bench:%").execute();
    return { timers, notifications: await measureDelivery(deps[0]!, options) };
  } finally {
    await Promise.all(databases.map((d) => d.close()));
  }
}

async function measureDelivery(deps: Deps, options: TimerBenchOptions) {
  const smtp = await startSmtpPeer();
  try {
    const now = new Date();
    const rows = Array.from({ length: options.notifications }, (_, i) => ({
      key: `bench:mail:${i}`, channel: "email" as const, userId: null, toAddress: `engineer${i % 50}@bench.example.cn`, language: "zh-CN" as const,
      template: "case.closed", params: JSON.stringify({ caseNumber: `C2611-${String(i).padStart(6, "0")}` }), caseId: null,
      status: "pending" as const, nextAttemptAt: now, createdAt: now, sentAt: null,
    }));
    for (let i = 0; i < rows.length; i += 1000) await deps.db.insertInto("notifications").values(rows.slice(i, i + 1000)).execute();
    const transports = transportsFromConfig({ smtpUrl: `smtp://127.0.0.1:${smtp.port}`, smtpFrom: "casedesk <casedesk@bench>", smsGatewayUrl: undefined, smsGatewayToken: undefined });
    options.log(`notifications: delivering ${options.notifications} e-mails to an SMTP server on 127.0.0.1`);
    const started = performance.now();
    let sent = 0;
    while (sent < options.notifications) {
      const report = await deliverDueNotifications(deps, transports, { concurrency: 8, maxRows: 100_000 });
      if (report.sent === 0) break;
      sent += report.sent;
    }
    const seconds = (performance.now() - started) / 1000;
    return { emails: sent, received: smtp.messages.length, seconds: round(seconds, 2), perSecond: round(sent / seconds, 1), concurrency: 8 };
  } finally {
    await smtp.close();
  }
}


