import { DeleteOutlined, PlusOutlined } from "@ant-design/icons";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Alert, App, Button, Card, Checkbox, DatePicker, Flex, Form, Input, List, Modal, Select, Space, Table, Tabs, Tag, Typography } from "antd";
import type { Dayjs } from "dayjs";
import { useState, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { api } from "../../api/client";
import { applyProblemToForm, errorText } from "../../api/form-errors";
import type { Page } from "../../api/types";
import type { CustomerSummary } from "../directory/pickers";
import { ns } from "./admin.i18n";
import type { CustomerDetail } from "./admin-api";

type Field = { name: string | (string | number)[]; label: string; required?: boolean; input?: ReactNode; valuePropName?: string };

/** A small create dialog: a form of the given fields, POSTed to `path`; server field errors land beside the fields. */
function CreateDialog<T extends object>({ open, title, path, fields, onClose, invalidate, transform }: {
  open: boolean; title: string; path: string; fields: Field[]; onClose(): void; invalidate: unknown[]; transform?: (values: T) => unknown;
}) {
  const { t } = useTranslation([ns, "common"]);
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<T>();
  const [formError, setFormError] = useState<string | null>(null);
  const create = useMutation({
    mutationFn: (values: T) => api.post(path, transform ? transform(values) : values),
    onSuccess: () => {
      void message.success(t("created"));
      void queryClient.invalidateQueries({ queryKey: invalidate });
      onClose();
    },
    onError: (error) => setFormError(applyProblemToForm(form, error)),
  });
  return (
    <Modal open={open} title={title} onCancel={onClose} onOk={() => form.submit()} okText={t("save")} cancelText={t("cancel")} okButtonProps={{ loading: create.isPending }} destroyOnHidden>
      {formError ? <Alert type="error" role="alert" title={formError} style={{ marginBottom: 12 }} /> : null}
      <Form<T> form={form} layout="vertical" preserve={false} onFinish={(values) => { setFormError(null); create.mutate(values); }}>
        {fields.map((field) => (
          <Form.Item key={String(field.name)} name={field.name} label={field.label} valuePropName={field.valuePropName} rules={field.required ? [{ required: true, whitespace: true, message: field.label }] : undefined}>
            {field.input ?? <Input maxLength={200} />}
          </Form.Item>
        ))}
      </Form>
    </Modal>
  );
}

type ContractForm = {
  contractNo: string; title?: string; dates?: [Dayjs | null, Dayjs | null] | null; serviceHours?: string; siteIds?: string[];
  equipment?: Array<{ vendor: string; model: string; serial?: string; siteId?: string }>;
};

function ContractDialog({ open, customer, onClose }: { open: boolean; customer: CustomerDetail; onClose(): void }) {
  const { t } = useTranslation([ns, "common"]);
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<ContractForm>();
  const [formError, setFormError] = useState<string | null>(null);
  const create = useMutation({
    mutationFn: (values: ContractForm) => api.post(`/customers/${customer.id}/contracts`, {
      contractNo: values.contractNo, title: values.title || null, serviceHours: values.serviceHours || undefined,
      startsOn: values.dates?.[0]?.format("YYYY-MM-DD") ?? null, endsOn: values.dates?.[1]?.format("YYYY-MM-DD") ?? null,
      siteIds: values.siteIds ?? [],
      equipment: (values.equipment ?? []).map((e) => ({ vendor: e.vendor, model: e.model, serial: e.serial || null, siteId: e.siteId ?? null })),
    }),
    onSuccess: () => {
      void message.success(t("created"));
      void queryClient.invalidateQueries({ queryKey: ["admin", "customer", customer.id] });
      onClose();
    },
    onError: (error) => setFormError(applyProblemToForm(form, error)),
  });
  const siteOptions = customer.sites.map((s) => ({ value: s.id, label: s.name }));
  return (
    <Modal open={open} title={t("newContract")} onCancel={onClose} onOk={() => form.submit()} okText={t("save")} cancelText={t("cancel")} okButtonProps={{ loading: create.isPending }} destroyOnHidden width={720}>
      {formError ? <Alert type="error" role="alert" title={formError} style={{ marginBottom: 12 }} /> : null}
      <Form<ContractForm> form={form} layout="vertical" preserve={false} initialValues={{ serviceHours: "7x24" }} onFinish={(values) => { setFormError(null); create.mutate(values); }}>
        <Flex gap={12} wrap>
          <Form.Item name="contractNo" label={t("contractNo")} rules={[{ required: true, whitespace: true, message: t("contractNo") }]} style={{ flex: "1 1 160px" }}><Input maxLength={64} /></Form.Item>
          <Form.Item name="title" label={t("contractTitle")} style={{ flex: "2 1 200px" }}><Input maxLength={500} /></Form.Item>
        </Flex>
        <Flex gap={12} wrap>
          <Form.Item name="dates" label={`${t("startsOn")} – ${t("endsOn")}`} style={{ flex: "2 1 240px" }}><DatePicker.RangePicker allowEmpty={[true, true]} style={{ width: "100%" }} /></Form.Item>
          <Form.Item name="serviceHours" label={t("serviceHours")} style={{ flex: "1 1 120px" }}><Input maxLength={64} /></Form.Item>
        </Flex>
        <Form.Item name="siteIds" label={t("sites")}><Select mode="multiple" options={siteOptions} aria-label={t("sites")} /></Form.Item>
        <Typography.Text strong>{t("equipment")}</Typography.Text>
        <Form.List name="equipment">
          {(fields, { add, remove }) => (
            <Space orientation="vertical" style={{ width: "100%", marginTop: 8 }}>
              {fields.map((field, index) => (
                <Flex key={field.key} gap={8} wrap align="start">
                  <Form.Item name={[field.name, "vendor"]} rules={[{ required: true, whitespace: true, message: t("vendor") }]} style={{ flex: "1 1 100px", marginBottom: 8 }}><Input placeholder={t("vendor")} aria-label={`${index + 1}. ${t("vendor")}`} maxLength={200} /></Form.Item>
                  <Form.Item name={[field.name, "model"]} rules={[{ required: true, whitespace: true, message: t("model") }]} style={{ flex: "1 1 120px", marginBottom: 8 }}><Input placeholder={t("model")} aria-label={`${index + 1}. ${t("model")}`} maxLength={200} /></Form.Item>
                  <Form.Item name={[field.name, "serial"]} style={{ flex: "1 1 100px", marginBottom: 8 }}><Input placeholder={t("serial")} aria-label={`${index + 1}. ${t("serial")}`} maxLength={200} /></Form.Item>
                  <Form.Item name={[field.name, "siteId"]} style={{ flex: "1 1 120px", marginBottom: 8 }}><Select allowClear placeholder={t("site")} aria-label={`${index + 1}. ${t("site")}`} options={siteOptions} /></Form.Item>
                  <Button aria-label={`${t("remove")} ${index + 1}`} icon={<DeleteOutlined />} onClick={() => remove(field.name)} />
                </Flex>
              ))}
              <Button icon={<PlusOutlined />} onClick={() => add({})}>{t("addEquipment")}</Button>
            </Space>
          )}
        </Form.List>
      </Form>
    </Modal>
  );
}

function CustomerPanel({ customerId }: { customerId: string }) {
  const { t } = useTranslation([ns, "common"]);
  const [dialog, setDialog] = useState<"contact" | "site" | "contract" | null>(null);
  const detail = useQuery({ queryKey: ["admin", "customer", customerId], queryFn: ({ signal }) => api.get<CustomerDetail>(`/customers/${customerId}`, undefined, signal) });
  if (detail.error) return <Alert type="error" role="alert" title={errorText(detail.error, t("common:networkError"))} />;
  const c = detail.data;
  if (!c) return <Card loading />;
  const siteName = (id: string | null) => c.sites.find((s) => s.id === id)?.name ?? "—";
  const invalidate = ["admin", "customer", customerId];
  return (
    <Card title={<Typography.Title level={2} style={{ margin: 0 }}>{c.name}</Typography.Title>} size="small">
      <Typography.Paragraph type="secondary">{[c.address, c.phone, c.email].filter(Boolean).join(" · ")}</Typography.Paragraph>
      <Tabs items={[
        {
          key: "contacts", label: t("contacts"), children: (
            <>
              <Button icon={<PlusOutlined />} onClick={() => setDialog("contact")} style={{ marginBottom: 8 }}>{t("newContact")}</Button>
              <Table rowKey="id" size="small" pagination={false} scroll={{ x: 560 }} dataSource={c.contacts} aria-label={t("contacts")} locale={{ emptyText: t("empty") }}
                columns={[
                  { title: t("name"), dataIndex: "name", render: (n: string, r) => <>{n} {r.isDesignated ? <Tag color="blue">{t("designated")}</Tag> : null}</> },
                  { title: t("phone"), dataIndex: "phone", render: (p: string | null) => p ?? "—" },
                  { title: t("mobile"), dataIndex: "mobile", render: (p: string | null) => p ?? "—" },
                  { title: t("email"), dataIndex: "email", ellipsis: true, render: (p: string | null) => p ?? "—" },
                ]} />
            </>
          ),
        },
        {
          key: "sites", label: t("sites"), children: (
            <>
              <Button icon={<PlusOutlined />} onClick={() => setDialog("site")} style={{ marginBottom: 8 }}>{t("newSite")}</Button>
              <Table rowKey="id" size="small" pagination={false} dataSource={c.sites} aria-label={t("sites")} locale={{ emptyText: t("empty") }}
                columns={[{ title: t("name"), dataIndex: "name" }, { title: t("city"), dataIndex: "city", render: (v: string | null) => v ?? "—" }, { title: t("address"), dataIndex: "address", render: (v: string | null) => v ?? "—" }]} />
            </>
          ),
        },
        {
          key: "contracts", label: t("contracts"), children: (
            <>
              <Button icon={<PlusOutlined />} onClick={() => setDialog("contract")} style={{ marginBottom: 8 }}>{t("newContract")}</Button>
              <List dataSource={c.contracts} locale={{ emptyText: t("empty") }} renderItem={(contract) => (
                <List.Item>
                  <Space orientation="vertical" style={{ width: "100%" }} size={4}>
                    <Space wrap><Typography.Text strong>{contract.contractNo}</Typography.Text><span>{contract.title}</span><Tag>{contract.serviceHours}</Tag><span>{contract.startsOn ?? "…"} – {contract.endsOn ?? "…"}</span></Space>
                    <Table rowKey="id" size="small" pagination={false} dataSource={contract.equipment} aria-label={`${contract.contractNo} ${t("equipment")}`} scroll={{ x: 480 }}
                      columns={[{ title: t("vendor"), dataIndex: "vendor" }, { title: t("model"), dataIndex: "model" }, { title: t("serial"), dataIndex: "serial", render: (v: string | null) => v ?? "—" }, { title: t("site"), dataIndex: "siteId", render: siteName }]} />
                  </Space>
                </List.Item>
              )} />
            </>
          ),
        },
      ]} />
      <CreateDialog<{ name: string; phone?: string; mobile?: string; email?: string; title?: string; isDesignated?: boolean }>
        open={dialog === "contact"} title={t("newContact")} path={`/customers/${customerId}/contacts`} invalidate={invalidate} onClose={() => setDialog(null)}
        transform={(v) => ({ name: v.name, phone: v.phone || null, mobile: v.mobile || null, email: v.email || null, title: v.title || null, isDesignated: Boolean(v.isDesignated) })}
        fields={[
          { name: "name", label: t("name"), required: true }, { name: "phone", label: t("phone") }, { name: "mobile", label: t("mobile") },
          { name: "email", label: t("email") }, { name: "title", label: t("titleField") },
          { name: "isDesignated", label: t("designated"), input: <Checkbox aria-label={t("designated")} />, valuePropName: "checked" },
        ]} />
      <CreateDialog<{ name: string; city?: string; address?: string }>
        open={dialog === "site"} title={t("newSite")} path={`/customers/${customerId}/sites`} invalidate={invalidate} onClose={() => setDialog(null)}
        transform={(v) => ({ name: v.name, city: v.city || null, address: v.address || null })}
        fields={[{ name: "name", label: t("name"), required: true }, { name: "city", label: t("city") }, { name: "address", label: t("address") }]} />
      <ContractDialog open={dialog === "contract"} customer={c} onClose={() => setDialog(null)} />
    </Card>
  );
}

/** Customers with their contacts, sites, contracts and covered equipment. */
export default function CustomersAdmin() {
  const { t } = useTranslation([ns, "common"]);
  const [q, setQ] = useState("");
  const [selected, setSelected] = useState<string | null>(null);
  const [creating, setCreating] = useState(false);
  const customers = useQuery({
    queryKey: ["admin", "customers", q],
    queryFn: ({ signal }) => api.get<Page<CustomerSummary>>("/customers", { q: q || undefined, limit: 100 }, signal),
  });
  return (
    <Flex gap={16} wrap align="start">
      <Card size="small" title={t("customers")} style={{ flex: "1 1 260px", maxWidth: "100%" }}
        extra={<Button size="small" icon={<PlusOutlined />} onClick={() => setCreating(true)} aria-label={t("newCustomer")}>{t("add")}</Button>}>
        <Input.Search aria-label={t("searchCustomers")} placeholder={t("searchCustomers")} allowClear onSearch={(value) => setQ(value.trim())} style={{ marginBottom: 8 }} maxLength={200} />
        {customers.error ? <Alert type="error" role="alert" title={errorText(customers.error, t("common:networkError"))} /> : null}
        <List<CustomerSummary> loading={customers.isLoading} dataSource={customers.data?.items ?? []} locale={{ emptyText: t("empty") }}
          renderItem={(c) => (
            <List.Item style={{ padding: 0 }}>
              <Button type={selected === c.id ? "primary" : "text"} block style={{ textAlign: "left", justifyContent: "flex-start", whiteSpace: "normal", height: "auto", padding: "6px 8px" }}
                aria-pressed={selected === c.id} onClick={() => setSelected(c.id)}>{c.name}</Button>
            </List.Item>
          )} />
      </Card>
      <div style={{ flex: "3 1 480px", minWidth: 0, maxWidth: "100%" }}>
        {selected ? <CustomerPanel customerId={selected} /> : <Typography.Text type="secondary">{t("pickCustomer")}</Typography.Text>}
      </div>
      <CreateDialog<{ name: string; shortName?: string; phone?: string; email?: string; address?: string }>
        open={creating} title={t("newCustomer")} path="/customers" invalidate={["admin", "customers"]} onClose={() => setCreating(false)}
        transform={(v) => ({ name: v.name, shortName: v.shortName || null, phone: v.phone || null, email: v.email || null, address: v.address || null })}
        fields={[{ name: "name", label: t("name"), required: true }, { name: "shortName", label: t("shortName") }, { name: "phone", label: t("phone") }, { name: "email", label: t("email") }, { name: "address", label: t("address") }]} />
    </Flex>
  );
}
