import { Alert, Segmented, Space, Table, Tag, Typography } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import { errorText } from "../../api/form-errors";
import { useFormat } from "../../app/preferences";
import { useRmas, type Rma } from "../parts/parts.api";
import { rmaNs } from "./rma.i18n";

const OPEN = ["requested", "vendor_approved", "replacement_dispatched", "faulty_returned"] as const;
export const STATUS_COLOR: Record<Rma["status"], string> = { requested: "gold", vendor_approved: "blue", replacement_dispatched: "processing", faulty_returned: "cyan", closed: "green", rejected: "default" };
type Filter = "open" | "late" | "all" | Rma["status"];

/** The RMA queue by state and lateness, the most overdue step first. */
export function RmaQueue() {
  const { t } = useTranslation([rmaNs, "common"]);
  const format = useFormat();
  const [filter, setFilter] = useState<Filter>("open");
  const query = filter === "open" ? { status: [...OPEN] } : filter === "late" ? { status: [...OPEN], isLate: "true" } : filter === "all" ? {} : { status: [filter] };
  const rmas = useRmas(query);
  const rows = (rmas.data?.items ?? []) as Rma[];
  return (
    <Space orientation="vertical" style={{ width: "100%" }}>
      <Segmented<Filter> value={filter} onChange={setFilter} style={{ maxWidth: "100%", overflowX: "auto" }}
        options={[...(["open", "late"] as const).map((f) => ({ value: f, label: t(`filter.${f}`) })), ...OPEN.map((s) => ({ value: s, label: t(`status.${s}`) })), { value: "closed", label: t("status.closed") }, { value: "all", label: t("filter.all") }]} />
      {rmas.error && <Alert type="error" role="alert" title={errorText(rmas.error, t("common:networkError"))} />}
      <Table<Rma> size="small" rowKey="id" loading={rmas.isLoading} dataSource={rows} pagination={{ pageSize: 50 }} scroll={{ x: 900 }}
        columns={[
          { title: t("col.number"), dataIndex: "number", render: (number: string, r) => <Link to={`/rma/${r.id}`}>{number}</Link> },
          { title: t("col.case"), dataIndex: "caseNumber", render: (number: string) => <Link to={`/cases/${number}`}>{number}</Link> },
          { title: t("col.part"), render: (_, r) => [r.partNumber, r.partDescription].filter(Boolean).join(" · ") || "—" },
          { title: t("col.vendor"), dataIndex: "vendor" },
          { title: t("col.status"), dataIndex: "status", render: (status: Rma["status"]) => <Tag color={STATUS_COLOR[status]}>{t(`status.${status}`)}</Tag> },
          { title: t("col.due"), render: (_, r) => r.stepDueAt ? <Typography.Text type={r.isLate ? "danger" : undefined}>{format.dateTime(r.stepDueAt)}{r.isLate ? ` · ${t("late")}` : ""}</Typography.Text> : t("noDue") },
          { title: t("col.requested"), dataIndex: "requestedAt", render: (at: string) => format.dateTime(at) },
        ]} />
    </Space>
  );
}
