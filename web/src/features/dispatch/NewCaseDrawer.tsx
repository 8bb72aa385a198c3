import { Alert, App, AutoComplete, Button, Drawer, Form, Input, Radio, Select, Space, Typography } from "antd";
import dayjs from "dayjs";
import { useEffect, useMemo, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import { applyProblemToForm } from "../../api/form-errors";
import type { Case, Contact } from "../../api/types";
import { useCaseWrite, useCustomer } from "../cases/cases.api";
import { useCallerLookup } from "./dispatch.api";
import { dispatchNs } from "./dispatch.i18n";
import { useDebounced } from "../../app/use-debounced";
import { ListSelect } from "../lists/ListSelect";
import { useListNames } from "../lists/lists.api";

const FAULT_LEVELS = ["S1", "S2", "S3", "S4"] as const;

type Values = {
  channel: "phone" | "email" | "web" | "fax";
  caller: { phone?: string; email?: string; name: string; company?: string; address?: string; contractNo?: string };
  subject: string; description?: string; vendor: string; caseType: string; faultLevel: "S1" | "S2" | "S3" | "S4"; priority?: string;
  equipmentId?: string;
};

/**
 * The dispatcher's new-case form. Typing the caller's phone number (or e-mail) looks the caller
 * up in the customer database and fills name, company, e-mail, address and contract; the
 * dispatcher can still change anything before opening the case.
 */
export function NewCaseDrawer({ open, onClose, onCreated, phone: initialPhone }: { open: boolean; onClose: () => void; onCreated?: (created: Case) => void; phone?: string }) {
  const { t } = useTranslation(dispatchNs);
  const { t: tc } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const { name: vendorName } = useListNames("vendors");
  const [error, setError] = useState<string | null>(null);
  const phone = useDebounced(Form.useWatch(["caller", "phone"], form) ?? "");
  const email = useDebounced(Form.useWatch(["caller", "email"], form) ?? "");
  const lookup = useCallerLookup({ phone, email });
  const [contactId, setContactId] = useState<string | null>(null);
  const filledFor = useRef<string | null>(null);
  const write = useCaseWrite<Record<string, unknown>, Case>();

  const contacts = lookup.data?.contacts ?? [];
  const contact: Contact | undefined = contacts.find((item) => item.id === contactId) ?? contacts[0];
  const contracts = useMemo(() => (lookup.data?.contracts ?? []).filter((item) => !contact || item.customerId === contact.customerId), [lookup.data, contact]);
  const customer = useCustomer(contact?.customerId);
  const vendors = useMemo(() => [...new Set(contracts.flatMap((item) => item.equipment.map((equipment) => equipment.vendor)))], [contracts]);
  // the caller's equipment: under the contract typed, or under any contract of the company
  const contractNo = Form.useWatch(["caller", "contractNo"], form);
  const chosenContract = contracts.find((item) => item.contractNo.toUpperCase() === (contractNo ?? "").trim().toUpperCase());
  const equipment = (chosenContract ? [chosenContract] : contracts).flatMap((item) => item.equipment.map((e) => ({ ...e, contractNo: item.contractNo })));
  const today = dayjs().format("YYYY-MM-DD");
  const expiredOn = chosenContract?.endsOn && chosenContract.endsOn < today ? chosenContract.endsOn : null;
  const pickEquipment = (id: string | undefined) => {
    const picked = equipment.find((item) => item.id === id);
    if (!picked) return;
    // the case keeps the equipment itself; its model opens the subject when none is typed yet
    form.setFieldsValue({ vendor: picked.vendor, caller: { ...form.getFieldValue("caller"), contractNo: picked.contractNo } });
    if (!form.getFieldValue("subject")) form.setFieldValue("subject", `${picked.model}：`);
  };

  useEffect(() => {
    if (!contact || filledFor.current === contact.id) return;
    filledFor.current = contact.id;
    form.setFieldsValue({
      caller: {
        name: contact.name,
        company: contact.customerName ?? undefined,
        email: form.getFieldValue(["caller", "email"]) || contact.email || undefined,
        address: contact.address ?? undefined,
        contractNo: contracts.length === 1 ? contracts[0]!.contractNo : form.getFieldValue(["caller", "contractNo"]),
      },
      ...(vendors.length === 1 && !form.getFieldValue("vendor") ? { vendor: vendors[0] } : {}),
    });
  }, [contact, contracts, vendors, form]);

  // opened from a call's screen-pop: the caller's number (the look-up fills the rest), channel phone
  useEffect(() => {
    if (open && initialPhone) form.setFieldsValue({ channel: "phone", caller: { phone: initialPhone } });
  }, [open, initialPhone, form]);

  // a contact without an address of its own is reached at the company's
  useEffect(() => {
    if (!contact || contact.address || customer.data?.id !== contact.customerId) return;
    if (!form.getFieldValue(["caller", "address"]) && customer.data.address) form.setFieldValue(["caller", "address"], customer.data.address);
  }, [contact, customer.data, form]);

  const reset = () => {
    form.resetFields();
    setError(null);
    setContactId(null);
    filledFor.current = null;
  };

  const submit = async (values: Values) => {
    setError(null);
    const caller = Object.fromEntries(Object.entries(values.caller).filter(([, value]) => value !== undefined && value !== "")) as Values["caller"];
    const body: Record<string, unknown> = {
      subject: values.subject, description: values.description || undefined, channel: values.channel, vendor: values.vendor,
      caseType: values.caseType, faultLevel: values.faultLevel, ...(values.priority ? { priority: values.priority } : {}), caller,
      ...(values.equipmentId ? { equipmentId: values.equipmentId } : {}),
    };
    try {
      const created = await write.mutateAsync({ path: "/cases", body });
      void message.success({ content: <span>{t("created")} <Link to={`/cases/${created.number}`}>{created.number}</Link></span> });
      onCreated?.(created);
      reset();
      onClose();
    } catch (caught) {
      setError(applyProblemToForm(form, caught));
    }
  };

  const required = [{ required: true, message: t("form.required") }];
  const lookupStatus = lookup.isFetching
    ? <Typography.Text type="secondary">{t("form.lookingUp")}</Typography.Text>
    : lookup.data && contacts.length === 0
      ? <Typography.Text type="warning">{t("form.notFound")}</Typography.Text>
      : contact
        ? <Typography.Text type="success">{t("form.found", { name: contact.name, company: contact.customerName ?? "" })}</Typography.Text>
        : <Typography.Text type="secondary">{t("form.phoneHint")}</Typography.Text>;

  return (
    <Drawer
      title={t("newCase")}
      open={open}
      onClose={onClose}
      size={560}
      styles={{ body: { paddingTop: 8 } }}
      extra={<Button type="primary" onClick={() => form.submit()} loading={write.isPending}>{t("form.submit")}</Button>}
    >
      {error && <Alert type="error" showIcon role="alert" message={error} style={{ marginBottom: 12 }} />}
      <Form form={form} layout="vertical" onFinish={submit} initialValues={{ channel: "phone", faultLevel: "S3", caller: {} }} requiredMark>
        <Form.Item name="channel" label={t("form.channel")}>
          <Radio.Group optionType="button" options={(["phone", "email", "web", "fax"] as const).map((value) => ({ value, label: tc(`channel.${value}`) }))} />
        </Form.Item>
        <fieldset style={{ border: 0, padding: 0, margin: 0 }}>
          <legend style={{ fontWeight: 600, marginBottom: 8 }}>{t("form.section.caller")}</legend>
          <Form.Item name={["caller", "phone"]} label={t("form.phone")} extra={<span aria-live="polite">{lookupStatus}</span>}>
            <Input inputMode="tel" autoComplete="off" maxLength={40} autoFocus />
          </Form.Item>
          {contacts.length > 1 && (
            <Form.Item label={t("form.pickContact")}>
              <Select
                value={contact?.id}
                onChange={(value) => { setContactId(value); filledFor.current = null; }}
                options={contacts.map((item) => ({ value: item.id, label: `${item.name}（${item.customerName ?? ""}）` }))}
              />
            </Form.Item>
          )}
          <Form.Item name={["caller", "name"]} label={t("form.name")} rules={required}><Input maxLength={200} /></Form.Item>
          <Form.Item name={["caller", "company"]} label={t("form.company")}><Input maxLength={200} /></Form.Item>
          <Form.Item name={["caller", "email"]} label={t("form.email")}><Input type="email" maxLength={254} /></Form.Item>
          <Form.Item name={["caller", "address"]} label={t("form.address")}><Input maxLength={500} /></Form.Item>
          <Form.Item name={["caller", "contractNo"]} label={t("form.contractNo")}>
            <AutoComplete options={contracts.map((item) => ({ value: item.contractNo, label: `${item.contractNo}${item.title ? ` · ${item.title}` : ""}` }))} maxLength={64} />
          </Form.Item>
          {expiredOn && <Alert type="warning" showIcon role="alert" message={t("form.contractExpired", { date: expiredOn })} style={{ marginBottom: 12 }} />}
          {equipment.length > 0 && (
            <Form.Item name="equipmentId" label={t("form.equipment")} extra={t("form.equipmentHint")}>
              <Select allowClear showSearch optionFilterProp="label" onChange={pickEquipment} placeholder={t("form.equipmentNone")}
                options={equipment.map((item) => ({ value: item.id, label: `${vendorName(item.vendor)} ${item.model}${item.serial ? ` · ${item.serial}` : ""}（${item.contractNo}）` }))} />
            </Form.Item>
          )}
        </fieldset>
        <fieldset style={{ border: 0, padding: 0, margin: 0 }}>
          <legend style={{ fontWeight: 600, marginBottom: 8 }}>{t("form.section.problem")}</legend>
          <Form.Item name="subject" label={t("form.subject")} rules={required}><Input maxLength={500} /></Form.Item>
          <Form.Item name="description" label={t("form.description")}><Input.TextArea rows={3} maxLength={50000} /></Form.Item>
          <Form.Item name="faultLevel" label={t("form.faultLevel")}>
            <Radio.Group options={FAULT_LEVELS.map((value) => ({ value, label: tc(`faultLevel.${value}`) }))} />
          </Form.Item>
          <Space wrap style={{ width: "100%" }}>
            <Form.Item name="vendor" label={t("form.vendor")} rules={required}>
              <ListSelect kind="vendors" first={vendors} style={{ minWidth: 160 }} />
            </Form.Item>
            <Form.Item name="caseType" label={t("form.caseType")} rules={required}>
              <ListSelect kind="case-types" style={{ minWidth: 160 }} />
            </Form.Item>
            <Form.Item name="priority" label={t("form.priority")}>
              <Select allowClear placeholder={t("form.priorityDefault")} style={{ minWidth: 140 }} options={(["P1", "P2", "P3", "P4"] as const).map((value) => ({ value, label: tc(`priority.${value}`) }))} />
            </Form.Item>
          </Space>
        </fieldset>
      </Form>
    </Drawer>
  );
}
