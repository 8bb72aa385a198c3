import { Tag } from "antd";
import { useTranslation } from "react-i18next";
import type { CaseStatus, FaultLevel, Priority } from "../../api/types";

const STATUS_COLOURS: Record<CaseStatus, string> = {
  new: "magenta", assigned: "blue", in_progress: "processing", escalated: "volcano", waiting_customer: "gold",
  waiting_vendor: "gold", waiting_parts: "gold", resolved: "green", closed: "default",
};
const LEVEL_COLOURS: Record<FaultLevel, string> = { S1: "red", S2: "orange", S3: "blue", S4: "default" };

export function StatusTag({ status }: { status: CaseStatus }) {
  const { t } = useTranslation();
  return <Tag color={STATUS_COLOURS[status]}>{t(`status.${status}`)}</Tag>;
}

export function FaultLevelTag({ level, long = false }: { level: FaultLevel; long?: boolean }) {
  const { t } = useTranslation();
  return <Tag color={LEVEL_COLOURS[level]} title={t(`faultLevel.${level}`)}>{long ? t(`faultLevel.${level}`) : level}</Tag>;
}

export function PriorityTag({ priority }: { priority: Priority }) {
  const { t } = useTranslation();
  return <Tag title={t(`priority.${priority}`)}>{t(`priority.${priority}`)}</Tag>;
}
