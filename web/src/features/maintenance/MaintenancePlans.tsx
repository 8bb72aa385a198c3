import { PlusOutlined } from "@ant-design/icons";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Alert, App, Button, Checkbox, Flex, Form, Input, InputNumber, Modal, Select, Space, Switch, Table, Tag, Typography } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { api } from "../../api/client";
import { applyProblemToForm, errorText } from "../../api/form-errors";
import type { CustomerDetail as Customer, Page, User } from "../../api/types";
import { ns } from "./maintenance.i18n";
import type { MaintenancePlan } from "./types";

type NewPlan = { customerId: string; contractId: string; equipmentIds: string[]; frequency: "monthly" | "quarterly"; reportDueDays: number; engineerId?: string; asksMonthlyCall: boolean };

function NewPlanDialog({ open, onClose }: { open: boolean; onClose(): void }) {
  const { t } = useTranslation([ns, "common"]);
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<NewPlan>();
  const [formError, setFormError] = useState<string | null>(null);
  const customerId = Form.useWatch("customerId", form);
  const contractId = Form.useWatch("contractId", form);
  const customers = useQuery({ queryKey: ["customers-all"], queryFn: ({ signal }) => api.get<Page<{ id: string; name: string }>>("/customers", { limit: 500 }, signal), enabled: open });
  const customer = useQuery({ queryKey: ["customer", customerId], queryFn: ({ signal }) => api.get<Customer>(`/customers/${customerId}`, undefined, signal), enabled: Boolean(customerId) });
  const engineers = useQuery({ queryKey: ["users", "engineer"], queryFn: ({ signal }) => api.get<Page<User>>("/users", { role: "engineer", limit: 500 }, signal), enabled: open });
  const contract = customer.data?.contracts.find((c) => c.id === contractId);
  const create = useMutation({
    mutationFn: ({ customerId: _customer, ...values }: NewPlan) => api.post<MaintenancePlan>("/maintenance-plans", { ...values, engineerId: values.engineerId ?? null }),
    onSuccess: () => {
      void message.success(t("created"));
      void queryClient.invalidateQueries({ queryKey: ["maintenance-plans"] });
      void queryClient.invalidateQueries({ queryKey: ["maintenance-jobs"] });
      onClose();
    },
    onError: (error) => setFormError(applyProblemToForm(form, error)),
  });
  return (
    <Modal open={open} title={t("newPlan")} onCancel={onClose} onOk={() => form.submit()} okText={t("create")} cancelText={t("common:cancel")} okButtonProps={{ loading: create.isPending }} destroyOnHidden>
      {formError ? <Alert type="error" role="alert" title={formError} style={{ marginBottom: 12 }} /> : null}
      <Form form={form} layout="vertical" initialValues={{ frequency: "monthly", reportDueDays: 7, asksMonthlyCall: false, equipmentIds: [] }} onFinish={(values) => { setFormError(null); create.mutate(values); }}>
        <Form.Item name="customerId" label={t("customer")} rules={[{ required: true, message: t("customer") }]}>
          <Select showSearch optionFilterProp="label" options={(customers.data?.items ?? []).map((c) => ({ value: c.id, label: c.name }))} onChange={() => form.setFieldsValue({ contractId: undefined, equipmentIds: [] })} />
        </Form.Item>
        <Form.Item name="contractId" label={t("contract")} rules={[{ required: true, message: t("contract") }]}>
          <Select options={(customer.data?.contracts ?? []).map((c) => ({ value: c.id, label: `${c.contractNo}${c.title ? ` · ${c.title}` : ""}` }))} onChange={() => form.setFieldsValue({ equipmentIds: [] })} />
        </Form.Item>
        <Form.Item name="equipmentIds" label={t("equipment")} rules={[{ required: true, type: "array", min: 1, message: t("equipment") }]}>
          <Checkbox.Group style={{ display: "flex", flexDirection: "column" }} options={(contract?.equipment ?? []).map((e) => ({ value: e.id, label: `${e.vendor} ${e.model}${e.serial ? ` (${e.serial})` : ""}` }))} />
        </Form.Item>
        <Flex gap={12} wrap>
          <Form.Item name="frequency" label={t("frequency")} style={{ flex: "1 1 140px" }}>
            <Select options={(["monthly", "quarterly"] as const).map((value) => ({ value, label: t(`freq.${value}`) }))} />
          </Form.Item>
          <Form.Item name="reportDueDays" label={t("reportDueDays")} style={{ flex: "1 1 140px" }}>
            <InputNumber min={1} max={90} style={{ width: "100%" }} />
          </Form.Item>
        </Flex>
        <Form.Item name="engineerId" label={t("engineer")}>
          <Select allowClear placeholder={t("byRoster")} options={(engineers.data?.items ?? []).map((u) => ({ value: u.id, label: u.name }))} />
        </Form.Item>
        <Form.Item name="asksMonthlyCall" label={t("asksMonthlyCall")} valuePropName="checked"><Switch /></Form.Item>
      </Form>
    </Modal>
  );
}

function ChecklistDialog({ plan, onClose }: { plan: MaintenancePlan; onClose(): void }) {
  const { t } = useTranslation([ns, "common"]);
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [items, setItems] = useState(plan.checklist.map((i) => ({ ...i })));
  const save = useMutation({
    mutationFn: () => api.patch<MaintenancePlan>(`/maintenance-plans/${plan.id}`, { checklist: items.filter((i) => i.zh.trim() && i.en.trim()), version: plan.version }),
    onSuccess: () => {
      void message.success(t("saved"));
      void queryClient.invalidateQueries({ queryKey: ["maintenance-plans"] });
      onClose();
    },
  });
  return (
    <Modal open title={`${t("editChecklist")} · ${t("checklistVersion", { version: plan.checklistVersion })}`} onCancel={onClose} onOk={() => save.mutate()} okText={t("save")} cancelText={t("common:cancel")} okButtonProps={{ loading: save.isPending }} width={720}>
      {save.error ? <Alert type="error" role="alert" title={errorText(save.error, t("common:networkError"))} style={{ marginBottom: 8 }} /> : null}
      <Space orientation="vertical" style={{ width: "100%" }}>
        {items.map((item, index) => (
          <Flex key={index} gap={8} wrap>
            <Input aria-label={t("itemZh")} placeholder={t("itemZh")} value={item.zh} maxLength={500} style={{ flex: "1 1 240px" }} onChange={(e) => setItems(items.map((x, i) => (i === index ? { ...x, zh: e.target.value } : x)))} />
            <Input aria-label={t("itemEn")} placeholder={t("itemEn")} value={item.en} maxLength={500} style={{ flex: "1 1 240px" }} onChange={(e) => setItems(items.map((x, i) => (i === index ? { ...x, en: e.target.value } : x)))} />
          </Flex>
        ))}
        <Button icon={<PlusOutlined />} onClick={() => setItems([...items, { key: `item${items.length + 1}`, zh: "", en: "" }])}>{t("addItem")}</Button>
      </Space>
    </Modal>
  );
}

/** Maintenance plans (admins, managers): per contract, covered systems, period, engineer, the checklist and its versions. */
export default function MaintenancePlans() {
  const { t } = useTranslation([ns, "common"]);
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [creating, setCreating] = useState(false);
  const [editing, setEditing] = useState<MaintenancePlan | null>(null);
  const [month, setMonth] = useState("");
  const plans = useQuery({ queryKey: ["maintenance-plans"], queryFn: ({ signal }) => api.get<{ items: MaintenancePlan[] }>("/maintenance-plans", undefined, signal) });
  const open = useMutation({
    mutationFn: (planId: string) => api.post<{ openedJobIds: string[] }>(`/maintenance-plans/${planId}/open-period`, { period: month }),
    onSuccess: (result) => {
      void message.success(result.openedJobIds.length ? t("opened", { count: result.openedJobIds.length }) : t("openedNone"));
      void queryClient.invalidateQueries({ queryKey: ["maintenance-jobs"] });
    },
    onError: (error) => void message.error(errorText(error, t("common:networkError"))),
  });
  return (
    <Space orientation="vertical" size="middle" style={{ width: "100%", display: "flex" }}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={1} style={{ margin: 0 }}>{t("plansTitle")}</Typography.Title>
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>{t("newPlan")}</Button>
      </Flex>
      {plans.error ? <Alert type="error" role="alert" showIcon title={errorText(plans.error, t("common:networkError"))} /> : null}
      <Flex gap={8} align="center" wrap>
        <Typography.Text>{t("openPeriod")}</Typography.Text>
        <Input aria-label={t("period")} placeholder="2026-12" value={month} onChange={(e) => setMonth(e.target.value.trim())} style={{ width: 120 }} maxLength={7} />
      </Flex>
      <Table<MaintenancePlan>
        rowKey="id" loading={plans.isLoading} dataSource={plans.data?.items ?? []} pagination={false} scroll={{ x: true }}
        columns={[
          { title: t("customer"), dataIndex: "customerName" },
          { title: t("contract"), dataIndex: "contractNo" },
          { title: t("equipment"), dataIndex: "equipmentIds", render: (ids: string[]) => ids.length },
          { title: t("frequency"), dataIndex: "frequency", render: (f: MaintenancePlan["frequency"]) => t(`freq.${f}`) },
          { title: t("reportDueDays"), dataIndex: "reportDueDays" },
          { title: t("engineer"), dataIndex: "engineerName", render: (name: string | null) => name ?? t("byRoster") },
          { title: t("checklist"), key: "checklist", render: (_, plan) => <Button size="small" onClick={() => setEditing(plan)}>{t("checklistVersion", { version: plan.checklistVersion })}</Button> },
          { title: t("status"), dataIndex: "isActive", render: (active: boolean) => <Tag color={active ? "green" : "default"}>{t(active ? "active" : "inactive")}</Tag> },
          { title: t("openPeriod"), key: "open", render: (_, plan) => <Button size="small" disabled={!/^\d{4}-\d{2}$/.test(month)} loading={open.isPending && open.variables === plan.id} onClick={() => open.mutate(plan.id)}>{month || "—"}</Button> },
        ]}
      />
      <NewPlanDialog open={creating} onClose={() => setCreating(false)} />
      {editing ? <ChecklistDialog plan={editing} onClose={() => setEditing(null)} /> : null}
    </Space>
  );
}
