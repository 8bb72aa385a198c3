import { Badge, Card, Empty, Space, Tag, Typography } from "antd";
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
        <Empty description={t("noneOnDuty")} image={Empty.PRESENTED_IMAGE_SIMPLE} />
      ) : (
        <ul style={{ listStyle: "none", margin: 0, padding: 0, display: "flex", flexWrap: "wrap", gap: 8 }}>
          {sorted.map((engineer) => (
            <li key={engineer.id} style={{ border: "1px solid #f0f0f0", borderRadius: 6, padding: "6px 10px", minWidth: 150 }}>
              <Space size={6}>
                <Typography.Text strong>{engineer.name}</Typography.Text>
                <Badge count={engineer.openCaseLoad} showZero color={loadColour(engineer.openCaseLoad)} title={t("load", { count: engineer.openCaseLoad })} />
                <span className="cd-visually-hidden">{t("load", { count: engineer.openCaseLoad })}</span>
              </Space>
              {(engineer.shift.shiftName || engineer.vendors.length > 0) && (
                <div>
                  <Space wrap size={[4, 4]}>
                    {engineer.shift.shiftName && <Typography.Text type="secondary">{engineer.shift.shiftName}{engineer.shift.endsAt ? ` → ${format.time(engineer.shift.endsAt)}` : ""}</Typography.Text>}
                    {engineer.vendors.map((vendor) => <Tag key={vendor} style={{ marginInlineEnd: 0 }}>{vendor}</Tag>)}
                  </Space>
                </div>
              )}
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
