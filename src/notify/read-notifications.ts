import type { Actor } from "../auth/index.js";
import type { Deps } from "../shared/deps.js";
import { notFound } from "../shared/errors.js";
import { decodeCursor, encodeCursor, type Page } from "../shared/pagination.js";
import type { NotificationRow } from "./notification.js";
import { assertHasInbox } from "./notify.policy.js";
import { countUnreadInboxRows, listInboxRows, markAllInboxRowsRead, markInboxRowRead } from "./notifications.repository.js";

/** The most the unread count says exactly; more is shown as "99+". */
export const UNREAD_COUNT_CAP = 100;

export const toPage = (rows: NotificationRow[], limit: number): Page<NotificationRow> => {
  const items = rows.slice(0, limit);
  const last = items.at(-1);
  return { items, nextCursor: rows.length > limit && last ? encodeCursor({ v: last.createdAt.toISOString(), id: last.id }) : null };
};

export const afterCursor = (cursor?: string) => {
  if (!cursor) return undefined;
  const decoded = decodeCursor(cursor);
  return { createdAt: new Date(String(decoded.v)), id: decoded.id };
};

/** The signed-in user's own in-app notifications, newest first; `unread` keeps the unread ones. */
export async function listNotifications(deps: Deps, input: { actor: Actor; unread?: boolean; limit: number; cursor?: string }): Promise<Page<NotificationRow>> {
  assertHasInbox(input.actor);
  const rows = await listInboxRows(deps.db, { userId: input.actor.id, unreadOnly: input.unread ?? false, limit: input.limit, after: afterCursor(input.cursor) });
  return toPage(rows, input.limit);
}

/** Marks one of the user's own notifications read; anybody else's is "not found". */
export async function markNotificationRead(deps: Deps, input: { actor: Actor; notificationId: string }): Promise<NotificationRow> {
  assertHasInbox(input.actor);
  const row = await markInboxRowRead(deps.db, input.notificationId, input.actor.id, deps.clock.now());
  if (!row) throw notFound("notification");
  return row;
}

/** How many of the signed-in user's notifications are unread (at most UNREAD_COUNT_CAP). */
export async function countUnreadNotifications(deps: Deps, input: { actor: Actor }): Promise<number> {
  assertHasInbox(input.actor);
  return countUnreadInboxRows(deps.db, input.actor.id, UNREAD_COUNT_CAP);
}

/** Marks all the signed-in user's notifications read. */
export async function markAllNotificationsRead(deps: Deps, input: { actor: Actor }): Promise<number> {
  assertHasInbox(input.actor);
  return markAllInboxRowsRead(deps.db, input.actor.id, deps.clock.now());
}
