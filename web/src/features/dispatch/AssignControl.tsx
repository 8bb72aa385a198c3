import { ThunderboltOutlined } from "@ant-design/icons";
import { App, Button, Select, Space, Tooltip } from "antd";
import { useTranslation } from "react-i18next";
import { errorText } from "../../api/form-errors";
import type { Case, OnDutyUser } from "../../api/types";
import { useCaseWrite } from "../cases/cases.api";
import { dispatchNs } from "./dispatch.i18n";

/**
 * Assignment in one or two clicks: pick an on-duty engineer (listed lightest load first) and the
 * case is assigned at once, or let casedesk pick with one click.
 */
export function AssignControl({ found, engineers }: { found: Case; engineers: OnDutyUser[] }) {
  const { t } = useTranslation(dispatchNs);
  const { t: tc } = useTranslation();
  const { message } = App.useApp();
  const write = useCaseWrite<Record<string, unknown>, Case>();
  const assign = async (assigneeId?: string) => {
    try {
      const updated = await write.mutateAsync({ path: `/cases/${found.id}/assign`, body: { ...(assigneeId ? { assigneeId } : {}), version: found.version } });
      void message.success(t("assigned", { number: updated.number, name: updated.assigneeName ?? "" }));
    } catch (error) {
      void message.error(errorText(error, tc("networkError")));
    }
  };
  const options = [...engineers]
    .filter((engineer) => engineer.id !== found.assigneeId)
    .sort((a, b) => a.openCaseLoad - b.openCaseLoad)
    .map((engineer) => ({ value: engineer.id, label: `${engineer.name} · ${t("load", { count: engineer.openCaseLoad })}` }));
  return (
    <Space.Compact>
      <Select
        aria-label={t("assignLabel", { number: found.number })}
        placeholder={t("assignTo")}
        size="small"
        style={{ width: 150 }}
        value={null}
        options={options}
        onChange={(value: string) => assign(value)}
        disabled={write.isPending}
        popupMatchSelectWidth={false}
      />
      <Tooltip title={t("autoAssignHint")}>
        <Button size="small" icon={<ThunderboltOutlined aria-hidden />} aria-label={`${t("autoAssign")} ${found.number}`} onClick={() => assign()} loading={write.isPending} />
      </Tooltip>
    </Space.Compact>
  );
}
