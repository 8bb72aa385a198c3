import { PlusOutlined } from "@ant-design/icons";
import { Alert, App, Badge, Button, Card, Space, Table, Typography } from "antd";
import type { ColumnsType } from "antd/es/table";
import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import { errorText } from "../../api/form-errors";
import type { Case, OnDutyUser, RunningClock } from "../../api/types";
import { useFormat } from "../../app/preferences";
import { OPEN_STATUSES } from "../cases/case-permissions";
import { FaultLevelTag, StatusTag } from "../cases/CaseTags";
import { boardClock, remainingMs } from "../cases/clock";
import { useCaseList, useRunningClocks } from "../cases/cases.api";
import { ResponseClock } from "../cases/ResponseClock";
import { useNow } from "../cases/use-now";
import { AssignControl } from "./AssignControl";
import { useOnDuty } from "./dispatch.api";
import { dispatchNs } from "./dispatch.i18n";
import { NewCaseDrawer } from "./NewCaseDrawer";
import { OnDutyPanel } from "./OnDutyPanel";
import { ScreenPops } from "./ScreenPop";
import { useLinkCall, type ScreenPop } from "./telephony.api";
import { UnverifiedCallers } from "./UnverifiedCallers";

/** How often the board asks again until the live stream tells it what changed. */
export const BOARD_REFRESH_MS = 10_000;

type Row = { found: Case; clock: RunningClock | undefined; remaining: number };

function BoardTable({ rows, engineers, caption }: { rows: Row[]; engineers: OnDutyUser[]; caption: string }) {
  const { t } = useTranslation(dispatchNs);
  const format = useFormat();
  const columns: ColumnsType<Row> = [
    {
      title: t("column.clock"), key: "clock", width: 184,
      render: (_, row) => (row.clock ? <ResponseClock clock={row.clock} showMetric compact /> : "—"),
    },
    {
      title: t("column.number"), key: "number", width: 130,
      render: (_, row) => <Link to={`/cases/${row.found.number}`}>{row.found.number}</Link>,
    },
    { title: t("column.level"), key: "level", width: 56, render: (_, row) => <FaultLevelTag level={row.found.faultLevel} /> },
    {
      title: t("column.subject"), key: "subject", ellipsis: { showTitle: true },
      render: (_, row) => row.found.subject,
    },
    { title: t("column.customer"), key: "customer", width: 140, ellipsis: true, render: (_, row) => row.found.customerName ?? row.found.caller.company ?? row.found.caller.name },
    { title: t("column.status"), key: "status", width: 124, render: (_, row) => <StatusTag status={row.found.status} /> },
    { title: t("column.assignee"), key: "assignee", width: 80, render: (_, row) => row.found.assigneeName ?? "—" },
    { title: t("column.createdAt"), key: "createdAt", width: 96, render: (_, row) => <time dateTime={row.found.createdAt} title={format.dateTime(row.found.createdAt)}>{format.dateTime(row.found.createdAt).slice(5)}</time> },
    { title: t("column.assign"), key: "assign", width: 200, render: (_, row) => <AssignControl found={row.found} engineers={engineers} /> },
  ];
  return (
    <Table<Row>
      size="small"
      rowKey={(row) => row.found.id}
      columns={columns}
      dataSource={rows}
      pagination={false}
      scroll={{ x: 1120 }}
      locale={{ emptyText: t("empty") }}
      aria-label={caption}
    />
  );
}

/**
 * The dispatcher's live board: cases waiting for an engineer, every open case with its response
 * clock counting down (most urgent first), the engineers on duty with their load, and the
 * new-case form with caller look-up. It refreshes every 10 seconds; clocks tick every second.
 */
export default function DispatchConsole() {
  const { t } = useTranslation(dispatchNs);
  const { t: tc } = useTranslation();
  const format = useFormat();
  // the order of the board moves slowly; each clock ticks every second by itself
  const now = useNow(10_000);
  const [creating, setCreating] = useState(false);
  const { message } = App.useApp();
  // the call whose screen-pop opened the new-case form: put on the case once it is opened
  const [fromCall, setFromCall] = useState<ScreenPop | null>(null);
  const link = useLinkCall();
  const newCaseFromCall = (pop: ScreenPop) => {
    setFromCall(pop);
    setCreating(true);
  };
  const linkCreated = (created: Case) => {
    if (!fromCall) return;
    link.mutate({ callId: fromCall.call.callId, caseId: created.id }, {
      onError: (error) => void message.error(t("pop.linkFailed", { error: errorText(error, tc("networkError")) })),
    });
  };
  const cases = useCaseList({ status: OPEN_STATUSES, limit: 200, sort: "-createdAt" }, { refetchInterval: BOARD_REFRESH_MS });
  const ids = useMemo(() => (cases.data?.items ?? []).map((item) => item.id), [cases.data]);
  const clocks = useRunningClocks(ids, { refetchInterval: BOARD_REFRESH_MS });
  const onDuty = useOnDuty({ refetchInterval: BOARD_REFRESH_MS * 3 });
  const engineers = onDuty.data?.items ?? [];

  const rows = useMemo(() => {
    const byCase = new Map<string, RunningClock[]>();
    for (const clock of clocks.data ?? []) byCase.set(clock.caseId, [...(byCase.get(clock.caseId) ?? []), clock]);
    return (cases.data?.items ?? []).map((found) => {
      const clock = boardClock(byCase.get(found.id) ?? []);
      return { found, clock, remaining: clock ? remainingMs(clock, now) ?? Infinity : Infinity };
    });
  }, [cases.data, clocks.data, now]);
  const byUrgency = (a: Row, b: Row) => a.remaining - b.remaining;
  const unassigned = rows.filter((row) => row.found.status === "new" || !row.found.assigneeId).sort(byUrgency);
  const working = rows.filter((row) => row.found.status !== "new" && row.found.assigneeId).sort(byUrgency);

  return (
    <Space direction="vertical" size="middle" style={{ width: "100%" }}>
      <div style={{ display: "flex", flexWrap: "wrap", gap: 8, alignItems: "center", justifyContent: "space-between" }}>
        <Typography.Title level={1} style={{ margin: 0 }}>{t("title")}</Typography.Title>
        <Space wrap>
          {cases.dataUpdatedAt > 0 && <Typography.Text type="secondary" aria-live="off">{t("updatedAt", { time: format.dateTimeSeconds(new Date(cases.dataUpdatedAt)).slice(11) })}</Typography.Text>}
          <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => { setFromCall(null); setCreating(true); }}>{t("newCase")}</Button>
        </Space>
      </div>
      {cases.error && <Alert type="error" showIcon role="alert" message={errorText(cases.error, tc("networkError"))} />}
      <OnDutyPanel engineers={engineers} isLoading={onDuty.isLoading} />
      <UnverifiedCallers />
      <Space direction="vertical" size="middle" style={{ width: "100%" }}>
            <Card
              size="small"
              title={<Space><span id="board-unassigned">{t("unassigned")}</span><Badge count={unassigned.length} showZero color={unassigned.length > 0 ? "#a8071a" : "#8c8c8c"} /></Space>}
              loading={cases.isLoading}
            >
              <BoardTable rows={unassigned} engineers={engineers} caption={t("unassigned")} />
            </Card>
            <Card
              size="small"
              title={<Space><span>{t("openCases")}</span><Badge count={working.length} showZero color="#1661ab" overflowCount={999} /></Space>}
              loading={cases.isLoading}
            >
              <BoardTable rows={working} engineers={engineers} caption={t("openCases")} />
            </Card>
      </Space>
      <NewCaseDrawer
        open={creating}
        phone={fromCall ? fromCall.call.number ?? fromCall.call.from : undefined}
        onClose={() => { setCreating(false); setFromCall(null); }}
        onCreated={linkCreated}
      />
      <ScreenPops onNewCase={newCaseFromCall} />
    </Space>
  );
}
