import { DownloadOutlined, UploadOutlined } from "@ant-design/icons";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Alert, App, Button, Card, Space, Table, Typography, Upload } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { api, ApiError } from "../../api/client";
import { errorText } from "../../api/form-errors";
import { masterDataNs } from "./master-data.i18n";

const KINDS = ["customers", "contacts", "contracts", "equipment"] as const;
type Issue = { kind: string | null; sheet: string; line: number | null; column: string | null; columnLabel: string | null; code: string; message: string };
type Counts = Record<(typeof KINDS)[number], { created: number; updated: number; unchanged: number }>;
type Report = { dryRun: boolean; applied: boolean; counts: Counts; issues: Issue[] };

/**
 * The master-data import: download the template, upload the filled-in file for a dry run that
 * lists every bad line, then import it (offered only once a dry run found nothing wrong).
 */
export default function ImportAdmin() {
  const { t } = useTranslation([masterDataNs, "common"]);
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [file, setFile] = useState<File | null>(null);
  const [report, setReport] = useState<Report | null>(null);
  const send = useMutation({
    mutationFn: async (dryRun: boolean) => {
      const form = new FormData();
      form.append("file", file!);
      try {
        return await api.upload<Report>("/imports/master-data", form, undefined, { dryRun });
      } catch (error) {
        // a refused import names its bad lines like a dry run does
        if (error instanceof ApiError && error.status === 422 && error.fieldErrors.length > 0) {
          return { dryRun, applied: false, counts: report?.counts, issues: error.fieldErrors as unknown as Issue[] } as Report;
        }
        throw error;
      }
    },
    onSuccess: (result) => {
      setReport(result);
      if (result.applied) {
        void message.success(t("import.applied"));
        void queryClient.invalidateQueries({ queryKey: ["admin"] });
      }
    },
  });
  const choose = (chosen: File) => {
    setFile(chosen);
    setReport(null);
    return false;
  };
  const canApply = file !== null && report !== null && report.dryRun && report.issues.length === 0;
  return (
    <Space orientation="vertical" size="middle" style={{ width: "100%" }}>
      <Typography.Paragraph style={{ maxWidth: 820, marginBottom: 0 }}>{t("import.intro")}</Typography.Paragraph>
      <Space wrap>
        <Button icon={<DownloadOutlined />} href="/api/v1/imports/master-data/template.xlsx">{t("import.template")}</Button>
        <Upload accept=".xlsx,.csv" maxCount={1} beforeUpload={choose} onRemove={() => { setFile(null); setReport(null); }} fileList={file ? [{ uid: "file", name: file.name, status: "done" }] : []}>
          <Button icon={<UploadOutlined />} aria-label={t("import.fileLabel")}>{t("import.pick")}</Button>
        </Upload>
        <Button disabled={!file} loading={send.isPending && send.variables === true} onClick={() => send.mutate(true)}>{t("import.dryRun")}</Button>
        <Button type="primary" disabled={!canApply} loading={send.isPending && send.variables === false} onClick={() => send.mutate(false)}>{t("import.apply")}</Button>
      </Space>
      {send.error ? <Alert type="error" role="alert" title={errorText(send.error, t("common:networkError"))} /> : null}
      {report ? (
        <Card size="small">
          <Alert role="status" style={{ marginBottom: 12 }}
            type={report.issues.length > 0 ? "error" : report.applied ? "success" : "info"}
            title={report.issues.length > 0 ? t("import.hasIssues", { count: report.issues.length }) : report.applied ? t("import.applied") : t("import.checked")} />
          {report.issues.length > 0 ? (
            <Table<Issue> size="small" rowKey={(issue) => `${issue.sheet}-${issue.line}-${issue.column}-${issue.code}`} dataSource={report.issues} pagination={{ pageSize: 50, hideOnSinglePage: true }}
              aria-label={t("import.problem")} scroll={{ x: 640 }}
              columns={[
                { title: t("import.sheet"), dataIndex: "kind", width: 100, render: (kind: string | null) => (kind ? t(`import.kinds.${kind}`) : "—") },
                { title: t("import.line"), dataIndex: "line", width: 70, render: (line: number | null) => line ?? "—" },
                { title: t("import.column"), dataIndex: "columnLabel", width: 140, render: (label: string | null) => label ?? "—" },
                { title: t("import.problem"), dataIndex: "message" },
              ]} />
          ) : report.counts ? (
            <Table size="small" pagination={false} rowKey="kind" aria-label={t("import.kind")}
              dataSource={KINDS.map((kind) => ({ kind, ...report.counts[kind] }))}
              columns={[
                { title: t("import.kind"), dataIndex: "kind", render: (kind: string) => t(`import.kinds.${kind}`) },
                { title: t("import.created"), dataIndex: "created" }, { title: t("import.updated"), dataIndex: "updated" }, { title: t("import.unchanged"), dataIndex: "unchanged" },
              ]} />
          ) : null}
        </Card>
      ) : null}
    </Space>
  );
}
