import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Alert, App, DatePicker, Form, Input, Modal, Radio, Select } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { api } from "../../api/client";
import { applyProblemToForm } from "../../api/form-errors";
import type { CustomerDetail } from "../../api/types";
import { callsNs } from "./calls.i18n";
import { CustomerPicker } from "./CustomerPicker";
import type { ProactiveCall } from "./types";

type Values = { customerId: string; contactId: string; direction: "outbound" | "inbound"; calledAt: Dayjs; summary: string; followUpOn?: Dayjs | null };

/** Logs a call to a customer with no case: the contact is one of that customer's, the follow-up a date. */
export function LogCallDialog({ customerId, onClose }: { customerId?: string; onClose(): void }) {
  const { t } = useTranslation([callsNs, "common"]);
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<Values>();
  const [formError, setFormError] = useState<string | null>(null);
  const chosen = Form.useWatch("customerId", form) ?? customerId;
  const customer = useQuery({
    queryKey: ["customer", chosen], enabled: Boolean(chosen),
    queryFn: ({ signal }) => api.get<CustomerDetail>(`/customers/${chosen}`, undefined, signal),
  });
  const contacts = customer.data?.contacts ?? [];
  const log = useMutation({
    mutationFn: (values: Values) => api.post<ProactiveCall>(`/customers/${values.customerId}/proactive-calls`, {
      contactId: values.contactId, direction: values.direction, summary: values.summary, calledAt: values.calledAt.toISOString(),
      followUpOn: values.followUpOn ? values.followUpOn.format("YYYY-MM-DD") : null,
    }),
    onSuccess: () => {
      void message.success(t("logged"));
      void queryClient.invalidateQueries({ queryKey: ["proactive-calls"] });
      onClose();
    },
    onError: (error) => setFormError(applyProblemToForm(form, error, { "body.contactId": "contactId", "body.summary": "summary", "body.followUpOn": "followUpOn", "body.calledAt": "calledAt" })),
  });
  return (
    <Modal open title={t("logTitle")} onCancel={onClose} onOk={() => form.submit()} okText={t("save")} cancelText={t("common:cancel")} okButtonProps={{ loading: log.isPending }} destroyOnHidden>
      {formError ? <Alert type="error" role="alert" title={formError} style={{ marginBottom: 12 }} /> : null}
      <Form form={form} layout="vertical" initialValues={{ customerId, direction: "outbound", calledAt: dayjs() }} onFinish={(values) => { setFormError(null); log.mutate(values); }}>
        <Form.Item name="customerId" label={t("customer")} rules={[{ required: true, message: t("pickCustomer") }]}>
          <CustomerPicker aria-label={t("customer")} onChange={() => form.setFieldsValue({ contactId: undefined })} />
        </Form.Item>
        <Form.Item name="contactId" label={t("contact")} rules={[{ required: true, message: t("contact") }]} extra={chosen && customer.data && contacts.length === 0 ? t("noContacts") : undefined}>
          <Select aria-label={t("contact")} loading={customer.isFetching} disabled={!chosen}
            options={contacts.map((c) => ({ value: c.id, label: [c.name, c.title, c.mobile ?? c.phone].filter(Boolean).join(" · ") }))} />
        </Form.Item>
        <Form.Item name="direction" label={t("direction")}>
          <Radio.Group optionType="button" buttonStyle="solid" options={(["outbound", "inbound"] as const).map((value) => ({ value, label: t(`directions.${value}`) }))} />
        </Form.Item>
        <Form.Item name="calledAt" label={t("calledAt")} rules={[{ required: true, message: t("calledAt") }]}>
          <DatePicker showTime={{ format: "HH:mm" }} format="YYYY-MM-DD HH:mm" style={{ width: "100%" }} aria-label={t("calledAt")} disabledDate={(d) => d.isAfter(dayjs(), "day")} />
        </Form.Item>
        <Form.Item name="summary" label={t("summary")} rules={[{ required: true, whitespace: true, message: t("summary") }]}>
          <Input.TextArea rows={3} maxLength={20000} aria-label={t("summary")} />
        </Form.Item>
        <Form.Item name="followUpOn" label={t("followUpOn")}>
          <DatePicker style={{ width: "100%" }} aria-label={t("followUpOn")} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
