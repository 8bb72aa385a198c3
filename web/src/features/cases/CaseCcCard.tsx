import { DeleteOutlined } from "@ant-design/icons";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { App, Button, Card, List, Select, Space, Typography } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { api } from "../../api/client";
import { errorText } from "../../api/form-errors";
import type { Case, ResponseOf } from "../../api/types";
import { caseKeys, useCustomer } from "./cases.api";
import { casesNs } from "./cases.i18n";

type CcContact = ResponseOf<"/cases/{id}/cc", "get">["items"][number];

/**
 * The contacts of the case's company copied (CC) on the mail the case sends its caller: added
 * from the company's contacts, removed with a click; each change goes into the log.
 */
export function CaseCcCard({ found, canEdit }: { found: Case; canEdit: boolean }) {
  const { t } = useTranslation([casesNs, "common"]);
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const key = [...caseKeys.all, "cc", found.id] as const;
  const cc = useQuery({ queryKey: key, queryFn: ({ signal }) => api.get<{ items: CcContact[] }>(`/cases/${found.id}/cc`, undefined, signal) });
  const customer = useCustomer(found.customerId);
  const [picked, setPicked] = useState<string | undefined>();
  const refresh = () => Promise.all([queryClient.invalidateQueries({ queryKey: key }), queryClient.invalidateQueries({ queryKey: caseKeys.activities(found.id) })]);
  const add = useMutation({
    mutationFn: (contactId: string) => api.post(`/cases/${found.id}/cc`, { contactId }),
    onSuccess: async () => { setPicked(undefined); await refresh(); },
    onError: (error) => void message.error(errorText(error, t("common:networkError"))),
  });
  const remove = useMutation({
    mutationFn: (contactId: string) => api.delete(`/cases/${found.id}/cc/${contactId}`),
    // the row leaves at once rather than when the list comes back
    onSuccess: async (_, contactId) => {
      queryClient.setQueryData<{ items: CcContact[] }>(key, (old) => old && { items: old.items.filter((c) => c.contactId !== contactId) });
      await refresh();
    },
    onError: (error) => void message.error(errorText(error, t("common:networkError"))),
  });
  const copied = new Set((cc.data?.items ?? []).map((c) => c.contactId));
  const candidates = (customer.data?.contacts ?? []).filter((c) => !copied.has(c.id) && c.id !== found.contactId);
  return (
    <Card size="small" title={t("cc.title")} data-testid="case-cc">
      <List
        size="small"
        dataSource={cc.data?.items ?? []}
        locale={{ emptyText: <Typography.Text type="secondary">{t("cc.none")}</Typography.Text> }}
        renderItem={(item) => (
          <List.Item
            actions={canEdit ? [<Button key="remove" size="small" type="text" danger icon={<DeleteOutlined aria-hidden />} aria-label={t("cc.remove", { name: item.name })} loading={remove.isPending && remove.variables === item.contactId} onClick={() => remove.mutate(item.contactId)} />] : []}
          >
            <span>{item.name}{item.email ? <Typography.Text type="secondary"> · {item.email}</Typography.Text> : <Typography.Text type="warning"> · {t("cc.noEmail")}</Typography.Text>}</span>
          </List.Item>
        )}
      />
      {canEdit && found.customerId ? (
        <Space.Compact style={{ width: "100%", marginTop: 8 }}>
          <Select
            aria-label={t("cc.pick")} placeholder={t("cc.pick")} value={picked} onChange={setPicked} showSearch optionFilterProp="label" style={{ flex: 1 }}
            options={candidates.map((c) => ({ value: c.id, label: c.email ? `${c.name} · ${c.email}` : c.name }))}
          />
          <Button type="primary" disabled={!picked} loading={add.isPending} onClick={() => picked && add.mutate(picked)}>{t("cc.add")}</Button>
        </Space.Compact>
      ) : null}
    </Card>
  );
}
