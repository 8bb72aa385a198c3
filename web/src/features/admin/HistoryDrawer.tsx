import { useQuery } from "@tanstack/react-query";
import { Alert, Drawer, Empty, List, Space, Table, Tag, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { api } from "../../api/client";
import { errorText } from "../../api/form-errors";
import { useFormat } from "../../app/preferences";
import type { CalendarRow, CustomerDetail } from "./admin-api";
import { masterDataNs } from "./master-data.i18n";

/** A record that keeps a change history: `/customers/{id}`, `/contacts/{id}`, `/sites/{id}`, `/contracts/{id}`, `/equipment/{id}`. */
export type HistoryTarget = { path: `/${"customers" | "contacts" | "sites" | "contracts" | "equipment"}/${string}`; name: string };
type Change = {
  id: string; action: "created" | "updated"; source: "api" | "import"; actor: { id: string; name: string | null } | null; at: string;
  before: Record<string, unknown> | null; after: Record<string, unknown>;
};

/**
 * Who changed a record, when, and each field before and after, oldest first. Ids are shown by
 * what they name (the calendar's, site's or contract's name), never as raw ids.
 */
export function HistoryDrawer({ target, customer, onClose }: { target: HistoryTarget | null; customer: CustomerDetail; onClose(): void }) {
  const { t } = useTranslation([masterDataNs, "common"]);
  const format = useFormat();
  const history = useQuery({
    queryKey: ["admin", "history", target?.path],
    enabled: target !== null,
    queryFn: ({ signal }) => api.get<{ items: Change[] }>(`${target!.path}/history`, undefined, signal),
  });
  const calendars = useQuery({ queryKey: ["admin", "calendars"], queryFn: ({ signal }) => api.get<{ items: CalendarRow[] }>("/calendars", undefined, signal), enabled: target !== null });

  const show = (field: string, value: unknown): string => {
    if (value === null || value === undefined || value === "") return "—";
    if (typeof value === "boolean") return value ? t("yes") : t("no");
    if (field === "calendarId") return calendars.data?.items.find((c) => c.id === value)?.name ?? "…";
    if (field === "siteId") return customer.sites.find((s) => s.id === value)?.name ?? "…";
    if (field === "contractId") return customer.contracts.find((c) => c.id === value)?.contractNo ?? "…";
    if (field === "targets" && typeof value === "object") {
      const entries = Object.entries(value as Record<string, { responseMinutes: number; resolutionMinutes: number }>);
      return entries.length ? entries.map(([level, v]) => t("targetText", { level, response: v.responseMinutes, resolution: v.resolutionMinutes })).join("；") : "—";
    }
    return String(value);
  };

  return (
    <Drawer open={target !== null} onClose={onClose} title={target ? t("historyOf", { name: target.name }) : ""} size={640}>
      {history.error ? <Alert type="error" role="alert" title={errorText(history.error, t("common:networkError"))} /> : null}
      <List<Change>
        loading={history.isLoading}
        dataSource={[...(history.data?.items ?? [])].reverse()}
        locale={{ emptyText: <Empty description={t("noHistory")} /> }}
        renderItem={(change) => (
          <List.Item>
            <Space orientation="vertical" style={{ width: "100%" }} size={4}>
              <Space wrap size={6}>
                <Tag color={change.action === "created" ? "green" : "blue"}>{t(change.action)}</Tag>
                {change.source === "import" ? <Tag>{t("fromImport")}</Tag> : null}
                <Typography.Text>{change.actor?.name ?? t("system")}</Typography.Text>
                <Typography.Text type="secondary">{format.dateTime(change.at)}</Typography.Text>
              </Space>
              <Table
                size="small" pagination={false} rowKey="field" aria-label={`${t(change.action)} ${format.dateTime(change.at)}`}
                dataSource={Object.keys(change.after).map((field) => ({ field, before: change.before?.[field], after: change.after[field] }))}
                columns={[
                  { title: t("field"), dataIndex: "field", width: 120, render: (field: string) => t(`fields.${field}`) },
                  ...(change.before ? [{ title: t("before"), dataIndex: "before", render: (v: unknown, row: { field: string }) => show(row.field, v) }] : []),
                  { title: t("after"), dataIndex: "after", render: (v: unknown, row: { field: string }) => show(row.field, v) },
                ]}
              />
            </Space>
          </List.Item>
        )}
      />
    </Drawer>
  );
}
