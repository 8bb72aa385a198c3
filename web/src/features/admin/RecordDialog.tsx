import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Alert, App, Form, Input, Modal } from "antd";
import { useState, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { api } from "../../api/client";
import { applyProblemToForm } from "../../api/form-errors";
import type { ApiPath } from "../../api/types";
import { ns } from "./admin.i18n";

export type Field = { name: string | (string | number)[]; label: string; required?: boolean; input?: ReactNode; valuePropName?: string };

/**
 * A small form dialog: POSTs a new record to `path`, or PATCHes the record there with
 * If-Match of its `version` (a stale one comes back as 409 and is said above the form);
 * server field errors land beside the fields.
 */
export function RecordDialog<T extends object>({ open, title, path, version, initialValues, fields, onClose, invalidate, transform }: {
  open: boolean; title: string; path: ApiPath<"post"> | ApiPath<"patch">; version?: number; initialValues?: Partial<T>; fields: Field[]; onClose(): void; invalidate: unknown[];
  transform?: (values: T) => unknown;
}) {
  const { t } = useTranslation([ns, "common"]);
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<T>();
  const [formError, setFormError] = useState<string | null>(null);
  const save = useMutation({
    mutationFn: (values: T) => {
      const body = transform ? transform(values) : values;
      return version === undefined ? api.post(path as ApiPath<"post">, body) : api.patch(path as ApiPath<"patch">, body, version);
    },
    onSuccess: () => {
      void message.success(t(version === undefined ? "created" : "masterData:saved"));
      void queryClient.invalidateQueries({ queryKey: invalidate });
      onClose();
    },
    onError: (error) => setFormError(applyProblemToForm(form, error)),
  });
  return (
    <Modal open={open} title={title} onCancel={onClose} onOk={() => form.submit()} okText={t("save")} cancelText={t("cancel")} okButtonProps={{ loading: save.isPending }} destroyOnHidden>
      {formError ? <Alert type="error" role="alert" title={formError} style={{ marginBottom: 12 }} /> : null}
      <Form<T> form={form} layout="vertical" preserve={false} initialValues={initialValues} onFinish={(values) => { setFormError(null); save.mutate(values); }}>
        {fields.map((field) => (
          <Form.Item key={String(field.name)} name={field.name} label={field.label} valuePropName={field.valuePropName} rules={field.required ? [{ required: true, whitespace: true, message: field.label }] : undefined}>
            {field.input ?? <Input maxLength={200} />}
          </Form.Item>
        ))}
      </Form>
    </Modal>
  );
}
