import { PhoneOutlined } from "@ant-design/icons";
import { useQuery } from "@tanstack/react-query";
import { Alert, Button, Card, Flex, List, Segmented, Space, Tag, Typography } from "antd";
import dayjs from "dayjs";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useSearchParams } from "react-router-dom";
import { api } from "../../api/client";
import { errorText } from "../../api/form-errors";
import type { ResponseOf } from "../../api/types";
import { useUser } from "../../app/auth";
import { useFormat } from "../../app/preferences";
import { UserSelect } from "../directory/pickers";
import { CustomerPicker } from "./CustomerPicker";
import { callsNs } from "./calls.i18n";
import { LogCallDialog } from "./LogCallDialog";
import type { CallDue, ProactiveCall } from "./types";

const CALLERS = ["engineer", "expert", "dispatcher", "manager", "admin"] as const;
/** a follow-up is due on its day and after it */
const followUpDue = (call: ProactiveCall) => call.followUpOn !== null && call.followUpOn <= dayjs().format("YYYY-MM-DD");

function CallItem({ call }: { call: ProactiveCall }) {
  const { t } = useTranslation(callsNs);
  const format = useFormat();
  const due = followUpDue(call);
  return (
    <List.Item style={{ display: "block", paddingInline: 8, ...(due ? { background: "#fff1f0" } : {}) }}>
      <Flex justify="space-between" wrap gap={4}>
        <Typography.Text strong>
          <Link to={`?customerId=${call.customerId}`}>{call.customerName}</Link> · {call.contactName}
        </Typography.Text>
        <Space size={4} wrap>
          <Tag color={call.direction === "outbound" ? "blue" : "purple"}>{t(`directions.${call.direction}`)}</Tag>
          {call.followUpOn ? <Tag color={due ? "red" : "default"}>{t(due ? "followUpDue" : "followUp", { date: call.followUpOn })}</Tag> : null}
        </Space>
      </Flex>
      <Typography.Paragraph style={{ margin: "4px 0", whiteSpace: "pre-wrap", overflowWrap: "anywhere" }}>{call.summary}</Typography.Paragraph>
      <Typography.Text type="secondary">{format.dateTime(call.calledAt)} · {t("by", { name: call.engineerName ?? "—" })}</Typography.Text>
    </List.Item>
  );
}

function CallsDue({ filter, onLog }: { filter: { engineerId?: string; customerId?: string }; onLog(customerId: string): void }) {
  const { t } = useTranslation(callsNs);
  const format = useFormat();
  const due = useQuery({ queryKey: ["proactive-calls", "due", filter], queryFn: ({ signal }) => api.get<{ items: CallDue[] }>("/proactive-calls/due", filter, signal) });
  const items = due.data?.items ?? [];
  if (items.length === 0) return null;
  return (
    <Card size="small" title={<h2 style={{ margin: 0, fontSize: 16 }}>{t("dueTitle")}</h2>} aria-label={t("dueTitle")}>
      <Typography.Paragraph type="secondary" style={{ marginBottom: 4 }}>{t("dueHint")}</Typography.Paragraph>
      <List size="small" dataSource={items} renderItem={(item) => (
        <List.Item actions={[<Button key="log" size="small" icon={<PhoneOutlined />} onClick={() => onLog(item.customerId)} aria-label={`${t("callNow")} ${item.customerName}`}>{t("callNow")}</Button>]}>
          <Space size={4} wrap>
            <Typography.Text>{item.customerName}</Typography.Text>
            <Tag color={item.overdue ? "red" : "gold"}>{item.overdue ? `${t("overdue")} · ` : ""}{t("dueBy", { date: format.dateTime(item.dueAt) })}</Tag>
            {item.engineerName ? <Typography.Text type="secondary">{item.engineerName}</Typography.Text> : null}
          </Space>
        </List.Item>
      )} />
    </Card>
  );
}

/**
 * Proactive calls (R32): an engineer logs a call to a customer with no case; the calls are listed
 * per engineer (one's own by default) and per customer (`?customerId=`, reached from the customer's
 * page, the board and a job), follow-ups due in red, and the calls plans still wait for on top.
 */
export default function ProactiveCalls() {
  const { t } = useTranslation([callsNs, "common"]);
  const user = useUser();
  const [params, setParams] = useSearchParams();
  const [logging, setLogging] = useState<{ customerId?: string } | null>(null);
  const customerId = params.get("customerId") ?? undefined;
  const view = customerId || params.get("view") === "customer" ? "customer" : "engineer";
  const overseer = user.role === "manager" || user.role === "admin";
  const engineerParam = params.get("engineerId");
  const engineerId = engineerParam === "all" ? undefined : engineerParam ?? (overseer ? undefined : user.id);
  const calls = useQuery({
    queryKey: ["proactive-calls", view, view === "customer" ? customerId : engineerId],
    enabled: view === "engineer" || Boolean(customerId),
    queryFn: ({ signal }) => view === "customer"
      ? api.get<ResponseOf<"/customers/{id}/proactive-calls", "get">>(`/customers/${customerId}/proactive-calls`, undefined, signal)
      : api.get<ResponseOf<"/proactive-calls", "get">>("/proactive-calls", { engineerId, limit: 200 }, signal),
  });
  const items = calls.data?.items ?? [];
  const dueCount = items.filter(followUpDue).length;
  return (
    <Space orientation="vertical" size="middle" style={{ width: "100%", maxWidth: 1000, display: "flex" }}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={1} style={{ margin: 0 }}>{t("title")}</Typography.Title>
        <Button type="primary" icon={<PhoneOutlined />} onClick={() => setLogging({ customerId })}>{t("log")}</Button>
      </Flex>
      <CallsDue filter={view === "customer" ? { customerId } : { engineerId }} onLog={(id) => setLogging({ customerId: id })} />
      <Flex gap={8} wrap align="center">
        <Segmented value={view} onChange={(value) => setParams(value === "customer" ? { view: "customer" } : {}, { replace: true })}
          options={[{ value: "engineer", label: t("byEngineer") }, { value: "customer", label: t("byCustomer") }]} />
        <div style={{ flex: "1 1 220px", minWidth: 0, maxWidth: 360 }}>
          {view === "customer" ? (
            <CustomerPicker aria-label={t("customer")} placeholder={t("pickCustomer")} value={customerId}
              onChange={(id) => setParams(id ? { customerId: id } : { view: "customer" }, { replace: true })} />
          ) : (
            <UserSelect aria-label={t("engineer")} roles={[...CALLERS]} placeholder={t("everyone")} value={engineerId}
              onChange={(id) => setParams({ engineerId: id ?? "all" }, { replace: true })} />
          )}
        </div>
        {dueCount ? <Tag color="red">{t("followUpsDue", { count: dueCount })}</Tag> : null}
      </Flex>
      {calls.error ? <Alert type="error" role="alert" showIcon title={errorText(calls.error, t("common:networkError"))} /> : null}
      {view === "customer" && !customerId ? <Typography.Text type="secondary">{t("pickCustomer")}</Typography.Text> : (
        <List aria-label={t("title")} loading={calls.isLoading} dataSource={items} locale={{ emptyText: t("empty") }} pagination={items.length > 50 ? { pageSize: 50 } : false}
          renderItem={(call) => <CallItem call={call} />} />
      )}
      {logging ? <LogCallDialog customerId={logging.customerId} onClose={() => setLogging(null)} /> : null}
    </Space>
  );
}
