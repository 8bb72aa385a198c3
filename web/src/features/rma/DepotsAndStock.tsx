import { useQuery } from "@tanstack/react-query";
import { Alert, App, Button, Card, Checkbox, Form, Input, InputNumber, Select, Space, Table, Tag, Typography } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { api } from "../../api/client";
import { applyProblemToForm, errorText } from "../../api/form-errors";
import type { CustomerDetail, Page, User } from "../../api/types";
import { useDepots, useDepotStock, usePartsWrite, type Depot, type StockItem } from "../parts/parts.api";
import { rmaNs } from "./rma.i18n";

type DepotValues = { name: string; address: string; ownerId: string; customerId?: string; siteId?: string };

function NewDepot() {
  const { t } = useTranslation(rmaNs);
  const [open, setOpen] = useState(false);
  // the form's look-ups (users, customers) are asked for only when it is opened
  return (
    <details onToggle={(event) => setOpen((event.target as HTMLDetailsElement).open)}><summary>{t("newDepot")}</summary>
      {open && <NewDepotForm />}
    </details>
  );
}

function NewDepotForm() {
  const { t } = useTranslation([rmaNs, "common"]);
  const { message } = App.useApp();
  const [form] = Form.useForm<DepotValues>();
  const customerId = Form.useWatch("customerId", form);
  const write = usePartsWrite();
  const [error, setError] = useState<string | null>(null);
  const users = useQuery({ queryKey: ["parts", "owners"], queryFn: ({ signal }) => api.get<Page<User>>("/users", { limit: 500 }, signal) });
  const customers = useQuery({ queryKey: ["parts", "customers"], queryFn: ({ signal }) => api.get<Page<{ id: string; name: string }>>("/customers", { limit: 500 }, signal) });
  const customer = useQuery({ queryKey: ["parts", "customer", customerId], enabled: Boolean(customerId), queryFn: ({ signal }) => api.get<CustomerDetail>(`/customers/${customerId}`, undefined, signal) });
  const required = [{ required: true, whitespace: true, message: t("page.required") }];
  const submit = async (values: DepotValues) => {
    setError(null);
    try {
      await write.mutateAsync({ path: "/depots", body: Object.fromEntries(Object.entries(values).filter(([, v]) => v)) });
      void message.success(t("saved"));
      form.resetFields();
    } catch (failure) {
      setError(applyProblemToForm(form, failure));
    }
  };
  return (
      <Form form={form} name="new-depot" layout="vertical" onFinish={submit} style={{ maxWidth: 520, marginTop: 8 }}>
        {error && <Alert type="error" showIcon role="alert" title={error} style={{ marginBottom: 8 }} />}
        <Form.Item name="name" label={t("col.name")} rules={required}><Input maxLength={200} /></Form.Item>
        <Form.Item name="customerId" label={t("col.customer")}><Select allowClear showSearch optionFilterProp="label" options={(customers.data?.items ?? []).map((c) => ({ value: c.id, label: c.name }))} /></Form.Item>
        {customerId && <Form.Item name="siteId" label={t("col.site")}><Select allowClear options={(customer.data?.sites ?? []).map((s) => ({ value: s.id, label: s.name }))} /></Form.Item>}
        <Form.Item name="address" label={t("col.address")} rules={required}><Input maxLength={500} /></Form.Item>
        <Form.Item name="ownerId" label={t("col.owner")} rules={required}>
          <Select showSearch optionFilterProp="label" options={(users.data?.items ?? []).filter((u) => u.role !== "customer" && u.isActive).map((u) => ({ value: u.id, label: u.name }))} />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={write.isPending}>{t("create")}</Button>
      </Form>
  );
}

/** The depots, at customer sites or chosen places, with their owners. */
export function DepotsTab() {
  const { t } = useTranslation([rmaNs, "common"]);
  const depots = useDepots();
  return (
    <Space orientation="vertical" style={{ width: "100%" }}>
      {depots.error && <Alert type="error" role="alert" title={errorText(depots.error, t("common:networkError"))} />}
      <Table<Depot> size="small" rowKey="id" loading={depots.isLoading} dataSource={depots.data?.items ?? []} pagination={false} scroll={{ x: 700 }}
        columns={[
          { title: t("col.name"), dataIndex: "name" },
          { title: t("col.customer"), render: (_, d) => [d.customerName, d.siteName].filter(Boolean).join(" · ") || "—" },
          { title: t("col.address"), dataIndex: "address" },
          { title: t("col.owner"), dataIndex: "ownerName" },
        ]} />
      <NewDepot />
    </Space>
  );
}

function MinLevel({ depotId, item }: { depotId: string; item: StockItem }) {
  const { t } = useTranslation(rmaNs);
  const { message } = App.useApp();
  const write = usePartsWrite();
  const [value, setValue] = useState<number | null>(item.minLevel);
  return (
    <Space.Compact>
      <InputNumber aria-label={t("col.minLevel")} min={0} max={100000} precision={0} value={value} onChange={setValue} style={{ width: 80 }} />
      <Button disabled={value === null || value === item.minLevel} loading={write.isPending}
        onClick={() => void write.mutateAsync({ method: "put", path: `/depots/${depotId}/stock/${item.partId}`, body: { minLevel: value } }).then(() => message.success(t("saved")), (failure: unknown) => message.error(errorText(failure, "")))}>
        {t("save")}
      </Button>
    </Space.Compact>
  );
}

/**
 * A depot's stock per part: on hand, reserved, available, in transit, and its minimum (editable),
 * a page of 50 at a time from the server, found by part or narrowed to what is below its minimum.
 */
export function StockTab() {
  const { t } = useTranslation([rmaNs, "common"]);
  const depots = useDepots();
  const [depotId, setDepotId] = useState<string>();
  const [q, setQ] = useState("");
  const [isBelowMin, setBelowMin] = useState(false);
  // the cursors of the pages before this one: back pops, next pushes
  const [trail, setTrail] = useState<(string | undefined)[]>([]);
  const [cursor, setCursor] = useState<string>();
  const chosen = depotId ?? depots.data?.items[0]?.id;
  const stock = useDepotStock(chosen, { ...(q ? { q } : {}), ...(isBelowMin ? { isBelowMin: "true" as const } : {}), ...(cursor ? { cursor } : {}) });
  const restart = () => { setTrail([]); setCursor(undefined); };
  const next = stock.data?.nextCursor;
  return (
    <Card size="small">
      <Space orientation="vertical" style={{ width: "100%" }}>
        <Space wrap>
          <Select aria-label={t("col.depot")} style={{ minWidth: 280, maxWidth: "100%" }} value={chosen} onChange={(id) => { setDepotId(id); restart(); }} options={(depots.data?.items ?? []).map((d) => ({ value: d.id, label: d.name }))} />
          <Input.Search aria-label={t("stockSearch")} placeholder={t("stockSearch")} allowClear maxLength={100} style={{ width: 260 }} onSearch={(value) => { setQ(value.trim()); restart(); }} />
          <Checkbox checked={isBelowMin} onChange={(event) => { setBelowMin(event.target.checked); restart(); }}>{t("belowMinOnly")}</Checkbox>
        </Space>
        {stock.error && <Alert type="error" role="alert" title={errorText(stock.error, t("common:networkError"))} />}
        <Table<StockItem> size="small" rowKey="partId" loading={stock.isFetching} dataSource={stock.data?.items ?? []} pagination={false} scroll={{ x: 800 }}
          columns={[
            { title: t("col.partNumber"), dataIndex: "partNumber" },
            { title: t("col.description"), dataIndex: "description" },
            { title: t("col.onHand"), dataIndex: "onHand", align: "right" },
            { title: t("col.reserved"), dataIndex: "reserved", align: "right" },
            { title: t("col.available"), dataIndex: "available", align: "right", render: (n: number, i) => i.isBelowMin ? <Tag color="red">{n}</Tag> : <Typography.Text>{n}</Typography.Text> },
            { title: t("col.inTransit"), dataIndex: "inTransit", align: "right" },
            { title: t("col.minLevel"), render: (_, i) => <MinLevel key={`${i.partId}-${i.minLevel}`} depotId={chosen!} item={i} /> },
          ]} />
        <Space>
          <Button disabled={trail.length === 0} onClick={() => { setCursor(trail.at(-1)); setTrail(trail.slice(0, -1)); }}>{t("pagePrevious")}</Button>
          <Typography.Text type="secondary">{t("pageNumber", { n: trail.length + 1 })}</Typography.Text>
          <Button disabled={!next} onClick={() => { setTrail([...trail, cursor]); setCursor(next ?? undefined); }}>{t("pageNext")}</Button>
        </Space>
      </Space>
    </Card>
  );
}
