import { useQuery } from "@tanstack/react-query";
import { Alert, Flex, Segmented, Space, Table, Tag, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { Link, useSearchParams } from "react-router-dom";
import { api } from "../../api/client";
import { errorText } from "../../api/form-errors";
import type { Page } from "../../api/types";
import { useUser } from "../../app/auth";
import { useFormat } from "../../app/preferences";
import { drillFilter } from "./drill";
import { STATUS_COLOURS } from "./MaintenanceJobPage";
import { ns } from "./maintenance.i18n";
import type { MaintenanceJob } from "./types";

/** Maintenance jobs: the engineer's own by default, everyone's on request, or a board cell's (`?customerId=&month=&drill=`). */
export default function MaintenanceJobs() {
  const { t } = useTranslation([ns, "common"]);
  const user = useUser();
  const format = useFormat();
  const [params, setParams] = useSearchParams();
  const drill = drillFilter(params);
  const scope = drill || params.get("scope") === "all" || user.role !== "engineer" ? "all" : "mine";
  const jobs = useQuery({
    queryKey: ["maintenance-jobs", scope, drill?.query],
    queryFn: ({ signal }) => api.get<Page<MaintenanceJob>>("/maintenance-jobs", { ...drill?.query, engineerId: scope === "mine" ? user.id : undefined, limit: 200 }, signal),
  });
  const customerName = jobs.data?.items[0]?.customerName;
  return (
    <Space orientation="vertical" size="middle" style={{ width: "100%", display: "flex" }}>
      <Typography.Title level={1} style={{ margin: 0 }}>{t("jobsTitle")}</Typography.Title>
      {drill ? (
        <Flex gap={8} wrap align="center">
          <Tag color="blue" style={{ marginInlineEnd: 0 }}>{t("filtered", { what: [customerName, drill.month, t(`drill.${drill.drill}`)].filter(Boolean).join(" · ") })}</Tag>
          <Link to="/maintenance">{t("clearFilter")}</Link>
          <Link to={`/maintenance/calls?customerId=${drill.customerId}`}>{t("customerCalls")}</Link>
        </Flex>
      ) : user.role === "engineer" ? (
        <Segmented value={scope} onChange={(value) => setParams(value === "all" ? { scope: "all" } : {}, { replace: true })}
          options={[{ value: "mine", label: t("myJobs") }, { value: "all", label: t("allJobs") }]} />
      ) : null}
      {jobs.error ? <Alert type="error" role="alert" showIcon title={errorText(jobs.error, t("common:networkError"))} /> : null}
      <Table<MaintenanceJob>
        rowKey="id" loading={jobs.isLoading} dataSource={jobs.data?.items ?? []} locale={{ emptyText: t("empty") }} pagination={{ pageSize: 50, hideOnSinglePage: true }} scroll={{ x: true }}
        columns={[
          { title: t("number"), dataIndex: "number", render: (number: string, job) => <Link to={`/maintenance/jobs/${job.id}`}>{number}</Link> },
          { title: t("customer"), dataIndex: "customerName" },
          { title: t("equipment"), dataIndex: "equipment" },
          { title: t("period"), dataIndex: "period" },
          { title: t("engineer"), dataIndex: "engineerName", render: (name: string | null) => name ?? "—" },
          { title: t("status"), dataIndex: "status", render: (status: MaintenanceJob["status"]) => <Tag color={STATUS_COLOURS[status]}>{t(`statuses.${status}`)}</Tag> },
          { title: t("dueAt"), dataIndex: "reportDueAt", render: (at: string) => format.dateTime(at) },
          { title: t("timeliness"), dataIndex: "timeliness", render: (value: MaintenanceJob["timeliness"]) => <Tag color={value === "late" ? "red" : value === "on_time" ? "green" : "default"}>{t(`timely.${value}`)}</Tag> },
        ]}
      />
    </Space>
  );
}
