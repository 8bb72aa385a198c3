import { ArrowLeftOutlined } from "@ant-design/icons";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Alert, App, Button, Card, Descriptions, Flex, Form, Input, Result, Space, Spin, Tag, Timeline, Typography, type UploadFile } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router-dom";
import { ApiError, api } from "../../api/client";
import { applyProblemToForm, errorText } from "../../api/form-errors";
import type { Case, Entry, Page } from "../../api/types";
import { useFormat } from "../../app/preferences";
import { entryFiles, useUploadAttachments } from "../cases/attachments.api";
import { CaseFiles, FileLinks, FilePicker, pickedFiles } from "../cases/CaseFiles";
import { STATUS_COLOURS } from "./PortalCases";
import { useListNames } from "../lists/lists.api";
import { ns } from "./portal.i18n";
import { CaseSurvey } from "./SurveyForm";
import { PortalRmas } from "../parts/PortalRmas";

/** The words of an entry worth showing: a note's body, a resolution, a comment or reason, a summary. */
export function entryText(entry: Entry): string | null {
  const d = entry.data;
  for (const key of ["body", "resolution", "comment", "summary", "workDone", "reason"]) {
    if (typeof d[key] === "string" && d[key]) return d[key] as string;
  }
  return null;
}

function ConfirmResolution({ found }: { found: Case }) {
  const { t } = useTranslation([ns, "common"]);
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<{ comment?: string }>();
  const [formError, setFormError] = useState<string | null>(null);
  const answer = useMutation({
    mutationFn: (input: { accepted: boolean; comment?: string }) => api.post<Case>(`/cases/${found.id}/confirm-resolution`, input),
    onSuccess: (_updated, input) => {
      void message.success(input.accepted ? t("accepted") : t("disputed"));
      form.resetFields();
      void queryClient.invalidateQueries({ predicate: (q) => q.queryKey.includes(found.id) || q.queryKey[0] === "portal-cases" });
    },
    onError: (error) => setFormError(applyProblemToForm(form, error)),
  });
  const send = (accepted: boolean) => {
    setFormError(null);
    const comment = (form.getFieldValue("comment") as string | undefined)?.trim() || undefined;
    if (!accepted && !comment) {
      form.setFields([{ name: "comment", errors: [t("disputeComment")] }]);
      return;
    }
    answer.mutate({ accepted, comment });
  };
  return (
    <Card size="small" title={<Typography.Title level={2} style={{ margin: 0 }}>{t("confirmTitle")}</Typography.Title>} styles={{ header: { background: "#f6ffed" } }}>
      <Typography.Paragraph>{t("confirmHint")}</Typography.Paragraph>
      {formError ? <Alert type="error" role="alert" title={formError} style={{ marginBottom: 12 }} /> : null}
      <Form form={form} layout="vertical">
        <Form.Item name="comment" label={t("comment")}>
          <Input.TextArea rows={2} maxLength={20000} />
        </Form.Item>
        <Flex gap={8} wrap>
          <Button type="primary" onClick={() => send(true)} loading={answer.isPending && answer.variables?.accepted === true}>{t("accept")}</Button>
          <Button danger onClick={() => send(false)} loading={answer.isPending && answer.variables?.accepted === false}>{t("dispute")}</Button>
        </Flex>
      </Form>
    </Card>
  );
}

function AddNote({ caseId }: { caseId: string }) {
  const { t } = useTranslation([ns, "common"]);
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<{ body: string }>();
  const [formError, setFormError] = useState<string | null>(null);
  const [files, setFiles] = useState<UploadFile[]>([]);
  const upload = useUploadAttachments(caseId);
  const add = useMutation({
    // with files: one note that names them (POST /cases/{id}/attachments); without: a plain note
    mutationFn: async (body: string) => {
      if (files.length > 0) await upload.mutateAsync({ files: pickedFiles(files), body, visibility: "public" });
      else await api.post<Entry>(`/cases/${caseId}/notes`, { body, visibility: "public" });
    },
    onSuccess: () => {
      void message.success(t("noteAdded"));
      form.resetFields();
      setFiles([]);
      void queryClient.invalidateQueries({ queryKey: ["portal-case", caseId] });
    },
    onError: (error) => setFormError(applyProblemToForm(form, error)),
  });
  return (
    <Card size="small" title={<Typography.Title level={2} style={{ margin: 0 }}>{t("addNote")}</Typography.Title>}>
      {formError ? <Alert type="error" role="alert" title={formError} style={{ marginBottom: 12 }} /> : null}
      <Form form={form} layout="vertical" requiredMark={false} onFinish={(values) => { setFormError(null); add.mutate(values.body.trim()); }}>
        <Form.Item name="body" label={<span className="cd-visually-hidden">{t("addNote")}</span>} rules={[{ required: true, whitespace: true, message: t("notePlaceholder") }]}>
          <Input.TextArea rows={3} maxLength={20000} placeholder={t("notePlaceholder")} aria-label={t("addNote")} />
        </Form.Item>
        <Form.Item label={t("attachFiles")}>
          <FilePicker files={files} onChange={setFiles} disabled={add.isPending} />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={add.isPending}>{t("send")}</Button>
      </Form>
    </Card>
  );
}

/** One case of the customer's company: details, its public history, notes, and the answer to a resolution. */
export default function PortalCase() {
  const { id = "" } = useParams();
  const { name: vendorName } = useListNames("vendors");
  const { name: caseTypeName } = useListNames("case-types");
  const { t } = useTranslation([ns, "common"]);
  const format = useFormat();
  const found = useQuery({ queryKey: ["portal-case", id], queryFn: ({ signal }) => api.get<Case>(`/cases/${encodeURIComponent(id)}`, undefined, signal) });
  const history = useQuery({
    queryKey: ["portal-case", id, "activities"],
    queryFn: ({ signal }) => api.get<Page<Entry>>(`/cases/${encodeURIComponent(id)}/activities`, { limit: 500 }, signal),
    enabled: found.isSuccess,
  });

  if (found.isLoading) return <Spin aria-label={t("common:loading")} />;
  if (found.error) {
    if (found.error instanceof ApiError && found.error.status === 404) {
      return <Result status="404" title={t("common:notFound")} extra={<Link to="/portal">{t("back")}</Link>} />;
    }
    return <Alert type="error" role="alert" title={errorText(found.error, t("common:networkError"))} />;
  }
  const c = found.data!;
  return (
    <Space orientation="vertical" size="middle" style={{ width: "100%", maxWidth: 960, margin: "0 auto", display: "flex" }}>
      <Link to="/portal"><ArrowLeftOutlined aria-hidden /> {t("back")}</Link>
      <Typography.Title level={1} style={{ margin: 0, overflowWrap: "anywhere" }}>{c.number} · {c.subject}</Typography.Title>
      <Space wrap size={4}>
        <Tag color={STATUS_COLOURS[c.status] ?? "processing"}>{t(`common:status.${c.status}`)}</Tag>
        <Tag>{t(`common:faultLevel.${c.faultLevel}`)}</Tag>
        <Tag>{t(`common:priority.${c.priority}`)}</Tag>
      </Space>
      {c.status === "resolved" ? <ConfirmResolution found={c} /> : null}
      <Card size="small" title={<Typography.Title level={2} style={{ margin: 0 }}>{t("details")}</Typography.Title>}>
        <Descriptions size="small" column={{ xs: 1, sm: 2 }} items={[
          { key: "created", label: t("createdAt"), children: format.dateTime(c.createdAt) },
          { key: "vendor", label: t("vendor"), children: vendorName(c.vendor) },
          { key: "type", label: t("caseType"), children: caseTypeName(c.caseType) },
          { key: "engineer", label: t("engineer"), children: c.assigneeName ?? "—" },
          ...(c.resolution ? [{ key: "resolution", label: t("resolution"), span: 2, children: <span style={{ whiteSpace: "pre-wrap" }}>{c.resolution}</span> }] : []),
        ]} />
        {c.description ? <Typography.Paragraph style={{ whiteSpace: "pre-wrap", marginTop: 12, marginBottom: 0 }}>{c.description}</Typography.Paragraph> : null}
      </Card>
      <Card size="small" title={<Typography.Title level={2} style={{ margin: 0 }}>{t("history")}</Typography.Title>}>
        {history.error ? <Alert type="error" role="alert" title={errorText(history.error, t("common:networkError"))} /> : null}
        {history.isLoading ? <Spin /> : null}
        {history.data && history.data.items.length === 0 ? <Typography.Text type="secondary">{t("noHistory")}</Typography.Text> : null}
        <Timeline
          items={(history.data?.items ?? []).map((entry) => {
            const text = entryText(entry);
            return {
              key: entry.id,
              children: (
                <div data-testid="history-entry">
                  <Typography.Text strong>{t(`kind.${entry.kind}`, { defaultValue: entry.kind })}</Typography.Text>
                  <Typography.Text type="secondary"> · {entry.actor?.name ?? t("someone")} · {format.dateTime(entry.at)}</Typography.Text>
                  {text ? <Typography.Paragraph style={{ whiteSpace: "pre-wrap", margin: "4px 0 0", overflowWrap: "anywhere" }}>{text}</Typography.Paragraph> : null}
                  <FileLinks files={entryFiles(entry.data)} />
                </div>
              ),
            };
          })}
        />
      </Card>
      <PortalRmas caseId={c.id} />
      <CaseFiles caseId={c.id} canUpload={false} isStaff={false} scope="portal-case" />
      {c.status === "closed" ? <CaseSurvey caseId={c.id} /> : null}
      {c.status === "closed" ? <Typography.Text type="secondary">{t("closedNote")}</Typography.Text> : null}
      <AddNote caseId={c.id} />
    </Space>
  );
}
