import { ArrowLeftOutlined } from "@ant-design/icons";
import { Alert, App, Button, Card, Descriptions, Form, Input, Modal, Select, Skeleton, Space, Tag, Timeline, Typography } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router-dom";
import { ApiError } from "../../api/client";
import { applyProblemToForm, errorText } from "../../api/form-errors";
import { useFormat } from "../../app/preferences";
import { useDepots, useDepotSerials, usePart, usePartsWrite, useRma, useSuggestions, type Rma } from "../parts/parts.api";
import { rmaNs } from "./rma.i18n";
import { STATUS_COLOR } from "./RmaQueue";

type Step = "vendor_approved" | "replacement_dispatched" | "faulty_returned" | "closed" | "rejected";
// the server's steps (src/rma/rma.ts): what each state may move to
function nextSteps(rma: Rma): Step[] {
  switch (rma.status) {
    case "requested": return ["vendor_approved", "rejected"];
    case "vendor_approved": return rma.warrantyTerm === "refund" ? ["faulty_returned", "rejected"] : ["replacement_dispatched", "rejected"];
    case "replacement_dispatched": return ["faulty_returned"];
    case "faulty_returned": return ["closed"];
    default: return [];
  }
}
type Values = { vendorRmaNo?: string; trackingNo?: string; fromDepotId?: string; replacementSerial?: string; note?: string; receiveIntoDepotId?: string; receivedSerial?: string };

/** The replacement sent from a depot's stock: the depots that have the part available, and for a serialised part the serial leaving. */
function FromDepot({ rma, form }: { rma: Rma; form: ReturnType<typeof Form.useForm<Values>>[0] }) {
  const { t } = useTranslation([rmaNs, "common"]);
  const fromDepotId = Form.useWatch("fromDepotId", form);
  const part = usePart(rma.partId);
  const depots = useSuggestions(rma.caseId, rma.partId ?? undefined);
  const serials = useDepotSerials(part.data?.isSerialised ? fromDepotId : undefined, rma.partId ?? undefined);
  if (!rma.partId) return <Typography.Paragraph type="secondary">{t("page.noPartNoDepot")}</Typography.Paragraph>;
  return (
    <>
      <Form.Item name="fromDepotId" label={t("page.fromDepot")} extra={t("page.fromDepotHint")}>
        <Select allowClear showSearch optionFilterProp="label" loading={depots.isLoading} notFoundContent={t("page.noDepotHasIt")}
          onChange={() => form.setFieldValue("replacementSerial", undefined)}
          options={(depots.data?.items ?? []).map((d) => ({ value: d.depotId, label: `${d.depotName} · ${t("page.availableN", { n: d.available })}` }))} />
      </Form.Item>
      {fromDepotId && part.data?.isSerialised && (
        <Form.Item name="replacementSerial" label={t("page.replacementSerial")} rules={[{ required: true, message: t("page.required") }]}>
          <Select showSearch loading={serials.isLoading} options={(serials.data?.serials ?? []).map((serial) => ({ value: serial, label: serial }))} />
        </Form.Item>
      )}
    </>
  );
}

function StepDialog({ rma, step, onClose }: { rma: Rma; step: Step; onClose: () => void }) {
  const { t } = useTranslation([rmaNs, "common"]);
  const { message } = App.useApp();
  const write = usePartsWrite();
  const depots = useDepots();
  const [form] = Form.useForm<Values>();
  const [error, setError] = useState<string | null>(null);
  const required = [{ required: true, whitespace: true, message: t("page.required") }];
  const depotOptions = (depots.data?.items ?? []).map((d) => ({ value: d.id, label: d.name }));
  const mayReceive = (step === "closed" || step === "faulty_returned") && Boolean(rma.partId);
  const submit = async (values: Values) => {
    const { receivedSerial, ...rest } = values;
    const body = { to: step, version: rma.version, ...Object.fromEntries(Object.entries(rest).filter(([, v]) => typeof v === "string" && v.trim())), ...(receivedSerial?.trim() ? { receivedSerials: [receivedSerial.trim()] } : {}) };
    try {
      await write.mutateAsync({ path: `/rmas/${rma.id}/advance`, body });
      void message.success(t("page.done"));
      onClose();
    } catch (failure) {
      if (failure instanceof ApiError && failure.code === "version_conflict") setError(t("page.stale"));
      else setError(applyProblemToForm(form, failure, { "receivedSerials.0": "receivedSerial" }));
    }
  };
  return (
    <Modal open title={`${t(`step.${step}`)} · ${rma.number}`} okText={t(`step.${step}`)} cancelText={t("common:cancel")} okButtonProps={{ danger: step === "rejected" }}
      confirmLoading={write.isPending} onCancel={onClose} onOk={() => form.submit()} destroyOnHidden>
      {error && <Alert type="error" showIcon role="alert" title={error} style={{ marginBottom: 12 }} />}
      <Form form={form} name="rma-step" layout="vertical" onFinish={submit}>
        {step === "vendor_approved" && <Form.Item name="vendorRmaNo" label={t("page.vendorRmaNo")} rules={required}><Input maxLength={100} /></Form.Item>}
        {(step === "replacement_dispatched" || step === "faulty_returned") && <Form.Item name="trackingNo" label={t("page.trackingNo")}><Input maxLength={100} /></Form.Item>}
        {step === "replacement_dispatched" && <FromDepot rma={rma} form={form} />}
        {mayReceive && <Form.Item name="receiveIntoDepotId" label={t("page.receiveInto")}><Select allowClear showSearch optionFilterProp="label" options={depotOptions} /></Form.Item>}
        {mayReceive && <Form.Item name="receivedSerial" label={t("page.receivedSerial")}><Input maxLength={100} /></Form.Item>}
        <Form.Item name="note" label={t("page.note")} rules={step === "rejected" ? required : []}><Input.TextArea rows={2} maxLength={500} /></Form.Item>
      </Form>
    </Modal>
  );
}

/** One RMA: the faulty item, its warranty (三包), the vendor's numbers and tracking, its history, and its next step. */
export default function RmaPage() {
  const { t } = useTranslation([rmaNs, "common"]);
  const format = useFormat();
  const { id = "" } = useParams();
  const found = useRma(id);
  const [step, setStep] = useState<Step | null>(null);
  if (found.isLoading) return <Skeleton active />;
  if (found.error || !found.data) return <Alert type="error" role="alert" title={errorText(found.error, t("common:networkError"))} />;
  const rma = found.data;
  const warranty = rma.isUnderWarranty ? t("page.underWarranty", { basis: t(`page.basis.${rma.warrantyBasis}`), date: rma.warrantyEndsOn ?? "" }) : t("page.outOfWarranty");
  return (
    <Space orientation="vertical" size="middle" style={{ width: "100%" }}>
      <Link to="/rma"><ArrowLeftOutlined aria-hidden /> {t("page.back")}</Link>
      <Typography.Title level={1} style={{ margin: 0 }}>{rma.number}</Typography.Title>
      <Space wrap>
        <Tag color={STATUS_COLOR[rma.status]} data-testid="rma-status">{t(`status.${rma.status}`)}</Tag>
        {rma.isLate && <Tag color="red">{t("late")}</Tag>}
        <Link to={`/cases/${rma.caseNumber}`}>{t("page.caseLink", { number: rma.caseNumber })}</Link>
      </Space>
      <Card size="small">
        <Descriptions size="small" column={{ xs: 1, sm: 2 }}>
          <Descriptions.Item label={t("col.part")}>{[rma.partNumber, rma.partDescription].filter(Boolean).join(" · ") || "—"}</Descriptions.Item>
          <Descriptions.Item label={t("page.faultySerial")}>{rma.faultySerial}</Descriptions.Item>
          <Descriptions.Item label={t("col.vendor")}>{rma.vendor}</Descriptions.Item>
          <Descriptions.Item label={t("page.term")}>{t(`term.${rma.warrantyTerm}`)}</Descriptions.Item>
          <Descriptions.Item label={t("page.warranty")}>{warranty}</Descriptions.Item>
          <Descriptions.Item label={t("col.due")}>{rma.stepDueAt ? format.dateTime(rma.stepDueAt) : t("noDue")}</Descriptions.Item>
          <Descriptions.Item label={t("page.vendorRmaNo")}>{rma.vendorRmaNo ?? "—"}</Descriptions.Item>
          <Descriptions.Item label={t("page.replacementTracking")}>{rma.replacementTrackingNo ?? "—"}</Descriptions.Item>
          <Descriptions.Item label={t("page.returnTracking")}>{rma.returnTrackingNo ?? "—"}</Descriptions.Item>
          <Descriptions.Item label={t("page.fault")} span={2}><span style={{ whiteSpace: "pre-wrap" }}>{rma.faultDescription}</span></Descriptions.Item>
        </Descriptions>
        <Space wrap style={{ marginTop: 8 }}>
          {nextSteps(rma).map((s) => <Button key={s} type={s === "rejected" ? "default" : "primary"} danger={s === "rejected"} onClick={() => setStep(s)}>{t(`step.${s}`)}</Button>)}
        </Space>
      </Card>
      <Card size="small" title={t("page.history")}>
        <Timeline items={(rma.events ?? []).map((e) => ({
          key: e.seq, color: e.kind === "late" ? "red" : "blue",
          children: (
            <div>
              <Typography.Text strong>{e.kind === "late" ? t("eventLate") : t(`status.${e.toStatus}`)}</Typography.Text>
              <Typography.Text type="secondary"> · {e.actorName ?? "casedesk"} · {format.dateTime(e.at)}</Typography.Text>
              {["vendorRmaNo", "trackingNo", "note"].filter((k) => e.data[k]).map((k) => <div key={k}>{String(e.data[k])}</div>)}
              {typeof e.data.fromDepotName === "string" && <div>{t("page.sentFrom", { depot: e.data.fromDepotName, serials: Array.isArray(e.data.serials) ? e.data.serials.join(", ") : "" })}</div>}
            </div>
          ),
        }))} />
      </Card>
      {step && <StepDialog rma={rma} step={step} onClose={() => setStep(null)} />}
    </Space>
  );
}
