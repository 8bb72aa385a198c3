import { DeleteOutlined, PlusOutlined } from "@ant-design/icons";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Alert, App, Button, DatePicker, Flex, Form, Input, InputNumber, Modal, Select, Space, Typography } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { api } from "../../api/client";
import { applyProblemToForm } from "../../api/form-errors";
import { ns } from "./admin.i18n";
import type { CalendarRow, CustomerDetail } from "./admin-api";
import { masterDataNs } from "./master-data.i18n";
import { ListSelect } from "../lists/ListSelect";

const LEVELS = ["S1", "S2", "S3", "S4"] as const;
type Contract = CustomerDetail["contracts"][number];
type Targets = Partial<Record<(typeof LEVELS)[number], { responseMinutes?: number | null; resolutionMinutes?: number | null }>>;
type ContractForm = {
  contractNo: string; title?: string; dates?: [Dayjs | null, Dayjs | null] | null; serviceHours?: string; calendarId?: string | null;
  targets?: Targets; siteIds?: string[]; equipment?: Array<{ vendor: string; model: string; serial?: string; siteId?: string }>;
};

/** Both minutes of a level, or the level is left to the service-level policy. */
const cleanTargets = (targets: Targets = {}) => Object.fromEntries(LEVELS.flatMap((level) => {
  const target = targets[level];
  return target?.responseMinutes && target.resolutionMinutes ? [[level, { responseMinutes: target.responseMinutes, resolutionMinutes: target.resolutionMinutes }]] : [];
}));

/**
 * A new contract (with its sites and equipment), or an existing one's number, dates, business
 * calendar and per-level targets (PATCH with its version).
 */
export function ContractDialog({ open, customer, contract, onClose }: { open: boolean; customer: CustomerDetail; contract?: Contract; onClose(): void }) {
  const { t } = useTranslation([ns, "common"]);
  const { t: tm } = useTranslation(masterDataNs);
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<ContractForm>();
  const [formError, setFormError] = useState<string | null>(null);
  const calendars = useQuery({ queryKey: ["admin", "calendars"], queryFn: ({ signal }) => api.get<{ items: CalendarRow[] }>("/calendars", undefined, signal), enabled: open });
  const save = useMutation({
    mutationFn: (values: ContractForm) => {
      const terms = {
        contractNo: values.contractNo, title: values.title || null, serviceHours: values.serviceHours || undefined,
        startsOn: values.dates?.[0]?.format("YYYY-MM-DD") ?? null, endsOn: values.dates?.[1]?.format("YYYY-MM-DD") ?? null,
        calendarId: values.calendarId ?? null, targets: cleanTargets(values.targets),
      };
      if (contract) return api.patch(`/contracts/${contract.id}`, terms, contract.version);
      return api.post(`/customers/${customer.id}/contracts`, {
        ...terms, siteIds: values.siteIds ?? [],
        equipment: (values.equipment ?? []).map((e) => ({ vendor: e.vendor, model: e.model, serial: e.serial || null, siteId: e.siteId ?? null })),
      });
    },
    onSuccess: () => {
      void message.success(contract ? tm("saved") : t("created"));
      void queryClient.invalidateQueries({ queryKey: ["admin", "customer", customer.id] });
      onClose();
    },
    onError: (error) => setFormError(applyProblemToForm(form, error)),
  });
  const siteOptions = customer.sites.map((s) => ({ value: s.id, label: s.name }));
  const initialValues: Partial<ContractForm> = contract
    ? {
      contractNo: contract.contractNo, title: contract.title ?? undefined, serviceHours: contract.serviceHours, calendarId: contract.calendarId,
      dates: [contract.startsOn ? dayjs(contract.startsOn) : null, contract.endsOn ? dayjs(contract.endsOn) : null], targets: contract.targets,
    }
    : { serviceHours: "7x24", calendarId: null };
  return (
    <Modal open={open} title={contract ? tm("editContract") : t("newContract")} onCancel={onClose} onOk={() => form.submit()} okText={t("save")} cancelText={t("cancel")} okButtonProps={{ loading: save.isPending }} destroyOnHidden width={720}>
      {formError ? <Alert type="error" role="alert" title={formError} style={{ marginBottom: 12 }} /> : null}
      <Form<ContractForm> form={form} layout="vertical" preserve={false} initialValues={initialValues} onFinish={(values) => { setFormError(null); save.mutate(values); }}>
        <Flex gap={12} wrap>
          <Form.Item name="contractNo" label={t("contractNo")} rules={[{ required: true, whitespace: true, message: t("contractNo") }]} style={{ flex: "1 1 160px" }}><Input maxLength={64} /></Form.Item>
          <Form.Item name="title" label={t("contractTitle")} style={{ flex: "2 1 200px" }}><Input maxLength={500} /></Form.Item>
        </Flex>
        <Flex gap={12} wrap>
          <Form.Item name="dates" label={`${t("startsOn")} – ${t("endsOn")}`} style={{ flex: "2 1 240px" }}><DatePicker.RangePicker allowEmpty={[true, true]} style={{ width: "100%" }} /></Form.Item>
          <Form.Item name="serviceHours" label={t("serviceHours")} style={{ flex: "1 1 120px" }}><Input maxLength={64} /></Form.Item>
        </Flex>
        <Form.Item name="calendarId" label={tm("calendar")} extra={tm("calendarHint")}>
          <Select aria-label={tm("calendar")} loading={calendars.isLoading}
            options={[{ value: null, label: tm("policyCalendar") }, ...(calendars.data?.items ?? []).map((c) => ({ value: c.id, label: c.name }))]} />
        </Form.Item>
        <Typography.Text strong>{tm("targets")}</Typography.Text>
        <Flex gap={8} wrap style={{ marginTop: 8 }}>
          {LEVELS.map((level) => (
            <Space key={level} size={4} align="baseline">
              <Typography.Text>{level}</Typography.Text>
              <Form.Item name={["targets", level, "responseMinutes"]} style={{ marginBottom: 8 }}>
                <InputNumber min={1} max={525600} placeholder={tm("response")} aria-label={`${level} ${tm("response")}`} style={{ width: 96 }} />
              </Form.Item>
              <Form.Item name={["targets", level, "resolutionMinutes"]} style={{ marginBottom: 8 }}>
                <InputNumber min={1} max={525600} placeholder={tm("resolution")} aria-label={`${level} ${tm("resolution")}`} style={{ width: 96 }} />
              </Form.Item>
            </Space>
          ))}
        </Flex>
        {contract ? null : (
          <>
            <Form.Item name="siteIds" label={t("sites")}><Select mode="multiple" options={siteOptions} aria-label={t("sites")} /></Form.Item>
            <Typography.Text strong>{t("equipment")}</Typography.Text>
            <Form.List name="equipment">
              {(fields, { add, remove }) => (
                <Space orientation="vertical" style={{ width: "100%", marginTop: 8 }}>
                  {fields.map((field, index) => (
                    <Flex key={field.key} gap={8} wrap align="start">
                      <Form.Item name={[field.name, "vendor"]} rules={[{ required: true, message: t("vendor") }]} style={{ flex: "1 1 100px", marginBottom: 8 }}><ListSelect kind="vendors" placeholder={t("vendor")} aria-label={`${index + 1}. ${t("vendor")}`} /></Form.Item>
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
          </>
        )}
      </Form>
    </Modal>
  );
}
