import { EnvironmentOutlined, PhoneOutlined } from "@ant-design/icons";
import { Alert, App, Button, Card, Empty, List, Space, Typography } from "antd";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import { errorText } from "../../api/form-errors";
import type { Case, RunningClock } from "../../api/types";
import { useUser } from "../../app/auth";
import { canDo, OPEN_STATUSES } from "../cases/case-permissions";
import { FaultLevelTag, StatusTag } from "../cases/CaseTags";
import { boardClock, remainingMs } from "../cases/clock";
import { useCaseList, useCaseWrite, useRunningClocks } from "../cases/cases.api";
import { ResponseClock } from "../cases/ResponseClock";
import { useNow } from "../cases/use-now";
import { workspaceNs } from "./workspace.i18n";

const REFRESH_MS = 15_000;
const LEVEL_RANK = { S1: 0, S2: 1, S3: 2, S4: 3 } as const;

function CaseCard({ found, clock }: { found: Case; clock: RunningClock | undefined }) {
  const { t } = useTranslation(workspaceNs);
  const { t: tc } = useTranslation();
  const user = useUser();
  const { message } = App.useApp();
  const write = useCaseWrite<Record<string, unknown>, Case>();
  const respond = async () => {
    try {
      await write.mutateAsync({ path: `/cases/${found.id}/respond`, body: { version: found.version } });
      void message.success(t("responded", { number: found.number }));
    } catch (error) {
      void message.error(errorText(error, tc("networkError")));
    }
  };
  const needsResponse = found.status === "assigned" && canDo(user, "respond", found);
  return (
    <Card size="small" style={{ width: "100%" }} styles={{ body: { padding: 12 } }}>
      <Space direction="vertical" size={6} style={{ width: "100%" }}>
        <div style={{ display: "flex", flexWrap: "wrap", gap: 6, alignItems: "center", justifyContent: "space-between" }}>
          <Link to={`/cases/${found.number}`} style={{ fontWeight: 600, fontSize: 16 }}>{found.number}</Link>
          {clock && <ResponseClock clock={clock} showMetric />}
        </div>
        <Space wrap size={[4, 4]}>
          <FaultLevelTag level={found.faultLevel} />
          <StatusTag status={found.status} />
        </Space>
        <Typography.Text strong style={{ overflowWrap: "anywhere" }}>{found.subject}</Typography.Text>
        <Typography.Text type="secondary" style={{ overflowWrap: "anywhere" }}>
          {found.customerName ?? found.caller.company ?? ""} · {found.caller.name}
        </Typography.Text>
        {found.caller.address && (
          <Typography.Text type="secondary" style={{ overflowWrap: "anywhere" }}><EnvironmentOutlined aria-hidden /> {found.caller.address}</Typography.Text>
        )}
        <Space wrap>
          {needsResponse && <Button type="primary" onClick={respond} loading={write.isPending}>{t("respond")}</Button>}
          {found.caller.phone && (
            <Button href={`tel:${found.caller.phone}`} icon={<PhoneOutlined aria-hidden />} aria-label={t("call", { name: found.caller.name, phone: found.caller.phone })}>
              {found.caller.phone}
            </Button>
          )}
          <Link to={`/cases/${found.number}?record=visit`}><Button>{t("recordVisit")}</Button></Link>
        </Space>
      </Space>
    </Card>
  );
}

/**
 * The engineer's own open cases, most urgent first (the clock closest to lapsing, then the
 * fault level), laid out as cards that work on a phone: respond, call the customer, record an
 * on-site visit.
 */
export default function EngineerWorkspace() {
  const { t } = useTranslation(workspaceNs);
  const { t: tc } = useTranslation();
  const user = useUser();
  // the order of the board moves slowly; each clock ticks every second by itself
  const now = useNow(10_000);
  const cases = useCaseList({ assigneeId: user.id, status: OPEN_STATUSES.filter((status) => status !== "new"), limit: 200 }, { refetchInterval: REFRESH_MS });
  const ids = useMemo(() => (cases.data?.items ?? []).map((item) => item.id), [cases.data]);
  const clocks = useRunningClocks(ids, { refetchInterval: REFRESH_MS });
  const rows = useMemo(() => {
    const byCase = new Map<string, RunningClock[]>();
    for (const clock of clocks.data ?? []) byCase.set(clock.caseId, [...(byCase.get(clock.caseId) ?? []), clock]);
    return (cases.data?.items ?? [])
      .map((found) => {
        const clock = boardClock(byCase.get(found.id) ?? []);
        return { found, clock, remaining: clock ? remainingMs(clock, now) ?? Infinity : Infinity };
      })
      .sort((a, b) => a.remaining - b.remaining || LEVEL_RANK[a.found.faultLevel] - LEVEL_RANK[b.found.faultLevel]);
  }, [cases.data, clocks.data, now]);

  return (
    <Space direction="vertical" size="middle" style={{ width: "100%", maxWidth: 900 }}>
      <div>
        <Typography.Title level={1} style={{ margin: 0 }}>{t("title")}</Typography.Title>
        <Typography.Text type="secondary">{t("subtitle")} · {t("count", { count: rows.length })}</Typography.Text>
      </div>
      {cases.error && <Alert type="error" showIcon role="alert" message={errorText(cases.error, tc("networkError"))} />}
      <List
        loading={cases.isLoading}
        dataSource={rows}
        locale={{ emptyText: <Empty description={t("empty")} /> }}
        renderItem={(row) => (
          <List.Item style={{ padding: "6px 0", border: 0 }}>
            <CaseCard found={row.found} clock={row.clock} />
          </List.Item>
        )}
      />
    </Space>
  );
}
