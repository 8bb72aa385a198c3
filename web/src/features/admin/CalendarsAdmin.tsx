import { DeleteOutlined, PlusOutlined } from "@ant-design/icons";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Alert, App, Button, Card, DatePicker, Flex, Form, Input, InputNumber, List, Modal, Select, Space, Tag, Typography } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { api } from "../../api/client";
import type { ResponseOf } from "../../api/types";
import { applyProblemToForm, errorText } from "../../api/form-errors";
import { TIME_ZONES } from "../../app/preferences";
import { ns } from "./admin.i18n";
import type { CalendarRow } from "./admin-api";

type CalendarDetail = ResponseOf<"/calendars/{id}", "get">;
type YearView = ResponseOf<"/calendars/{id}/years/{year}", "get">;
type YearForm = { holidays: Array<{ date: Dayjs; name: string }>; workdays: Array<{ date: Dayjs; name: string }> };

const DAYS = [1, 2, 3, 4, 5, 6, 7];
const WORKWEEK = [1, 2, 3, 4, 5].flatMap((day) => [{ day, start: "09:00", end: "12:00" }, { day, start: "13:30", end: "18:00" }]);

function NewCalendarDialog({ open, onClose }: { open: boolean; onClose(): void }) {
  const { t } = useTranslation([ns, "common"]);
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<{ name: string; timeZone: string; weekly: Array<{ day: number; start: string; end: string }> }>();
  const [formError, setFormError] = useState<string | null>(null);
  const create = useMutation({
    mutationFn: (values: { name: string; timeZone: string; weekly: Array<{ day: number; start: string; end: string }> }) => api.post("/calendars", values),
    onSuccess: () => {
      void message.success(t("created"));
      void queryClient.invalidateQueries({ queryKey: ["admin", "calendars"] });
      onClose();
    },
    onError: (error) => setFormError(applyProblemToForm(form, error)),
  });
  return (
    <Modal open={open} title={t("newCalendar")} onCancel={onClose} onOk={() => form.submit()} okText={t("save")} cancelText={t("cancel")} okButtonProps={{ loading: create.isPending }} destroyOnHidden>
      {formError ? <Alert type="error" role="alert" title={formError} style={{ marginBottom: 12 }} /> : null}
      <Form form={form} layout="vertical" preserve={false} initialValues={{ timeZone: "Asia/Shanghai", weekly: WORKWEEK }} onFinish={(values) => { setFormError(null); create.mutate(values); }}>
        <Form.Item name="name" label={t("name")} rules={[{ required: true, whitespace: true, message: t("name") }]}><Input maxLength={200} /></Form.Item>
        <Form.Item name="timeZone" label={t("timeZone")}><Select showSearch options={TIME_ZONES.map((z) => ({ value: z, label: z }))} /></Form.Item>
        <Typography.Text strong>{t("weekly")}</Typography.Text>
        <Form.List name="weekly">
          {(fields, { add, remove }) => (
            <Space orientation="vertical" style={{ width: "100%", marginTop: 8 }}>
              {fields.map((field, index) => (
                <Flex key={field.key} gap={8} align="start" wrap>
                  <Form.Item name={[field.name, "day"]} style={{ flex: "1 1 90px", marginBottom: 8 }}>
                    <Select aria-label={`${index + 1}. ${t("day")}`} options={DAYS.map((d) => ({ value: d, label: t(`days.${d}`) }))} />
                  </Form.Item>
                  <Form.Item name={[field.name, "start"]} style={{ flex: "1 1 80px", marginBottom: 8 }}><Input aria-label={`${index + 1}. ${t("start")}`} placeholder="09:00" maxLength={5} /></Form.Item>
                  <Form.Item name={[field.name, "end"]} style={{ flex: "1 1 80px", marginBottom: 8 }}><Input aria-label={`${index + 1}. ${t("end")}`} placeholder="18:00" maxLength={5} /></Form.Item>
                  <Button aria-label={`${t("remove")} ${index + 1}`} icon={<DeleteOutlined />} onClick={() => remove(field.name)} />
                </Flex>
              ))}
              <Button icon={<PlusOutlined />} onClick={() => add({ day: 6, start: "09:00", end: "18:00" })}>{t("addWindow")}</Button>
            </Space>
          )}
        </Form.List>
      </Form>
    </Modal>
  );
}

function DayList({ name, label, addLabel }: { name: "holidays" | "workdays"; label: string; addLabel: string }) {
  const { t } = useTranslation(ns);
  return (
    <>
      <Typography.Text strong>{label}</Typography.Text>
      <Form.List name={name}>
        {(fields, { add, remove }) => (
          <Space orientation="vertical" style={{ width: "100%", margin: "8px 0 16px" }}>
            {fields.map((field, index) => (
              <Flex key={field.key} gap={8} align="start" wrap>
                <Form.Item name={[field.name, "date"]} rules={[{ required: true, message: t("date") }]} style={{ flex: "1 1 140px", marginBottom: 8 }}>
                  <DatePicker aria-label={`${label} ${index + 1} ${t("date")}`} style={{ width: "100%" }} />
                </Form.Item>
                <Form.Item name={[field.name, "name"]} rules={[{ required: true, whitespace: true, message: t("dayName") }]} style={{ flex: "2 1 160px", marginBottom: 8 }}>
                  <Input aria-label={`${label} ${index + 1} ${t("dayName")}`} placeholder={t("dayName")} maxLength={200} />
                </Form.Item>
                <Button aria-label={`${t("remove")} ${label} ${index + 1}`} icon={<DeleteOutlined />} onClick={() => remove(field.name)} />
              </Flex>
            ))}
            <Button icon={<PlusOutlined />} onClick={() => add()}>{addLabel}</Button>
          </Space>
        )}
      </Form.List>
    </>
  );
}

function YearEditor({ calendarId, year, onClose }: { calendarId: string; year: number; onClose(): void }) {
  const { t } = useTranslation([ns, "common"]);
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<YearForm>();
  const [formError, setFormError] = useState<string | null>(null);
  const view = useQuery({ queryKey: ["admin", "calendar", calendarId, year], queryFn: ({ signal }) => api.get<YearView>(`/calendars/${calendarId}/years/${year}`, undefined, signal) });
  const save = useMutation({
    mutationFn: (values: YearForm) => api.put(`/calendars/${calendarId}/years/${year}`, {
      holidays: (values.holidays ?? []).map((d) => ({ date: d.date.format("YYYY-MM-DD"), name: d.name })),
      workdays: (values.workdays ?? []).map((d) => ({ date: d.date.format("YYYY-MM-DD"), name: d.name })),
    }),
    onSuccess: () => {
      void message.success(t("saved"));
      void queryClient.invalidateQueries({ queryKey: ["admin", "calendar", calendarId] });
      onClose();
    },
    onError: (error) => setFormError(applyProblemToForm(form, error)),
  });
  if (view.error) return <Alert type="error" role="alert" title={errorText(view.error, t("common:networkError"))} />;
  if (!view.data) return <Card loading />;
  const toForm = (days: Array<{ date: string; name: string }>) => days.map((d) => ({ date: dayjs(d.date), name: d.name }));
  return (
    <Card size="small" title={`${t("year")} ${year}`}>
      {formError ? <Alert type="error" role="alert" title={formError} style={{ marginBottom: 12 }} /> : null}
      <Form<YearForm> form={form} layout="vertical" initialValues={{ holidays: toForm(view.data.holidays), workdays: toForm(view.data.workdays) }} onFinish={(values) => { setFormError(null); save.mutate(values); }}>
        <DayList name="holidays" label={t("holidays")} addLabel={t("addHoliday")} />
        <DayList name="workdays" label={t("workdays")} addLabel={t("addWorkday")} />
        <Flex gap={8}>
          <Button type="primary" htmlType="submit" loading={save.isPending}>{t("save")}</Button>
          <Button onClick={onClose}>{t("cancel")}</Button>
        </Flex>
      </Form>
    </Card>
  );
}

function CalendarPanel({ calendarId }: { calendarId: string }) {
  const { t } = useTranslation([ns, "common"]);
  const [year, setYear] = useState<number>(new Date().getFullYear() + 1);
  const [editing, setEditing] = useState<number | null>(null);
  const detail = useQuery({ queryKey: ["admin", "calendar", calendarId], queryFn: ({ signal }) => api.get<CalendarDetail>(`/calendars/${calendarId}`, undefined, signal) });
  if (detail.error) return <Alert type="error" role="alert" title={errorText(detail.error, t("common:networkError"))} />;
  const c = detail.data;
  if (!c) return <Card loading />;
  return (
    <Space orientation="vertical" style={{ width: "100%" }}>
      <Card size="small" title={<Typography.Title level={2} style={{ margin: 0 }}>{c.name}</Typography.Title>}>
        <Typography.Paragraph>{t("timeZone")}: {c.timeZone}</Typography.Paragraph>
        <Typography.Paragraph>
          {t("weekly")}: {DAYS.map((d) => {
            const windows = c.weekly.filter((w) => w.day === d);
            return windows.length ? <Tag key={d}>{t(`days.${d}`)} {windows.map((w) => `${w.start}–${w.end}`).join(", ")}</Tag> : null;
          })}
        </Typography.Paragraph>
        <Typography.Text strong>{t("years")}</Typography.Text>
        <List size="small" dataSource={c.years} locale={{ emptyText: t("empty") }} renderItem={(y) => (
          <List.Item actions={[<Button key="edit" size="small" onClick={() => setEditing(y.year)} aria-label={`${t("edit")} ${y.year}`}>{t("edit")}</Button>]}>
            {y.year}: {t("yearSummary", { holidays: y.holidays, workdays: y.workdays })}
          </List.Item>
        )} />
        <Flex gap={8} wrap style={{ marginTop: 8 }}>
          <InputNumber aria-label={t("year")} min={2000} max={2100} value={year} onChange={(value) => setYear(Number(value) || year)} />
          <Button onClick={() => setEditing(year)}>{t("loadYear")}</Button>
        </Flex>
      </Card>
      {editing ? <YearEditor key={editing} calendarId={calendarId} year={editing} onClose={() => setEditing(null)} /> : null}
    </Space>
  );
}

/** Business calendars: weekly working windows in a time zone, and each year's holidays and make-up days. */
export default function CalendarsAdmin() {
  const { t } = useTranslation([ns, "common"]);
  const [selected, setSelected] = useState<string | null>(null);
  const [creating, setCreating] = useState(false);
  const calendars = useQuery({ queryKey: ["admin", "calendars"], queryFn: ({ signal }) => api.get<{ items: CalendarRow[] }>("/calendars", undefined, signal) });
  return (
    <Flex gap={16} wrap align="start">
      <Card size="small" title={t("calendars")} style={{ flex: "1 1 240px", maxWidth: "100%" }}
        extra={<Button size="small" icon={<PlusOutlined />} onClick={() => setCreating(true)} aria-label={t("newCalendar")}>{t("add")}</Button>}>
        {calendars.error ? <Alert type="error" role="alert" title={errorText(calendars.error, t("common:networkError"))} /> : null}
        <List<CalendarRow> loading={calendars.isLoading} dataSource={calendars.data?.items ?? []} locale={{ emptyText: t("empty") }}
          renderItem={(c) => (
            <List.Item style={{ padding: 0 }}>
              <Button type={selected === c.id ? "primary" : "text"} block style={{ justifyContent: "flex-start" }} aria-pressed={selected === c.id} onClick={() => setSelected(c.id)}>{c.name}</Button>
            </List.Item>
          )} />
      </Card>
      <div style={{ flex: "3 1 420px", minWidth: 0, maxWidth: "100%" }}>
        {selected ? <CalendarPanel key={selected} calendarId={selected} /> : null}
      </div>
      <NewCalendarDialog open={creating} onClose={() => setCreating(false)} />
    </Flex>
  );
}
