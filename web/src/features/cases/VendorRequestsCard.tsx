import { Alert, App, Button, Card, Descriptions, Form, Input, List, Modal, Space, Tag } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ApiError } from "../../api/client";
import { applyProblemToForm, errorText } from "../../api/form-errors";
import type { Case, VendorRequest } from "../../api/types";
import { useUser } from "../../app/auth";
import { useFormat } from "../../app/preferences";
import { canDo } from "./case-permissions";
import { useCaseWrite } from "./cases.api";
import { vendorNs } from "./vendor-requests.i18n";
import { useListNames } from "../lists/lists.api";

type Step = "confirm" | "reject" | "open" | "answer" | "complete";
type StepField = "reason" | "vendorCaseRef" | "vendorContact" | "summary";

// the server's status machine (src/cases/vendor/vendor-request.ts): the steps each status allows
const NEXT_STEPS: Record<VendorRequest["status"], Step[]> = {
  requested: ["confirm", "reject"],
  confirmed: ["open"],
  opened: ["answer", "complete"],
  answered: ["answer", "complete"],
  rejected: [],
  done: [],
};
const FIELDS: Record<Step, StepField[]> = { confirm: [], reject: ["reason"], open: ["vendorCaseRef", "vendorContact"], answer: ["summary"], complete: ["summary"] };
const STATE_COLOR: Record<VendorRequest["status"], string> = { requested: "gold", confirmed: "blue", rejected: "default", opened: "processing", answered: "cyan", done: "green" };

function StepDialog({ found, request, step, onClose }: { found: Case; request: VendorRequest; step: Step; onClose: () => void }) {
  const { t } = useTranslation([vendorNs, "common"]);
  const { name: vendorName } = useListNames("vendors");
  const { message } = App.useApp();
  const write = useCaseWrite();
  const [form] = Form.useForm<Partial<Record<StepField, string>>>();
  const [formError, setFormError] = useState<string | null>(null);
  const fields = FIELDS[step];
  const required = [{ required: true, whitespace: true, message: t("required") }];
  const submit = async (values: Partial<Record<StepField, string>>) => {
    const body = { ...Object.fromEntries(Object.entries(values).filter(([, value]) => value?.trim())), version: request.version };
    try {
      await write.mutateAsync({ path: `/cases/${found.id}/vendor-requests/${request.id}/${step}`, body });
      void message.success(t(`done.${step}`));
      onClose();
    } catch (error) {
      if (error instanceof ApiError && error.code === "version_conflict") setFormError(t("stale"));
      else setFormError(applyProblemToForm(form, error));
    }
  };
  return (
    <Modal
      open
      title={`${t(`step.${step}`)} · ${vendorName(request.vendor)}`}
      okText={t(`step.${step}`)}
      cancelText={t("common:cancel")}
      okButtonProps={{ danger: step === "reject" }}
      confirmLoading={write.isPending}
      onCancel={onClose}
      onOk={() => form.submit()}
      destroyOnHidden
    >
      {formError && <Alert type="error" showIcon role="alert" title={formError} style={{ marginBottom: 12 }} />}
      {/* "done" usually repeats the last answer, so it starts from it */}
      <Form form={form} layout="vertical" onFinish={submit} initialValues={step === "complete" ? { summary: request.summary ?? "" } : {}}>
        {fields.includes("reason") && <Form.Item name="reason" label={t("field.rejectReason")} rules={required}><Input.TextArea rows={3} maxLength={20000} /></Form.Item>}
        {fields.includes("vendorCaseRef") && <Form.Item name="vendorCaseRef" label={t("field.vendorCaseRef")} rules={required}><Input maxLength={200} /></Form.Item>}
        {fields.includes("vendorContact") && <Form.Item name="vendorContact" label={t("field.vendorContact")} extra={t("hint.vendorContact")}><Input maxLength={500} /></Form.Item>}
        {fields.includes("summary") && (
          <Form.Item name="summary" label={t(step === "complete" ? "field.finalSummary" : "field.summary")} extra={step === "complete" ? t("hint.complete") : undefined} rules={required}>
            <Input.TextArea rows={4} maxLength={20000} />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}

/**
 * The case's vendor support requests (F5), each worked to the end here: an expert confirms or
 * declines it; then whoever tracks the vendor records the vendor's case number and contact, the
 * vendor's answers, and that the vendor's part is done. Each button shows only for a user the
 * server lets take that step.
 */
export function VendorRequestsCard({ found, requests }: { found: Case; requests: VendorRequest[] }) {
  const { t } = useTranslation([vendorNs, "common"]);
  const { name: vendorName } = useListNames("vendors");
  const user = useUser();
  const format = useFormat();
  const { message } = App.useApp();
  const write = useCaseWrite();
  const [working, setWorking] = useState<{ request: VendorRequest; step: Step } | null>(null);
  if (requests.length === 0) return null;
  const mayTake = (step: Step) => canDo(user, step === "confirm" || step === "reject" ? "vendor_confirm" : "vendor_track", found);
  const take = async (request: VendorRequest, step: Step) => {
    if (FIELDS[step].length > 0) return setWorking({ request, step });
    try {
      await write.mutateAsync({ path: `/cases/${found.id}/vendor-requests/${request.id}/${step}`, body: { version: request.version } });
      void message.success(t(`done.${step}`));
    } catch (error) {
      void message.error(errorText(error, t("common:networkError")));
    }
  };
  return (
    <Card title={t("title")} size="small">
      <List
        size="small"
        dataSource={requests}
        renderItem={(request) => (
          <List.Item data-testid="vendor-request" data-status={request.status} style={{ display: "block" }}>
            <Space wrap style={{ marginBottom: 6 }}>
              <strong>{vendorName(request.vendor)}</strong>
              <Tag color={STATE_COLOR[request.status]}>{t(`state.${request.status}`)}</Tag>
            </Space>
            <Descriptions size="small" column={1}>
              <Descriptions.Item label={t("field.reason")}>{request.reason}</Descriptions.Item>
              <Descriptions.Item label={t("field.requestedAt")}>{format.dateTime(request.requestedAt)}</Descriptions.Item>
              {request.vendorCaseRef && <Descriptions.Item label={t("field.vendorCaseRef")}>{request.vendorCaseRef}</Descriptions.Item>}
              {request.vendorContact && <Descriptions.Item label={t("field.vendorContact")}>{request.vendorContact}</Descriptions.Item>}
              {request.summary && <Descriptions.Item label={t(request.status === "done" ? "field.finalSummary" : "field.summary")}>{request.summary}</Descriptions.Item>}
              {request.doneAt && <Descriptions.Item label={t("field.doneAt")}>{format.dateTime(request.doneAt)}</Descriptions.Item>}
            </Descriptions>
            <Space wrap>
              {NEXT_STEPS[request.status].filter(mayTake).map((step) => (
                <Button key={step} size="small" type={step === "reject" ? "default" : "primary"} danger={step === "reject"} loading={write.isPending && !working} onClick={() => void take(request, step)}>
                  {t(`step.${step}`)}
                </Button>
              ))}
            </Space>
          </List.Item>
        )}
      />
      {working && <StepDialog found={found} request={working.request} step={working.step} onClose={() => setWorking(null)} />}
    </Card>
  );
}
