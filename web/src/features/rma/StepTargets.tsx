import { useQuery } from "@tanstack/react-query";
import { Alert, App, Button, InputNumber, Select, Space, Table, Typography } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { api } from "../../api/client";
import { errorText } from "../../api/form-errors";
import type { ResponseOf } from "../../api/types";
import { usePartsWrite, useStepTargets, type StepTarget } from "../parts/parts.api";
import { rmaNs } from "./rma.i18n";

type Calendar = ResponseOf<"/calendars", "get">["items"][number];
type Unit = StepTarget["unit"];
const UNITS: Unit[] = ["working_days", "working_hours", "hours", "minutes"];
const isWorking = (unit: Unit) => unit === "working_days" || unit === "working_hours";

function TargetRow({ target, calendars }: { target: StepTarget; calendars: Calendar[] }) {
  const { t } = useTranslation([rmaNs, "common"]);
  const { message } = App.useApp();
  const write = usePartsWrite();
  const [value, setValue] = useState<number | null>(target.value);
  const [unit, setUnit] = useState<Unit>(target.unit);
  const [calendarId, setCalendarId] = useState<string | null>(target.calendarId);
  const changed = value !== target.value || unit !== target.unit || (isWorking(unit) && calendarId !== target.calendarId);
  const save = () =>
    write.mutateAsync({ method: "put", path: `/rma-step-targets/${target.status}`, body: { value, unit, calendarId: isWorking(unit) ? calendarId : null } })
      .then(() => message.success(t("saved")), (failure: unknown) => message.error(errorText(failure, t("common:networkError"))));
  return (
    <Space wrap>
      <InputNumber aria-label={t("targets.value", { step: t(`targets.step.${target.status}`) })} min={1} max={525600} precision={0} value={value} onChange={setValue} style={{ width: 90 }} />
      <Select aria-label={t("targets.unit")} value={unit} onChange={setUnit} style={{ width: 150 }} options={UNITS.map((u) => ({ value: u, label: t(`targets.units.${u}`) }))} />
      {isWorking(unit) && (
        <Select aria-label={t("targets.calendar")} value={calendarId ?? ""} onChange={(id) => setCalendarId(id || null)} style={{ minWidth: 260, maxWidth: "100%" }}
          options={[{ value: "", label: t("targets.standardWeek") }, ...calendars.map((c) => ({ value: c.id, label: c.name }))]} />
      )}
      <Button type="primary" disabled={!changed || value === null} loading={write.isPending} onClick={() => void save()}>{t("save")}</Button>
    </Space>
  );
}

/** How long each RMA step may take before it is late: a number and a unit, working time counted in a business calendar. */
export function StepTargetsTab() {
  const { t } = useTranslation([rmaNs, "common"]);
  const targets = useStepTargets();
  const calendars = useQuery({ queryKey: ["rmas", "calendars"], queryFn: ({ signal }) => api.get<{ items: Calendar[] }>("/calendars", undefined, signal) });
  return (
    <Space orientation="vertical" style={{ width: "100%" }}>
      <Typography.Paragraph type="secondary" style={{ maxWidth: 720 }}>{t("targets.hint")}</Typography.Paragraph>
      {targets.error && <Alert type="error" role="alert" title={errorText(targets.error, t("common:networkError"))} />}
      <Table<StepTarget> size="small" rowKey="status" loading={targets.isLoading} dataSource={targets.data?.items ?? []} pagination={false} scroll={{ x: 700 }}
        columns={[
          { title: t("targets.stepColumn"), dataIndex: "status", render: (status: StepTarget["status"]) => t(`targets.step.${status}`) },
          { title: t("targets.targetColumn"), render: (_, target) => <TargetRow key={`${target.status}-${target.updatedAt}`} target={target} calendars={calendars.data?.items ?? []} /> },
        ]} />
    </Space>
  );
}
