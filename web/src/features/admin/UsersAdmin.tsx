import { PlusOutlined } from "@ant-design/icons";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Alert, App, Button, Flex, Form, Input, Modal, Select, Space, Switch, Table, Tag, Typography } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { api } from "../../api/client";
import { applyProblemToForm, errorText } from "../../api/form-errors";
import type { Page, Role, User } from "../../api/types";
import { useUser } from "../../app/auth";
import { CustomerSelect } from "../directory/pickers";
import { ns } from "./admin.i18n";

const ROLES: Role[] = ["dispatcher", "engineer", "expert", "rma_admin", "manager", "admin", "customer"];

type UserForm = { email: string; name: string; role: Role; phone?: string; customerId?: string; language: "zh-CN" | "en"; password?: string; isActive?: boolean };

function UserDialog({ open, user, onClose }: { open: boolean; user: User | null; onClose(): void }) {
  const { t } = useTranslation([ns, "common"]);
  const { message } = App.useApp();
  const me = useUser();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<UserForm>();
  const [formError, setFormError] = useState<string | null>(null);
  const role = Form.useWatch("role", form);
  const save = useMutation({
    mutationFn: (values: UserForm) => {
      const password = values.password || undefined;
      if (user) {
        return api.patch<User>(`/users/${user.id}`, { name: values.name, phone: values.phone || null, role: values.role, language: values.language, isActive: values.isActive, ...(password ? { password } : {}) }, user.version);
      }
      return api.post<User>("/users", { email: values.email, name: values.name, role: values.role, phone: values.phone || null, customerId: values.role === "customer" ? values.customerId : null, language: values.language, ...(password ? { password } : {}) });
    },
    onSuccess: () => {
      void message.success(user ? t("saved") : t("created"));
      void queryClient.invalidateQueries({ queryKey: ["admin", "users"] });
      onClose();
    },
    onError: (error) => setFormError(applyProblemToForm(form, error)),
  });
  // managers add staff and customers; only an administrator makes administrators
  const roles = me.role === "admin" ? ROLES : ROLES.filter((r) => r !== "admin");
  return (
    <Modal open={open} title={user ? t("editUser") : t("newUser")} onCancel={onClose} onOk={() => form.submit()} okText={t("save")} cancelText={t("cancel")} okButtonProps={{ loading: save.isPending }} destroyOnHidden>
      {formError ? <Alert type="error" role="alert" title={formError} style={{ marginBottom: 12 }} /> : null}
      <Form<UserForm> form={form} layout="vertical" preserve={false}
        initialValues={user ? { ...user, phone: user.phone ?? undefined, customerId: user.customerId ?? undefined } : { role: "engineer", language: "zh-CN", isActive: true }}
        onFinish={(values) => { setFormError(null); save.mutate(values); }}>
        <Form.Item name="email" label={t("email")} rules={[{ required: true, type: "email", message: t("email") }]}>
          <Input type="email" autoComplete="off" disabled={Boolean(user)} maxLength={254} />
        </Form.Item>
        <Form.Item name="name" label={t("name")} rules={[{ required: true, whitespace: true, message: t("name") }]}>
          <Input maxLength={200} />
        </Form.Item>
        <Flex gap={12} wrap>
          <Form.Item name="role" label={t("role")} style={{ flex: "1 1 160px" }}>
            <Select options={roles.map((r) => ({ value: r, label: t(`common:role.${r}`) }))} disabled={Boolean(user && user.role === "customer")} />
          </Form.Item>
          <Form.Item name="language" label={t("language")} style={{ flex: "1 1 120px" }}>
            <Select options={[{ value: "zh-CN", label: "简体中文" }, { value: "en", label: "English" }]} />
          </Form.Item>
        </Flex>
        {role === "customer" && !user ? (
          <Form.Item name="customerId" label={t("customer")} rules={[{ required: true, message: t("customer") }]}>
            <CustomerSelect aria-label={t("customer")} />
          </Form.Item>
        ) : null}
        <Form.Item name="phone" label={t("phone")}>
          <Input maxLength={40} autoComplete="off" />
        </Form.Item>
        <Form.Item name="password" label={t("password")} extra={t("passwordHint")}>
          <Input.Password autoComplete="new-password" maxLength={200} />
        </Form.Item>
        {user ? (
          <Form.Item name="isActive" label={t("active")} valuePropName="checked">
            <Switch />
          </Form.Item>
        ) : null}
      </Form>
    </Modal>
  );
}

/** Users and their roles: staff and customers' logins; disabling one ends its sessions. */
export default function UsersAdmin() {
  const { t } = useTranslation([ns, "common"]);
  const [role, setRole] = useState<Role | undefined>();
  const [dialog, setDialog] = useState<{ user: User | null } | null>(null);
  const users = useQuery({
    queryKey: ["admin", "users", role ?? "all"],
    queryFn: ({ signal }) => api.get<Page<User>>("/users", { role, limit: 500 }, signal),
  });
  return (
    <Space orientation="vertical" size="middle" style={{ width: "100%" }}>
      <Flex justify="space-between" wrap gap={8}>
        <Typography.Title level={2} style={{ margin: 0 }}>{t("tabs.users")}</Typography.Title>
        <Flex gap={8} wrap>
          <Select allowClear aria-label={t("filterRole")} placeholder={t("allRoles")} value={role} onChange={setRole} style={{ minWidth: 160 }}
            options={ROLES.map((r) => ({ value: r, label: t(`common:role.${r}`) }))} />
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setDialog({ user: null })}>{t("newUser")}</Button>
        </Flex>
      </Flex>
      {users.error ? <Alert type="error" role="alert" title={errorText(users.error, t("common:networkError"))} /> : null}
      <Table<User>
        aria-label={t("tabs.users")}
        rowKey="id" size="small" loading={users.isLoading} dataSource={users.data?.items ?? []} scroll={{ x: 700 }}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        columns={[
          { title: t("name"), dataIndex: "name" },
          { title: t("email"), dataIndex: "email", ellipsis: true },
          { title: t("role"), dataIndex: "role", width: 130, render: (r: string) => t(`common:role.${r}`) },
          { title: t("phone"), dataIndex: "phone", width: 140, render: (p: string | null) => p ?? "—" },
          { title: t("active"), dataIndex: "isActive", width: 90, render: (a: boolean) => (a ? <Tag color="green">{t("active")}</Tag> : <Tag>{t("disabled")}</Tag>) },
          { title: t("actions"), key: "actions", width: 90, render: (_: unknown, u) => <Button size="small" aria-label={`${t("edit")} ${u.name}`} onClick={() => setDialog({ user: u })}>{t("edit")}</Button> },
        ]}
      />
      <UserDialog open={dialog !== null} user={dialog?.user ?? null} onClose={() => setDialog(null)} />
    </Space>
  );
}
