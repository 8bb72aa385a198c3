import { useQuery } from "@tanstack/react-query";
import { Alert, Button, Card, List, Space, Tag, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { api } from "../../api/client";
import { errorText } from "../../api/form-errors";
import { useFormat } from "../../app/preferences";
import { ns } from "./admin.i18n";
import { TEMPLATES_KEY, templatePath, type TemplateDetail, type TemplateTexts, type TemplateVersion } from "./admin-api";

/**
 * Every saved version of the template, newest first: who saved it and when, and (for admins) a
 * button that puts its texts into the fields, to be saved again as the next version.
 */
export function TemplateHistory({ template, onLoad }: { template: TemplateDetail; onLoad?: (texts: TemplateTexts) => void }) {
  const { t } = useTranslation([ns, "common"]);
  const format = useFormat();
  const versions = useQuery({
    queryKey: [...TEMPLATES_KEY, template.name, template.language, "versions", template.version],
    queryFn: ({ signal }) => api.get<{ items: TemplateVersion[] }>(`${templatePath(template.name, template.language)}/versions`, undefined, signal),
  });
  if (template.version === 0) return null;
  return (
    <Card size="small" title={t("templates.history")} style={{ marginTop: 16 }}>
      {versions.error ? <Alert type="error" title={errorText(versions.error, t("common:networkError"))} /> : null}
      <List<TemplateVersion>
        size="small" loading={versions.isLoading} dataSource={versions.data?.items ?? []}
        renderItem={(item) => {
          const texts = item.subject !== null && item.body !== null && item.sms !== null ? { subject: item.subject, body: item.body, sms: item.sms } : null;
          return (
            <List.Item
              actions={onLoad && item.version !== template.version ? [
                <Button key="load" size="small" onClick={() => onLoad(texts ?? template.defaults)} aria-label={t("templates.loadVersionAria", { version: item.version })}>
                  {t("templates.loadVersion")}
                </Button>,
              ] : undefined}
            >
              <Space size={6} wrap>
                <Typography.Text strong>{t("templates.versionNo", { version: item.version })}</Typography.Text>
                {texts ? null : <Tag>{t("templates.builtIn")}</Tag>}
                {item.version === template.version ? <Tag color="blue">{t("templates.inForce")}</Tag> : null}
                <Typography.Text type="secondary">{format.dateTime(item.createdAt)} · {item.createdBy?.name ?? "—"}</Typography.Text>
              </Space>
            </List.Item>
          );
        }}
      />
    </Card>
  );
}
