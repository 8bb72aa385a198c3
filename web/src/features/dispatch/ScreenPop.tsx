import { CloseOutlined, PhoneOutlined, PlusOutlined } from "@ant-design/icons";
import { Alert, App, Button, Card, List, Space, Tag, Typography } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import { errorText } from "../../api/form-errors";
import { FaultLevelTag, StatusTag } from "../cases/CaseTags";
import { dispatchNs } from "./dispatch.i18n";
import { useActiveCalls, useLinkCall, type ScreenPop } from "./telephony.api";

/**
 * One call as a card: the caller's number, contact and company, contracts and open cases (links),
 * "new case" (the new-case form with the number filled in; the call is linked once it is opened)
 * and "add to this case" for each open case.
 */
export function ScreenPopCard({ pop, onNewCase, onDismiss }: { pop: ScreenPop; onNewCase: (pop: ScreenPop) => void; onDismiss?: () => void }) {
  const { t } = useTranslation(dispatchNs);
  const { t: tc } = useTranslation();
  const { message } = App.useApp();
  const link = useLinkCall();
  const [error, setError] = useState<string | null>(null);
  const { call, caller, linkedCase } = pop;
  const number = call.number ?? call.from;
  const contact = caller.contacts[0];
  const openCases = caller.companies.flatMap((company) => company.openCases);
  const contracts = caller.companies.flatMap((company) => company.contracts);

  const addTo = async (caseId: string, caseNumber: string) => {
    setError(null);
    try {
      await link.mutateAsync({ callId: call.callId, caseId });
      void message.success(t("pop.linked", { number: caseNumber }));
    } catch (caught) {
      setError(errorText(caught, tc("networkError")));
    }
  };

  return (
    <Card
      size="small"
      role="region"
      aria-label={t("pop.aria", { number })}
      data-testid="screen-pop"
      title={<Space><PhoneOutlined aria-hidden /><span>{number}</span><Tag color={call.status === "ringing" ? "red" : "blue"}>{t(`pop.status.${call.status}`, { defaultValue: call.status })}</Tag></Space>}
      extra={onDismiss ? <Button type="text" size="small" icon={<CloseOutlined aria-hidden />} aria-label={t("pop.dismiss")} onClick={onDismiss} /> : null}
      style={{ width: 360, maxWidth: "calc(100vw - 32px)", boxShadow: "0 6px 16px rgba(0,0,0,0.15)" }}
    >
      <Space direction="vertical" size={4} style={{ width: "100%" }}>
        {contact ? (
          <Typography.Text strong>{contact.name}{contact.title ? ` · ${contact.title}` : ""}</Typography.Text>
        ) : (
          <Typography.Text type="warning">{t("pop.unknownCaller")}</Typography.Text>
        )}
        {caller.companies.map((company) => <Typography.Text key={company.id}>{company.name}</Typography.Text>)}
        {contracts.length > 0 && (
          <Typography.Text type="secondary">{t("pop.contracts")}{tc("colon")}{contracts.map((item) => item.contractNo + (item.title ? ` (${item.title})` : "")).join(tc("listSeparator"))}</Typography.Text>
        )}
        {call.extension && <Typography.Text type="secondary">{t("pop.extension", { extension: call.extension })}</Typography.Text>}
        {linkedCase && (
          <Typography.Text>{t("pop.linkedTo")} <Link to={`/cases/${linkedCase.number}`}>{linkedCase.number}</Link></Typography.Text>
        )}
        {error && <Alert type="error" showIcon role="alert" title={error} />}
        <Typography.Text strong>{t("pop.openCases", { count: openCases.length })}</Typography.Text>
        {openCases.length > 0 && (
          <List
            size="small"
            dataSource={openCases}
            style={{ maxHeight: 200, overflowY: "auto" }}
            renderItem={(item) => (
              <List.Item
                actions={linkedCase ? undefined : [
                  <Button key="add" size="small" onClick={() => void addTo(item.id, item.number)} loading={link.isPending && link.variables?.caseId === item.id}
                    aria-label={t("pop.addToCaseAria", { number: item.number })}>
                    {t("pop.addToCase")}
                  </Button>,
                ]}
              >
                <Space direction="vertical" size={0} style={{ minWidth: 0 }}>
                  <Space size={4} wrap><Link to={`/cases/${item.number}`}>{item.number}</Link><FaultLevelTag level={item.faultLevel} /><StatusTag status={item.status} /></Space>
                  <Typography.Text ellipsis={{ tooltip: item.subject }} style={{ maxWidth: 220 }}>{item.subject}</Typography.Text>
                </Space>
              </List.Item>
            )}
          />
        )}
        {!linkedCase && (
          <Button type="primary" block icon={<PlusOutlined aria-hidden />} onClick={() => onNewCase(pop)}>{t("pop.newCase")}</Button>
        )}
      </Space>
    </Card>
  );
}

/**
 * The calls ringing or in progress, as cards in the bottom right corner of the console. They come
 * and go with the PBX's events (the live stream's `call` topic refreshes them); a dismissed card
 * stays away until that call is gone.
 */
export function ScreenPops({ onNewCase }: { onNewCase: (pop: ScreenPop) => void }) {
  const active = useActiveCalls();
  const [dismissed, setDismissed] = useState<ReadonlySet<string>>(new Set());
  const shown = (active.data?.items ?? []).filter((pop) => !dismissed.has(pop.call.callId));
  if (shown.length === 0) return null;
  return (
    <div aria-live="polite" style={{ position: "fixed", right: 16, bottom: 16, zIndex: 900, display: "flex", flexDirection: "column", gap: 8, maxHeight: "calc(100vh - 96px)", overflowY: "auto" }}>
      {shown.slice(0, 3).map((pop) => (
        <ScreenPopCard key={pop.call.callId} pop={pop} onNewCase={onNewCase} onDismiss={() => setDismissed((previous) => new Set([...previous, pop.call.callId]))} />
      ))}
    </div>
  );
}
