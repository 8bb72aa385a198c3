import { EditOutlined, HistoryOutlined, PhoneOutlined, PlusOutlined } from "@ant-design/icons";
import { useQuery } from "@tanstack/react-query";
import { Alert, Button, Card, Checkbox, DatePicker, Flex, Input, List, Select, Space, Table, Tabs, Tag, Typography } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import { api } from "../../api/client";
import { errorText } from "../../api/form-errors";
import type { Page } from "../../api/types";
import type { CustomerSummary } from "../directory/pickers";
import { ns } from "./admin.i18n";
import type { CustomerDetail } from "./admin-api";
import { ContractDialog } from "./ContractDialog";
import { HistoryDrawer, type HistoryTarget } from "./HistoryDrawer";
import { masterDataNs } from "./master-data.i18n";
import { RecordDialog } from "./RecordDialog";
import { ListSelect } from "../lists/ListSelect";
import { useListNames } from "../lists/lists.api";

type Contact = CustomerDetail["contacts"][number];
type Site = CustomerDetail["sites"][number];
type Contract = CustomerDetail["contracts"][number];
type Equipment = Contract["equipment"][number];
type Dialog =
  | { kind: "customer" } | { kind: "contact"; record?: Contact } | { kind: "site"; record?: Site }
  | { kind: "contract"; record?: Contract } | { kind: "equipment"; contract: Contract; record?: Equipment };

const orNull = (value: string | undefined) => value || null;
const day = (value: Dayjs | null | undefined) => value?.format("YYYY-MM-DD") ?? null;

/** An icon button that says what it does to a screen reader and in its tooltip. */
function IconAction({ label, icon, onClick }: { label: string; icon: React.ReactNode; onClick(): void }) {
  return <Button size="small" type="text" icon={icon} aria-label={label} title={label} onClick={onClick} />;
}

function CustomerPanel({ customerId }: { customerId: string }) {
  const { t } = useTranslation([ns, "common"]);
  const { name: vendorName } = useListNames("vendors");
  const { t: tm } = useTranslation(masterDataNs);
  const { t: tn } = useTranslation("maintenanceNav");
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const [history, setHistory] = useState<HistoryTarget | null>(null);
  const detail = useQuery({ queryKey: ["admin", "customer", customerId], queryFn: ({ signal }) => api.get<CustomerDetail>(`/customers/${customerId}`, undefined, signal) });
  if (detail.error) return <Alert type="error" role="alert" title={errorText(detail.error, t("common:networkError"))} />;
  const c = detail.data;
  if (!c) return <Card loading />;
  const siteName = (id: string | null) => c.sites.find((s) => s.id === id)?.name ?? "—";
  const invalidate = ["admin", "customer", customerId];
  const close = () => setDialog(null);
  const actions = (what: string, name: string, path: HistoryTarget["path"], edit: () => void) => (
    <Space size={0}>
      <IconAction label={`${tm("edit")} ${name}`} icon={<EditOutlined />} onClick={edit} />
      <IconAction label={`${tm("history")} ${name}`} icon={<HistoryOutlined />} onClick={() => setHistory({ path, name: `${what} ${name}` })} />
    </Space>
  );
  const today = dayjs().format("YYYY-MM-DD");
  const contactRecord = dialog?.kind === "contact" ? dialog.record : undefined;
  const siteRecord = dialog?.kind === "site" ? dialog.record : undefined;
  const equipmentRecord = dialog?.kind === "equipment" ? dialog.record : undefined;
  return (
    <Card size="small"
      title={<Typography.Title level={2} style={{ margin: 0 }}>{c.name}</Typography.Title>}
      extra={<Space size={8}>
        {/* the customer's proactive calls (preventive maintenance), logged and listed there */}
        <Link to={`/maintenance/calls?customerId=${c.id}`} aria-label={`${tn("calls")} · ${c.name}`}><PhoneOutlined /> {tn("calls")}</Link>
        {actions(t("customers"), c.name, `/customers/${c.id}`, () => setDialog({ kind: "customer" }))}
      </Space>}>
      <Typography.Paragraph type="secondary">{[c.address, c.phone, c.email].filter(Boolean).join(" · ")}</Typography.Paragraph>
      <Tabs items={[
        {
          key: "contacts", label: t("contacts"), children: (
            <>
              <Button icon={<PlusOutlined />} onClick={() => setDialog({ kind: "contact" })} style={{ marginBottom: 8 }}>{t("newContact")}</Button>
              <Table rowKey="id" size="small" pagination={false} scroll={{ x: 560 }} dataSource={c.contacts} aria-label={t("contacts")} locale={{ emptyText: t("empty") }}
                columns={[
                  { title: t("name"), dataIndex: "name", render: (n: string, r) => <>{n} {r.isDesignated ? <Tag color="blue">{t("designated")}</Tag> : null}</> },
                  { title: t("phone"), dataIndex: "phone", render: (p: string | null) => p ?? "—" },
                  { title: t("mobile"), dataIndex: "mobile", render: (p: string | null) => p ?? "—" },
                  { title: t("email"), dataIndex: "email", ellipsis: true, render: (p: string | null) => p ?? "—" },
                  { title: "", key: "actions", width: 72, render: (_: unknown, r: Contact) => actions(t("contacts"), r.name, `/contacts/${r.id}`, () => setDialog({ kind: "contact", record: r })) },
                ]} />
            </>
          ),
        },
        {
          key: "sites", label: t("sites"), children: (
            <>
              <Button icon={<PlusOutlined />} onClick={() => setDialog({ kind: "site" })} style={{ marginBottom: 8 }}>{t("newSite")}</Button>
              <Table rowKey="id" size="small" pagination={false} dataSource={c.sites} aria-label={t("sites")} locale={{ emptyText: t("empty") }}
                columns={[
                  { title: t("name"), dataIndex: "name" }, { title: t("city"), dataIndex: "city", render: (v: string | null) => v ?? "—" },
                  { title: t("address"), dataIndex: "address", render: (v: string | null) => v ?? "—" },
                  { title: "", key: "actions", width: 72, render: (_: unknown, r: Site) => actions(t("sites"), r.name, `/sites/${r.id}`, () => setDialog({ kind: "site", record: r })) },
                ]} />
            </>
          ),
        },
        {
          key: "contracts", label: t("contracts"), children: (
            <>
              <Button icon={<PlusOutlined />} onClick={() => setDialog({ kind: "contract" })} style={{ marginBottom: 8 }}>{t("newContract")}</Button>
              <List dataSource={c.contracts} locale={{ emptyText: t("empty") }} renderItem={(contract) => (
                <List.Item>
                  <Space orientation="vertical" style={{ width: "100%" }} size={4}>
                    <Flex wrap gap={8} align="center" justify="space-between">
                      <Space wrap>
                        <Typography.Text strong>{contract.contractNo}</Typography.Text><span>{contract.title}</span><Tag>{contract.serviceHours}</Tag>
                        <span>{contract.startsOn ?? "…"} – {contract.endsOn ?? "…"}</span>
                        {contract.endsOn && contract.endsOn < today ? <Tag color="red">{tm("expired")}</Tag> : null}
                      </Space>
                      <Space size={0}>
                        {actions(t("contracts"), contract.contractNo, `/contracts/${contract.id}`, () => setDialog({ kind: "contract", record: contract }))}
                        <Button size="small" icon={<PlusOutlined />} onClick={() => setDialog({ kind: "equipment", contract })}>{tm("addEquipment")}</Button>
                      </Space>
                    </Flex>
                    <Table rowKey="id" size="small" pagination={false} dataSource={contract.equipment} aria-label={`${contract.contractNo} ${t("equipment")}`} scroll={{ x: 560 }}
                      columns={[
                        { title: t("vendor"), dataIndex: "vendor", render: (code: string) => vendorName(code) }, { title: t("model"), dataIndex: "model" },
                        { title: t("serial"), dataIndex: "serial", render: (v: string | null) => v ?? "—" }, { title: t("site"), dataIndex: "siteId", render: siteName },
                        { title: tm("warrantyEndsOn"), dataIndex: "warrantyEndsOn", render: (v: string | null) => v ?? "—" },
                        { title: "", key: "actions", width: 72, render: (_: unknown, r: Equipment) => actions(t("equipment"), `${r.vendor} ${r.model}`, `/equipment/${r.id}`, () => setDialog({ kind: "equipment", contract, record: r })) },
                      ]} />
                  </Space>
                </List.Item>
              )} />
            </>
          ),
        },
      ]} />
      <RecordDialog<{ name: string; shortName?: string; phone?: string; email?: string; address?: string; notes?: string }>
        open={dialog?.kind === "customer"} title={tm("editCustomer")} path={`/customers/${c.id}`} version={c.version} invalidate={["admin"]} onClose={close}
        initialValues={{ name: c.name, shortName: c.shortName ?? undefined, phone: c.phone ?? undefined, email: c.email ?? undefined, address: c.address ?? undefined }}
        transform={(v) => ({ name: v.name, shortName: orNull(v.shortName), phone: orNull(v.phone), email: orNull(v.email), address: orNull(v.address) })}
        fields={[{ name: "name", label: t("name"), required: true }, { name: "shortName", label: t("shortName") }, { name: "phone", label: t("phone") }, { name: "email", label: t("email") }, { name: "address", label: t("address") }]} />
      <RecordDialog<{ name: string; phone?: string; mobile?: string; email?: string; title?: string; isDesignated?: boolean }>
        open={dialog?.kind === "contact"} title={contactRecord ? tm("editContact") : t("newContact")} invalidate={invalidate} onClose={close}
        path={contactRecord ? `/contacts/${contactRecord.id}` : `/customers/${customerId}/contacts`} version={contactRecord?.version}
        initialValues={contactRecord ? { name: contactRecord.name, phone: contactRecord.phone ?? undefined, mobile: contactRecord.mobile ?? undefined, email: contactRecord.email ?? undefined, title: contactRecord.title ?? undefined, isDesignated: contactRecord.isDesignated } : undefined}
        transform={(v) => ({ name: v.name, phone: orNull(v.phone), mobile: orNull(v.mobile), email: orNull(v.email), title: orNull(v.title), isDesignated: Boolean(v.isDesignated) })}
        fields={[
          { name: "name", label: t("name"), required: true }, { name: "phone", label: t("phone") }, { name: "mobile", label: t("mobile") },
          { name: "email", label: t("email") }, { name: "title", label: t("titleField") },
          { name: "isDesignated", label: t("designated"), input: <Checkbox aria-label={t("designated")} />, valuePropName: "checked" },
        ]} />
      <RecordDialog<{ name: string; city?: string; address?: string }>
        open={dialog?.kind === "site"} title={siteRecord ? tm("editSite") : t("newSite")} invalidate={invalidate} onClose={close}
        path={siteRecord ? `/sites/${siteRecord.id}` : `/customers/${customerId}/sites`} version={siteRecord?.version}
        initialValues={siteRecord ? { name: siteRecord.name, city: siteRecord.city ?? undefined, address: siteRecord.address ?? undefined } : undefined}
        transform={(v) => ({ name: v.name, city: orNull(v.city), address: orNull(v.address) })}
        fields={[{ name: "name", label: t("name"), required: true }, { name: "city", label: t("city") }, { name: "address", label: t("address") }]} />
      <RecordDialog<{ vendor: string; model: string; serial?: string; siteId?: string | null; warrantyEndsOn?: Dayjs | null }>
        open={dialog?.kind === "equipment"} title={equipmentRecord ? tm("editEquipment") : tm("addEquipment")} invalidate={invalidate} onClose={close}
        path={equipmentRecord ? `/equipment/${equipmentRecord.id}` : `/contracts/${dialog?.kind === "equipment" ? dialog.contract.id : ""}/equipment`} version={equipmentRecord?.version}
        initialValues={equipmentRecord ? { vendor: equipmentRecord.vendor, model: equipmentRecord.model, serial: equipmentRecord.serial ?? undefined, siteId: equipmentRecord.siteId, warrantyEndsOn: equipmentRecord.warrantyEndsOn ? dayjs(equipmentRecord.warrantyEndsOn) : null } : undefined}
        transform={(v) => ({ vendor: v.vendor, model: v.model, serial: orNull(v.serial), siteId: v.siteId ?? null, warrantyEndsOn: day(v.warrantyEndsOn) })}
        fields={[
          { name: "vendor", label: t("vendor"), required: true, input: <ListSelect kind="vendors" keep={equipmentRecord?.vendor} aria-label={t("vendor")} /> },
          { name: "model", label: t("model"), required: true }, { name: "serial", label: t("serial") },
          { name: "siteId", label: t("site"), input: <Select allowClear aria-label={t("site")} options={c.sites.map((s) => ({ value: s.id, label: s.name }))} /> },
          { name: "warrantyEndsOn", label: tm("warrantyEndsOn"), input: <DatePicker style={{ width: "100%" }} /> },
        ]} />
      <ContractDialog open={dialog?.kind === "contract"} customer={c} contract={dialog?.kind === "contract" ? dialog.record : undefined} onClose={close} />
      <HistoryDrawer target={history} customer={c} onClose={() => setHistory(null)} />
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
      <RecordDialog<{ name: string; shortName?: string; phone?: string; email?: string; address?: string }>
        open={creating} title={t("newCustomer")} path="/customers" invalidate={["admin", "customers"]} onClose={() => setCreating(false)}
        transform={(v) => ({ name: v.name, shortName: v.shortName || null, phone: v.phone || null, email: v.email || null, address: v.address || null })}
        fields={[{ name: "name", label: t("name"), required: true }, { name: "shortName", label: t("shortName") }, { name: "phone", label: t("phone") }, { name: "email", label: t("email") }, { name: "address", label: t("address") }]} />
    </Flex>
  );
}
