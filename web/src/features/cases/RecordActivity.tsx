import { Alert, App, Button, Checkbox, Form, Input, InputNumber, Radio, Space, Tabs } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { applyProblemToForm } from "../../api/form-errors";
import type { ApiPath, Case } from "../../api/types";
import { useUser } from "../../app/auth";
import { useFormat } from "../../app/preferences";
import { canDo } from "./case-permissions";
import { useCaseWrite } from "./cases.api";
import { casesNs } from "./cases.i18n";

export type RecordTab = "note" | "call" | "remote" | "visit";

/** A date-time field in the user's time zone with a "now" button (one tap on a phone). */
function DateTimeInput({ value, onChange, id, nowLabel, nowName }: { value?: string; onChange?: (value: string) => void; id?: string; nowLabel: string; nowName: string }) {
  const format = useFormat();
  return (
    <Space.Compact style={{ width: "100%" }}>
      <Input id={id} type="datetime-local" value={value} onChange={(event) => onChange?.(event.target.value)} />
      {/* each "now" says which time it sets: a form has two or three of them */}
      <Button aria-label={nowName} onClick={() => onChange?.(format.inputValue(new Date()))}>{nowLabel}</Button>
    </Space.Compact>
  );
}

/**
 * Adds to the case's log: a note (public or internal), a call, a remote session or an on-site
 * visit (arrival, departure, work done). Times are typed in the user's time zone.
 */
export function RecordActivity({ found, defaultTab = "note" }: { found: Case; defaultTab?: RecordTab }) {
  const { t } = useTranslation(casesNs);
  const user = useUser();
  const format = useFormat();
  const { message } = App.useApp();
  const [tab, setTab] = useState<RecordTab>(defaultTab);
  const [error, setError] = useState<string | null>(null);
  const [form] = Form.useForm();
  const write = useCaseWrite();
  const canInternal = canDo(user, "note_internal", found);
  const canActivities = canDo(user, "log_activity", found);
  const isClosed = found.status === "closed";
  // a staff member's public note is e-mailed to a caller with an address, unless unticked
  const mailsCaller = user.role !== "customer" && Boolean(found.caller.email);
  const visibility = Form.useWatch("visibility", form) as string | undefined;

  const submit = async (values: Record<string, unknown>) => {
    setError(null);
    const at = (value: unknown) => (typeof value === "string" && value ? format.fromInput(value) : undefined);
    const visibility = (values.visibility as string) ?? "internal";
    let path: ApiPath<"post"> = `/cases/${found.id}/activities`;
    let body: Record<string, unknown>;
    if (tab === "note") {
      path = `/cases/${found.id}/notes`;
      body = { body: values.body, visibility, ...(mailsCaller && visibility === "public" ? { notifyCustomer: values.notifyCustomer !== false } : {}) };
    } else if (tab === "call") {
      body = { type: "call", direction: values.direction, number: values.number || null, durationSeconds: Math.round(Number(values.durationMinutes ?? 0) * 60), summary: values.summary, visibility };
    } else if (tab === "remote") {
      body = { type: "remote_session", tool: values.tool || null, startedAt: at(values.startedAt), endedAt: at(values.endedAt), summary: values.summary, visibility };
    } else {
      body = { type: "onsite_visit", arrivedAt: at(values.arrivedAt), departedAt: at(values.departedAt) ?? null, workDone: values.workDone, visibility };
    }
    try {
      await write.mutateAsync({ path, body });
      void message.success(t("saved"));
      form.resetFields();
    } catch (caught) {
      setError(applyProblemToForm(form, caught, { durationSeconds: "durationMinutes" }));
    }
  };

  const required = [{ required: true, message: t("form.required") }];
  const visibilityField = (
    <Form.Item name="visibility" label={t("visibility")}>
      <Radio.Group>
        <Radio value="internal" disabled={!canInternal}>{t("visibilityInternal")}</Radio>
        <Radio value="public">{t("visibilityPublic")}</Radio>
      </Radio.Group>
    </Form.Item>
  );
  const tabs: Array<{ key: RecordTab; label: string }> = [
    { key: "note", label: t("tab.note") },
    ...(canActivities && !isClosed ? [
      { key: "call" as const, label: t("tab.call") },
      { key: "remote" as const, label: t("tab.remote") },
      { key: "visit" as const, label: t("tab.visit") },
    ] : []),
  ];

  return (
    <section aria-labelledby="record-heading">
      <h2 id="record-heading" className="cd-visually-hidden">{t("recordTitle")}</h2>
      <Tabs activeKey={tab} onChange={(key) => { setTab(key as RecordTab); setError(null); form.resetFields(); }} items={tabs.map((item) => ({ key: item.key, label: item.label }))} />
      {error && <Alert type="error" showIcon message={error} role="alert" style={{ marginBottom: 12 }} />}
      <Form
        key={tab}
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={{ visibility: canInternal ? "internal" : "public", notifyCustomer: true, direction: "outbound", durationMinutes: 5, number: found.caller.phone ?? undefined }}
      >
        {tab === "note" && (
          <Form.Item name="body" label={t("noteBody")} rules={required}><Input.TextArea rows={3} maxLength={20000} /></Form.Item>
        )}
        {tab === "call" && (
          <>
            <Form.Item name="direction" label={t("callDirection")}>
              <Radio.Group options={[{ value: "inbound", label: t("field.direction.inbound") }, { value: "outbound", label: t("field.direction.outbound") }]} />
            </Form.Item>
            <Space wrap>
              <Form.Item name="number" label={t("callNumber")}><Input maxLength={40} inputMode="tel" /></Form.Item>
              <Form.Item name="durationMinutes" label={t("callMinutes")}><InputNumber min={0} max={1440} /></Form.Item>
            </Space>
            <Form.Item name="summary" label={t("summary")} rules={required}><Input.TextArea rows={3} maxLength={20000} /></Form.Item>
          </>
        )}
        {tab === "remote" && (
          <>
            <Form.Item name="tool" label={t("tool")}><Input maxLength={200} /></Form.Item>
            <Form.Item name="startedAt" label={t("startedAt")} rules={required}><DateTimeInput nowLabel={t("now")} nowName={t("nowFor", { field: t("startedAt") })} /></Form.Item>
            <Form.Item name="endedAt" label={t("endedAt")} rules={required}><DateTimeInput nowLabel={t("now")} nowName={t("nowFor", { field: t("endedAt") })} /></Form.Item>
            <Form.Item name="summary" label={t("summary")} rules={required}><Input.TextArea rows={3} maxLength={20000} /></Form.Item>
          </>
        )}
        {tab === "visit" && (
          <>
            <Form.Item name="arrivedAt" label={t("arrivedAt")} rules={required}><DateTimeInput nowLabel={t("now")} nowName={t("nowFor", { field: t("arrivedAt") })} /></Form.Item>
            <Form.Item name="departedAt" label={t("departedAt")}><DateTimeInput nowLabel={t("now")} nowName={t("nowFor", { field: t("departedAt") })} /></Form.Item>
            <Form.Item name="workDone" label={t("workDone")} rules={required}><Input.TextArea rows={4} maxLength={20000} /></Form.Item>
          </>
        )}
        {visibilityField}
        {tab === "note" && mailsCaller && visibility === "public" && (
          <Form.Item name="notifyCustomer" valuePropName="checked" extra={t("notifyCustomerHelp", { email: found.caller.email })}>
            <Checkbox>{t("notifyCustomer")}</Checkbox>
          </Form.Item>
        )}
        <Button type="primary" htmlType="submit" loading={write.isPending}>{t("record")}</Button>
      </Form>
    </section>
  );
}
