import { ArrowLeftOutlined } from "@ant-design/icons";
import { Alert, App, Button, Card, Form, Result, Skeleton, Space, Typography } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router-dom";
import { applyProblemToForm, errorText } from "../../api/form-errors";
import { useCase } from "../cases/cases.api";
import { useCaseParts, usePartsWrite, type Reservation } from "./parts.api";
import { partsNs } from "./parts.i18n";
import { SerialInput } from "./SerialScanner";

function IssueOne({ caseId, reservation }: { caseId: string; reservation: Reservation }) {
  const { t } = useTranslation([partsNs, "common"]);
  const { message } = App.useApp();
  const write = usePartsWrite();
  const [form] = Form.useForm<Record<string, string>>();
  const [error, setError] = useState<string | null>(null);
  const units = reservation.isSerialised ? Array.from({ length: reservation.quantity }, (_, i) => i) : [];
  const submit = async (values: Record<string, string>) => {
    setError(null);
    try {
      await write.mutateAsync({ path: `/cases/${caseId}/parts/${reservation.id}/issue`, body: reservation.isSerialised ? { serials: units.map((i) => values[`serial${i}`]?.trim() ?? "") } : {} });
      void message.success(t("issueDone"));
    } catch (failure) {
      setError(applyProblemToForm(form, failure, Object.fromEntries(units.map((i) => [`serials.${i}`, `serial${i}`]))));
    }
  };
  return (
    <Card size="small" data-testid="issue-on-site" title={<span style={{ whiteSpace: "normal" }}>{reservation.partNumber} · {reservation.partDescription} × {reservation.quantity}</span>}>
      <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>{t("depot")}{t("common:colon")}{reservation.depotName}</Typography.Paragraph>
      {error && <Alert type="error" showIcon role="alert" title={error} style={{ marginBottom: 8 }} />}
      <Form form={form} name={`issue-${reservation.id}`} layout="vertical" onFinish={submit}>
        {units.map((i) => (
          <Form.Item key={i} name={`serial${i}`} label={t("serialN", { n: i + 1 })} rules={[{ required: true, whitespace: true, message: t("required") }]}>
            <SerialInput label={t("serialN", { n: i + 1 })} />
          </Form.Item>
        ))}
        <Button type="primary" size="large" block htmlType="submit" loading={write.isPending}>{t("issue")}</Button>
      </Form>
    </Card>
  );
}

/** The engineer's phone view on site: each reserved part of the case, its serial typed or scanned, issued with one big button. */
export default function IssuePartsOnSite() {
  const { t } = useTranslation([partsNs, "common"]);
  const { id = "" } = useParams();
  const found = useCase(id);
  const parts = useCaseParts(found.data?.id);
  if (found.isLoading) return <Skeleton active />;
  if (found.error || !found.data) return <Alert type="error" role="alert" title={errorText(found.error, t("common:networkError"))} />;
  const reserved = (parts.data?.items ?? []).filter((r) => r.status === "reserved");
  return (
    <Space orientation="vertical" size="middle" style={{ width: "100%", maxWidth: 560 }}>
      <Link to={`/cases/${found.data.number}`}><ArrowLeftOutlined aria-hidden /> {t("backToCase")}</Link>
      <Typography.Title level={1} style={{ margin: 0, fontSize: 22 }}>{t("phoneTitle", { number: found.data.number })}</Typography.Title>
      <Typography.Text type="secondary">{t("phoneHint")}</Typography.Text>
      {parts.isLoading ? <Skeleton active /> : reserved.length === 0 ? <Result status="success" title={t("nothingReserved")} /> : reserved.map((r) => <IssueOne key={r.id} caseId={found.data!.id} reservation={r} />)}
    </Space>
  );
}
