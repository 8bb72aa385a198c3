import { PlusOutlined } from "@ant-design/icons";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Alert, App, Button, Card, Form, Input, Modal, Space, Switch, Table, Tag, Typography } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { api } from "../../api/client";
import { applyProblemToForm, errorText } from "../../api/form-errors";
import { useAuth } from "../../app/auth";
import { listKeys, useList, type ListEntry, type ListKind } from "./lists.api";
import { ns } from "./lists.i18n";

type EntryForm = { code: string; nameZh: string; nameEn: string };

function EntryDialog({ kind, entry, onClose }: { kind: ListKind; entry: ListEntry | "new"; onClose(): void }) {
  const { t } = useTranslation(ns);
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<EntryForm>();
  const [formError, setFormError] = useState<string | null>(null);
  const isNew = entry === "new";
  const save = useMutation({
    mutationFn: (values: EntryForm) =>
      isNew
        ? api.post(`/${kind}`, values)
        : api.patch(`/${kind}/${encodeURIComponent(entry.code)}`, { nameZh: values.nameZh, nameEn: values.nameEn }, entry.version),
    onSuccess: () => {
      void message.success(t("saved"));
      void queryClient.invalidateQueries({ queryKey: listKeys.list(kind) });
      onClose();
    },
    onError: (error) => setFormError(applyProblemToForm(form, error)),
  });
  const title = isNew ? t(kind === "vendors" ? "newVendor" : "newCaseType") : `${t("edit")} · ${entry.code}`;
  const required = (label: string) => [{ required: true, whitespace: true, message: label }];
  return (
    <Modal open title={title} onCancel={onClose} onOk={() => form.submit()} okText={t("save")} cancelText={t("cancel")} okButtonProps={{ loading: save.isPending }} destroyOnHidden>
      {formError ? <Alert type="error" role="alert" title={formError} style={{ marginBottom: 12 }} /> : null}
      <Form form={form} layout="vertical" initialValues={isNew ? undefined : entry} onFinish={(values) => { setFormError(null); save.mutate(values); }}>
        <Form.Item name="code" label={t("code")} rules={required(t("code"))} extra={isNew ? t("codeHint") : undefined}>
          <Input maxLength={200} disabled={!isNew} />
        </Form.Item>
        <Form.Item name="nameZh" label={t("nameZh")} rules={required(t("nameZh"))}><Input maxLength={200} /></Form.Item>
        <Form.Item name="nameEn" label={t("nameEn")} rules={required(t("nameEn"))}><Input maxLength={200} /></Form.Item>
      </Form>
    </Modal>
  );
}

function ListCard({ kind }: { kind: ListKind }) {
  const { t } = useTranslation([ns, "common"]);
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const { data, isLoading } = useList(kind);
  const [dialog, setDialog] = useState<ListEntry | "new" | null>(null);
  const toggle = useMutation({
    mutationFn: (entry: ListEntry) => api.patch(`/${kind}/${encodeURIComponent(entry.code)}`, { isActive: !entry.isActive }, entry.version),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: listKeys.list(kind) }),
    onError: (error) => void message.error(errorText(error, t("common:networkError"))),
  });
  // managers read the lists here; only admins keep them
  const canKeep = useAuth().user?.role === "admin";
  const label = t(kind === "vendors" ? "vendors" : "caseTypes");
  return (
    <Card title={label} extra={canKeep ? <Button icon={<PlusOutlined />} onClick={() => setDialog("new")}>{t("add")}</Button> : null} data-testid={`list-${kind}`}>
      <Table<ListEntry>
        rowKey="code" size="small" loading={isLoading} dataSource={data?.items ?? []} pagination={false}
        columns={[
          // the codes are what this screen keeps: shown here on purpose (the raw-code browser test skips [data-code])
          { title: t("code"), dataIndex: "code", render: (code: string) => <span data-code>{code}</span> },
          { title: t("nameZh"), dataIndex: "nameZh" },
          { title: t("nameEn"), dataIndex: "nameEn" },
          {
            title: t("active"), key: "active", width: 110,
            render: (_: unknown, entry) => (
              <Space>
                <Switch size="small" checked={entry.isActive} disabled={!canKeep} aria-label={`${entry.code} ${entry.isActive ? t("deactivate") : t("activate")}`} loading={toggle.isPending && toggle.variables?.code === entry.code} onChange={() => toggle.mutate(entry)} />
                {entry.isActive ? null : <Tag>{t("inactive")}</Tag>}
              </Space>
            ),
          },
          { title: "", key: "edit", width: 90, render: (_: unknown, entry) => canKeep && <Button size="small" onClick={() => setDialog(entry)} aria-label={`${t("edit")} ${entry.code}`}>{t("edit")}</Button> },
        ]}
      />
      {dialog ? <EntryDialog kind={kind} entry={dialog} onClose={() => setDialog(null)} /> : null}
    </Card>
  );
}

/** Administration → Lists: the vendors and case types a case may name, kept in both languages. */
export default function ListsAdmin() {
  const { t } = useTranslation(ns);
  return (
    <Space orientation="vertical" size="large" style={{ width: "100%" }}>
      <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>{t("intro")}</Typography.Paragraph>
      <ListCard kind="vendors" />
      <ListCard kind="case-types" />
    </Space>
  );
}
