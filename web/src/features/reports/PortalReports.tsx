import { DownloadOutlined, PrinterOutlined } from "@ant-design/icons";
import { useQuery } from "@tanstack/react-query";
import { Alert, Button, DatePicker, Space, Spin, Typography } from "antd";
import dayjs from "dayjs";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { api, withQuery } from "../../api/client";
import { errorText } from "../../api/form-errors";
import { useUser } from "../../app/auth";
import MonthlyReportView, { ReportFigures } from "./MonthlyReportView";
import { lastMonth, type MonthlyReport } from "./report-types";
import { ns } from "./reports.i18n";

/** The customer's monthly service reports in the portal: its own company's, on screen (printable), as PDF and as Excel. */
export default function PortalReports() {
  const { t, i18n } = useTranslation([ns, "common"]);
  const user = useUser();
  const [month, setMonth] = useState(lastMonth());
  const query = { customerId: user.customerId ?? undefined, month, lang: i18n.language === "en" ? "en" : "zh-CN" };
  const report = useQuery({
    queryKey: ["reports", "portal", month], enabled: Boolean(user.customerId),
    queryFn: ({ signal }) => api.get<MonthlyReport>("/reports/monthly", query, signal),
  });
  return (
    <Space orientation="vertical" size="middle" style={{ width: "100%" }}>
      <Typography.Title level={1} style={{ margin: 0 }}>{t("portalTitle")}</Typography.Title>
      <Space wrap className="no-print">
        <DatePicker picker="month" allowClear={false} aria-label={t("month")} value={dayjs(`${month}-01`)} onChange={(value) => value && setMonth(value.format("YYYY-MM"))} />
        <Button type="primary" icon={<DownloadOutlined />} href={withQuery("/api/v1/reports/monthly.pdf", query)}>{t("downloadPdf")}</Button>
        <Button icon={<DownloadOutlined />} href={withQuery("/api/v1/reports/monthly.xlsx", query)}>{t("downloadXlsx")}</Button>
        <Button icon={<PrinterOutlined />} onClick={() => window.print()}>{t("print")}</Button>
      </Space>
      {report.error ? <Alert type="error" role="alert" showIcon title={errorText(report.error, t("common:networkError"))} /> : null}
      {report.isLoading ? <Spin /> : null}
      {report.data ? (
        <>
          <Typography.Text type="secondary">{report.data.scope.customerName} · {report.data.period.fromMonth}</Typography.Text>
          <ReportFigures report={report.data} />
          <MonthlyReportView report={report.data} />
        </>
      ) : null}
    </Space>
  );
}
