import { DeleteOutlined, PlusOutlined } from "@ant-design/icons";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Alert, App, Button, Card, DatePicker, Flex, Form, Input, Modal, Popconfirm, Select, Space, Table, Tag } from "antd";
import type { Dayjs } from "dayjs";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { api } from "../../api/client";
import { applyProblemToForm, errorText } from "../../api/form-errors";
import type { ApiPath, OnDutyUser, Page, ResponseOf } from "../../api/types";
import { TIME_ZONES, useFormat } from "../../app/preferences";
import { UserSelect } from "../directory/pickers";
import { ns } from "./admin.i18n";

type Pattern = ResponseOf<"/rosters/patterns", "get">["items"][number];
type Assignment = ResponseOf<"/rosters/assignments", "get">["items"][number];
type Override = ResponseOf<"/rosters/overrides", "get">["items"][number];
type PatternForm = { name: string; role?: string; timeZone: string; kind: "always" | "daily" | "weekly"; shifts?: Array<{ name: string; start: string; end: string }>; windows?: Array<{ day: number; start: string; end: string }> };

const ROSTER_ROLES = ["dispatcher", "engineer", "expert"];

/** A dialog whose form is POSTed to `path` after `toBody`; field errors from the server go beside the fields. */
function useCreate<T>(path: ApiPath<"post">, invalidate: unknown[], toBody: (values: T) => unknown, onDone: () => void) {
  const { t } = useTranslation(ns);
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<T>();
  const [formError, setFormError] = useState<string | null>(null);
  const mutation = useMutation({
    mutationFn: (values: T) => api.post(path, toBody(values)),
    onSuccess: () => {
      void message.success(t("created"));
      void queryClient.invalidateQueries({ queryKey: invalidate });
      onDone();
    },
    onError: (error) => setFormError(applyProblemToForm(form, error)),
  });
  const submit = (values: T) => {
    setFormError(null);
    mutation.mutate(values);
  };
  return { form, formError, submit, isPending: mutation.isPending };
}

function PatternDialog({ open, onClose }: { open: boolean; onClose(): void }) {
  const { t } = useTranslation([ns, "common"]);
  const { form, formError, submit, isPending } = useCreate<PatternForm>("/rosters/patterns", ["admin", "rosters"], (v) => ({
    name: v.name, role: v.role ?? null, timeZone: v.timeZone,
    definition: v.kind === "always" ? { kind: "always" } : v.kind === "daily" ? { kind: "daily", shifts: v.shifts ?? [] } : { kind: "weekly", windows: v.windows ?? [] },
  }), onClose);
  const kind = Form.useWatch("kind", form);
  return (
    <Modal open={open} title={t("newPattern")} onCancel={onClose} onOk={() => form.submit()} okText={t("save")} cancelText={t("cancel")} okButtonProps={{ loading: isPending }} destroyOnHidden>
      {formError ? <Alert type="error" role="alert" title={formError} style={{ marginBottom: 12 }} /> : null}
      <Form<PatternForm> form={form} layout="vertical" preserve={false} onFinish={submit}
        initialValues={{ timeZone: "Asia/Shanghai", kind: "daily", shifts: [{ name: "白班", start: "08:00", end: "20:00" }, { name: "夜班", start: "20:00", end: "08:00" }] }}>
        <Form.Item name="name" label={t("name")} rules={[{ required: true, whitespace: true, message: t("name") }]}><Input maxLength={200} /></Form.Item>
        <Flex gap={12} wrap>
          <Form.Item name="role" label={t("role")} style={{ flex: "1 1 140px" }}><Select allowClear placeholder={t("anyRole")} options={ROSTER_ROLES.map((r) => ({ value: r, label: t(`common:role.${r}`) }))} /></Form.Item>
          <Form.Item name="timeZone" label={t("timeZone")} style={{ flex: "1 1 160px" }}><Select showSearch options={TIME_ZONES.map((z) => ({ value: z, label: z }))} /></Form.Item>
        </Flex>
        <Form.Item name="kind" label={t("kind")}><Select options={["always", "daily", "weekly"].map((k) => ({ value: k, label: t(`kinds.${k}`) }))} /></Form.Item>
        {kind === "daily" || kind === "weekly" ? (
          <Form.List name={kind === "daily" ? "shifts" : "windows"}>
            {(fields, { add, remove }) => (
              <Space orientation="vertical" style={{ width: "100%" }}>
                {fields.map((field, index) => (
                  <Flex key={field.key} gap={8} wrap align="start">
                    {kind === "daily" ? (
                      <Form.Item name={[field.name, "name"]} style={{ flex: "1 1 100px", marginBottom: 8 }} rules={[{ required: true, message: t("shiftName") }]}><Input aria-label={`${index + 1}. ${t("shiftName")}`} placeholder={t("shiftName")} maxLength={40} /></Form.Item>
                    ) : (
                      <Form.Item name={[field.name, "day"]} style={{ flex: "1 1 90px", marginBottom: 8 }}><Select aria-label={`${index + 1}. ${t("day")}`} options={[1, 2, 3, 4, 5, 6, 7].map((d) => ({ value: d, label: t(`days.${d}`) }))} /></Form.Item>
                    )}
                    <Form.Item name={[field.name, "start"]} style={{ flex: "1 1 80px", marginBottom: 8 }}><Input aria-label={`${index + 1}. ${t("start")}`} placeholder="08:00" maxLength={5} /></Form.Item>
                    <Form.Item name={[field.name, "end"]} style={{ flex: "1 1 80px", marginBottom: 8 }}><Input aria-label={`${index + 1}. ${t("end")}`} placeholder="20:00" maxLength={5} /></Form.Item>
                    <Button aria-label={`${t("remove")} ${index + 1}`} icon={<DeleteOutlined />} onClick={() => remove(field.name)} />
                  </Flex>
                ))}
                <Button icon={<PlusOutlined />} onClick={() => add(kind === "daily" ? { name: "", start: "08:00", end: "20:00" } : { day: 1, start: "09:00", end: "18:00" })}>{kind === "daily" ? t("addShift") : t("addWindow")}</Button>
              </Space>
            )}
          </Form.List>
        ) : null}
      </Form>
    </Modal>
  );
}

function AssignmentDialog({ open, patterns, onClose }: { open: boolean; patterns: Pattern[]; onClose(): void }) {
  const { t } = useTranslation([ns, "common"]);
  type Values = { userId: string; patternId: string; shiftName?: string; validFrom: Dayjs; validTo?: Dayjs | null };
  const { form, formError, submit, isPending } = useCreate<Values>("/rosters/assignments", ["admin", "rosters"], (v) => ({
    userId: v.userId, patternId: v.patternId, shiftName: v.shiftName ?? null, validFrom: v.validFrom.format("YYYY-MM-DD"), validTo: v.validTo ? v.validTo.format("YYYY-MM-DD") : null,
  }), onClose);
  const patternId = Form.useWatch("patternId", form);
  const pattern = patterns.find((p) => p.id === patternId);
  return (
    <Modal open={open} title={t("newAssignment")} onCancel={onClose} onOk={() => form.submit()} okText={t("save")} cancelText={t("cancel")} okButtonProps={{ loading: isPending }} destroyOnHidden>
      {formError ? <Alert type="error" role="alert" title={formError} style={{ marginBottom: 12 }} /> : null}
      <Form<Values> form={form} layout="vertical" preserve={false} onFinish={submit}>
        <Form.Item name="userId" label={t("user")} rules={[{ required: true, message: t("user") }]}><UserSelect roles={["dispatcher", "engineer", "expert"]} aria-label={t("user")} /></Form.Item>
        <Form.Item name="patternId" label={t("pattern")} rules={[{ required: true, message: t("pattern") }]}><Select aria-label={t("pattern")} options={patterns.map((p) => ({ value: p.id, label: p.name }))} /></Form.Item>
        {pattern?.definition.kind === "daily" ? (
          <Form.Item name="shiftName" label={t("shiftName")} rules={[{ required: true, message: t("shiftName") }]}>
            <Select aria-label={t("shiftName")} options={pattern.definition.shifts.map((s) => ({ value: s.name, label: `${s.name} ${s.start}–${s.end}` }))} />
          </Form.Item>
        ) : null}
        <Flex gap={12} wrap>
          <Form.Item name="validFrom" label={t("validFrom")} rules={[{ required: true, message: t("validFrom") }]} style={{ flex: "1 1 140px" }}><DatePicker style={{ width: "100%" }} /></Form.Item>
          <Form.Item name="validTo" label={t("validTo")} style={{ flex: "1 1 140px" }}><DatePicker style={{ width: "100%" }} /></Form.Item>
        </Flex>
      </Form>
    </Modal>
  );
}

function OverrideDialog({ open, onClose }: { open: boolean; onClose(): void }) {
  const { t } = useTranslation([ns, "common"]);
  type Values = { userId: string; kind: "on_duty" | "off_duty"; startsAt?: Dayjs | null; endsAt: Dayjs; reason: string };
  const { form, formError, submit, isPending } = useCreate<Values>("/rosters/overrides", ["admin", "rosters"], (v) => ({
    userId: v.userId, kind: v.kind, ...(v.startsAt ? { startsAt: v.startsAt.toISOString() } : {}), endsAt: v.endsAt.toISOString(), reason: v.reason,
  }), onClose);
  return (
    <Modal open={open} title={t("newOverride")} onCancel={onClose} onOk={() => form.submit()} okText={t("save")} cancelText={t("cancel")} okButtonProps={{ loading: isPending }} destroyOnHidden>
      {formError ? <Alert type="error" role="alert" title={formError} style={{ marginBottom: 12 }} /> : null}
      <Form<Values> form={form} layout="vertical" preserve={false} onFinish={submit} initialValues={{ kind: "on_duty" }}>
        <Form.Item name="userId" label={t("user")} rules={[{ required: true, message: t("user") }]}><UserSelect roles={["dispatcher", "engineer", "expert"]} aria-label={t("user")} /></Form.Item>
        <Form.Item name="kind" label={t("overrideKind")}><Select options={["on_duty", "off_duty"].map((k) => ({ value: k, label: t(`overrideKinds.${k}`) }))} /></Form.Item>
        <Flex gap={12} wrap>
          <Form.Item name="startsAt" label={t("startsAt")} style={{ flex: "1 1 180px" }}><DatePicker showTime={{ format: "HH:mm" }} format="YYYY-MM-DD HH:mm" style={{ width: "100%" }} /></Form.Item>
          <Form.Item name="endsAt" label={t("endsAt")} rules={[{ required: true, message: t("endsAt") }]} style={{ flex: "1 1 180px" }}><DatePicker showTime={{ format: "HH:mm" }} format="YYYY-MM-DD HH:mm" style={{ width: "100%" }} /></Form.Item>
        </Flex>
        <Form.Item name="reason" label={t("reason")} rules={[{ required: true, whitespace: true, message: t("reason") }]}><Input maxLength={500} /></Form.Item>
      </Form>
    </Modal>
  );
}

/** Duty rosters: shift patterns, who is on which shift when, call-ins and leave, and who is on duty now. */
export default function RostersAdmin() {
  const { t } = useTranslation([ns, "common"]);
  const format = useFormat();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [dialog, setDialog] = useState<"pattern" | "assignment" | "override" | null>(null);
  const patterns = useQuery({ queryKey: ["admin", "rosters", "patterns"], queryFn: ({ signal }) => api.get<{ items: Pattern[] }>("/rosters/patterns", undefined, signal) });
  const assignments = useQuery({ queryKey: ["admin", "rosters", "assignments"], queryFn: ({ signal }) => api.get<Page<Assignment>>("/rosters/assignments", { limit: 200 }, signal) });
  const overrides = useQuery({ queryKey: ["admin", "rosters", "overrides"], queryFn: ({ signal }) => api.get<Page<Override>>("/rosters/overrides", { from: new Date().toISOString(), limit: 200 }, signal) });
  const onDuty = useQuery({ queryKey: ["admin", "rosters", "on-duty"], queryFn: ({ signal }) => api.get<{ items: OnDutyUser[] }>("/rosters/on-duty", undefined, signal) });
  const cancel = useMutation({
    mutationFn: (id: string) => api.delete(`/rosters/overrides/${id}`),
    onSuccess: () => {
      void message.success(t("saved"));
      void queryClient.invalidateQueries({ queryKey: ["admin", "rosters"] });
    },
    onError: (error) => void message.error(errorText(error, t("common:networkError"))),
  });
  const failure = patterns.error ?? assignments.error ?? overrides.error ?? onDuty.error;
  const describe = (p: Pattern) => p.definition.kind === "always" ? t("kinds.always")
    : p.definition.kind === "daily" ? p.definition.shifts.map((s) => `${s.name} ${s.start}–${s.end}`).join(" · ")
      : p.definition.windows.map((w) => `${t(`days.${w.day}`)} ${w.start}–${w.end}`).join(" · ");
  return (
    <Space orientation="vertical" size="middle" style={{ width: "100%" }}>
      {failure ? <Alert type="error" role="alert" title={errorText(failure, t("common:networkError"))} /> : null}
      <Card size="small" title={t("onDutyNow")}>
        <Space wrap>{(onDuty.data?.items ?? []).map((u) => <Tag key={u.id}>{u.name} · {t(`common:role.${u.role}`)} · {u.openCaseLoad}</Tag>)}</Space>
      </Card>
      <Card size="small" title={t("patterns")} extra={<Button size="small" icon={<PlusOutlined />} onClick={() => setDialog("pattern")}>{t("newPattern")}</Button>}>
        <Table<Pattern> aria-label={t("patterns")} rowKey="id" size="small" pagination={false} scroll={{ x: 560 }} loading={patterns.isLoading} dataSource={patterns.data?.items ?? []} locale={{ emptyText: t("empty") }}
          columns={[
            { title: t("name"), dataIndex: "name" },
            { title: t("role"), dataIndex: "role", width: 100, render: (r: string | null) => (r ? t(`common:role.${r}`) : t("anyRole")) },
            { title: t("shifts"), key: "def", render: (_: unknown, p) => describe(p) },
            { title: t("timeZone"), dataIndex: "timeZone", width: 140 },
          ]} />
      </Card>
      <Card size="small" title={t("assignments")} extra={<Button size="small" icon={<PlusOutlined />} onClick={() => setDialog("assignment")}>{t("newAssignment")}</Button>}>
        <Table<Assignment> aria-label={t("assignments")} rowKey="id" size="small" pagination={{ pageSize: 20, hideOnSinglePage: true }} scroll={{ x: 560 }} loading={assignments.isLoading} dataSource={assignments.data?.items ?? []} locale={{ emptyText: t("empty") }}
          columns={[
            { title: t("user"), dataIndex: "userName" },
            { title: t("pattern"), dataIndex: "patternName" },
            { title: t("shiftName"), dataIndex: "shiftName", render: (s: string | null) => s ?? "—" },
            { title: t("validFrom"), dataIndex: "validFrom", width: 110 },
            { title: t("validTo"), dataIndex: "validTo", width: 110, render: (d: string | null) => d ?? "—" },
          ]} />
      </Card>
      <Card size="small" title={t("overrides")} extra={<Button size="small" icon={<PlusOutlined />} onClick={() => setDialog("override")}>{t("newOverride")}</Button>}>
        <Table<Override> aria-label={t("overrides")} rowKey="id" size="small" pagination={false} scroll={{ x: 640 }} loading={overrides.isLoading} dataSource={overrides.data?.items ?? []} locale={{ emptyText: t("empty") }}
          columns={[
            { title: t("user"), dataIndex: "userName" },
            { title: t("overrideKind"), dataIndex: "kind", render: (k: string) => <Tag color={k === "on_duty" ? "green" : "orange"}>{t(`overrideKinds.${k}`)}</Tag> },
            { title: t("startsAt"), dataIndex: "startsAt", render: (at: string) => format.dateTime(at) },
            { title: t("endsAt"), dataIndex: "endsAt", render: (at: string) => format.dateTime(at) },
            { title: t("reason"), dataIndex: "reason", ellipsis: true },
            {
              title: t("actions"), key: "actions", width: 90, render: (_: unknown, o) => (
                <Popconfirm title={t("cancelOverride")} okText={t("confirm", { ns: "common" })} cancelText={t("cancel")} onConfirm={() => cancel.mutate(o.id)}>
                  <Button size="small" danger aria-label={`${t("cancelOverride")} ${o.userName}`}>{t("cancelOverride")}</Button>
                </Popconfirm>
              ),
            },
          ]} />
      </Card>
      <PatternDialog open={dialog === "pattern"} onClose={() => setDialog(null)} />
      <AssignmentDialog open={dialog === "assignment"} patterns={patterns.data?.items ?? []} onClose={() => setDialog(null)} />
      <OverrideDialog open={dialog === "override"} onClose={() => setDialog(null)} />
    </Space>
  );
}
