import { Space, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { useUser } from "../../app/auth";
import { OPEN_STATUSES } from "../cases/case-permissions";
import { CaseQueue } from "./CaseQueue";
import { PendingConfirmations } from "./PendingConfirmations";
import { ns } from "./queues.i18n";

/**
 * The expert's workspace: the open cases escalated to me (their vendor requests are worked on
 * each case's page) and the vendor support requests waiting for an expert's confirmation.
 */
export default function ExpertDesk() {
  const { t } = useTranslation(ns);
  const user = useUser();
  return (
    <Space orientation="vertical" size="middle" style={{ width: "100%" }}>
      <div>
        <Typography.Title level={1} style={{ margin: 0 }}>{t("expertTitle")}</Typography.Title>
        <Typography.Text type="secondary">{t("expertSubtitle")}</Typography.Text>
      </div>
      <CaseQueue filter={{ expertId: user.id, status: [...OPEN_STATUSES] }} title={t("escalatedToMe")} showStatus />
      <PendingConfirmations />
    </Space>
  );
}
