import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Alert, App, Button, Card, Form, Input, List, Modal, Space, Table, Tag, Typography } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import { api } from "../../api/client";
import { applyProblemToForm, errorText } from "../../api/form-errors";
import type { Case, Page } from "../../api/types";
import { useUser } from "../../app/auth";
import { useFormat } from "../../app/preferences";
import { ns } from "./queues.i18n";

type PendingRequest = { id: string; caseId: string; caseNumber: string; caseSubject: string; vendor: string; reason: string; requestedAt: string; version: number };

function CaseQueue({ status, title }: { status: string; title: string }) {
  const { t } = useTranslation([ns, "common"]);
  const format = useFormat();
  const cases = useQuery({
    queryKey: ["queues", status],
    queryFn: ({ signal }) => api.get<Page<Case>>("/cases", { status, sort: "-updatedAt", limit: 100 }, signal),
  });
  return (
    <Card title={<Typography.Title level={2} style={{ margin: 0 }}>{title}</Typography.Title>} size="small">
      {cases.error ? <Alert type="error" role="alert" title={errorText(cases.error, t("common:networkError"))} /> : null}
      <Table<Case>
        aria-label={title}
        rowKey="id" size="small" pagination={false} loading={cases.isLoading} scroll={{ x: 600 }}
        dataSource={cases.data?.items ?? []}
        locale={{ emptyText: t("empty") }}
        columns={[
          { title: t("col.case"), dataIndex: "number", width: 130, render: (n: string, c) => <Link to={`/cases/${c.id}`}>{n}</Link> },
          { title: t("col.subject"), dataIndex: "subject", ellipsis: true },
          { title: t("col.level"), dataIndex: "faultLevel", width: 70, render: (l: string) => <Tag>{l}</Tag> },
          { title: t("col.assignee"), dataIndex: "assigneeName", width: 110, render: (n: string | null) => n ?? "—" },
          { title: t("col.updated"), dataIndex: "updatedAt", width: 140, render: (at: string) => format.dateTime(at) },
        ]}
      />
    </Card>
  );
}

function PendingConfirmations() {
  const { t } = useTranslation([ns, "common"]);
  const { message } = App.useApp();
  const format = useFormat();
  const user = useUser();
  const queryClient = useQueryClient();
  const [rejecting, setRejecting] = useState<PendingRequest | null>(null);
  const [form] = Form.useForm<{ reason: string }>();
  const [formError, setFormError] = useState<string | null>(null);
  const pending = useQuery({
    queryKey: ["vendor-requests", "pending"],
    queryFn: ({ signal }) => api.get<{ items: PendingRequest[] }>("/vendor-requests/pending-confirmation", { limit: 100 }, signal),
  });
  const advance = useMutation({
    mutationFn: ({ request, step, reason }: { request: PendingRequest; step: "confirm" | "reject"; reason?: string }) =>
      api.post(`/cases/${request.caseId}/vendor-requests/${request.id}/${step}`, { ...(reason ? { reason } : {}), version: request.version }),
    onSuccess: (_data, { step }) => {
      void message.success(step === "confirm" ? t("confirmed") : t("rejected"));
      void queryClient.invalidateQueries({ queryKey: ["vendor-requests"] });
    },
  });
  const isExpert = user.role === "expert";
  return (
    <Card title={<Typography.Title level={2} style={{ margin: 0 }}>{t("pending")}</Typography.Title>} size="small">
      {pending.error ? <Alert type="error" role="alert" title={errorText(pending.error, t("common:networkError"))} /> : null}
      {advance.error && !rejecting ? <Alert type="error" role="alert" title={errorText(advance.error, t("common:networkError"))} /> : null}
      {!isExpert ? <Typography.Paragraph type="secondary">{t("onlyExperts")}</Typography.Paragraph> : null}
      <List<PendingRequest>
        loading={pending.isLoading}
        dataSource={pending.data?.items ?? []}
        locale={{ emptyText: t("empty") }}
        renderItem={(request) => (
          <List.Item
            actions={isExpert ? [
              <Button key="confirm" type="primary" size="small" loading={advance.isPending} onClick={() => advance.mutate({ request, step: "confirm" })}>{t("confirm")}</Button>,
              <Button key="reject" danger size="small" onClick={() => { setFormError(null); form.resetFields(); setRejecting(request); }}>{t("reject")}</Button>,
            ] : []}
          >
            <List.Item.Meta
              title={<Space wrap><Link to={`/cases/${request.caseId}`}>{request.caseNumber}</Link><Tag>{request.vendor}</Tag>{request.caseSubject}</Space>}
              description={<>{t("reason")}: {request.reason} · {t("requestedAt")}: {format.dateTime(request.requestedAt)}</>}
            />
          </List.Item>
        )}
      />
      <Modal
        open={rejecting !== null}
        title={t("rejectTitle")}
        okText={t("reject")}
        cancelText={t("common:cancel")}
        okButtonProps={{ danger: true, loading: advance.isPending }}
        onCancel={() => setRejecting(null)}
        onOk={() => form.submit()}
        destroyOnHidden
      >
        {formError ? <Alert type="error" role="alert" title={formError} style={{ marginBottom: 12 }} /> : null}
        <Form form={form} layout="vertical" onFinish={(values) => {
          if (!rejecting) return;
          advance.mutate({ request: rejecting, step: "reject", reason: values.reason }, {
            onSuccess: () => setRejecting(null),
            onError: (error) => setFormError(applyProblemToForm(form, error)),
          });
        }}>
          <Form.Item name="reason" label={t("rejectReason")} rules={[{ required: true, message: t("rejectReason") }]}>
            <Input.TextArea rows={3} maxLength={20000} />
          </Form.Item>
        </Form>
      </Modal>
    </Card>
  );
}

/** The experts' and vendor liaisons' queues: escalated cases, vendor requests to confirm, cases waiting on the vendor. */
export default function EscalationQueues() {
  const { t } = useTranslation(ns);
  return (
    <Space orientation="vertical" size="middle" style={{ width: "100%" }}>
      <Typography.Title level={1} style={{ margin: 0 }}>{t("escalationsTitle")}</Typography.Title>
      <PendingConfirmations />
      <CaseQueue status="escalated" title={t("escalated")} />
      <CaseQueue status="waiting_vendor" title={t("waitingVendor")} />
    </Space>
  );
}
