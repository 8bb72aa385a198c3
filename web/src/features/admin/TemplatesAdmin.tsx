import { ArrowLeftOutlined } from "@ant-design/icons";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Alert, App, Button, Card, Flex, Form, Input, Popconfirm, Segmented, Space, Spin, Table, Tag, Tooltip, Typography } from "antd";
import { useEffect, useRef, useState, type FocusEvent, type MutableRefObject } from "react";
import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router-dom";
import { api, ApiError } from "../../api/client";
import { applyProblemToForm, errorText } from "../../api/form-errors";
import { useUser } from "../../app/auth";
import { PageLoading } from "../../app/shell/PageLoading";
import { useFormat } from "../../app/preferences";
import { useDebounced } from "../../app/use-debounced";
import { ns } from "./admin.i18n";
import {
  smsSegmentLength, TEMPLATES_KEY, templatePath, type TemplateDetail, type TemplateItem, type TemplateLanguage, type TemplatePreview, type TemplateTexts,
} from "./admin-api";
import { TemplateHistory } from "./TemplateHistory";

const LANGUAGES: TemplateLanguage[] = ["zh-CN", "en"];
const FIELDS = ["subject", "body", "sms"] as const;
type FieldName = (typeof FIELDS)[number];
const FORM_NAME = "template";

/** What the filters do: Liquid code, the same in every language, beside its translated meaning. */
const FILTERS: Array<{ code: string[]; help: string }> = [
  { code: ["{{ subject | cut: 80 }}"], help: "cut" },
  { code: ["{{ dueAt | datetime }}", '{{ dueAt | datetime: "short" }}'], help: "datetime" },
  { code: ["{{ metric | metric }}"], help: "metric" },
  { code: ["{{ url | link }}"], help: "link" },
  { code: ["{% if url %}…{% endif %}"], help: "if" },
];

const isLanguage = (value: string | null): value is TemplateLanguage => value === "zh-CN" || value === "en";

/** The human name and the "when is it sent" of a template (the API's name when the UI does not know it yet). */
function useTemplateWords() {
  const { t } = useTranslation(ns);
  return {
    title: (name: string) => t(`templates.names.${name}`, { defaultValue: name }),
    when: (name: string) => t(`templates.when.${name}`, { defaultValue: "" }),
  };
}

type EditorProps = {
  name: string;
  language: TemplateLanguage;
  canEdit: boolean;
  onLanguage(language: TemplateLanguage): void;
  onBack(): void;
};

/** One template in one language: its three texts, the placeholders to insert, a live preview, save and restore. */
export function TemplateEditor({ name, language, canEdit, onLanguage, onBack }: EditorProps) {
  const { t } = useTranslation([ns, "common"]);
  const { modal } = App.useApp();
  const words = useTemplateWords();
  const format = useFormat();
  const dirty = useRef(false);
  const detail = useQuery({
    queryKey: [...TEMPLATES_KEY, name, language],
    queryFn: ({ signal }) => api.get<TemplateDetail>(templatePath(name, language), undefined, signal),
  });
  // leaving unsaved text behind (another language, the list) asks first
  const leave = (go: () => void) => {
    if (!dirty.current) return go();
    modal.confirm({ title: t("templates.discardConfirm"), okText: t("templates.discardOk"), cancelText: t("cancel"), onOk: go });
  };

  return (
    <Space orientation="vertical" size="middle" style={{ width: "100%" }}>
      <Flex gap={8} align="center" wrap>
        <Button icon={<ArrowLeftOutlined />} aria-label={t("templates.back")} title={t("templates.back")} onClick={() => leave(onBack)} />
        <Typography.Title level={2} style={{ margin: 0 }}>{words.title(name)}</Typography.Title>
      </Flex>
      {words.when(name) ? <Typography.Text type="secondary">{words.when(name)}</Typography.Text> : null}
      <Flex gap={8} align="center" wrap role="group" aria-label={t("templates.languageSwitch")}>
        <span>{t("templates.languageSwitch")}</span>
        <Segmented<TemplateLanguage>
          value={language}
          onChange={(next) => leave(() => onLanguage(next))}
          options={LANGUAGES.map((value) => ({ value, label: t(`templates.languages.${value}`) }))}
        />
        {detail.data ? (
          <>
            {detail.data.customised ? <Tag color="blue">{t("templates.customised")}</Tag> : <Tag>{t("templates.builtIn")}</Tag>}
            {detail.data.customised && detail.data.updatedBy ? (
              <Typography.Text type="secondary">{t("templates.updated", { name: detail.data.updatedBy.name, at: format.dateTime(detail.data.updatedAt) })}</Typography.Text>
            ) : null}
          </>
        ) : null}
      </Flex>
      {detail.error ? <Alert type="error" role="alert" title={errorText(detail.error, t("common:networkError"))} /> : null}
      {detail.data ? (
        <TemplateForm key={`${name}/${language}/${detail.data.version}`} template={detail.data} canEdit={canEdit} dirty={dirty} onReload={() => void detail.refetch()} />
      ) : detail.isLoading ? <PageLoading /> : null}
    </Space>
  );
}

function TemplateForm({ template, canEdit, dirty, onReload }: { template: TemplateDetail; canEdit: boolean; dirty: MutableRefObject<boolean>; onReload(): void }) {
  const { t } = useTranslation([ns, "common"]);
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<TemplateTexts>();
  const [formError, setFormError] = useState<{ text: string; conflict: boolean } | null>(null);
  const [previewError, setPreviewError] = useState<string | null>(null);
  // the last text that rendered: it stays on view (dimmed) while the text in the fields has an error
  const [rendered, setRendered] = useState<TemplatePreview | null>(null);
  const lastFocused = useRef<{ field: FieldName; element: HTMLInputElement | HTMLTextAreaElement } | null>(null);
  const detailKey = [...TEMPLATES_KEY, template.name, template.language];
  const path = templatePath(template.name, template.language);
  const languageName = t(`templates.languages.${template.language}`);

  const subject = Form.useWatch("subject", form);
  const body = Form.useWatch("body", form);
  const sms = Form.useWatch("sms", form);
  const current: TemplateTexts = { subject: subject ?? template.subject, body: body ?? template.body, sms: sms ?? template.sms };
  const isDirty = FIELDS.some((field) => current[field] !== template[field]);
  useEffect(() => {
    dirty.current = isDirty;
  }, [dirty, isDirty]);

  // a string, so that an unchanged text never restarts the wait
  const typed = JSON.stringify(current);
  const settled = useDebounced(typed, 400);
  const preview = useQuery({
    queryKey: [...detailKey, "preview", settled],
    queryFn: () => api.post<TemplatePreview>(`${path}/preview`, JSON.parse(settled) as TemplateTexts),
    staleTime: Infinity,
  });
  // The preview checks the text as it is typed: its errors stand beside the fields and go once
  // the text renders. Only an answer about the text now in the fields counts, and it replaces only
  // the errors an earlier preview put there (a save's stay until their field is edited).
  const previewMarked = useRef<FieldName[]>([]);
  useEffect(() => {
    if (preview.isFetching || settled !== typed) return;
    form.setFields(previewMarked.current.map((name) => ({ name, errors: [] })));
    previewMarked.current = [];
    const error = preview.error;
    if (error) {
      setPreviewError(applyProblemToForm(form, error));
      const byField = error instanceof ApiError ? error.byField() : {};
      previewMarked.current = FIELDS.filter((name) => name in byField);
    } else if (preview.data) {
      setPreviewError(null);
      setRendered(preview.data);
    }
  }, [preview.error, preview.data, preview.isFetching, settled, typed, form]);

  const afterWrite = (item: TemplateItem | undefined, text: string) => {
    void message.success(text);
    if (item) queryClient.setQueryData<TemplateDetail>(detailKey, { ...template, ...item });
    else void queryClient.invalidateQueries({ queryKey: detailKey, exact: true });
    void queryClient.invalidateQueries({ queryKey: TEMPLATES_KEY, exact: true });
  };
  const writeError = (error: unknown) => {
    const text = applyProblemToForm(form, error);
    setFormError(text ? { text, conflict: error instanceof ApiError && error.code === "version_conflict" } : null);
  };
  const save = useMutation({
    mutationFn: (values: TemplateTexts) => api.put<TemplateItem>(path, values, template.version),
    onSuccess: (saved) => afterWrite(saved, t("saved")),
    onError: writeError,
  });
  const restore = useMutation({
    mutationFn: () => api.delete<TemplateItem | undefined>(path, template.version),
    onSuccess: (restored) => afterWrite(restored, t("templates.restored")),
    onError: writeError,
  });

  const remember = (field: FieldName) => (event: FocusEvent<HTMLInputElement | HTMLTextAreaElement>) => {
    lastFocused.current = { field, element: event.currentTarget };
  };
  /** Puts `{{ name }}` where the cursor was in the field last edited (the body's end before any), and the cursor after it. */
  const insert = (placeholder: string) => {
    const token = `{{ ${placeholder} }}`;
    const field = lastFocused.current?.field ?? "body";
    const element = lastFocused.current?.element ?? (document.getElementById(`${FORM_NAME}_${field}`) as HTMLInputElement | HTMLTextAreaElement | null);
    const value = String(form.getFieldValue(field) ?? "");
    const start = lastFocused.current ? (element?.selectionStart ?? value.length) : value.length;
    const end = lastFocused.current ? (element?.selectionEnd ?? start) : start;
    // a changed text's old error may no longer hold, as when typed
    form.setFields([{ name: field, value: value.slice(0, start) + token + value.slice(end), errors: [] }]);
    const caret = start + token.length;
    // once React has put the new value in the field
    setTimeout(() => {
      element?.focus();
      element?.setSelectionRange(caret, caret);
    }, 0);
  };

  const smsLimit = rendered ? smsSegmentLength(rendered.sms) : 70;
  const isStale = Boolean(preview.error);
  const describe = (placeholder: string) => t(`templates.placeholderNames.${placeholder}`, { defaultValue: "" });

  return (
    <Flex gap={16} wrap align="start">
      <div style={{ flex: "3 1 420px", minWidth: 0 }}>
        {canEdit ? null : <Alert type="info" showIcon title={t("templates.readOnly")} style={{ marginBottom: 12 }} />}
        {formError ? (
          <Alert type="error" role="alert" showIcon title={formError.text} style={{ marginBottom: 12 }}
            action={formError.conflict ? <Button size="small" onClick={onReload}>{t("templates.reload")}</Button> : undefined} />
        ) : null}
        <Form<TemplateTexts>
          form={form} name={FORM_NAME} layout="vertical"
          initialValues={{ subject: template.subject, body: template.body, sms: template.sms }}
          onFinish={(values) => { setFormError(null); save.mutate(values); }}
          // an edited field's error may no longer hold; the next preview checks it again
          onValuesChange={(changed: Partial<TemplateTexts>) => form.setFields(FIELDS.filter((name) => name in changed && form.getFieldError(name).length > 0).map((name) => ({ name, errors: [] })))}
        >
          <Form.Item name="subject" label={t("templates.subject")}>
            <Input aria-label={t("templates.subject")} readOnly={!canEdit} onFocus={remember("subject")} />
          </Form.Item>
          <Form.Item name="body" label={t("templates.body")}>
            <Input.TextArea aria-label={t("templates.body")} readOnly={!canEdit} onFocus={remember("body")} autoSize={{ minRows: 6, maxRows: 18 }} />
          </Form.Item>
          <Form.Item
            name="sms" label={t("templates.sms")}
            extra={(
              <Flex gap={8} wrap justify="space-between">
                <span>{t("templates.smsHelp")}</span>
                {rendered ? <span data-testid="sms-count">{t("templates.smsCount", { count: rendered.smsLength, limit: smsLimit })}</span> : null}
                {rendered && rendered.smsLength > smsLimit ? <Typography.Text type="warning" role="status">{t("templates.smsTooLong", { limit: smsLimit })}</Typography.Text> : null}
              </Flex>
            )}
          >
            <Input aria-label={t("templates.sms")} readOnly={!canEdit} onFocus={remember("sms")} />
          </Form.Item>

          {canEdit ? (
            <section aria-labelledby="template-placeholders" style={{ marginBottom: 16 }}>
              <Typography.Title level={3} id="template-placeholders">{t("templates.placeholders")}</Typography.Title>
              <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>{t("templates.placeholdersHelp")}</Typography.Paragraph>
              <Flex gap={6} wrap>
                {template.placeholders.map((placeholder) => {
                  const token = `{{ ${placeholder} }}`;
                  const description = describe(placeholder);
                  return (
                    <Tooltip key={placeholder} title={description || undefined}>
                      <Button
                        size="small"
                        aria-label={description ? t("templates.insertDescribed", { token, description }) : t("templates.insert", { token })}
                        // a mouse click leaves the cursor in the field it was in
                        onMouseDown={(event) => event.preventDefault()}
                        onClick={() => insert(placeholder)}
                      >
                        <code>{token}</code>
                      </Button>
                    </Tooltip>
                  );
                })}
              </Flex>
              <Typography.Title level={3} style={{ marginTop: 16 }}>{t("templates.filters")}</Typography.Title>
              <ul style={{ paddingInlineStart: 20, margin: 0 }}>
                {FILTERS.map((filter) => (
                  <li key={filter.help} style={{ marginBottom: 4 }}>
                    {filter.code.map((code, index) => (
                      <span key={code}>{index > 0 ? " / " : null}<Typography.Text code style={{ wordBreak: "break-all" }}>{code}</Typography.Text></span>
                    ))}
                    {" "}<Typography.Text type="secondary">{t(`templates.filterHelp.${filter.help}`)}</Typography.Text>
                  </li>
                ))}
              </ul>
            </section>
          ) : null}

          {canEdit ? (
            <Flex gap={8} wrap>
              <Button type="primary" htmlType="submit" loading={save.isPending}>{t("save")}</Button>
              <Button disabled={!isDirty} onClick={() => { form.resetFields(); setFormError(null); }}>{t("templates.discard")}</Button>
              <Popconfirm
                title={t("templates.restoreConfirm", { language: languageName })}
                okText={t("templates.restore")} cancelText={t("cancel")}
                onConfirm={() => { setFormError(null); restore.mutate(); }}
              >
                <Button danger disabled={!template.customised} loading={restore.isPending}>{t("templates.restore")}</Button>
              </Popconfirm>
            </Flex>
          ) : null}
        </Form>
      </div>

      <div style={{ flex: "2 1 320px", minWidth: 0 }}>
        <Card size="small" title={t("templates.preview")} extra={preview.isFetching ? <Spin size="small" /> : null}>
          {previewError ? <Alert type="warning" showIcon title={previewError} style={{ marginBottom: 12 }} /> : null}
          {isStale && !previewError ? <Alert type="warning" showIcon title={t("templates.previewStale")} style={{ marginBottom: 12 }} /> : null}
          {rendered ? (
            <dl style={{ margin: 0, opacity: isStale ? 0.5 : 1 }} data-testid="template-preview" aria-busy={preview.isFetching}>
              <dt><Typography.Text type="secondary">{t("templates.subject")}</Typography.Text></dt>
              <dd style={{ margin: "0 0 12px", fontWeight: 600, overflowWrap: "anywhere" }}>{rendered.subject}</dd>
              <dt><Typography.Text type="secondary">{t("templates.body")}</Typography.Text></dt>
              <dd style={{ margin: "0 0 12px" }}>
                <pre style={{ whiteSpace: "pre-wrap", overflowWrap: "anywhere", fontFamily: "inherit", margin: 0 }}>{rendered.body}</pre>
              </dd>
              <dt><Typography.Text type="secondary">{t("templates.sms")}</Typography.Text></dt>
              <dd style={{ margin: 0, overflowWrap: "anywhere" }}>{rendered.sms}</dd>
            </dl>
          ) : preview.isFetching ? <Spin /> : null}
        </Card>
        <TemplateHistory
          template={template}
          // the texts go into the fields like typing would: previewed, and saved as the next version
          onLoad={canEdit ? (texts) => { form.setFields(FIELDS.map((name) => ({ name, value: texts[name], errors: [] }))); setFormError(null); } : undefined}
        />
      </div>
    </Flex>
  );
}

type Row = { name: string; audience: TemplateItem["audience"]; channels: TemplateItem["channels"]; versions: Partial<Record<TemplateLanguage, TemplateItem>> };

/** One row per template name, its languages side by side, in the API's order. */
function byName(items: TemplateItem[]): Row[] {
  const rows = new Map<string, Row>();
  for (const item of items) {
    const row = rows.get(item.name) ?? { name: item.name, audience: item.audience, channels: item.channels, versions: {} };
    row.versions[item.language] = item;
    rows.set(item.name, row);
  }
  return [...rows.values()];
}

/** Notification templates: every message casedesk sends, in Chinese and English, editable by administrators. */
export default function TemplatesAdmin() {
  const { t, i18n } = useTranslation([ns, "common"]);
  const words = useTemplateWords();
  const user = useUser();
  const [params, setParams] = useSearchParams();
  const templates = useQuery({ queryKey: TEMPLATES_KEY, queryFn: ({ signal }) => api.get<{ items: TemplateItem[] }>("/notification-templates", undefined, signal) });
  const canEdit = user.role === "admin";
  const open = params.get("template");
  const language = params.get("language");

  if (open) {
    return (
      <TemplateEditor
        name={open} language={isLanguage(language) ? language : "zh-CN"} canEdit={canEdit}
        onLanguage={(next) => setParams({ template: open, language: next }, { replace: true })}
        onBack={() => setParams({})}
      />
    );
  }
  const uiLanguage: TemplateLanguage = isLanguage(i18n.language) ? i18n.language : "zh-CN";
  return (
    <Space orientation="vertical" size="middle" style={{ width: "100%" }}>
      <Typography.Title level={2} style={{ margin: 0 }}>{t("tabs.templates")}</Typography.Title>
      <Typography.Paragraph type="secondary" style={{ margin: 0 }}>{t("templates.intro")}</Typography.Paragraph>
      {templates.error ? <Alert type="error" role="alert" title={errorText(templates.error, t("common:networkError"))} /> : null}
      <Table<Row>
        aria-label={t("tabs.templates")}
        rowKey="name" size="small" pagination={false} loading={templates.isLoading} scroll={{ x: 760 }}
        dataSource={byName(templates.data?.items ?? [])}
        locale={{ emptyText: t("empty") }}
        columns={[
          {
            title: t("templates.template"), key: "template", render: (_: unknown, row) => (
              <Flex vertical>
                <Typography.Text strong>{words.title(row.name)}</Typography.Text>
                {words.when(row.name) ? <Typography.Text type="secondary">{words.when(row.name)}</Typography.Text> : null}
              </Flex>
            ),
          },
          { title: t("templates.audience"), dataIndex: "audience", width: 100, render: (audience: Row["audience"]) => <Tag color={audience === "customer" ? "green" : "geekblue"}>{t(`templates.audiences.${audience}`)}</Tag> },
          { title: t("templates.channels"), dataIndex: "channels", width: 150, render: (channels: Row["channels"]) => <Space wrap size={4}>{channels.map((c) => <Tag key={c}>{t(`channelNames.${c}`)}</Tag>)}</Space> },
          {
            title: t("templates.customisation"), key: "customised", width: 170, render: (_: unknown, row) => {
              const customised = LANGUAGES.filter((l) => row.versions[l]?.customised);
              return customised.length === 0
                ? <Typography.Text type="secondary">{t("templates.builtIn")}</Typography.Text>
                : <Space wrap size={4}>{customised.map((l) => <Tag color="blue" key={l}>{t("templates.customisedIn", { language: t(`templates.languages.${l}`) })}</Tag>)}</Space>;
            },
          },
          {
            title: t("actions"), key: "actions", width: 90, render: (_: unknown, row) => (
              <Button
                size="small"
                aria-label={t(canEdit ? "templates.editLabel" : "templates.viewLabel", { template: words.title(row.name) })}
                onClick={() => setParams({ template: row.name, language: row.versions[uiLanguage] ? uiLanguage : "zh-CN" })}
              >
                {canEdit ? t("templates.edit") : t("templates.view")}
              </Button>
            ),
          },
        ]}
      />
    </Space>
  );
}
