import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { actorOf } from "../auth/index.js";
import type { Deps } from "../shared/deps.js";
import { listOutbox, retryNotification } from "./manage-outbox.js";
import { loadCustomTemplates } from "./manage-templates.js";
import { presentInboxItem, presentOutboxRow } from "./notification.presenter.js";
import {
  inboxItemSchema, listNotificationsQuery, listOutboxQuery, notificationParams, outboxItemSchema, pageOf,
} from "./notifications.schemas.js";
import { countUnreadNotifications, listNotifications, markAllNotificationsRead, markNotificationRead, UNREAD_COUNT_CAP } from "./read-notifications.js";
import { signedIn } from "../http/access.js";
import { z } from "zod";

/** /notifications (your in-app notifications) and /admin/outbox (delivery, dead letters, retry). */
export function notificationsRoutes(deps: Deps): FastifyPluginAsyncZod {
  return async (app) => {
    const tz = deps.config.displayTimeZone;

    app.get("/notifications", {
      config: { access: signedIn },
      schema: { tags: ["notifications"], summary: "Your in-app notifications, newest first", querystring: listNotificationsQuery, response: { 200: pageOf(inboxItemSchema) } },
    }, async (request) => {
      const actor = actorOf(request);
      const page = await listNotifications(deps, { actor, ...request.query });
      const custom = await loadCustomTemplates(deps.db);
      return { items: page.items.map((row) => presentInboxItem(row, actor.language, tz, custom)), nextCursor: page.nextCursor };
    });

    app.get("/notifications/unread-count", {
      config: { access: signedIn },
      schema: {
        tags: ["notifications"], summary: `How many of your in-app notifications are unread (counted up to ${UNREAD_COUNT_CAP})`,
        response: { 200: z.object({ count: z.number(), isCapped: z.boolean() }) },
      },
    }, async (request) => {
      const count = await countUnreadNotifications(deps, { actor: actorOf(request) });
      return { count, isCapped: count >= UNREAD_COUNT_CAP };
    });

    app.post("/notifications/read-all", {
      config: { access: signedIn },
      schema: { tags: ["notifications"], summary: "Mark all your notifications read", response: { 200: z.object({ marked: z.number() }) } },
    }, async (request) => ({ marked: await markAllNotificationsRead(deps, { actor: actorOf(request) }) }));

    app.post("/notifications/:id/read", {
      config: { access: signedIn },
      schema: { tags: ["notifications"], summary: "Mark one of your notifications read", params: notificationParams, response: { 200: inboxItemSchema } },
    }, async (request) => {
      const actor = actorOf(request);
      const read = await markNotificationRead(deps, { actor, notificationId: request.params.id });
      return presentInboxItem(read, actor.language, tz, await loadCustomTemplates(deps.db));
    });

    app.get("/admin/outbox", {
      config: { access: signedIn },
      schema: { tags: ["admin"], summary: "The notification outbox by status (default: dead); admins and managers", querystring: listOutboxQuery, response: { 200: pageOf(outboxItemSchema) } },
    }, async (request) => {
      const page = await listOutbox(deps, { actor: actorOf(request), ...request.query });
      return { items: page.items.map(presentOutboxRow), nextCursor: page.nextCursor };
    });

    app.post("/admin/outbox/:id/retry", {
      config: { access: signedIn },
      schema: { tags: ["admin"], summary: "Send a dead-lettered notification again now", params: notificationParams, response: { 200: outboxItemSchema } },
    }, async (request) => presentOutboxRow(await retryNotification(deps, { actor: actorOf(request), notificationId: request.params.id })));
  };
}
