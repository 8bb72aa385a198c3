import { useQuery } from "@tanstack/react-query";
import { Alert, Card, Table, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import { api, type Query } from "../../api/client";
import { errorText } from "../../api/form-errors";
import type { Case, Page } from "../../api/types";
import { useFormat } from "../../app/preferences";
import { FaultLevelTag, StatusTag } from "../cases/CaseTags";
import { ns } from "./queues.i18n";

/** A queue of cases (newest change first) under a heading: a status, or whatever `filter` asks GET /cases for. */
export function CaseQueue({ filter, title, showStatus = false }: { filter: Query; title: string; showStatus?: boolean }) {
  const { t } = useTranslation([ns, "common"]);
  const format = useFormat();
  const cases = useQuery({
    queryKey: ["cases", "queue", filter],
    queryFn: ({ signal }) => api.get<Page<Case>>("/cases", { sort: "-updatedAt", limit: 100, ...filter }, signal),
  });
  return (
    <Card title={<Typography.Title level={2} style={{ margin: 0 }}>{title}</Typography.Title>} size="small" styles={{ title: { whiteSpace: "normal" } }}>
      {cases.error ? <Alert type="error" role="alert" title={errorText(cases.error, t("common:networkError"))} /> : null}
      <Table<Case>
        aria-label={title}
        rowKey="id" size="small" pagination={false} loading={cases.isLoading} scroll={{ x: 600 }}
        dataSource={cases.data?.items ?? []}
        locale={{ emptyText: t("empty") }}
        columns={[
          { title: t("col.case"), dataIndex: "number", width: 130, render: (n: string, c) => <Link to={`/cases/${c.id}`}>{n}</Link> },
          { title: t("col.subject"), dataIndex: "subject", ellipsis: true },
          ...(showStatus ? [{ title: t("col.status"), dataIndex: "status", width: 100, render: (s: Case["status"]) => <StatusTag status={s} /> }] : []),
          { title: t("col.level"), dataIndex: "faultLevel", width: 70, render: (l: Case["faultLevel"]) => <FaultLevelTag level={l} /> },
          { title: t("col.assignee"), dataIndex: "assigneeName", width: 110, render: (n: string | null) => n ?? "—" },
          { title: t("col.updated"), dataIndex: "updatedAt", width: 140, render: (at: string) => format.dateTime(at) },
        ]}
      />
    </Card>
  );
}
