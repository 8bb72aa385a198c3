import { Alert, App, Button, Form, Input, InputNumber, Select, Space, Table, Typography, Upload } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { api } from "../../api/client";
import { applyProblemToForm, errorText } from "../../api/form-errors";
import { useFormat } from "../../app/preferences";
import { useDepots, useLowStock, useMovements, useParts, usePartsWrite, type LowStockItem, type Movement } from "../parts/parts.api";
import { rmaNs } from "./rma.i18n";

type MovementValues = { type: "receive" | "transfer" | "adjust" | "scrap"; partId: string; depotId: string; toDepotId?: string; quantity: number; serials?: string; reason?: string };

function NewMovement() {
  const { t } = useTranslation([rmaNs, "common"]);
  const { message } = App.useApp();
  const [form] = Form.useForm<MovementValues>();
  const type = Form.useWatch("type", form);
  const parts = useParts();
  const depots = useDepots();
  const write = usePartsWrite();
  const [error, setError] = useState<string | null>(null);
  const depotOptions = (depots.data?.items ?? []).map((d) => ({ value: d.id, label: d.name }));
  const submit = async ({ serials, ...values }: MovementValues) => {
    setError(null);
    const list = (serials ?? "").split(/[\s,，;；]+/).map((s) => s.trim()).filter(Boolean);
    try {
      await write.mutateAsync({ path: "/stock-movements", body: { ...Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined && v !== "")), ...(list.length ? { serials: list } : {}) } });
      void message.success(t("saved"));
      form.resetFields(["serials", "quantity", "reason"]);
    } catch (failure) {
      setError(applyProblemToForm(form, failure));
    }
  };
  return (
    <details><summary>{t("newMovement")}</summary>
      <Form form={form} name="new-movement" layout="vertical" onFinish={submit} initialValues={{ type: "receive", quantity: 1 }} style={{ maxWidth: 520, marginTop: 8 }}>
        {error && <Alert type="error" showIcon role="alert" title={error} style={{ marginBottom: 8 }} />}
        <Form.Item name="type" label={t("col.type")}><Select options={(["receive", "transfer", "adjust", "scrap"] as const).map((v) => ({ value: v, label: t(`movementType.${v}`) }))} /></Form.Item>
        <Form.Item name="partId" label={t("col.part")} rules={[{ required: true, message: t("page.required") }]}>
          <Select showSearch optionFilterProp="label" options={(parts.data?.items ?? []).map((p) => ({ value: p.id, label: `${p.partNumber} · ${p.description}` }))} />
        </Form.Item>
        <Form.Item name="depotId" label={t("col.depot")} rules={[{ required: true, message: t("page.required") }]}><Select options={depotOptions} /></Form.Item>
        {type === "transfer" && <Form.Item name="toDepotId" label={t("col.toDepot")} rules={[{ required: true, message: t("page.required") }]}><Select options={depotOptions} /></Form.Item>}
        <Form.Item name="quantity" label={t("col.quantity")}><InputNumber min={type === "adjust" ? -100000 : 1} max={100000} precision={0} /></Form.Item>
        <Form.Item name="serials" label={t("col.serials")} extra={t("serialsHint")}><Input.TextArea rows={2} /></Form.Item>
        {(type === "adjust" || type === "scrap") && <Form.Item name="reason" label={t("col.reason")} rules={[{ required: true, whitespace: true, message: t("page.required") }]}><Input maxLength={500} /></Form.Item>}
        <Button type="primary" htmlType="submit" loading={write.isPending}>{t("save")}</Button>
      </Form>
    </details>
  );
}

/** The append-only movement ledger, newest first, with transfers in transit confirmed on arrival. */
export function MovementsTab() {
  const { t } = useTranslation([rmaNs, "common"]);
  const format = useFormat();
  const movements = useMovements({});
  const write = usePartsWrite();
  const arrived = new Set((movements.data?.items ?? []).filter((m) => m.type === "transfer_arrived").map((m) => m.transferId));
  return (
    <Space orientation="vertical" style={{ width: "100%" }}>
      <NewMovement />
      {movements.error && <Alert type="error" role="alert" title={errorText(movements.error, t("common:networkError"))} />}
      <Table<Movement> size="small" rowKey="id" loading={movements.isLoading} dataSource={movements.data?.items ?? []} pagination={{ pageSize: 50 }} scroll={{ x: 1000 }}
        columns={[
          { title: t("col.at"), dataIndex: "at", render: (at: string) => format.dateTime(at) },
          { title: t("col.type"), dataIndex: "type", render: (type: Movement["type"]) => t(`movementType.${type}`) },
          { title: t("col.part"), render: (_, m) => `${m.partNumber ?? ""} ${m.partDescription ?? ""}` },
          { title: t("col.depot"), render: (_, m) => [m.depotName, m.toDepotName].filter(Boolean).join(" → ") },
          { title: t("col.quantity"), dataIndex: "quantity", align: "right" },
          { title: t("col.serials"), render: (_, m) => m.serials.join(", ") },
          { title: t("col.reason"), dataIndex: "reason" },
          { title: t("col.actor"), dataIndex: "actorName" },
          { title: "", render: (_, m) => m.type === "transfer" && !arrived.has(m.transferId) ? <Button size="small" onClick={() => void write.mutateAsync({ path: `/stock-movements/${m.id}/arrive`, body: {} })}>{t("arrive")}</Button> : null },
        ]} />
    </Space>
  );
}

/** Every depot and part below its minimum, with where to replenish it from. */
export function LowStockTab() {
  const { t } = useTranslation([rmaNs, "common"]);
  const low = useLowStock();
  return (
    <Table<LowStockItem> size="small" rowKey={(r) => `${r.depotId}:${r.partId}`} loading={low.isLoading} dataSource={low.data?.items ?? []} pagination={false} scroll={{ x: 800 }}
      columns={[
        { title: t("col.depot"), dataIndex: "depotName" },
        { title: t("col.partNumber"), dataIndex: "partNumber" },
        { title: t("col.description"), dataIndex: "description" },
        { title: t("col.available"), dataIndex: "available", align: "right" },
        { title: t("col.minLevel"), dataIndex: "minLevel", align: "right" },
        { title: t("col.shortBy"), dataIndex: "shortBy", align: "right" },
        { title: t("col.suggestion"), render: (_, r) => t(`suggestion.${r.suggestion.source}`, { n: r.suggestion.quantity, depot: r.suggestion.depotName, vendor: r.suggestion.vendor }) },
      ]} />
  );
}

type Report = { dryRun: boolean; applied: boolean; created: number; updated: number; unchanged: number; issues: { line: number | null; message: string }[] };

/** The catalogue import: check the file first, then apply it. */
export function ImportTab() {
  const { t } = useTranslation([rmaNs, "common"]);
  const [file, setFile] = useState<File | null>(null);
  const [report, setReport] = useState<Report | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const send = async (dryRun: boolean) => {
    if (!file) return;
    const form = new FormData();
    form.append("file", file);
    setBusy(true);
    setError(null);
    try {
      setReport(await api.upload<Report>("/parts/import", form, undefined, { dryRun: String(dryRun) }));
    } catch (failure) {
      setError(errorText(failure, t("common:networkError")));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Space orientation="vertical" style={{ width: "100%", maxWidth: 720 }}>
      <Typography.Paragraph>{t("import.hint")}</Typography.Paragraph>
      <Upload accept=".xlsx,.csv" maxCount={1} beforeUpload={(f) => { setFile(f); setReport(null); return false; }} onRemove={() => setFile(null)}>
        <Button>{t("col.part")} (.xlsx / .csv)</Button>
      </Upload>
      <Space>
        <Button disabled={!file} loading={busy} onClick={() => void send(true)}>{t("import.check")}</Button>
        <Button type="primary" disabled={!file || !report || report.issues.length > 0} loading={busy} onClick={() => void send(false)}>{t("import.apply")}</Button>
      </Space>
      {error && <Alert type="error" role="alert" title={error} />}
      {report && <Alert type={report.issues.length ? "warning" : "success"} title={t("import.result", report)}
        description={report.issues.map((i, n) => <div key={n}>{i.line ? `${t("import.line", { line: i.line })}: ` : ""}{i.message}</div>)} />}
    </Space>
  );
}
