import { BellOutlined } from "@ant-design/icons";
import { Badge, Button, Empty, List, Popover, Typography } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router-dom";
import { useFormat } from "../../app/preferences";
import { useMarkRead, useNotifications, useUnreadCount, type InboxItem } from "./notifications.api";
import { notificationsNs } from "./notifications.i18n";

/**
 * The bell in the console's header: the unread count (new ones arrive over the live stream), a
 * list of the latest notifications; opening one marks it read and goes to its case.
 */
export function NotificationBell() {
  const { t } = useTranslation(notificationsNs);
  const format = useFormat();
  const navigate = useNavigate();
  const [open, setOpen] = useState(false);
  const unread = useUnreadCount();
  const list = useNotifications(open);
  const markRead = useMarkRead();
  const count = unread.data?.count ?? 0;

  const openItem = (item: InboxItem) => {
    if (!item.readAt) markRead.mutate(item.id);
    setOpen(false);
    if (item.caseId) navigate(`/cases/${item.caseId}`);
  };

  const content = (
    <div className="cd-notifications" style={{ width: 360, maxWidth: "80vw" }}>
      <div style={{ display: "flex", justifyContent: "space-between", alignItems: "center", marginBottom: 8 }}>
        <Typography.Text strong>{t("title")}</Typography.Text>
        <Button size="small" type="link" disabled={count === 0} loading={markRead.isPending} onClick={() => markRead.mutate(undefined)}>{t("markAllRead")}</Button>
      </div>
      {list.isError && <Typography.Text type="danger">{t("loadFailed")}</Typography.Text>}
      <List
        size="small"
        loading={list.isLoading}
        dataSource={list.data?.items ?? []}
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t("empty")} /> }}
        style={{ maxHeight: 420, overflowY: "auto" }}
        renderItem={(item) => (
          <List.Item style={{ cursor: "pointer", paddingInline: 4 }} onClick={() => openItem(item)}>
            <button type="button" className="cd-notification-item" onClick={(event) => { event.stopPropagation(); openItem(item); }}
              style={{ all: "unset", cursor: "pointer", display: "block", width: "100%" }}>
              <Typography.Text strong={!item.readAt}>{item.title}</Typography.Text>
              {!item.readAt && <Badge status="processing" text={t("unread")} style={{ marginInlineStart: 8 }} />}
              <Typography.Paragraph type="secondary" ellipsis={{ rows: 2 }} style={{ margin: 0 }}>{item.body}</Typography.Paragraph>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>{format.dateTime(item.createdAt)}</Typography.Text>
            </button>
          </List.Item>
        )}
      />
    </div>
  );

  return (
    <Popover trigger="click" placement="bottomRight" open={open} onOpenChange={setOpen} content={content}>
      <Button type="text" aria-label={count ? t("bellUnread", { count }) : t("bell")} style={{ color: "inherit" }}
        icon={<Badge className="cd-bell" count={count} overflowCount={99} size="small"><BellOutlined style={{ fontSize: 18 }} /></Badge>} />
    </Popover>
  );
}
