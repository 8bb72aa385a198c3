import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Alert, App, Button, Card, Form, Input, List, Modal, Space, Tag, Typography } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import { api } from "../../api/client";
import { applyProblemToForm, errorText } from "../../api/form-errors";
import type { ResponseOf } from "../../api/types";
import { useUser } from "../../app/auth";
import { useFormat } from "../../app/preferences";
import { mayConfirmVendor } from "./queue-access";
import { ns } from "./queues.i18n";
import { useListNames } from "../lists/lists.api";

type PendingRequest = ResponseOf<"/vendor-requests/pending-confirmation", "get">["items"][number];

/**
 * Vendor support requests waiting for an expert (F5), oldest first: experts confirm or decline
 * them here; managers and administrators watch the queue. Render it only for a role that may
 * read it (`mayReadPendingConfirmations`).
 */
export function PendingConfirmations() {
  const { t } = useTranslation([ns, "common"]);
  const { name: vendorName } = useListNames("vendors");
  const { message } = App.useApp();
  const format = useFormat();
  const user = useUser();
  const queryClient = useQueryClient();
  const [rejecting, setRejecting] = useState<PendingRequest | null>(null);
  const [form] = Form.useForm<{ reason: string }>();
  const [formError, setFormError] = useState<string | null>(null);
  const pending = useQuery({
    queryKey: ["cases", "vendor-requests", "pending"],
    queryFn: ({ signal }) => api.get<{ items: PendingRequest[] }>("/vendor-requests/pending-confirmation", { limit: 100 }, signal),
  });
  const advance = useMutation({
    mutationFn: ({ request, step, reason }: { request: PendingRequest; step: "confirm" | "reject"; reason?: string }) =>
      api.post(`/cases/${request.caseId}/vendor-requests/${request.id}/${step}`, { ...(reason ? { reason } : {}), version: request.version }),
    onSuccess: (_data, { step }) => {
      void message.success(step === "confirm" ? t("confirmed") : t("rejected"));
      void queryClient.invalidateQueries({ queryKey: ["cases"] });
    },
  });
  const isExpert = mayConfirmVendor(user.role);
  return (
    <Card title={<Typography.Title level={2} style={{ margin: 0 }}>{t("pending")}</Typography.Title>} size="small" styles={{ title: { whiteSpace: "normal" } }}>
      {pending.error ? <Alert type="error" role="alert" title={errorText(pending.error, t("common:networkError"))} /> : null}
      {advance.error && !rejecting ? <Alert type="error" role="alert" title={errorText(advance.error, t("common:networkError"))} /> : null}
      {!isExpert ? <Typography.Paragraph type="secondary">{t("onlyExperts")}</Typography.Paragraph> : null}
      <List<PendingRequest>
        itemLayout="vertical"
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
              title={<Space wrap><Link to={`/cases/${request.caseId}`}>{request.caseNumber}</Link><Tag>{vendorName(request.vendor)}</Tag>{request.caseSubject}</Space>}
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
