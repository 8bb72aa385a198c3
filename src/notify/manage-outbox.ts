import type { Actor } from "../auth/index.js";
import type { Deps } from "../shared/deps.js";
import { AppError, notFound } from "../shared/errors.js";
import type { Page } from "../shared/pagination.js";
import type { NotificationChannel, NotificationRow, NotificationStatus } from "./notification.js";
import { assertCanManageOutbox } from "./notify.policy.js";
import { findNotificationById, listOutboxRows, requeueDeadNotification } from "./notifications.repository.js";
import { afterCursor, toPage } from "./read-notifications.js";

/** The outbox by status (dead letters first of all), newest first; administrators and managers. */
export async function listOutbox(
  deps: Deps,
  input: { actor: Actor; status: NotificationStatus; channel?: NotificationChannel; limit: number; cursor?: string },
): Promise<Page<NotificationRow>> {
  assertCanManageOutbox(input.actor);
  const rows = await listOutboxRows(deps.db, { status: input.status, channel: input.channel, limit: input.limit, after: afterCursor(input.cursor) });
  return toPage(rows, input.limit);
}

/** Sends a dead-lettered notification again: pending now, with a fresh count of attempts. */
export async function retryNotification(deps: Deps, input: { actor: Actor; notificationId: string }): Promise<NotificationRow> {
  assertCanManageOutbox(input.actor);
  const requeued = await requeueDeadNotification(deps.db, input.notificationId, deps.clock.now());
  if (requeued) return requeued;
  const found = await findNotificationById(deps.db, input.notificationId);
  if (!found) throw notFound("notification");
  throw new AppError("conflict", { reason: "notification_not_dead", status: found.status });
}
