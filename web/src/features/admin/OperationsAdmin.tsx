import { ReloadOutlined } from "@ant-design/icons";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Alert, App, Badge, Button, Card, Space, Table, Tag, Typography } from "antd";
import type { ColumnsType } from "antd/es/table";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import { api } from "../../api/client";
import type { ApiPath, ResponseOf } from "../../api/types";
import { errorText } from "../../api/form-errors";
import { useUser } from "../../app/auth";
import { useFormat } from "../../app/preferences";
import { ns } from "./admin.i18n";

export type DeadNotification = ResponseOf<"/admin/outbox", "get">["items"][number];
export type FailedTimer = ResponseOf<"/admin/timers", "get">["items"][number];
export type InboundMessage = ResponseOf<"/intake/messages", "get">["items"][number];

const KEY = ["admin", "operations"] as const;
const REFRESH_MS = 60_000;

/** One list of things that went wrong, each with its "try again". */
function TroubleCard<T extends { id: string }>({ title, rows, loading, error, columns, retryLabel, onRetry, retrying, canRetry, emptyText }: {
  title: string; rows: T[]; loading: boolean; error: unknown; columns: ColumnsType<T>; retryLabel(row: T): string;
  onRetry(row: T): void; retrying: string | undefined; canRetry: boolean; emptyText: string;
}) {
  const { t } = useTranslation([ns, "common"]);
  return (
    <Card size="small" title={<Space>{title}<Badge count={rows.length} overflowCount={499} showZero color={rows.length ? "#cf1322" : "#52c41a"} /></Space>}>
      {error ? <Alert type="error" role="alert" title={errorText(error, t("common:networkError"))} style={{ marginBottom: 8 }} /> : null}
      <Table<T>
        aria-label={title} rowKey="id" size="small" loading={loading} dataSource={rows} scroll={{ x: 760 }}
        pagination={{ pageSize: 10, hideOnSinglePage: true }} locale={{ emptyText }}
        columns={[
          ...columns,
          ...(canRetry ? [{
            title: t("actions"), key: "retry", width: 110,
            render: (_: unknown, row: T) => <Button size="small" loading={retrying === row.id} onClick={() => onRetry(row)} aria-label={retryLabel(row)}>{t("operations.retry")}</Button>,
          }] : []),
        ]}
      />
    </Card>
  );
}

/**
 * What needs an operator: messages that could not be delivered (dead letters), timers that kept
 * failing, incoming mail that was rejected or failed. Each can be tried again after a fix.
 */
export default function OperationsAdmin() {
  const { t } = useTranslation([ns, "common"]);
  const { message } = App.useApp();
  const me = useUser();
  const format = useFormat();
  const queryClient = useQueryClient();
  const dead = useQuery({ queryKey: [...KEY, "outbox"], queryFn: ({ signal }) => api.get<{ items: DeadNotification[] }>("/admin/outbox", { status: "dead", limit: 500 }, signal), refetchInterval: REFRESH_MS });
  const timers = useQuery({ queryKey: [...KEY, "timers"], queryFn: ({ signal }) => api.get<{ items: FailedTimer[] }>("/admin/timers", { status: "failed", limit: 500 }, signal), refetchInterval: REFRESH_MS });
  const inbound = useQuery({
    queryKey: [...KEY, "inbound"],
    queryFn: async ({ signal }) => (await api.get<{ items: InboundMessage[] }>("/intake/messages", { status: ["failed", "rejected"], limit: 500 }, signal)).items,
    refetchInterval: REFRESH_MS,
  });
  const retry = useMutation({
    mutationFn: (target: { path: ApiPath<"post">; id: string }) => api.post(target.path),
    onSuccess: () => {
      void message.success(t("operations.retried"));
      void queryClient.invalidateQueries({ queryKey: KEY });
    },
    onError: (error) => void message.error(errorText(error, t("common:networkError"))),
  });
  const retrying = retry.isPending ? retry.variables?.id : undefined;
  const when = (at: string) => <time dateTime={at}>{format.dateTime(at)}</time>;
  const errorCell = (text: string | null) => <Typography.Text type="secondary" ellipsis={{ tooltip: text }} style={{ maxWidth: 320 }}>{text ?? "—"}</Typography.Text>;
  const templateName = (name: string) => t(`templates.names.${name}`, { defaultValue: name });

  return (
    <Space orientation="vertical" size="middle" style={{ width: "100%" }}>
      <Space wrap style={{ justifyContent: "space-between", width: "100%" }}>
        <Typography.Title level={2} style={{ margin: 0 }}>{t("tabs.operations")}</Typography.Title>
        <Button icon={<ReloadOutlined aria-hidden />} onClick={() => void queryClient.invalidateQueries({ queryKey: KEY })}>{t("operations.refresh")}</Button>
      </Space>
      <Typography.Paragraph type="secondary" style={{ margin: 0 }}>{t("operations.intro")}</Typography.Paragraph>

      <TroubleCard<DeadNotification>
        title={t("operations.dead")} rows={dead.data?.items ?? []} loading={dead.isLoading} error={dead.error} emptyText={t("operations.noneDead")}
        canRetry retrying={retrying} onRetry={(row) => retry.mutate({ path: `/admin/outbox/${row.id}/retry`, id: row.id })}
        retryLabel={(row) => t("operations.retryNotification", { to: row.toAddress ?? "—" })}
        columns={[
          { title: t("operations.createdAt"), dataIndex: "createdAt", width: 150, render: when },
          { title: t("operations.channel"), dataIndex: "channel", width: 90, render: (channel: string) => <Tag>{t(`channelNames.${channel}`)}</Tag> },
          { title: t("operations.recipient"), dataIndex: "toAddress", width: 200, ellipsis: true, render: (to: string | null) => to ?? "—" },
          { title: t("operations.message"), dataIndex: "template", render: templateName },
          { title: t("operations.attempts"), dataIndex: "attempts", width: 80 },
          { title: t("operations.lastError"), dataIndex: "lastError", render: errorCell },
        ]}
      />

      <TroubleCard<InboundMessage>
        title={t("operations.inbound")} rows={inbound.data ?? []} loading={inbound.isLoading} error={inbound.error} emptyText={t("operations.noneInbound")}
        canRetry={me.role === "admin" || me.role === "manager"} retrying={retrying}
        onRetry={(row) => retry.mutate({ path: `/intake/messages/${row.id}/retry`, id: row.id })}
        retryLabel={(row) => t("operations.retryInbound", { subject: row.subject ?? "—" })}
        columns={[
          { title: t("operations.receivedAt"), dataIndex: "receivedAt", width: 150, render: when },
          { title: t("operations.sender"), dataIndex: "sender", width: 200, ellipsis: true, render: (sender: string | null) => sender ?? "—" },
          { title: t("operations.subject"), dataIndex: "subject", ellipsis: true, render: (subject: string | null) => subject ?? "—" },
          {
            title: t("operations.reason"), key: "reason",
            render: (_: unknown, row) => (
              <Space orientation="vertical" size={0}>
                <span><Tag color={row.status === "failed" ? "red" : "orange"}>{t(`operations.inboundStatus.${row.status}`)}</Tag>{t(`operations.reasons.${row.reason ?? "unknown"}`, { defaultValue: row.reason ?? "—" })}</span>
                {errorCell(row.detail)}
              </Space>
            ),
          },
        ]}
      />

      <TroubleCard<FailedTimer>
        title={t("operations.timers")} rows={timers.data?.items ?? []} loading={timers.isLoading} error={timers.error} emptyText={t("operations.noneTimers")}
        canRetry retrying={retrying} onRetry={(row) => retry.mutate({ path: `/admin/timers/${row.id}/retry`, id: row.id })}
        retryLabel={(row) => t("operations.retryTimer", { key: row.key })}
        columns={[
          { title: t("operations.dueAt"), dataIndex: "dueAt", width: 150, render: when },
          { title: t("operations.kind"), dataIndex: "kind", width: 200, render: (kind: string) => <Typography.Text code>{kind}</Typography.Text> },
          { title: t("operations.key"), dataIndex: "key", ellipsis: true, render: (key: string) => {
            const caseId = /^[a-z]+:([0-9a-f-]{36}):/.exec(key)?.[1];
            return caseId ? <Link to={`/cases/${caseId}`}>{key}</Link> : key;
          } },
          { title: t("operations.attempts"), dataIndex: "attempts", width: 80 },
          { title: t("operations.lastError"), dataIndex: "lastError", render: errorCell },
        ]}
      />
    </Space>
  );
}
