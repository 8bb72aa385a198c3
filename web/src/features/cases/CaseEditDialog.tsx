import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Alert, App, Form, Input, Modal, Select } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { api } from "../../api/client";
import { applyProblemToForm } from "../../api/form-errors";
import type { Case } from "../../api/types";
import { ListSelect } from "../lists/ListSelect";
import { caseKeys } from "./cases.api";
import { casesNs } from "./cases.i18n";

type Values = Pick<Case, "subject" | "vendor" | "caseType" | "faultLevel" | "priority">;

/** Changes a case's subject, vendor, case type, fault level or priority (vendor and type from the managed lists). */
export function CaseEditDialog({ found, onClose }: { found: Case; onClose(): void }) {
  const { t } = useTranslation([casesNs, "common"]);
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<Values>();
  const [formError, setFormError] = useState<string | null>(null);
  const save = useMutation({
    mutationFn: (values: Values) => api.patch(`/cases/${found.id}`, values, found.version),
    onSuccess: async () => {
      void message.success(t("edit.saved"));
      await queryClient.invalidateQueries({ queryKey: caseKeys.all });
      onClose();
    },
    onError: (error) => setFormError(applyProblemToForm(form, error)),
  });
  const required = (label: string) => [{ required: true, message: label }];
  return (
    <Modal open title={t("edit.title", { number: found.number })} onCancel={onClose} onOk={() => form.submit()} okText={t("common:save")} cancelText={t("common:cancel")} okButtonProps={{ loading: save.isPending }} destroyOnHidden>
      {formError ? <Alert type="error" role="alert" title={formError} style={{ marginBottom: 12 }} /> : null}
      <Form form={form} layout="vertical" initialValues={found} onFinish={(values) => { setFormError(null); save.mutate(values); }}>
        <Form.Item name="subject" label={t("edit.subject")} rules={[{ required: true, whitespace: true, message: t("edit.subject") }]}><Input maxLength={500} /></Form.Item>
        <Form.Item name="vendor" label={t("vendor")} rules={required(t("vendor"))}><ListSelect kind="vendors" keep={found.vendor} /></Form.Item>
        <Form.Item name="caseType" label={t("caseType")} rules={required(t("caseType"))}><ListSelect kind="case-types" keep={found.caseType} /></Form.Item>
        <Form.Item name="faultLevel" label={t("faultLevel")}>
          <Select options={(["S1", "S2", "S3", "S4"] as const).map((l) => ({ value: l, label: t(`common:faultLevel.${l}`) }))} />
        </Form.Item>
        <Form.Item name="priority" label={t("priority")}>
          <Select options={(["P1", "P2", "P3", "P4"] as const).map((p) => ({ value: p, label: t(`common:priority.${p}`) }))} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
