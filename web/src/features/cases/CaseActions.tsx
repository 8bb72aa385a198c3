import { Alert, App, Button, Form, Input, Modal, Select, Space } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useQuery } from "@tanstack/react-query";
import { ApiError, api } from "../../api/client";
import { applyProblemToForm } from "../../api/form-errors";
import type { ApiPath, Case, OnDutyUser, Page, User } from "../../api/types";
import { useUser } from "../../app/auth";
import { canDo, type CaseActionName } from "./case-permissions";
import { useCaseWrite } from "./cases.api";
import { casesNs } from "./cases.i18n";
import { ListSelect } from "../lists/ListSelect";
import { useListNames } from "../lists/lists.api";

type Field = "assignee" | "reason" | "reasonRequired" | "note" | "resolution" | "expert" | "vendor" | "waitFor" | "items";
// what may follow /cases/{id}/ in a POST the server answers, so an action the server dropped fails the build
type CaseActionPath = ApiPath<"post"> extends infer P ? (P extends `/cases/${string}/${infer Action}` ? Action : never) : never;
type ActionSpec = { path: CaseActionPath; fields: Field[]; primary?: boolean; danger?: boolean };

const ACTIONS: Partial<Record<CaseActionName, ActionSpec>> = {
  assign: { path: "assign", fields: ["assignee", "reason"], primary: true },
  respond: { path: "respond", fields: ["note"], primary: true },
  take_over: { path: "take-over", fields: ["reason"] },
  escalate: { path: "escalate", fields: ["reasonRequired", "expert"], danger: true },
  vendor_request: { path: "vendor-requests", fields: ["reasonRequired", "vendor"] },
  rma_handoff: { path: "rma-handoff", fields: ["reasonRequired", "items"] },
  wait: { path: "wait", fields: ["waitFor", "reason"] },
  resume: { path: "resume", fields: ["reason"] },
  resolve: { path: "resolve", fields: ["resolution"], primary: true },
  close: { path: "close", fields: ["reason"] },
  reopen: { path: "reopen", fields: ["reasonRequired"] },
};
const ORDER: CaseActionName[] = ["assign", "respond", "take_over", "escalate", "vendor_request", "rma_handoff", "wait", "resume", "resolve", "close", "reopen"];

function useExperts(enabled: boolean) {
  return useQuery({
    queryKey: ["users", "experts"],
    enabled,
    staleTime: 300_000,
    queryFn: () => api.get<Page<User>>("/users", { role: "expert", limit: 200 }),
  });
}

/**
 * The actions the user's role allows on this case right now (mirroring the server's table),
 * each behind a small dialog asking for what the action needs. Field errors from the server
 * appear beside the field, in the user's language.
 */
export function CaseActions({ found }: { found: Case }) {
  const { t } = useTranslation(casesNs);
  const { name: vendorName } = useListNames("vendors");
  const user = useUser();
  const { message } = App.useApp();
  const [open, setOpen] = useState<CaseActionName | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const [form] = Form.useForm();
  const write = useCaseWrite();
  const experts = useExperts(open === "escalate");
  const engineers = useQuery({
    queryKey: ["rosters", "on-duty", "engineer"],
    enabled: open === "assign",
    queryFn: () => api.get<{ items: OnDutyUser[] }>("/rosters/on-duty", { role: "engineer" }),
  });
  const allowed = ORDER.filter((action) => canDo(user, action, found));
  const spec = open ? ACTIONS[open] : undefined;

  const close = () => {
    setOpen(null);
    setFormError(null);
    form.resetFields();
  };

  const submit = async (values: Record<string, unknown>) => {
    if (!open || !spec) return;
    const body: Record<string, unknown> = {};
    if (values.reason) body.reason = values.reason;
    if (values.note) body.note = values.note;
    if (values.resolution) body.resolution = values.resolution;
    if (values.expertId) body.expertId = values.expertId;
    if (values.assigneeId) body.assigneeId = values.assigneeId;
    if (values.vendor) body.vendor = values.vendor;
    if (values.waitFor) body.waitFor = values.waitFor;
    if (spec.fields.includes("items")) body.items = (values.items as Array<Record<string, string>> | undefined ?? []).map((item) => Object.fromEntries(Object.entries(item).filter(([, v]) => v)));
    if (open !== "vendor_request") body.version = found.version;
    try {
      await write.mutateAsync({ path: `/cases/${found.id}/${spec.path}`, body });
      void message.success(t("actionDone", { action: t(`action.${open}`) }));
      close();
    } catch (error) {
      if (error instanceof ApiError && error.code === "version_conflict") setFormError(t("staleVersion"));
      else setFormError(applyProblemToForm(form, error));
    }
  };

  if (allowed.length === 0) return null;
  const required = [{ required: true, message: t("form.required") }];
  return (
    <>
      <Space wrap aria-label={t("actions")} role="group">
        {allowed.map((action) => (
          <Button key={action} type={ACTIONS[action]?.primary ? "primary" : "default"} danger={ACTIONS[action]?.danger} onClick={() => setOpen(action)}>
            {t(`action.${action}`)}
          </Button>
        ))}
      </Space>
      <Modal
        open={open !== null}
        title={open ? t(`action.${open}`) : ""}
        onCancel={close}
        onOk={() => form.submit()}
        okText={open ? t(`action.${open}`) : ""}
        confirmLoading={write.isPending}
        destroyOnHidden
      >
        {formError && <Alert type="error" showIcon message={formError} role="alert" style={{ marginBottom: 12 }} />}
        <Form form={form} layout="vertical" onFinish={submit} initialValues={{ items: [{}], waitFor: "customer" }}>
          {spec?.fields.includes("assignee") && (
            <Form.Item name="assigneeId" label={t("form.assignee")}>
              <Select
                allowClear
                loading={engineers.isLoading}
                options={[...(engineers.data?.items ?? [])].sort((a, b) => a.openCaseLoad - b.openCaseLoad).map((engineer) => ({ value: engineer.id, label: `${engineer.name} (${engineer.openCaseLoad})` }))}
              />
            </Form.Item>
          )}
          {spec?.fields.includes("reasonRequired") && (
            <Form.Item name="reason" label={t("form.reason")} rules={required}><Input.TextArea rows={3} maxLength={20000} /></Form.Item>
          )}
          {spec?.fields.includes("waitFor") && (
            <Form.Item name="waitFor" label={t("form.waitFor")}>
              <Select options={(["customer", "vendor", "parts"] as const).map((value) => ({ value, label: t(`field.waitFor.${value}`) }))} />
            </Form.Item>
          )}
          {spec?.fields.includes("reason") && (
            <Form.Item name="reason" label={t("form.note")}><Input.TextArea rows={2} maxLength={20000} /></Form.Item>
          )}
          {spec?.fields.includes("note") && (
            <Form.Item name="note" label={t("form.note")}><Input.TextArea rows={2} maxLength={20000} /></Form.Item>
          )}
          {spec?.fields.includes("resolution") && (
            <Form.Item name="resolution" label={t("form.resolution")} rules={required}><Input.TextArea rows={4} maxLength={20000} /></Form.Item>
          )}
          {spec?.fields.includes("expert") && (
            <Form.Item name="expertId" label={t("form.expert")}>
              <Select allowClear loading={experts.isLoading} options={(experts.data?.items ?? []).map((expert) => ({ value: expert.id, label: expert.name }))} />
            </Form.Item>
          )}
          {spec?.fields.includes("vendor") && (
            <Form.Item name="vendor" label={t("form.vendor")}><ListSelect kind="vendors" allowClear placeholder={vendorName(found.vendor)} /></Form.Item>
          )}
          {spec?.fields.includes("items") && (
            <Form.List name="items">
              {(fields, { add }) => (
                <fieldset style={{ border: 0, padding: 0, margin: 0 }}>
                  <legend style={{ fontSize: 14 }}>{t("form.items")}</legend>
                  {fields.map((field) => (
                    <Space key={field.key} wrap align="start">
                      <Form.Item name={[field.name, "description"]} label={t("form.itemDescription")} rules={required}><Input maxLength={500} /></Form.Item>
                      <Form.Item name={[field.name, "model"]} label={t("form.itemModel")}><Input maxLength={200} /></Form.Item>
                      <Form.Item name={[field.name, "serial"]} label={t("form.itemSerial")}><Input maxLength={200} /></Form.Item>
                    </Space>
                  ))}
                  <Button onClick={() => add({})}>{t("form.addItem")}</Button>
                </fieldset>
              )}
            </Form.List>
          )}
        </Form>
      </Modal>
    </>
  );
}
