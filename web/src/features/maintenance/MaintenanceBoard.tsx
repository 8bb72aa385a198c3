import { useQuery } from "@tanstack/react-query";
import { Alert, Space, Table, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import { api } from "../../api/client";
import { errorText } from "../../api/form-errors";
import type { ResponseOf } from "../../api/types";
import { ns } from "./maintenance.i18n";
import { drillQuery, type Drill } from "./drill";
import type { BoardRow } from "./types";

/** A count that opens the jobs behind it; nothing to open behind a zero. */
function Cell({ row, drill, value, colour, label }: { row: BoardRow; drill: Drill; value: number; colour?: string; label: string }) {
  if (!value) return <span aria-hidden>·</span>;
  return (
    <Link to={`/maintenance?${drillQuery(row.customerId, row.month, drill)}`} aria-label={`${row.customerName} ${row.month} ${label} ${value}`}
      style={colour ? { color: colour, fontWeight: 600 } : undefined}>{value}</Link>
  );
}

/** The manager's maintenance board: per customer and month, reports due, delivered on time or late, late, in progress, calls; each count opens its jobs. */
export default function MaintenanceBoard() {
  const { t } = useTranslation([ns, "common", "maintenanceNav"]);
  const board = useQuery({ queryKey: ["maintenance-board"], queryFn: ({ signal }) => api.get<ResponseOf<"/maintenance-board", "get">>("/maintenance-board", undefined, signal) });
  const column = (key: "jobsDue" | "deliveredOnTime" | "deliveredLate" | "late" | "open", drill: Drill, colour?: string) => ({
    title: t(key), dataIndex: key, align: "right" as const,
    render: (value: number, row: BoardRow) => <Cell row={row} drill={drill} value={value} colour={colour} label={t(key)} />,
  });
  return (
    <Space orientation="vertical" size="middle" style={{ width: "100%", display: "flex" }}>
      <Typography.Title level={1} style={{ margin: 0 }}>{t("boardTitle")}</Typography.Title>
      {board.error ? <Alert type="error" role="alert" showIcon title={errorText(board.error, t("common:networkError"))} /> : null}
      <Table<BoardRow>
        rowKey={(row) => `${row.customerId}:${row.month}`} loading={board.isLoading} dataSource={board.data?.items ?? []} pagination={false} scroll={{ x: true }} size="small"
        columns={[
          { title: t("month"), dataIndex: "month" },
          { title: t("customer"), dataIndex: "customerName" },
          column("jobsDue", "all"),
          column("deliveredOnTime", "on_time", "#389e0d"),
          column("deliveredLate", "delivered_late", "#d46b08"),
          column("late", "late", "#cf1322"),
          column("open", "due"),
          {
            title: t("calls"), dataIndex: "proactiveCalls", align: "right",
            render: (value: number, row: BoardRow) => (value ? <Link to={`/maintenance/calls?customerId=${row.customerId}`} aria-label={`${row.customerName} ${t("calls")} ${value}`}>{value}</Link> : <span aria-hidden>·</span>),
          },
        ]}
      />
    </Space>
  );
}
