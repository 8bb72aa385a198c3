import { ArrowLeftOutlined } from "@ant-design/icons";
import { Alert, Button, Card, Col, Descriptions, Empty, Row, Skeleton, Space, Typography } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate, useParams, useSearchParams } from "react-router-dom";
import { ApiError } from "../../api/client";
import { errorText } from "../../api/form-errors";
import type { Case, SlaClock } from "../../api/types";
import { useUser } from "../../app/auth";
import { useFormat } from "../../app/preferences";
import { ActivityTimeline } from "./ActivityTimeline";
import { canDo } from "./case-permissions";
import { CaseFiles } from "./CaseFiles";
import { CaseActions } from "./CaseActions";
import { FaultLevelTag, PriorityTag, StatusTag } from "./CaseTags";
import { RecordActivity } from "./RecordActivity";
import { ResponseClock } from "./ResponseClock";
import { useActivities, useCase, useCaseClocks, useCustomer, useVendorRequests } from "./cases.api";
import { VendorRequestsCard } from "./VendorRequestsCard";
import { CaseCcCard } from "./CaseCcCard";
import { CaseEditDialog } from "./CaseEditDialog";
import { useListNames } from "../lists/lists.api";
import { CasePartsCard } from "../parts/CasePartsCard";
import { casesNs } from "./cases.i18n";

const REFRESH_MS = 15_000;

/** Every running clock of the case, at the top where a phone shows it too. */
function RunningClocks({ clocks }: { clocks: SlaClock[] }) {
  const { t } = useTranslation(casesNs);
  const running = clocks.filter((clock) => clock.status !== "stopped");
  return (
    <section aria-label={t("clocks")} style={{ display: "flex", flexWrap: "wrap", gap: 8 }}>
      {running.length === 0 ? (
        <Typography.Text type="secondary">{t("noClocks")}</Typography.Text>
      ) : (
        running.map((clock) => <ResponseClock key={`${clock.metric}-${clock.cycle}`} clock={clock} showMetric size="large" />)
      )}
    </section>
  );
}

function CallerCard({ found }: { found: Case }) {
  const { t } = useTranslation(casesNs);
  const customer = useCustomer(found.customerId);
  const contract = customer.data?.contracts.find((item) => item.id === found.contractId);
  const caller = found.caller;
  return (
    <Card title={t("callerCard")} size="small">
      <Descriptions column={1} size="small">
        <Descriptions.Item label={t("caller")}>{caller.name}</Descriptions.Item>
        <Descriptions.Item label={t("company")}>{found.customerName ?? caller.company ?? "—"}</Descriptions.Item>
        <Descriptions.Item label={t("phone")}>{caller.phone ? <a href={`tel:${caller.phone}`}>{caller.phone}</a> : "—"}</Descriptions.Item>
        <Descriptions.Item label={t("email")}>{caller.email ? <a href={`mailto:${caller.email}`}>{caller.email}</a> : "—"}</Descriptions.Item>
        <Descriptions.Item label={t("address")}>{caller.address ?? "—"}</Descriptions.Item>
        <Descriptions.Item label={t("contract")}>{contract?.contractNo ?? caller.contractNo ?? t("noContract")}</Descriptions.Item>
        {contract && <Descriptions.Item label={t("serviceHours")}>{contract.serviceHours}</Descriptions.Item>}
        {contract?.targets[found.faultLevel] && (
          <Descriptions.Item label={t("contractTargets")}>
            {t("responseTarget", { minutes: contract.targets[found.faultLevel]!.responseMinutes })}{t("common:comma")}{t("resolutionTarget", { minutes: contract.targets[found.faultLevel]!.resolutionMinutes })}
          </Descriptions.Item>
        )}
        {contract?.equipment.some((item) => item.id === found.equipmentId) && (
          <Descriptions.Item label={t("caseEquipment")}>
            {contract.equipment.filter((item) => item.id === found.equipmentId).map((item) => `${item.vendor} ${item.model}${item.serial ? ` (${item.serial})` : ""}`)}
          </Descriptions.Item>
        )}
        {contract && contract.equipment.length > 0 && (
          <Descriptions.Item label={t("equipment")}>
            {contract.equipment.slice(0, 5).map((item) => `${item.vendor} ${item.model}${item.serial ? ` (${item.serial})` : ""}`).join(t("common:listSeparator"))}
          </Descriptions.Item>
        )}
      </Descriptions>
    </Card>
  );
}

/**
 * One case: number, status, fault level, priority and every running clock; the caller and the
 * contract; the actions the user may take; recording notes, calls, remote sessions and visits;
 * and the activity log as a filterable timeline.
 */
export default function CasePage() {
  const { t } = useTranslation(casesNs);
  const { t: tc } = useTranslation();
  const format = useFormat();
  const { id = "" } = useParams();
  const navigate = useNavigate();
  const [search] = useSearchParams();
  const recordTab = (["note", "call", "remote", "visit"] as const).find((tab) => tab === search.get("record"));
  const found = useCase(id, { refetchInterval: REFRESH_MS });
  const caseId = found.data?.id;
  const clocks = useCaseClocks(caseId, { refetchInterval: REFRESH_MS });
  const activities = useActivities(caseId, { refetchInterval: REFRESH_MS });
  const vendorRequests = useVendorRequests(caseId);
  const user = useUser();
  const { name: vendorName } = useListNames("vendors");
  const { name: caseTypeName } = useListNames("case-types");
  const [editing, setEditing] = useState(false);

  if (found.isLoading) return <Skeleton active />;
  if (found.error || !found.data) {
    const isMissing = found.error instanceof ApiError && found.error.status === 404;
    return <Alert type="error" showIcon role="alert" message={isMissing ? t("notFoundCase") : errorText(found.error, tc("networkError"))} />;
  }
  const c = found.data;
  return (
    <article aria-labelledby="case-heading" className="cd-case-page">
      <Space direction="vertical" size="middle" style={{ width: "100%" }}>
        <div>
          <Button type="link" icon={<ArrowLeftOutlined aria-hidden />} style={{ padding: 0 }} onClick={() => (window.history.length > 1 ? navigate(-1) : navigate("/"))}>
            {t("back")}
          </Button>
          <Typography.Title level={1} id="case-heading" style={{ margin: "8px 0 4px" }}>
            {t("caseTitle", { number: c.number })}
          </Typography.Title>
          <Space wrap size={[4, 4]}>
            <StatusTag status={c.status} />
            <FaultLevelTag level={c.faultLevel} long />
            <PriorityTag priority={c.priority} />
            {canDo(user, "update", c) ? <Button size="small" onClick={() => setEditing(true)}>{t("edit.open")}</Button> : null}
          </Space>
          {editing ? <CaseEditDialog found={c} onClose={() => setEditing(false)} /> : null}
          {c.contractExpired && <Alert type="warning" showIcon role="alert" style={{ marginTop: 8 }} message={t("contractExpired", { date: c.contractEndsOn })} />}
          <Typography.Paragraph strong style={{ margin: "8px 0", fontSize: 16 }}>{c.subject}</Typography.Paragraph>
          <RunningClocks clocks={clocks.data?.clocks ?? []} />
        </div>
        <CaseActions found={c} />
        <Row gutter={[16, 16]}>
          <Col xs={24} lg={16}>
            <Space direction="vertical" size="middle" style={{ width: "100%" }}>
              <Card size="small">
                <Descriptions size="small" column={{ xs: 1, sm: 2, lg: 3 }}>
                  <Descriptions.Item label={t("assignee")}>{c.assigneeName ?? <Typography.Text type="warning">{t("unassigned")}</Typography.Text>}</Descriptions.Item>
                  <Descriptions.Item label={t("channel")}>{tc(`channel.${c.channel}`)}</Descriptions.Item>
                  <Descriptions.Item label={t("vendor")}>{vendorName(c.vendor)}</Descriptions.Item>
                  <Descriptions.Item label={t("caseType")}>{caseTypeName(c.caseType)}</Descriptions.Item>
                  <Descriptions.Item label={t("createdAt")}>{format.dateTime(c.createdAt)}</Descriptions.Item>
                  <Descriptions.Item label={t("respondedAt")}>{format.dateTime(c.respondedAt)}</Descriptions.Item>
                  {c.resolvedAt && <Descriptions.Item label={t("resolvedAt")}>{format.dateTime(c.resolvedAt)}</Descriptions.Item>}
                  {c.closedAt && <Descriptions.Item label={t("closedAt")}>{format.dateTime(c.closedAt)}</Descriptions.Item>}
                </Descriptions>
                {c.description && (
                  <Typography.Paragraph style={{ whiteSpace: "pre-wrap", marginTop: 8, marginBottom: 0 }}>{c.description}</Typography.Paragraph>
                )}
                {c.resolution && (
                  <Typography.Paragraph style={{ whiteSpace: "pre-wrap", marginTop: 8, marginBottom: 0 }}>
                    <Typography.Text strong>{t("resolution")}{t("common:colon")}</Typography.Text>{c.resolution}
                  </Typography.Paragraph>
                )}
              </Card>
              <Card size="small"><RecordActivity found={c} defaultTab={recordTab} /></Card>
              <Card size="small">
                {activities.isLoading ? <Skeleton active /> : activities.error ? <Alert type="error" message={errorText(activities.error, tc("networkError"))} /> : activities.data && activities.data.length > 0 ? <ActivityTimeline entries={activities.data} /> : <Empty />}
              </Card>
            </Space>
          </Col>
          <Col xs={24} lg={8}>
            <Space direction="vertical" size="middle" style={{ width: "100%" }}>
              <CallerCard found={c} />
              {user.role !== "customer" ? <CaseCcCard found={c} canEdit={canDo(user, "update", c)} /> : null}
              <CaseFiles caseId={c.id} canUpload={canDo(user, "note_public", c)} isStaff={user.role !== "customer"} />
              <VendorRequestsCard found={c} requests={vendorRequests.data?.items ?? []} />
              <CasePartsCard found={c} />
            </Space>
          </Col>
        </Row>
      </Space>
    </article>
  );
}
