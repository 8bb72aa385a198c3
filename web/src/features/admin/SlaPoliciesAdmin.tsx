import { DeleteOutlined, PlusOutlined } from "@ant-design/icons";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Alert, App, Button, Card, Checkbox, Flex, Form, Input, InputNumber, Modal, Select, Space, Table, Tag, Typography } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { api } from "../../api/client";
import { applyProblemToForm, errorText } from "../../api/form-errors";
import { CustomerSelect } from "../directory/pickers";
import { ns } from "./admin.i18n";
import type { CustomerDetail } from "../../api/types";
import { cleanStep, withoutPathPrefix, type CalendarRow, type Policy, type PolicyRow } from "./admin-api";

const LEVELS = ["S1", "S2", "S3", "S4"] as const;
const RECIPIENTS = ["assignee", "previous_assignee", "dispatcher", "expert", "manager"];
const CHANNELS = ["email", "sms", "inapp"];
const ACTIONS = ["remind", "alert", "reassign", "breach"];

type EditorValues = Policy & { recalculate?: boolean };

/** "PT1H30M" → "1 小时 30 分钟" / "1 h 30 min": an ISO 8601 duration as a person reads it (not understood: as written). */
function durationText(iso: string, language: string): string {
  const match = /^P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?)?$/.exec(iso);
  if (!match || iso === "P" || iso.endsWith("T")) return iso;
  const units = language === "en" ? ["d", "h", "min", "s"] : ["天", "小时", "分钟", "秒"];
  return match.slice(1).map((value, index) => (value ? `${value} ${units[index]}` : "")).filter(Boolean).join(" ");
}

/** "S1 1 小时/4 小时 · S2 …": response and resolution target per fault level. */
const targetsText = (policy: Policy, language: string) =>
  LEVELS.map((l) => `${l} ${durationText(policy.targets[l].response, language)}/${durationText(policy.targets[l].resolution, language)}`).join(" · ");

function PolicyEditor({ editing, onDone }: { editing: { row?: PolicyRow; definition: Policy }; onDone(): void }) {
  const { t } = useTranslation([ns, "common"]);
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<EditorValues>();
  const [formError, setFormError] = useState<string | null>(null);
  const calendars = useQuery({ queryKey: ["admin", "calendars"], queryFn: ({ signal }) => api.get<{ items: CalendarRow[] }>("/calendars", undefined, signal) });
  const save = useMutation({
    mutationFn: (values: EditorValues) => {
      const { recalculate, ...definition } = values;
      const body: Policy = {
        ...definition,
        responseLadder: definition.responseLadder.map(cleanStep),
        ...(editing.definition.responseLadderByLevel ? { responseLadderByLevel: editing.definition.responseLadderByLevel } : {}),
      };
      return editing.row
        ? api.put<PolicyRow>(`/sla-policies/${editing.row.id}`, { definition: body, recalculate: Boolean(recalculate) }, editing.row.version)
        : api.post<PolicyRow>("/sla-policies", body);
    },
    onSuccess: () => {
      void message.success(editing.row ? t("saved") : t("created"));
      void queryClient.invalidateQueries({ queryKey: ["admin", "sla-policies"] });
      onDone();
    },
    onError: (error) => setFormError(applyProblemToForm(form, editing.row ? withoutPathPrefix(error, "definition.") : error)),
  });

  const multi = (options: string[], group: "recipients" | "channelNames", label: string) => (
    <Select mode="multiple" aria-label={label} options={options.map((value) => ({ value, label: t(`${group}.${value}`) }))} />
  );

  return (
    <Card title={<Typography.Title level={2} style={{ margin: 0 }}>{editing.row ? `${t("editPolicy")} · ${editing.row.name}` : t("newPolicy")}</Typography.Title>}>
      {formError ? <Alert type="error" role="alert" showIcon title={formError} style={{ marginBottom: 12 }} /> : null}
      <Form<EditorValues> form={form} layout="vertical" initialValues={{ ...editing.definition, recalculate: false }} onFinish={(values) => { setFormError(null); save.mutate(values); }}>
        <Flex gap={12} wrap>
          <Form.Item name="name" label={t("name")} rules={[{ required: true, whitespace: true, message: t("name") }]} style={{ flex: "2 1 240px" }}>
            <Input maxLength={200} />
          </Form.Item>
          <Form.Item name="calendar" label={t("calendar")} style={{ flex: "1 1 200px" }}>
            <Select options={[{ value: "always", label: t("always") }, ...(calendars.data?.items ?? []).map((c) => ({ value: c.id, label: c.name }))]} />
          </Form.Item>
        </Flex>
        <Typography.Title level={3}>{t("targets")}</Typography.Title>
        <Typography.Paragraph type="secondary">{t("durationHelp")}</Typography.Paragraph>
        <div role="table" aria-label={t("targets")} style={{ maxWidth: 520 }}>
          <Flex role="row" gap={8} style={{ fontWeight: 600, marginBottom: 4 }}>
            <span role="columnheader" style={{ width: 48 }}>{t("level")}</span>
            <span role="columnheader" style={{ flex: 1 }}>{t("responseTarget")}</span>
            <span role="columnheader" style={{ flex: 1 }}>{t("resolutionTarget")}</span>
          </Flex>
          {LEVELS.map((level) => (
            <Flex role="row" gap={8} key={level} align="start">
              <span role="rowheader" style={{ width: 48, paddingTop: 5 }}>{level}</span>
              <Form.Item name={["targets", level, "response"]} style={{ flex: 1, marginBottom: 8 }} rules={[{ required: true, message: t("responseTarget") }]}>
                <Input aria-label={`${level} ${t("responseTarget")}`} maxLength={40} />
              </Form.Item>
              <Form.Item name={["targets", level, "resolution"]} style={{ flex: 1, marginBottom: 8 }} rules={[{ required: true, message: t("resolutionTarget") }]}>
                <Input aria-label={`${level} ${t("resolutionTarget")}`} maxLength={40} />
              </Form.Item>
            </Flex>
          ))}
        </div>

        <Typography.Title level={3}>{t("ladder")}</Typography.Title>
        <Form.List name="responseLadder">
          {(fields, { add, remove }) => (
            <Space orientation="vertical" style={{ width: "100%" }}>
              {fields.map((field, index) => (
                <Card size="small" key={field.key} styles={{ body: { paddingBottom: 0 } }}>
                  <Flex gap={8} wrap align="start">
                    <Form.Item name={[field.name, "after"]} label={t("after")} style={{ flex: "0 1 110px" }} rules={[{ required: true, message: t("after") }]}>
                      <Input aria-label={`${index + 1}. ${t("after")}`} maxLength={40} />
                    </Form.Item>
                    <Form.Item name={[field.name, "action"]} label={t("action")} style={{ flex: "0 1 140px", minWidth: 120 }}>
                      <Select aria-label={`${index + 1}. ${t("action")}`} options={ACTIONS.map((a) => ({ value: a, label: t(`actions_.${a}`) }))} />
                    </Form.Item>
                    <Form.Item noStyle shouldUpdate>
                      {() => {
                        const action = form.getFieldValue(["responseLadder", field.name, "action"]) as string;
                        if (action === "remind" || action === "alert") {
                          return (
                            <>
                              <Form.Item name={[field.name, "notify"]} label={t("notify")} style={{ flex: "1 1 200px" }}>{multi(RECIPIENTS, "recipients", `${index + 1}. ${t("notify")}`)}</Form.Item>
                              <Form.Item name={[field.name, "channels"]} label={t("channels")} style={{ flex: "1 1 160px" }}>{multi(CHANNELS, "channelNames", `${index + 1}. ${t("channels")}`)}</Form.Item>
                            </>
                          );
                        }
                        if (action === "reassign") {
                          return (
                            <Form.Item name={[field.name, "mode"]} label={t("mode")} style={{ flex: "1 1 160px" }}>
                              <Select aria-label={`${index + 1}. ${t("mode")}`} options={["auto", "manual"].map((m) => ({ value: m, label: t(`modes.${m}`) }))} />
                            </Form.Item>
                          );
                        }
                        return null;
                      }}
                    </Form.Item>
                    <Button aria-label={`${t("remove")} ${index + 1}`} icon={<DeleteOutlined />} onClick={() => remove(field.name)} style={{ marginTop: 30 }} />
                  </Flex>
                </Card>
              ))}
              <Button icon={<PlusOutlined />} onClick={() => add({ after: "PT1H", action: "remind", notify: ["assignee"], channels: ["email"], mode: "auto" })}>{t("addStep")}</Button>
            </Space>
          )}
        </Form.List>

        <Typography.Title level={3} style={{ marginTop: 16 }}>{t("warnings")}</Typography.Title>
        <Form.List name="resolutionWarnings">
          {(fields, { add, remove }) => (
            <Space orientation="vertical" style={{ width: "100%" }}>
              {fields.map((field, index) => (
                <Flex key={field.key} gap={8} wrap align="start">
                  <Form.Item name={[field.name, "atPercent"]} label={t("atPercent")} style={{ flex: "0 1 140px" }} rules={[{ required: true, message: t("atPercent") }]}>
                    <InputNumber aria-label={`${index + 1}. ${t("atPercent")}`} min={1} max={1000} suffix="%" style={{ width: "100%" }} />
                  </Form.Item>
                  <Form.Item name={[field.name, "notify"]} label={t("notify")} style={{ flex: "1 1 200px" }}>{multi(RECIPIENTS, "recipients", `${index + 1}. ${t("notify")}`)}</Form.Item>
                  <Form.Item name={[field.name, "channels"]} label={t("channels")} style={{ flex: "1 1 160px" }}>{multi(CHANNELS, "channelNames", `${index + 1}. ${t("channels")}`)}</Form.Item>
                  <Button aria-label={`${t("remove")} ${index + 1}`} icon={<DeleteOutlined />} onClick={() => remove(field.name)} style={{ marginTop: 30 }} />
                </Flex>
              ))}
              <Button icon={<PlusOutlined />} onClick={() => add({ atPercent: 100, notify: ["assignee"], channels: ["email"] })}>{t("addWarning")}</Button>
            </Space>
          )}
        </Form.List>

        {editing.row ? (
          <Form.Item name="recalculate" valuePropName="checked" style={{ marginTop: 16 }}>
            <Checkbox>{t("recalculate")}</Checkbox>
          </Form.Item>
        ) : null}
        <Flex gap={8} style={{ marginTop: 16 }}>
          <Button type="primary" htmlType="submit" loading={save.isPending}>{t("save")}</Button>
          <Button onClick={onDone}>{t("cancel")}</Button>
        </Flex>
      </Form>
    </Card>
  );
}

function BindDialog({ policy, onClose }: { policy: PolicyRow | null; onClose(): void }) {
  const { t } = useTranslation([ns, "common"]);
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<{ customerId?: string; contractId?: string | null; faultLevel?: string | null }>();
  const [formError, setFormError] = useState<string | null>(null);
  const customerId = Form.useWatch("customerId", form);
  const customer = useQuery({
    queryKey: ["admin", "customer", customerId],
    queryFn: ({ signal }) => api.get<CustomerDetail>(`/customers/${customerId}`, undefined, signal),
    enabled: Boolean(customerId),
  });
  const bind = useMutation({
    mutationFn: (values: { contractId?: string | null; faultLevel?: string | null }) =>
      api.post(`/sla-policies/${policy!.id}/bindings`, { contractId: values.contractId ?? null, faultLevel: values.faultLevel ?? null }),
    onSuccess: () => {
      void message.success(t("saved"));
      void queryClient.invalidateQueries({ queryKey: ["admin", "sla-policies"] });
      onClose();
    },
    onError: (error) => setFormError(applyProblemToForm(form, error)),
  });
  return (
    <Modal open={policy !== null} title={`${t("bindTitle")} · ${policy?.name ?? ""}`} onCancel={onClose} onOk={() => form.submit()} okText={t("save")} cancelText={t("cancel")} okButtonProps={{ loading: bind.isPending }} destroyOnHidden>
      {formError ? <Alert type="error" role="alert" title={formError} style={{ marginBottom: 12 }} /> : null}
      <Form form={form} layout="vertical" onFinish={(values) => { setFormError(null); bind.mutate(values); }}>
        <Form.Item name="customerId" label={t("customer")}>
          <CustomerSelect aria-label={t("customer")} />
        </Form.Item>
        <Form.Item name="contractId" label={t("contract")}>
          <Select allowClear aria-label={t("contract")} placeholder={t("anyContract")} options={(customer.data?.contracts ?? []).map((c) => ({ value: c.id, label: c.contractNo }))} />
        </Form.Item>
        <Form.Item name="faultLevel" label={t("faultLevel")}>
          <Select allowClear aria-label={t("faultLevel")} placeholder={t("anyLevel")} options={LEVELS.map((l) => ({ value: l, label: t(`common:faultLevel.${l}`) }))} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** Service-level policies: targets per fault level, the response ladder and resolution warnings, and what they apply to. */
export default function SlaPoliciesAdmin() {
  const { t, i18n } = useTranslation([ns, "common"]);
  const [editing, setEditing] = useState<{ row?: PolicyRow; definition: Policy } | null>(null);
  const [binding, setBinding] = useState<PolicyRow | null>(null);
  const policies = useQuery({ queryKey: ["admin", "sla-policies"], queryFn: ({ signal }) => api.get<{ items: PolicyRow[] }>("/sla-policies", undefined, signal) });
  const fallback = useQuery({ queryKey: ["admin", "sla-policies", "default"], queryFn: ({ signal }) => api.get<Policy>("/sla-policies/default", undefined, signal) });

  if (editing) return <PolicyEditor editing={editing} onDone={() => setEditing(null)} />;
  return (
    <Space orientation="vertical" size="middle" style={{ width: "100%" }}>
      <Flex justify="space-between" wrap gap={8}>
        <Typography.Title level={2} style={{ margin: 0 }}>{t("policies")}</Typography.Title>
        <Button type="primary" icon={<PlusOutlined />} disabled={!fallback.data} onClick={() => fallback.data && setEditing({ definition: { ...fallback.data, name: "" } })}>{t("newPolicy")}</Button>
      </Flex>
      {fallback.data ? <Alert type="info" showIcon title={t("builtInPolicy", { targets: targetsText(fallback.data, i18n.language) })} /> : null}
      {policies.error ? <Alert type="error" role="alert" title={errorText(policies.error, t("common:networkError"))} /> : null}
      <Table<PolicyRow>
        aria-label={t("policies")}
        rowKey="id" size="small" pagination={false} loading={policies.isLoading} scroll={{ x: 640 }}
        dataSource={policies.data?.items ?? []}
        locale={{ emptyText: t("empty") }}
        columns={[
          { title: t("name"), dataIndex: "name" },
          { title: t("version"), dataIndex: "version", width: 70 },
          { title: t("targets"), key: "targets", render: (_: unknown, p) => targetsText(p.definition, i18n.language) },
          { title: t("bindings"), key: "bindings", render: (_: unknown, p) => <Space wrap size={4}>{p.bindings.map((b) => <Tag key={b.id}>{b.contractId ? t("contract") : t("anyContract")} · {b.faultLevel ?? t("anyLevel")}</Tag>)}</Space> },
          {
            title: t("actions"), key: "actions", width: 180, render: (_: unknown, p) => (
              <Space>
                <Button size="small" onClick={() => setEditing({ row: p, definition: p.definition })} aria-label={`${t("edit")} ${p.name}`}>{t("edit")}</Button>
                <Button size="small" onClick={() => setBinding(p)} aria-label={`${t("bind")} ${p.name}`}>{t("bind")}</Button>
              </Space>
            ),
          },
        ]}
      />
      <BindDialog policy={binding} onClose={() => setBinding(null)} />
    </Space>
  );
}
