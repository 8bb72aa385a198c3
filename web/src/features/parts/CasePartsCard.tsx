import { Alert, App, Button, Card, Form, Input, InputNumber, List, Modal, Select, Space, Tag, Typography } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import { applyProblemToForm, errorText } from "../../api/form-errors";
import type { Case } from "../../api/types";
import { useCaseParts, useParts, usePartsWrite, useSuggestions, type Reservation } from "./parts.api";
import { partsNs } from "./parts.i18n";
import { SerialInput } from "./SerialScanner";

const STATE_COLOR: Record<Reservation["status"], string> = { reserved: "gold", issued: "green", released: "default" };
type Dialog = { kind: "issue" | "faulty" | "rma"; reservation: Reservation };

function ReserveForm({ found }: { found: Case }) {
  const { t } = useTranslation([partsNs, "common"]);
  const { message } = App.useApp();
  const [form] = Form.useForm<{ partId?: string; depotId?: string; quantity: number }>();
  const partId = Form.useWatch("partId", form);
  const parts = useParts();
  const suggestions = useSuggestions(found.id, partId);
  const write = usePartsWrite();
  const [error, setError] = useState<string | null>(null);
  const submit = async (values: { partId?: string; depotId?: string; quantity: number }) => {
    setError(null);
    try {
      await write.mutateAsync({ path: `/cases/${found.id}/parts`, body: { partId: values.partId, quantity: values.quantity, ...(values.depotId ? { depotId: values.depotId } : {}) } });
      void message.success(t("reserveDone"));
      form.resetFields();
    } catch (failure) {
      setError(applyProblemToForm(form, failure));
    }
  };
  return (
    <Form form={form} name="reserve-part" layout="vertical" onFinish={submit} initialValues={{ quantity: 1 }} aria-label={t("reserve")}>
      {error && <Alert type="error" showIcon role="alert" title={error} style={{ marginBottom: 8 }} />}
      <Form.Item name="partId" label={t("part")} rules={[{ required: true, message: t("required") }]}>
        <Select showSearch optionFilterProp="label" loading={parts.isLoading}
          options={(parts.data?.items ?? []).map((p) => ({ value: p.id, label: `${p.partNumber} · ${p.description}` }))} />
      </Form.Item>
      {partId && (
        <Form.Item name="depotId" label={t("depot")} extra={suggestions.data && suggestions.data.items.length === 0 ? t("noStock") : undefined}>
          <Select allowClear placeholder={t("autoDepot")} options={(suggestions.data?.items ?? []).map((s) => ({
            value: s.depotId,
            label: `${s.depotName} · ${t("available", { n: s.available })}${s.isCaseSite ? ` · ${t("caseSite")}` : s.isCustomerDepot ? ` · ${t("customerDepot")}` : ""}`,
          }))} />
        </Form.Item>
      )}
      <Form.Item name="quantity" label={t("quantity")} rules={[{ required: true, message: t("required") }]}>
        <InputNumber min={1} max={1000} precision={0} />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={write.isPending}>{t("reserve")}</Button>
    </Form>
  );
}

function StepDialog({ found, dialog, onClose }: { found: Case; dialog: Dialog; onClose: () => void }) {
  const { t } = useTranslation([partsNs, "common"]);
  const { message } = App.useApp();
  const write = usePartsWrite();
  const [form] = Form.useForm<Record<string, string>>();
  const [error, setError] = useState<string | null>(null);
  const { reservation } = dialog;
  const units = reservation.isSerialised ? Array.from({ length: reservation.quantity }, (_, i) => i) : [];
  const submit = async (values: Record<string, string>) => {
    const serials = units.map((i) => values[`serial${i}`]?.trim() ?? "");
    try {
      if (dialog.kind === "issue") await write.mutateAsync({ path: `/cases/${found.id}/parts/${reservation.id}/issue`, body: reservation.isSerialised ? { serials } : {} });
      if (dialog.kind === "faulty") await write.mutateAsync({ path: `/cases/${found.id}/parts/${reservation.id}/return-faulty`, body: { ...(reservation.isSerialised ? { serials } : {}), ...(values.note ? { note: values.note } : {}) } });
      if (dialog.kind === "rma") {
        const rma = (await write.mutateAsync({ path: `/cases/${found.id}/rmas`, body: { partId: reservation.partId, faultySerial: values.faultySerial, vendor: values.vendor, faultDescription: values.faultDescription, warrantyTerm: values.warrantyTerm } })) as { number: string };
        void message.success(t("rmaDone", { number: rma.number }));
      } else void message.success(t(dialog.kind === "issue" ? "issueDone" : "faultyDone"));
      onClose();
    } catch (failure) {
      setError(applyProblemToForm(form, failure, Object.fromEntries(units.map((i) => [`serials.${i}`, `serial${i}`]))));
    }
  };
  const title = t(dialog.kind === "issue" ? "issue" : dialog.kind === "faulty" ? "returnFaulty" : "openRma");
  const required = [{ required: true, whitespace: true, message: t("required") }];
  return (
    <Modal open title={`${title} · ${reservation.partNumber ?? ""}`} okText={title} cancelText={t("common:cancel")} confirmLoading={write.isPending} onCancel={onClose} onOk={() => form.submit()} destroyOnHidden>
      {error && <Alert type="error" showIcon role="alert" title={error} style={{ marginBottom: 12 }} />}
      <Form form={form} name={`part-${dialog.kind}`} layout="vertical" onFinish={submit} initialValues={{ vendor: found.vendor, warrantyTerm: "replace", faultySerial: reservation.faultySerials[0] ?? "" }}>
        {dialog.kind !== "rma" && units.map((i) => (
          <Form.Item key={i} name={`serial${i}`} label={t("serialN", { n: i + 1 })} rules={required}><SerialInput label={t("serialN", { n: i + 1 })} /></Form.Item>
        ))}
        {dialog.kind === "faulty" && <Form.Item name="note" label={t("note")}><Input maxLength={500} /></Form.Item>}
        {dialog.kind === "rma" && (
          <>
            <Form.Item name="faultySerial" label={t("faultySerial")} rules={required}><Input maxLength={100} /></Form.Item>
            <Form.Item name="vendor" label={t("vendor")} rules={required}><Input maxLength={100} /></Form.Item>
            <Form.Item name="faultDescription" label={t("faultDescription")} rules={required}><Input.TextArea rows={3} maxLength={20000} /></Form.Item>
            <Form.Item name="warrantyTerm" label={t("warrantyTerm")} rules={required}>
              <Select options={(["repair", "replace", "refund"] as const).map((term) => ({ value: term, label: t(`term.${term}`) }))} />
            </Form.Item>
          </>
        )}
      </Form>
    </Modal>
  );
}

/** The parts of a case: reserve (the case's site's depot first), issue with serials, release, return the faulty one, and request its RMA. */
export function CasePartsCard({ found }: { found: Case }) {
  const { t } = useTranslation([partsNs, "common"]);
  const { message } = App.useApp();
  const parts = useCaseParts(found.id);
  const write = usePartsWrite();
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const isOpen = found.status !== "closed";
  const release = async (reservation: Reservation) => {
    try {
      await write.mutateAsync({ path: `/cases/${found.id}/parts/${reservation.id}/release`, body: {} });
      void message.success(t("releaseDone"));
    } catch (failure) {
      void message.error(errorText(failure, t("common:networkError")));
    }
  };
  const items = parts.data?.items ?? [];
  return (
    <Card title={t("panel")} size="small" data-testid="case-parts"
      extra={items.some((r) => r.status === "reserved") ? <Link to={`/cases/${found.number}/issue-parts`}>{t("issueOnSite")}</Link> : null}>
      {parts.error && <Alert type="error" role="alert" title={errorText(parts.error, t("common:networkError"))} />}
      {items.length === 0 ? <Typography.Text type="secondary">{t("noParts")}</Typography.Text> : (
        <List size="small" dataSource={items} renderItem={(r) => (
          <List.Item data-testid="reservation" data-status={r.status} style={{ display: "block" }}>
            <Space wrap>
              <strong>{r.partNumber}</strong><span>{r.partDescription}</span><span>× {r.quantity}</span>
              <Tag color={STATE_COLOR[r.status]}>{t(`state.${r.status}`)}</Tag>
            </Space>
            <div><Typography.Text type="secondary">{t("depot")}{t("common:colon")}{r.depotName}</Typography.Text></div>
            {r.serials.length > 0 && <div>{t("serials", { list: r.serials.join(", ") })}</div>}
            {r.faultySerials.length > 0 && <div>{t("faulty", { list: r.faultySerials.join(", ") })}</div>}
            {isOpen && (
              <Space wrap style={{ marginTop: 4 }}>
                {r.status === "reserved" && <Button size="small" type="primary" onClick={() => setDialog({ kind: "issue", reservation: r })}>{t("issue")}</Button>}
                {r.status === "reserved" && <Button size="small" onClick={() => void release(r)}>{t("release")}</Button>}
                {r.status === "issued" && !r.faultyReturnedAt && <Button size="small" onClick={() => setDialog({ kind: "faulty", reservation: r })}>{t("returnFaulty")}</Button>}
                {r.status === "issued" && <Button size="small" onClick={() => setDialog({ kind: "rma", reservation: r })}>{t("openRma")}</Button>}
              </Space>
            )}
          </List.Item>
        )} />
      )}
      {isOpen && <details style={{ marginTop: 8 }}><summary>{t("reserve")}</summary><ReserveForm found={found} /></details>}
      {dialog && <StepDialog found={found} dialog={dialog} onClose={() => setDialog(null)} />}
    </Card>
  );
}
