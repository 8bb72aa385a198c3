import { defineMessages } from "../../app/i18n";

/** Words of the notification bell. */
export const notificationsNs = defineMessages("notifications", {
  "zh-CN": {
    bell: "通知",
    bellUnread: "通知，{{count}} 条未读",
    title: "通知",
    empty: "没有通知",
    markAllRead: "全部标为已读",
    unread: "未读",
    loadFailed: "通知加载失败",
  },
  en: {
    bell: "Notifications",
    bellUnread: "Notifications, {{count}} unread",
    title: "Notifications",
    empty: "No notifications",
    markAllRead: "Mark all read",
    unread: "unread",
    loadFailed: "The notifications could not be loaded",
  },
});
