import { CopyOutlined, PlusOutlined } from "@ant-design/icons";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Alert, App, Button, Flex, Form, Input, Modal, Popconfirm, Radio, Space, Table, Tag, Typography } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { api } from "../../api/client";
import type { ResponseOf } from "../../api/types";
import { applyProblemToForm, errorText } from "../../api/form-errors";
import { useUser } from "../../app/auth";
import { useFormat } from "../../app/preferences";
import { ns } from "./admin.i18n";

export type ApiToken = ResponseOf<"/auth/tokens", "get">["items"][number];

const KEY = ["admin", "tokens"] as const;

/** Mints a token for the signed-in user (administrators: the PBX's too) and shows it once. */
function NewTokenDialog({ open, onClose }: { open: boolean; onClose(): void }) {
  const { t } = useTranslation([ns, "common"]);
  const { message } = App.useApp();
  const me = useUser();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<{ name: string; scope: "pbx" | "none" }>();
  const [formError, setFormError] = useState<string | null>(null);
  const [minted, setMinted] = useState<string | null>(null);
  const create = useMutation({
    mutationFn: (values: { name: string; scope: "pbx" | "none" }) =>
      api.post<{ id: string; token: string }>("/auth/tokens", { name: values.name, ...(values.scope === "pbx" ? { scope: "pbx" } : {}) }),
    onSuccess: (created) => {
      setMinted(created.token);
      void queryClient.invalidateQueries({ queryKey: KEY });
    },
    onError: (error) => setFormError(applyProblemToForm(form, error)),
  });
  const close = () => {
    setMinted(null);
    setFormError(null);
    onClose();
  };
  const copy = async (token: string) => {
    await navigator.clipboard?.writeText(token);
    void message.success(t("tokens.copied"));
  };
  return (
    <Modal
      open={open} title={t("tokens.new")} onCancel={close} destroyOnHidden
      footer={minted ? <Button type="primary" onClick={close}>{t("tokens.done")}</Button> : undefined}
      onOk={() => form.submit()} okText={t("tokens.create")} cancelText={t("cancel")} okButtonProps={{ loading: create.isPending }}
    >
      {minted ? (
        <Space orientation="vertical" style={{ width: "100%" }}>
          <Alert type="warning" showIcon title={t("tokens.onceOnly")} />
          <Input.TextArea readOnly value={minted} aria-label={t("tokens.value")} autoSize />
          <Button icon={<CopyOutlined aria-hidden />} onClick={() => void copy(minted)}>{t("tokens.copy")}</Button>
        </Space>
      ) : (
        <>
          {formError ? <Alert type="error" role="alert" title={formError} style={{ marginBottom: 12 }} /> : null}
          <Form form={form} layout="vertical" initialValues={{ scope: me.role === "admin" ? "pbx" : "none" }} onFinish={(values) => { setFormError(null); create.mutate(values); }}>
            <Form.Item name="name" label={t("tokens.name")} rules={[{ required: true, whitespace: true, message: t("tokens.name") }]} extra={t("tokens.nameHint")}>
              <Input maxLength={200} />
            </Form.Item>
            {me.role === "admin" ? (
              <Form.Item name="scope" label={t("tokens.scope")}>
                <Radio.Group options={[{ value: "pbx", label: t("tokens.scopes.pbx") }, { value: "none", label: t("tokens.scopes.none") }]} />
              </Form.Item>
            ) : null}
          </Form>
        </>
      )}
    </Modal>
  );
}

/**
 * API tokens: integrations' keys (the PBX's above all) and personal ones. Administrators see
 * everyone's, others their own; a token is shown only when it is made, and revoking it is at once.
 */
export default function TokensAdmin() {
  const { t } = useTranslation([ns, "common"]);
  const { message } = App.useApp();
  const me = useUser();
  const format = useFormat();
  const queryClient = useQueryClient();
  const [creating, setCreating] = useState(false);
  const all = me.role === "admin";
  const tokens = useQuery({ queryKey: [...KEY, all], queryFn: ({ signal }) => api.get<{ items: ApiToken[] }>("/auth/tokens", all ? { all: "true" } : undefined, signal) });
  const revoke = useMutation({
    mutationFn: (token: ApiToken) => api.delete<ApiToken>(`/auth/tokens/${token.id}`),
    onSuccess: (token) => {
      void message.success(t("tokens.revoked", { name: token.name }));
      void queryClient.invalidateQueries({ queryKey: KEY });
    },
    onError: (error) => void message.error(errorText(error, t("common:networkError"))),
  });
  return (
    <Space orientation="vertical" size="middle" style={{ width: "100%" }}>
      <Flex justify="space-between" wrap gap={8}>
        <Typography.Title level={2} style={{ margin: 0 }}>{t("tabs.tokens")}</Typography.Title>
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>{t("tokens.new")}</Button>
      </Flex>
      <Typography.Paragraph type="secondary" style={{ margin: 0 }}>{t("tokens.intro")}</Typography.Paragraph>
      {tokens.error ? <Alert type="error" role="alert" title={errorText(tokens.error, t("common:networkError"))} /> : null}
      <Table<ApiToken>
        aria-label={t("tabs.tokens")}
        rowKey="id" size="small" loading={tokens.isLoading} dataSource={tokens.data?.items ?? []} scroll={{ x: 760 }}
        pagination={{ pageSize: 20, hideOnSinglePage: true }} locale={{ emptyText: t("empty") }}
        columns={[
          { title: t("tokens.name"), dataIndex: "name" },
          { title: t("tokens.owner"), key: "owner", render: (_: unknown, row) => `${row.userName} (${row.userEmail})`, ellipsis: true },
          { title: t("tokens.scope"), dataIndex: "scope", width: 200, render: (scope: ApiToken["scope"]) => (scope ? <Tag color="purple">{t(`tokens.scopes.${scope}`)}</Tag> : t("tokens.scopes.none")) },
          { title: t("tokens.createdAt"), dataIndex: "createdAt", width: 150, render: (at: string) => format.dateTime(at) },
          { title: t("tokens.lastUsedAt"), dataIndex: "lastUsedAt", width: 150, render: (at: string | null) => (at ? format.dateTime(at) : t("tokens.never")) },
          {
            title: t("actions"), key: "actions", width: 130,
            render: (_: unknown, row) => (row.revokedAt ? <Tag>{t("tokens.revokedAt", { at: format.dateTime(row.revokedAt) })}</Tag> : (
              <Popconfirm title={t("tokens.revokeConfirm", { name: row.name })} okText={t("tokens.revoke")} cancelText={t("cancel")} onConfirm={() => revoke.mutate(row)}>
                <Button size="small" danger aria-label={`${t("tokens.revoke")} ${row.name}`}>{t("tokens.revoke")}</Button>
              </Popconfirm>
            )),
          },
        ]}
      />
      <NewTokenDialog open={creating} onClose={() => setCreating(false)} />
    </Space>
  );
}
