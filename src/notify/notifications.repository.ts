import { sql, type Insertable } from "kysely";
import type { Db } from "../db/database.js";
import { insertByShape } from "../db/statement-shapes.js";
import type { NotificationsTable } from "../db/schema.js";
import type { NotificationChannel, NotificationRow, NotificationStatus } from "./notification.js";
import { secretParamsOf } from "./templates.js";

export type NewNotification = Insertable<NotificationsTable>;

export const findRecipientUsers = (tx: Db, ids: string[]) =>
  tx.selectFrom("users").select(["id", "email", "phone", "language", "isActive"]).where("id", "in", ids).execute();

/** Rows whose key exists already are left alone: a replayed event notifies nobody twice. */
export const insertNotifications = (tx: Db, rows: NewNotification[]) => notificationsInsert(tx, rows).returning(["id", "channel", "userId"]).execute();

/** `insertNotifications` as a statement of a script (src/db/script.ts), which answers nothing. */
export const insertNotificationsStatement = (db: Db, rows: NewNotification[]) => insertByShape("notifications", rows, (slotted) => notificationsInsert(db, slotted));

const notificationsInsert = (db: Db, rows: readonly NewNotification[]) => db.insertInto("notifications").values([...rows]).onConflict((oc) => oc.column("key").doNothing());

/**
 * Claims due rows of the given channels: pending ones whose time has come, and 'sending' ones
 * whose lease ran out. They become 'sending' with a new lease and one more attempt; the attempt
 * count is the claim's fencing token for the update that records the outcome.
 */
export function claimDueNotifications(db: Db, claim: { now: Date; channels: NotificationChannel[]; limit: number; leaseUntil: Date }): Promise<NotificationRow[]> {
  return db.transaction().execute(async (tx) => {
    const due = await tx
      .selectFrom("notifications")
      .select("id")
      .where("status", "in", ["pending", "sending"])
      .where("nextAttemptAt", "<=", claim.now)
      .where("channel", "in", claim.channels)
      .orderBy("nextAttemptAt")
      .limit(claim.limit)
      .forUpdate()
      .skipLocked()
      .execute();
    if (due.length === 0) return [];
    return tx
      .updateTable("notifications")
      .set((eb) => ({ status: "sending", attempts: eb("attempts", "+", 1), nextAttemptAt: claim.leaseUntil }))
      .where("id", "in", due.map((row) => row.id))
      .returningAll()
      .execute();
  });
}

const settle = (db: Db, claimed: Pick<NotificationRow, "id" | "attempts">) =>
  db.updateTable("notifications").where("id", "=", claimed.id).where("status", "=", "sending").where("attempts", "=", claimed.attempts);

/** Marks a row sent; its secret parameters (a one-time link) go with it, since nobody needs them again. */
export async function markSent(db: Db, claimed: NotificationRow, now: Date): Promise<boolean> {
  const secrets = secretParamsOf(claimed.template);
  const scrubbed = secrets.length > 0 ? { params: sql<string>`params - ${sql.val(secrets)}::text[]` } : {};
  return (await settle(db, claimed).set({ status: "sent", sentAt: now, lastError: null, ...scrubbed }).executeTakeFirst()).numUpdatedRows > 0n;
}

export const markRetry = async (db: Db, claimed: NotificationRow, error: string, nextAttemptAt: Date) =>
  (await settle(db, claimed).set({ status: "pending", lastError: error, nextAttemptAt }).executeTakeFirst()).numUpdatedRows > 0n;

export const markDead = async (db: Db, claimed: NotificationRow, error: string, now: Date) =>
  (await settle(db, claimed).set({ status: "dead", lastError: error, nextAttemptAt: now }).executeTakeFirst()).numUpdatedRows > 0n;

export const hasDueRows = async (db: Db, channel: NotificationChannel, now: Date) =>
  (await db.selectFrom("notifications").select("id").where("status", "=", "pending").where("channel", "=", channel).where("nextAttemptAt", "<=", now).limit(1).executeTakeFirst()) !== undefined;

type After = { createdAt: Date; id: string };
const before = (after: After) => sql<boolean>`(created_at, id) < (${after.createdAt}, ${after.id}::uuid)`;

/** A user's in-app notifications, newest first, keyset on (created_at, id). */
export function listInboxRows(db: Db, filter: { userId: string; unreadOnly: boolean; limit: number; after?: After }) {
  let query = db.selectFrom("notifications").selectAll().where("userId", "=", filter.userId).where("channel", "=", "inapp").limit(filter.limit + 1);
  if (filter.unreadOnly) query = query.where("readAt", "is", null);
  if (filter.after) query = query.where(before(filter.after));
  return query.orderBy("createdAt", "desc").orderBy("id", "desc").execute();
}

/** Marks the user's own in-app notification read (the first reading counts) and returns it. */
export async function markInboxRowRead(db: Db, id: string, userId: string, now: Date): Promise<NotificationRow | undefined> {
  await db.updateTable("notifications").set({ readAt: now }).where("id", "=", id).where("userId", "=", userId).where("channel", "=", "inapp").where("readAt", "is", null).execute();
  return db.selectFrom("notifications").selectAll().where("id", "=", id).where("userId", "=", userId).where("channel", "=", "inapp").executeTakeFirst();
}

/** How many of the user's in-app notifications are unread, counted up to `cap` (the bell shows "99+"). */
export async function countUnreadInboxRows(db: Db, userId: string, cap: number): Promise<number> {
  const capped = db.selectFrom("notifications").select("id").where("userId", "=", userId).where("channel", "=", "inapp").where("readAt", "is", null).limit(cap);
  const row = await db.selectFrom(capped.as("unread")).select((eb) => eb.fn.countAll<number>().as("count")).executeTakeFirst();
  return Number(row?.count ?? 0);
}

/** Marks every unread in-app notification of the user read; returns how many. */
export async function markAllInboxRowsRead(db: Db, userId: string, now: Date): Promise<number> {
  const result = await db.updateTable("notifications").set({ readAt: now }).where("userId", "=", userId).where("channel", "=", "inapp").where("readAt", "is", null).executeTakeFirst();
  return Number(result.numUpdatedRows);
}

/** The outbox by status, newest first. */
export function listOutboxRows(db: Db, filter: { status: NotificationStatus; channel?: NotificationChannel; limit: number; after?: After }) {
  let query = db.selectFrom("notifications").selectAll().where("status", "=", filter.status).limit(filter.limit + 1);
  if (filter.channel) query = query.where("channel", "=", filter.channel);
  if (filter.after) query = query.where(before(filter.after));
  return query.orderBy("createdAt", "desc").orderBy("id", "desc").execute();
}

export const findNotificationById = (db: Db, id: string) => db.selectFrom("notifications").selectAll().where("id", "=", id).executeTakeFirst();

/** A dead row goes out again now, with a fresh count of attempts (its last error stays for the record). */
export const requeueDeadNotification = (db: Db, id: string, now: Date) =>
  db
    .updateTable("notifications")
    .set({ status: "pending", attempts: 0, nextAttemptAt: now })
    .where("id", "=", id)
    .where("status", "=", "dead")
    .returningAll()
    .executeTakeFirst();
