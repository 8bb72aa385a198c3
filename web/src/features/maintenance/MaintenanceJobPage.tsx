import { CloudUploadOutlined, FilePdfOutlined, PrinterOutlined } from "@ant-design/icons";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Alert, App, Button, Card, Descriptions, Flex, Input, List, Radio, Space, Tag, Typography, Upload } from "antd";
import { lazy, Suspense, useCallback, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router-dom";
import { api } from "../../api/client";
import { errorText } from "../../api/form-errors";
import { useAuth } from "../../app/auth";
import { useFormat } from "../../app/preferences";
import { ns } from "./maintenance.i18n";
import type { Finding, JobMetrics, MaintenanceJob } from "./types";

const MetricChart = lazy(() => import("./MetricChart"));
const SEVERITY_COLOURS = { critical: "red", warning: "orange", info: "blue" } as const;
export const STATUS_COLOURS: Record<string, string> = { open: "default", in_progress: "processing", report_submitted: "gold", delivered: "green" };

function ChecklistCard({ job, disabled }: { job: MaintenanceJob; disabled: boolean }) {
  const { t, i18n } = useTranslation([ns, "common"]);
  const queryClient = useQueryClient();
  const [notes, setNotes] = useState<Record<string, string>>({});
  const save = useMutation({
    mutationFn: (line: { key: string; result: "ok" | "issue" | "n_a" | null; note?: string | null }) => api.patch<MaintenanceJob>(`/maintenance-jobs/${job.id}`, { checklist: [line] }),
    onSuccess: (updated) => queryClient.setQueryData(["maintenance-job", job.id], updated),
  });
  const open = job.checklist.filter((entry) => entry.result === null).length;
  return (
    <Card title={<h2 style={{ margin: 0, fontSize: 18 }}>{t("checklistTitle")}</h2>} extra={open ? <Tag color="gold">{t("openItems", { count: open })}</Tag> : null}>
      {save.error ? <Alert type="error" role="alert" title={errorText(save.error, t("common:networkError"))} style={{ marginBottom: 8 }} /> : null}
      <List
        dataSource={job.checklist}
        renderItem={(entry) => (
          <List.Item style={{ display: "block" }}>
            <Typography.Text strong>{i18n.language === "en" ? entry.en : entry.zh}</Typography.Text>
            <Flex gap={8} wrap style={{ marginTop: 6 }}>
              <Radio.Group
                aria-label={entry.zh} optionType="button" buttonStyle="solid" disabled={disabled} value={entry.result}
                onChange={(e) => save.mutate({ key: entry.key, result: e.target.value as "ok" | "issue" | "n_a" })}
                options={(["ok", "issue", "n_a"] as const).map((value) => ({ value, label: t(`results.${value}`) }))}
              />
              <Input
                aria-label={`${entry.zh} ${t("note")}`} placeholder={t("note")} maxLength={2000} disabled={disabled} style={{ flex: "1 1 180px", minWidth: 0 }}
                value={notes[entry.key] ?? entry.note ?? ""} onChange={(e) => setNotes({ ...notes, [entry.key]: e.target.value })}
                onBlur={() => notes[entry.key] !== undefined && notes[entry.key] !== (entry.note ?? "") && save.mutate({ key: entry.key, result: entry.result, note: notes[entry.key] || null })}
              />
            </Flex>
          </List.Item>
        )}
      />
    </Card>
  );
}

function FindingsCard({ findings }: { findings: Finding[] }) {
  const { t, i18n } = useTranslation(ns);
  const en = i18n.language === "en";
  return (
    <Card title={<h2 style={{ margin: 0, fontSize: 18 }}>{t("findingsTitle")}</h2>}>
      <List
        aria-label={t("findingsTitle")} dataSource={findings} locale={{ emptyText: t("noFindings") }}
        renderItem={(f) => (
          <List.Item style={{ display: "block" }}>
            <Space wrap>
              <Tag color={SEVERITY_COLOURS[f.severity]}>{t(`severity.${f.severity}`)}</Tag>
              <Typography.Text strong>{en ? f.titleEn : f.titleZh}{f.instance ? ` · ${f.instance}` : ""}</Typography.Text>
            </Space>
            <div>{t(`metrics.${f.metric}`, { defaultValue: f.metric })}: {t("worst", { worst: f.worst, threshold: f.threshold, minutes: f.minutes })}</div>
            <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>{en ? f.recommendationEn : f.recommendationZh}</Typography.Paragraph>
          </List.Item>
        )}
      />
    </Card>
  );
}

function DataCard({ job, disabled }: { job: MaintenanceJob; disabled: boolean }) {
  const { t } = useTranslation([ns, "common"]);
  const { message } = App.useApp();
  const format = useFormat();
  const queryClient = useQueryClient();
  const metrics = useQuery({ queryKey: ["maintenance-metrics", job.id], queryFn: ({ signal }) => api.get<JobMetrics>(`/maintenance-jobs/${job.id}/metrics`, undefined, signal) });
  const upload = useMutation({
    mutationFn: (file: File) => {
      const form = new FormData();
      form.append("file", file, file.name);
      return api.upload<{ upload: { sampleCount: number } }>(`/maintenance-jobs/${job.id}/metrics`, form);
    },
    onSuccess: (kept) => {
      void message.success(t("uploaded", { count: kept.upload.sampleCount }));
      void queryClient.invalidateQueries({ queryKey: ["maintenance-metrics", job.id] });
      void queryClient.invalidateQueries({ queryKey: ["maintenance-job", job.id] });
    },
  });
  const label = useCallback((ms: number) => format.dateTime(new Date(ms)).slice(5), [format]);
  return (
    <Card title={<h2 style={{ margin: 0, fontSize: 18 }}>{t("dataTitle")}</h2>}>
      <Upload accept=".csv,.txt,.nmon" showUploadList={false} disabled={disabled || upload.isPending} beforeUpload={(file) => { upload.mutate(file); return false; }}>
        <Button icon={<CloudUploadOutlined />} loading={upload.isPending} disabled={disabled}>{t("upload")}</Button>
      </Upload>
      <Typography.Paragraph type="secondary" style={{ marginTop: 4 }}>{t("uploadHint")}</Typography.Paragraph>
      {upload.error ? <Alert type="error" role="alert" showIcon title={errorText(upload.error, t("common:networkError"))} style={{ marginBottom: 8 }} /> : null}
      {metrics.data?.uploads.length ? (
        <List size="small" header={t("uploads")} dataSource={metrics.data.uploads} renderItem={(u) => (
          <List.Item>{u.filename ?? t(`formats.${u.format}`)} · {t(`formats.${u.format}`)} · {u.host ?? ""} · {t("samples", { count: u.sampleCount })}</List.Item>
        )} />
      ) : <Typography.Text type="secondary">{t("noData")}</Typography.Text>}
      <Suspense fallback={null}>
        <Flex wrap gap={12} style={{ marginTop: 12 }}>
          {(metrics.data?.series ?? []).filter((s) => !s.metric.endsWith("_kbs")).slice(0, 12).map((s) => {
            const title = `${t(`metrics.${s.metric}`, { defaultValue: s.metric })}${s.instance ? ` ${s.instance}` : ""}`;
            return (
              <div key={`${s.metric}:${s.instance}`} style={{ flex: "1 1 320px", minWidth: 0 }}>
                <Typography.Text>{title}</Typography.Text>
                <MetricChart title={title} unit={s.unit} points={s.points} timeZoneLabel={label} />
              </div>
            );
          })}
        </Flex>
      </Suspense>
    </Card>
  );
}

/** The engineer's job page: checklist (usable on a phone), uploads and charts, findings, and the report built and delivered. */
export default function MaintenanceJobPage() {
  const { id = "" } = useParams();
  const { t } = useTranslation([ns, "common"]);
  const { message } = App.useApp();
  const { user } = useAuth();
  const format = useFormat();
  const queryClient = useQueryClient();
  const job = useQuery({ queryKey: ["maintenance-job", id], queryFn: ({ signal }) => api.get<MaintenanceJob>(`/maintenance-jobs/${id}`, undefined, signal) });
  const [summary, setSummary] = useState<string | null>(null);
  const act = useMutation({
    mutationFn: (action: "report" | "approve" | "deliver") =>
      action === "report" ? api.post<MaintenanceJob>(`/maintenance-jobs/${id}/report`, { summary: summary ?? job.data?.summary ?? null }) : api.post<MaintenanceJob>(`/maintenance-jobs/${id}/${action}`),
    onSuccess: (updated, action) => {
      queryClient.setQueryData(["maintenance-job", id], updated);
      void queryClient.invalidateQueries({ queryKey: ["maintenance-jobs"] });
      void message.success(t(action === "report" ? "built" : action === "approve" ? "approved" : "delivered"));
    },
  });
  if (job.error) return <Alert type="error" role="alert" showIcon title={errorText(job.error, t("common:networkError"))} />;
  if (!job.data) return null;
  const j = job.data;
  const delivered = j.status === "delivered";
  return (
    <Space orientation="vertical" size="middle" style={{ width: "100%", maxWidth: 1100, margin: "0 auto", display: "flex" }}>
      <Link to="/maintenance">{t("back")}</Link>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={1} style={{ margin: 0 }}>{t("jobTitle", { number: j.number })}</Typography.Title>
        <Space><Tag color={STATUS_COLOURS[j.status]}>{t(`statuses.${j.status}`)}</Tag><Tag color={j.timeliness === "late" ? "red" : "default"}>{t(`timely.${j.timeliness}`)}</Tag></Space>
      </Flex>
      <Descriptions size="small" column={{ xs: 1, sm: 2, md: 3 }} items={[
        { key: "customer", label: t("customer"), children: <>{j.customerName} · <Link to={`/maintenance/calls?customerId=${j.customerId}`}>{t("customerCalls")}</Link></> },
        { key: "equipment", label: t("equipment"), children: j.equipment },
        { key: "period", label: t("period"), children: j.period },
        { key: "engineer", label: t("engineer"), children: j.engineerName ?? "—" },
        { key: "due", label: t("dueAt"), children: format.dateTime(j.reportDueAt) },
        { key: "contract", label: t("contract"), children: j.contractNo },
      ]} />
      <ChecklistCard job={j} disabled={delivered} />
      <DataCard job={j} disabled={delivered} />
      <FindingsCard findings={j.findings} />
      <Card title={<h2 style={{ margin: 0, fontSize: 18 }}>{t("reportTitle")}</h2>}>
        {act.error ? <Alert type="error" role="alert" showIcon title={errorText(act.error, t("common:networkError"))} style={{ marginBottom: 8 }} /> : null}
        <Input.TextArea aria-label={t("summary")} placeholder={t("summary")} rows={3} maxLength={20000} disabled={delivered} value={summary ?? j.summary ?? ""} onChange={(e) => setSummary(e.target.value)} />
        <Flex gap={8} wrap style={{ marginTop: 12 }}>
          <Button type="primary" onClick={() => act.mutate("report")} loading={act.isPending && act.variables === "report"} disabled={delivered}>{t("build")}</Button>
          {user?.role === "expert" || user?.role === "manager" || user?.role === "admin" ? (
            <Button onClick={() => act.mutate("approve")} disabled={!j.hasReport || delivered || Boolean(j.approvedAt)}>{t("approve")}</Button>
          ) : null}
          <Button type="primary" onClick={() => act.mutate("deliver")} loading={act.isPending && act.variables === "deliver"} disabled={!j.hasReport || delivered}>{t("deliver")}</Button>
          {j.hasReport ? <Button icon={<FilePdfOutlined />} href={`/api/v1/maintenance-jobs/${j.id}/report.pdf`}>{t("pdf")}</Button> : null}
          {j.hasReport ? <Button icon={<PrinterOutlined />} href={`/api/v1/maintenance-jobs/${j.id}/report.html`} target="_blank">{t("print")}</Button> : null}
        </Flex>
        <Space orientation="vertical" size={0} style={{ marginTop: 8 }}>
          {j.signedOffAt ? <Typography.Text type="secondary">{t("signedOff", { at: format.dateTime(j.signedOffAt) })}</Typography.Text> : null}
          {j.approvedAt ? <Typography.Text type="secondary">{t("approvedAt", { at: format.dateTime(j.approvedAt) })}</Typography.Text> : null}
          {j.deliveredAt ? <Typography.Text type="success">{t("deliveredAt", { at: format.dateTime(j.deliveredAt), to: j.deliveredTo ?? "" })}</Typography.Text> : null}
        </Space>
      </Card>
    </Space>
  );
}
