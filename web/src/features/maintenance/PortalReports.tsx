import { FilePdfOutlined } from "@ant-design/icons";
import { useQuery } from "@tanstack/react-query";
import { Alert, Button, List, Space, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { api } from "../../api/client";
import { errorText } from "../../api/form-errors";
import type { Page } from "../../api/types";
import { useFormat } from "../../app/preferences";
import { ns } from "./maintenance.i18n";
import type { MaintenanceJob } from "./types";

/** The customer's delivered maintenance reports (the server shows only its own company's), each as a PDF. */
export default function PortalReports() {
  const { t } = useTranslation([ns, "common"]);
  const format = useFormat();
  const reports = useQuery({ queryKey: ["portal-maintenance"], queryFn: ({ signal }) => api.get<Page<MaintenanceJob>>("/maintenance-jobs", { limit: 200 }, signal) });
  return (
    <Space orientation="vertical" size="middle" style={{ width: "100%", maxWidth: 960, margin: "0 auto", display: "flex" }}>
      <Typography.Title level={1} style={{ margin: 0 }}>{t("portalTitle")}</Typography.Title>
      {reports.error ? <Alert type="error" role="alert" showIcon title={errorText(reports.error, t("common:networkError"))} /> : null}
      <List<MaintenanceJob>
        aria-label={t("portalTitle")} loading={reports.isLoading} dataSource={reports.data?.items ?? []} locale={{ emptyText: t("portalEmpty") }}
        renderItem={(job) => (
          <List.Item actions={[<Button key="pdf" icon={<FilePdfOutlined />} href={`/api/v1/maintenance-jobs/${job.id}/report.pdf`}>{t("download")}</Button>]}>
            <div style={{ minWidth: 0 }}>
              <Typography.Title level={2} style={{ fontSize: 16, margin: 0 }}>{job.period} · {job.equipment}</Typography.Title>
              <Typography.Text type="secondary">{job.number} · {t("deliveredAt", { at: format.dateTime(job.deliveredAt), to: job.deliveredTo ?? "" })} · {t("findingsTitle")} {job.findings.length}</Typography.Text>
            </div>
          </List.Item>
        )}
      />
    </Space>
  );
}
