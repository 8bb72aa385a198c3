import { useQuery } from "@tanstack/react-query";
import { Alert, Card, Col, Row, Segmented, Space, Statistic, Table, Tag, Typography } from "antd";
import { lazy, Suspense, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import { api } from "../../api/client";
import { errorText } from "../../api/form-errors";
import type { OnDutyUser, ResponseOf } from "../../api/types";
import { useFormat } from "../../app/preferences";
import { ns } from "./queues.i18n";
import { useListNames } from "../lists/lists.api";

const LoadChart = lazy(() => import("./LoadChart"));

type Workload = ResponseOf<"/cases/workload", "get">;
type Breaches = ResponseOf<"/sla-breaches", "get">;
type Breach = Breaches["items"][number];

const DAY_MS = 86_400_000;

/** The manager's overview: open cases by status, the load per engineer, breaches of a period, who is on duty. */
export default function ManagerOverview() {
  const { t } = useTranslation([ns, "common"]);
  const { name: vendorName } = useListNames("vendors");
  const format = useFormat();
  const [days, setDays] = useState(7);
  const from = useMemo(() => new Date(Math.floor(Date.now() / 60_000) * 60_000 - days * DAY_MS).toISOString(), [days]);

  const workload = useQuery({ queryKey: ["workload"], queryFn: ({ signal }) => api.get<Workload>("/cases/workload", undefined, signal), refetchInterval: 60_000 });
  const breaches = useQuery({ queryKey: ["breaches", days], queryFn: ({ signal }) => api.get<Breaches>("/sla-breaches", { from, limit: 100 }, signal) });
  const onDuty = useQuery({ queryKey: ["on-duty"], queryFn: ({ signal }) => api.get<{ at: string; items: OnDutyUser[] }>("/rosters/on-duty", undefined, signal), refetchInterval: 60_000 });

  const loadRows = (workload.data?.byAssignee ?? []).map((row) => ({ name: row.assigneeName ?? t("unassigned"), count: row.count }));
  const failure = workload.error ?? breaches.error ?? onDuty.error;

  return (
    <Space orientation="vertical" size="middle" style={{ width: "100%" }}>
      <Typography.Title level={1} style={{ margin: 0 }}>{t("overviewTitle")}</Typography.Title>
      {failure ? <Alert type="error" role="alert" showIcon title={errorText(failure, t("common:networkError"))} /> : null}
      <Row gutter={[12, 12]}>
        <Col xs={12} md={6}><Card size="small"><Statistic title={t("openCases")} value={workload.data?.total ?? "—"} loading={workload.isLoading} /></Card></Col>
        <Col xs={12} md={6}><Card size="small"><Statistic title={`${t("breaches")} · ${days === 7 ? t("last7") : t("last30")}`} value={breaches.data?.total ?? "—"} loading={breaches.isLoading} valueStyle={{ color: breaches.data?.total ? "#cf1322" : undefined }} /></Card></Col>
        <Col xs={12} md={6}><Card size="small"><Statistic title={t("onDuty")} value={onDuty.data?.items.length ?? "—"} loading={onDuty.isLoading} /></Card></Col>
        <Col xs={12} md={6}><Card size="small"><Statistic title={t("unassigned")} value={workload.data?.byAssignee.find((row) => row.assigneeId === null)?.count ?? 0} loading={workload.isLoading} /></Card></Col>
      </Row>
      <Row gutter={[12, 12]}>
        <Col xs={24} lg={12}>
          <Card size="small" title={t("byStatus")}>
            <Space wrap>
              {(workload.data?.byStatus ?? []).map((row) => (
                <Link key={row.status} to={`/search?status=${row.status}`}><Tag>{t(`common:status.${row.status}`)} · {row.count}</Tag></Link>
              ))}
            </Space>
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card size="small" title={t("load")}>
            <Suspense fallback={<Typography.Text type="secondary">{t("chartLoading")}</Typography.Text>}>
              {loadRows.length ? <LoadChart rows={loadRows} label={t("load")} /> : <Typography.Text type="secondary">{t("empty")}</Typography.Text>}
            </Suspense>
          </Card>
        </Col>
      </Row>
      <Card
        size="small"
        title={t("breaches")}
        extra={<Segmented aria-label={t("period")} value={days} onChange={(value) => setDays(Number(value))} options={[{ value: 7, label: t("last7") }, { value: 30, label: t("last30") }]} />}
      >
        <Space wrap style={{ marginBottom: 8 }}>
          {(breaches.data?.byMetric ?? []).map((row) => <Tag key={row.metric} color="red">{t(`metric.${row.metric}`, { defaultValue: row.metric })} · {row.count}</Tag>)}
        </Space>
        <Table<Breach>
          aria-label={t("breaches")}
          rowKey={(b) => `${b.caseId}:${b.metric}:${b.cycle}`} size="small" pagination={{ pageSize: 10, hideOnSinglePage: true }} scroll={{ x: 700 }}
          loading={breaches.isLoading} dataSource={breaches.data?.items ?? []} locale={{ emptyText: t("empty") }}
          columns={[
            { title: t("col.case"), dataIndex: "caseNumber", width: 130, render: (n: string, b) => <Link to={`/cases/${b.caseId}`}>{n}</Link> },
            { title: t("col.subject"), dataIndex: "subject", ellipsis: true },
            { title: t("col.metric"), dataIndex: "metric", width: 150, render: (m: string) => t(`metric.${m}`, { defaultValue: m }) },
            { title: t("col.assignee"), dataIndex: "assigneeName", width: 100, render: (n: string | null) => n ?? "—" },
            { title: t("breachedAt"), dataIndex: "breachedAt", width: 140, render: (at: string) => format.dateTime(at) },
          ]}
        />
      </Card>
      <Card size="small" title={t("onDuty")}>
        <Table<OnDutyUser>
          aria-label={t("onDuty")}
          rowKey="id" size="small" pagination={false} scroll={{ x: 600 }}
          loading={onDuty.isLoading} dataSource={onDuty.data?.items ?? []} locale={{ emptyText: t("empty") }}
          columns={[
            { title: t("col.name"), dataIndex: "name" },
            { title: t("col.role"), dataIndex: "role", width: 100, render: (r: string) => t(`common:role.${r}`) },
            { title: t("shift"), key: "shift", render: (_: unknown, u) => [t(`source.${u.shift.source}`, { defaultValue: u.shift.source }), u.shift.patternName, u.shift.shiftName].filter(Boolean).join(" · ") },
            { title: t("openLoad"), dataIndex: "openCaseLoad", width: 70 },
            { title: t("vendors"), dataIndex: "vendors", render: (v: string[]) => v.map(vendorName).join(", ") || "—" },
          ]}
        />
      </Card>
    </Space>
  );
}
