import { Card, Table, Tag, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { useFormat } from "../../app/preferences";
import { useRmas, type RmaListItem } from "./parts.api";
import "./parts.i18n";

const COLOR: Record<RmaListItem["status"], string> = { requested: "gold", vendor_approved: "blue", replacement_dispatched: "processing", faulty_returned: "cyan", closed: "green", rejected: "default" };

/** The customer's view of its case's RMAs: number, state and when it last moved (the public part only). */
export function PortalRmas({ caseId }: { caseId: string }) {
  const { t } = useTranslation("portal");
  const format = useFormat();
  const rmas = useRmas({ caseId });
  const items = rmas.data?.items ?? [];
  if (items.length === 0) return null;
  return (
    <Card size="small" title={<Typography.Title level={2} style={{ margin: 0 }}>{t("rmas")}</Typography.Title>}>
      <Table<RmaListItem> size="small" rowKey="id" dataSource={items} pagination={false}
        columns={[
          { title: t("rmaNumber"), dataIndex: "number" },
          { title: t("rmaState"), dataIndex: "status", render: (status: RmaListItem["status"]) => <Tag color={COLOR[status]} data-testid="portal-rma-status">{t(`rmaStatus.${status}`)}</Tag> },
          { title: t("rmaUpdated"), dataIndex: "updatedAt", render: (at: string) => format.dateTime(at) },
        ]} />
    </Card>
  );
}
