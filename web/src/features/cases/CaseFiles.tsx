import { LockOutlined, PaperClipOutlined, UploadOutlined } from "@ant-design/icons";
import { Alert, App, Button, Card, Form, Input, List, Radio, Space, Tag, Typography, Upload, type UploadFile } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { errorText } from "../../api/form-errors";
import { useFormat } from "../../app/preferences";
import { downloadUrl, formatSize, MAX_FILES_PER_UPLOAD, useCaseAttachments, useUploadAttachments, type EntryFile } from "./attachments.api";
import { caseFilesNs } from "./case-files.i18n";

/** The files a log entry names, as download links (the server always sends them as downloads). */
export function FileLinks({ files }: { files: EntryFile[] }) {
  const { t } = useTranslation(caseFilesNs);
  if (files.length === 0) return null;
  return (
    <div data-testid="entry-files" style={{ display: "flex", flexWrap: "wrap", gap: "2px 12px", marginTop: 4 }}>
      {files.map((file) => (
        <a key={file.id} href={downloadUrl(file.id)} download={file.filename} aria-label={t("download", { name: file.filename })} style={{ overflowWrap: "anywhere" }}>
          <PaperClipOutlined aria-hidden /> {file.filename}{file.sizeBytes !== undefined ? <Typography.Text type="secondary"> ({formatSize(file.sizeBytes)})</Typography.Text> : null}
        </a>
      ))}
    </div>
  );
}

/** Files chosen for an upload, kept in the browser until the form is sent (at most 10). */
export function FilePicker({ files, onChange, disabled }: { files: UploadFile[]; onChange: (files: UploadFile[]) => void; disabled?: boolean }) {
  const { t } = useTranslation(caseFilesNs);
  return (
    <Upload
      multiple
      fileList={files}
      disabled={disabled}
      maxCount={MAX_FILES_PER_UPLOAD}
      beforeUpload={() => false}
      onChange={({ fileList }) => onChange(fileList.slice(0, MAX_FILES_PER_UPLOAD))}
    >
      <Button icon={<UploadOutlined aria-hidden />} disabled={disabled}>{t("pick")}</Button>
      <Typography.Text type="secondary" style={{ marginLeft: 8 }}>{t("pickHint")}</Typography.Text>
    </Upload>
  );
}

/** The browser's File objects of what the picker holds. */
export const pickedFiles = (files: UploadFile[]): File[] => files.map((file) => file.originFileObj).filter((file): file is NonNullable<UploadFile["originFileObj"]> => Boolean(file));

/**
 * A case's files: the list with download links, and (for whoever may add notes) an upload with an
 * optional note; staff choose the visibility (internal by default, as the API does). The API's
 * error (too large, a type that contradicts the bytes) shows next to the control in the user's language.
 */
export function CaseFiles({ caseId, canUpload, isStaff, scope = "cases" }: { caseId: string; canUpload: boolean; isStaff: boolean; scope?: string }) {
  const { t } = useTranslation(caseFilesNs);
  const { t: tc } = useTranslation();
  const format = useFormat();
  const { message } = App.useApp();
  const list = useCaseAttachments(caseId, scope);
  const upload = useUploadAttachments(caseId);
  const [files, setFiles] = useState<UploadFile[]>([]);
  const [body, setBody] = useState("");
  const [visibility, setVisibility] = useState<"public" | "internal">(isStaff ? "internal" : "public");
  const [error, setError] = useState<string | null>(null);

  const send = async () => {
    setError(null);
    try {
      const result = await upload.mutateAsync({ files: pickedFiles(files), body: body.trim() || undefined, visibility });
      void message.success(t("uploaded", { count: result.attachments.length }));
      for (const file of result.attachments) if (file.filenameAdjustments?.length) void message.info(t("renamed", { name: file.filename }));
      setFiles([]);
      setBody("");
    } catch (caught) {
      setError(errorText(caught, tc("networkError")));
    }
  };

  const items = list.data?.items ?? [];
  return (
    <Card size="small" title={<Space><PaperClipOutlined aria-hidden /><span>{t("title")}</span></Space>}>
      {list.error ? <Alert type="error" showIcon title={errorText(list.error, tc("networkError"))} /> : null}
      <List
        size="small"
        loading={list.isLoading}
        dataSource={items}
        locale={{ emptyText: t("empty") }}
        renderItem={(file) => (
          <List.Item data-testid="attachment">
            <Space direction="vertical" size={0} style={{ minWidth: 0 }}>
              <a href={file.downloadUrl} download={file.filename} aria-label={t("download", { name: file.filename })} style={{ overflowWrap: "anywhere" }}>{file.filename}</a>
              <Typography.Text type="secondary">
                {formatSize(file.sizeBytes)} · <time dateTime={file.createdAt}>{format.dateTime(file.createdAt)}</time>
                {isStaff && file.visibility === "internal" ? <> · <Tag color="orange" icon={<LockOutlined aria-hidden />}>{t("internal")}</Tag></> : null}
              </Typography.Text>
            </Space>
          </List.Item>
        )}
      />
      {canUpload && (
        <Form layout="vertical" style={{ marginTop: 12 }} onFinish={() => void send()}>
          <Form.Item style={{ marginBottom: 8 }} validateStatus={error ? "error" : undefined} help={error ? <span role="alert">{error}</span> : undefined}>
            <FilePicker files={files} onChange={(next) => { setFiles(next); setError(null); }} disabled={upload.isPending} />
          </Form.Item>
          <Form.Item label={t("note")} style={{ marginBottom: 8 }}>
            <Input.TextArea aria-label={t("note")} rows={2} maxLength={50000} value={body} onChange={(event) => setBody(event.target.value)} />
          </Form.Item>
          {isStaff && (
            <Form.Item label={t("visibility")} style={{ marginBottom: 8 }}>
              <Radio.Group value={visibility} onChange={(event) => setVisibility(event.target.value as "public" | "internal")}
                options={[{ value: "internal", label: t("internal") }, { value: "public", label: t("public") }]} optionType="button" />
            </Form.Item>
          )}
          <Button type="primary" htmlType="submit" disabled={files.length === 0} loading={upload.isPending}>{t("upload")}</Button>
        </Form>
      )}
    </Card>
  );
}
