import { CompiledQuery, sql, type Insertable } from "kysely";
import type { Db } from "../db/database.js";
import { insertByShape } from "../db/statement-shapes.js";
import type { TimersTable } from "../db/schema.js";
import type { TimerRow, TimerStatus } from "./timer.js";

/** The channel a worker LISTENs on (PostgreSQL); NOTIFY is sent at commit. */
export const WAKE_CHANNEL = "casedesk_jobs";

export const insertTimer = async (tx: Db, t: { key: string; kind: string; dueAt: Date; payload: object; now: Date }) =>
  (await tx
    .insertInto("timers")
    .values({ key: t.key, kind: t.kind, dueAt: t.dueAt, scheduledAt: t.dueAt, payload: JSON.stringify(t.payload), createdAt: t.now })
    .onConflict((oc) => oc.column("key").doNothing())
    .returning("id")
    .executeTakeFirst()) !== undefined;

/** Several timers in one statement; the keys of those inserted (an existing key is left as it is). */
export async function insertTimers(tx: Db, timers: { key: string; kind: string; dueAt: Date; payload: object }[], now: Date): Promise<Set<string>> {
  if (timers.length === 0) return new Set();
  const rows = await timersInsert(tx, timerRows(timers, now)).returning("key").execute();
  return new Set(rows.map((r) => r.key));
}

/** `insertTimers` as a statement of a script (src/db/script.ts), which answers nothing. */
export const insertTimersStatement = (db: Db, timers: { key: string; kind: string; dueAt: Date; payload: object }[], now: Date) =>
  insertByShape("timers", timerRows(timers, now), (rows) => timersInsert(db, rows));

const timerRows = (timers: { key: string; kind: string; dueAt: Date; payload: object }[], now: Date) =>
  timers.map((t) => ({ key: t.key, kind: t.kind, dueAt: t.dueAt, scheduledAt: t.dueAt, payload: JSON.stringify(t.payload), createdAt: now }));

const timersInsert = (db: Db, rows: readonly Insertable<TimersTable>[]) => db.insertInto("timers").values([...rows]).onConflict((oc) => oc.column("key").doNothing());

const likePrefix = (prefix: string) => `${prefix.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

export async function cancelPendingTimers(
  tx: Db,
  where: ({ keyPrefix: string } | { keys: string[] }) & { dueAfter?: Date },
  now: Date,
): Promise<number> {
  if ("keys" in where && where.keys.length === 0) return 0;
  let query = tx.updateTable("timers").set({ status: "cancelled", cancelledAt: now }).where("status", "=", "pending");
  query = "keys" in where ? query.where("key", "in", where.keys) : query.where("key", "like", likePrefix(where.keyPrefix));
  if (where.dueAfter) query = query.where("scheduledAt", ">", where.dueAfter);
  const result = await query.executeTakeFirst();
  return Number(result.numUpdatedRows);
}

export async function reschedulePendingTimer(tx: Db, key: string, dueAt: Date): Promise<boolean> {
  const result = await tx.updateTable("timers").set({ dueAt, scheduledAt: dueAt }).where("key", "=", key).where("status", "=", "pending").executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/** Candidates only: the locks end with this short transaction; each timer is locked again to run. */
export const findDueTimerIds = (tx: Db, now: Date, limit: number) =>
  tx
    .selectFrom("timers")
    .select("id")
    .where("status", "=", "pending")
    .where("dueAt", "<=", now)
    .orderBy("dueAt")
    .orderBy("key")
    .limit(limit)
    .forUpdate()
    .skipLocked()
    .execute();

/** The timer, locked for this transaction, if it is still pending and due and nobody else holds it. */
export const lockDueTimer = (tx: Db, id: string, now: Date): Promise<TimerRow | undefined> =>
  tx
    .selectFrom("timers")
    .selectAll()
    .where("id", "=", id)
    .where("status", "=", "pending")
    .where("dueAt", "<=", now)
    .forUpdate()
    .skipLocked()
    .executeTakeFirst();

/**
 * Waits for a runner that holds the row; returns it only if it is still pending and due afterwards
 * (not fired, nor already pushed back by another runner's failure).
 */
export const lockPendingTimer = (tx: Db, id: string, now: Date): Promise<TimerRow | undefined> =>
  tx.selectFrom("timers").selectAll().where("id", "=", id).where("status", "=", "pending").where("dueAt", "<=", now).forUpdate().executeTakeFirst();

export const markTimerFired = (tx: Db, id: string, now: Date) =>
  tx.updateTable("timers").set((eb) => ({ status: "fired", firedAt: now, attempts: eb("attempts", "+", 1) })).where("id", "=", id).execute();

export const markTimerFailed = (tx: Db, id: string, error: string, attempts: number) =>
  tx.updateTable("timers").set({ status: "failed", lastError: error, attempts }).where("id", "=", id).execute();

export const setTimerRetry = (tx: Db, id: string, error: string, attempts: number, dueAt: Date) =>
  tx.updateTable("timers").set({ lastError: error, attempts, dueAt }).where("id", "=", id).execute();

export type TimerFilter = { status: TimerStatus; limit: number; after?: { dueAt: Date; id: string } };

/** Newest due first, keyset on (due_at, id). */
export function listTimerRows(db: Db, filter: TimerFilter) {
  let query = db.selectFrom("timers").selectAll().where("status", "=", filter.status).limit(filter.limit + 1);
  if (filter.after) query = query.where(sql<boolean>`(due_at, id) < (${filter.after.dueAt}, ${filter.after.id}::uuid)`);
  return query.orderBy("dueAt", "desc").orderBy("id", "desc").execute();
}

export const findTimerById = (db: Db, id: string) => db.selectFrom("timers").selectAll().where("id", "=", id).executeTakeFirst();

/** A failed timer runs again now, with a fresh count of attempts. */
export const requeueFailedTimer = (db: Db, id: string, now: Date) =>
  db
    .updateTable("timers")
    .set({ status: "pending", dueAt: now, attempts: 0 })
    .where("id", "=", id)
    .where("status", "=", "failed")
    .returningAll()
    .executeTakeFirst();

/** Wakes LISTENing workers when this transaction commits (PostgreSQL; harmless on PGlite). */
export const wakeWorkersStatement = () => CompiledQuery.raw("SELECT pg_notify($1, '')", [WAKE_CHANNEL]);
export const wakeWorkers = async (tx: Db) => void (await tx.executeQuery(wakeWorkersStatement()));

/** When the earliest pending timer (due after `after`, if given) falls due; undefined if there is none. */
export async function findNextDueAt(db: Db, after?: Date): Promise<Date | undefined> {
  let query = db.selectFrom("timers").select("dueAt").where("status", "=", "pending");
  if (after) query = query.where("dueAt", ">", after);
  return (await query.orderBy("dueAt").limit(1).executeTakeFirst())?.dueAt;
}
