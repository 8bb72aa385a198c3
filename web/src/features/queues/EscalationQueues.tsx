import { Space, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { useUser } from "../../app/auth";
import { CaseQueue } from "./CaseQueue";
import { PendingConfirmations } from "./PendingConfirmations";
import { mayReadPendingConfirmations } from "./queue-access";
import { ns } from "./queues.i18n";

/**
 * The experts' and vendor liaisons' queues: escalated cases, vendor requests to confirm (for the
 * roles that may read them), cases waiting on the vendor.
 */
export default function EscalationQueues() {
  const { t } = useTranslation(ns);
  const user = useUser();
  return (
    <Space orientation="vertical" size="middle" style={{ width: "100%" }}>
      <Typography.Title level={1} style={{ margin: 0 }}>{t("escalationsTitle")}</Typography.Title>
      {mayReadPendingConfirmations(user.role) ? <PendingConfirmations /> : null}
      <CaseQueue filter={{ status: "escalated" }} title={t("escalated")} />
      <CaseQueue filter={{ status: "waiting_vendor" }} title={t("waitingVendor")} />
    </Space>
  );
}
