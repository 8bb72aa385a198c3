import { DownloadOutlined } from "@ant-design/icons";
import { useQuery } from "@tanstack/react-query";
import { Alert, Button, Card, DatePicker, Select, Space, Spin, Table, Typography } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { lazy, Suspense, useState } from "react";
import { useTranslation } from "react-i18next";
import { api, withQuery } from "../../api/client";
import { errorText } from "../../api/form-errors";
import type { CustomerDetail } from "../../api/types";
import { CustomerSelect } from "../directory/pickers";
import MonthlyReportView, { ReportFigures, useDuration } from "./MonthlyReportView";
import { lastMonth, type CentreReport, type MonthlyReport } from "./report-types";
import { ns } from "./reports.i18n";

const ReportCharts = lazy(() => import("./ReportCharts"));

/** The manager's reports: the centre (or one customer, or one of its contracts) over a range of months, charts, breakdowns and downloads. */
export default function ReportsPage() {
  const { t, i18n } = useTranslation([ns, "common"]);
  const duration = useDuration();
  const [range, setRange] = useState<[string, string]>([lastMonth(), lastMonth()]);
  const [customerId, setCustomerId] = useState<string | undefined>();
  const [contractId, setContractId] = useState<string | undefined>();
  const customer = useQuery({
    queryKey: ["directory", "customer", customerId], enabled: Boolean(customerId), staleTime: 60_000,
    queryFn: ({ signal }) => api.get<CustomerDetail>(`/customers/${customerId}`, undefined, signal),
  });
  const period = { from: range[0], to: range[1], lang: i18n.language === "en" ? "en" : "zh-CN" };
  const centre = useQuery({
    queryKey: ["reports", "centre", range], enabled: !customerId,
    queryFn: ({ signal }) => api.get<CentreReport>("/reports/centre", period, signal),
  });
  const monthly = useQuery({
    queryKey: ["reports", "monthly", customerId, contractId, range], enabled: Boolean(customerId),
    queryFn: ({ signal }) => api.get<MonthlyReport>("/reports/monthly", { ...period, customerId, contractId }, signal),
  });
  const current = customerId ? monthly : centre;
  const report = current.data;
  const centreData = customerId ? undefined : centre.data;
  // the downloads follow the selection: the centre, a customer, or one of its contracts
  const scope = { ...period, customerId, contractId };
  const xlsx = withQuery(customerId ? "/api/v1/reports/monthly.xlsx" : "/api/v1/reports/centre.xlsx", scope);
  const pdf = withQuery("/api/v1/reports/monthly.pdf", scope);
  const monthValue = (m: string) => dayjs(`${m}-01`);

  return (
    <Space orientation="vertical" size="middle" style={{ width: "100%" }}>
      <Typography.Title level={1} style={{ margin: 0 }}>{t("title")}</Typography.Title>
      <Space wrap>
        <DatePicker.RangePicker
          picker="month" allowClear={false} aria-label={`${t("from")} – ${t("to")}`}
          value={[monthValue(range[0]), monthValue(range[1])]}
          onChange={(values) => {
            const [a, b] = (values ?? []) as [Dayjs | null, Dayjs | null];
            if (a && b) setRange([a.format("YYYY-MM"), b.format("YYYY-MM")]);
          }}
        />
        <div style={{ minWidth: 260 }}>
          <CustomerSelect value={customerId} onChange={(id) => { setCustomerId(id); setContractId(undefined); }} placeholder={t("allCustomers")} aria-label={t("customer")} />
        </div>
        {customerId ? (
          <div style={{ minWidth: 320 }}>
            <Select
              allowClear aria-label={t("contract")} placeholder={t("allContracts")} value={contractId} onChange={(id?: string) => setContractId(id ?? undefined)}
              loading={customer.isFetching} style={{ width: "100%" }}
              options={(customer.data?.contracts ?? []).map((c) => ({ value: c.id, label: c.title ? `${c.contractNo} · ${c.title}` : c.contractNo }))}
            />
          </div>
        ) : null}
        <Button icon={<DownloadOutlined />} href={xlsx}>{t("downloadXlsx")}</Button>
        {customerId ? <Button icon={<DownloadOutlined />} href={pdf}>{t("downloadPdf")}</Button> : null}
      </Space>
      {current.error ? <Alert type="error" role="alert" showIcon title={errorText(current.error, t("common:networkError"))} /> : null}
      {current.isLoading ? <Spin /> : null}
      {report ? (
        <>
          <Typography.Text type="secondary">{report.scope.customerName ?? t("centre")}{report.scope.contractNo ? ` · ${t("contract")} ${report.scope.contractNo}` : ""} · {report.period.fromMonth}{report.period.toMonth !== report.period.fromMonth ? ` – ${report.period.toMonth}` : ""}</Typography.Text>
          <ReportFigures report={report} />
          <Suspense fallback={<Spin />}><ReportCharts report={report} /></Suspense>
          {centreData ? (
            <>
              <Card size="small" title={t("byEngineer")}>
                <Table size="small" pagination={false} rowKey="userId" dataSource={centreData.byEngineer} columns={[
                  { title: t("engineer"), dataIndex: "name" }, { title: t("opened"), dataIndex: "opened", align: "right" },
                  { title: t("resolved"), dataIndex: "resolved", align: "right" }, { title: t("openAtEnd"), dataIndex: "openAtEnd", align: "right" },
                  { title: t("visitCount"), dataIndex: "visits", align: "right" },
                  { title: t("responseMedian"), align: "right", render: (_, e) => duration(e.response.medianMs) },
                  { title: t("overallAvg"), dataIndex: "overall", align: "right", render: (v: number | null) => v ?? "—" },
                ]} />
              </Card>
              <Card size="small" title={t("byVendor")}>
                <Table size="small" pagination={false} rowKey="vendor" dataSource={centreData.byVendor} columns={[
                  { title: t("vendor"), dataIndex: "vendor" }, { title: t("opened"), dataIndex: "opened", align: "right" },
                  { title: t("closed"), dataIndex: "closed", align: "right" }, { title: t("vendorRequests"), dataIndex: "vendorRequests", align: "right" },
                  { title: t("rmaTurnaround"), align: "right", render: (_, v) => (v.rmaOpened === null ? t("notAvailable") : duration(v.rmaMedianTurnaroundMs)) },
                ]} />
              </Card>
              <Card size="small" title={t("byDispatcher")}>
                <Table size="small" pagination={false} rowKey="userId" dataSource={centreData.byDispatcher} columns={[
                  { title: t("dispatcher"), dataIndex: "name" }, { title: t("opened"), dataIndex: "opened", align: "right" },
                  { title: t("firstResponseMet"), dataIndex: "firstResponseMet", align: "right", render: (p: number | null) => (p === null ? "—" : `${p}%`) },
                ]} />
              </Card>
            </>
          ) : null}
          <MonthlyReportView report={report} />
        </>
      ) : null}
    </Space>
  );
}
