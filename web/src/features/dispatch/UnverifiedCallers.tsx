import { MailOutlined } from "@ant-design/icons";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Alert, App, Badge, Button, Card, Form, List, Modal, Select, Space, Typography } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import { api } from "../../api/client";
import { errorText } from "../../api/form-errors";
import type { Page, ResponseOf } from "../../api/types";
import { useFormat } from "../../app/preferences";
import { useCustomer } from "../cases/cases.api";
import { CustomerSelect } from "../directory/pickers";
import { dispatchNs } from "./dispatch.i18n";

type Unverified = ResponseOf<"/intake/unverified-callers", "get">["items"][number];
const KEY = ["intake", "unverified-callers"] as const;

/** Confirms who wrote: a contact of a company, picked by company then name. */
function ConfirmDialog({ item, onClose }: { item: Unverified; onClose: () => void }) {
  const { t } = useTranslation(dispatchNs);
  const { t: tc } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [customerId, setCustomerId] = useState<string | undefined>();
  const [contactId, setContactId] = useState<string | undefined>();
  const customer = useCustomer(customerId);
  const confirm = useMutation({
    mutationFn: () => api.post(`/intake/unverified-callers/${item.caseId}/confirm`, { contactId }),
    onSuccess: () => {
      void message.success(t("unverified.confirmed", { number: item.caseNumber }));
      void queryClient.invalidateQueries({ queryKey: KEY });
      void queryClient.invalidateQueries({ predicate: (query) => query.queryKey.includes(item.caseId) || query.queryKey.includes(item.caseNumber) });
      onClose();
    },
  });
  return (
    <Modal open title={t("unverified.confirmTitle", { number: item.caseNumber })} onCancel={onClose} onOk={() => confirm.mutate()}
      okText={t("unverified.confirm")} okButtonProps={{ disabled: !contactId, loading: confirm.isPending }} destroyOnHidden>
      <Typography.Paragraph>{t("unverified.sender")}: {[item.name, item.email].filter(Boolean).join(" ")}</Typography.Paragraph>
      {confirm.error ? <Alert type="error" showIcon role="alert" title={errorText(confirm.error, tc("networkError"))} style={{ marginBottom: 12 }} /> : null}
      <Form layout="vertical">
        <Form.Item label={t("unverified.company")}>
          <CustomerSelect aria-label={t("unverified.company")} value={customerId} onChange={(value) => { setCustomerId(value); setContactId(undefined); }} />
        </Form.Item>
        <Form.Item label={t("unverified.contact")}>
          <Select aria-label={t("unverified.contact")} value={contactId} onChange={setContactId} disabled={!customer.data} loading={customer.isFetching}
            options={(customer.data?.contacts ?? []).map((c) => ({ value: c.id, label: [c.name, c.email].filter(Boolean).join(" · ") }))} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** The console's panel of cases opened by mail or fax from senders nobody has confirmed yet. */
export function UnverifiedCallers() {
  const { t } = useTranslation(dispatchNs);
  const { t: tc } = useTranslation();
  const format = useFormat();
  const [confirming, setConfirming] = useState<Unverified | null>(null);
  const list = useQuery({
    queryKey: KEY,
    queryFn: ({ signal }) => api.get<Page<Unverified>>("/intake/unverified-callers", { limit: 50 }, signal),
    refetchInterval: 60_000,
  });
  const items = list.data?.items ?? [];
  if (!list.error && items.length === 0) return null;
  return (
    <Card size="small" title={<Space><MailOutlined aria-hidden /><span>{t("unverified.title")}</span><Badge count={items.length} color="#d48806" /></Space>}>
      {list.error ? <Alert type="error" showIcon title={errorText(list.error, tc("networkError"))} /> : null}
      <List
        size="small"
        dataSource={items}
        renderItem={(item) => (
          <List.Item actions={[<Button key="confirm" size="small" onClick={() => setConfirming(item)}>{t("unverified.confirm")}</Button>]}>
            <List.Item.Meta
              title={<Space wrap size={4}><Link to={`/cases/${item.caseNumber}`}>{item.caseNumber}</Link><span>{item.caseSubject}</span></Space>}
              description={<span>{[item.name, item.email].filter(Boolean).join(" · ")} · {tc(`channel.${item.channel}`, { defaultValue: item.channel })} · {format.dateTime(item.createdAt)}</span>}
            />
          </List.Item>
        )}
      />
      {confirming ? <ConfirmDialog item={confirming} onClose={() => setConfirming(null)} /> : null}
    </Card>
  );
}
