import { Badge, Card, Empty, List, Space, Tag, Typography } from "antd";
import { useTranslation } from "react-i18next";
import type { OnDutyUser } from "../../api/types";
import { useFormat } from "../../app/preferences";
import { dispatchNs } from "./dispatch.i18n";

const loadColour = (load: number) => (load >= 6 ? "#a8071a" : load >= 3 ? "#a35d00" : "#237804");

/** Who is on duty now and how many open cases each holds. */
export function OnDutyPanel({ engineers, isLoading }: { engineers: OnDutyUser[]; isLoading: boolean }) {
  const { t } = useTranslation(dispatchNs);
  const format = useFormat();
  const sorted = [...engineers].sort((a, b) => a.openCaseLoad - b.openCaseLoad);
  return (
    <Card title={t("onDuty")} size="small" loading={isLoading}>
      {sorted.length === 0 ? (
        <Empty description={t("noneOnDuty")} />
      ) : (
        <List
          size="small"
          dataSource={sorted}
          renderItem={(engineer) => (
            <List.Item>
              <List.Item.Meta
                title={
                  <Space>
                    <span>{engineer.name}</span>
                    <Badge count={engineer.openCaseLoad} showZero color={loadColour(engineer.openCaseLoad)} aria-label={`${t("loadLabel")}: ${t("load", { count: engineer.openCaseLoad })}`} />
                  </Space>
                }
                description={
                  <Space wrap size={[4, 4]}>
                    {engineer.shift.shiftName && <Typography.Text type="secondary">{engineer.shift.shiftName}{engineer.shift.endsAt ? ` → ${format.time(engineer.shift.endsAt)}` : ""}</Typography.Text>}
                    {engineer.vendors.map((vendor) => <Tag key={vendor}>{vendor}</Tag>)}
                  </Space>
                }
              />
            </List.Item>
          )}
        />
      )}
    </Card>
  );
}
