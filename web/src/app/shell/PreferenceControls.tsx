import { GlobalOutlined } from "@ant-design/icons";
import { Select, Space } from "antd";
import { useTranslation } from "react-i18next";
import { usePreferences, TIME_ZONES } from "../preferences";
import type { Language } from "../i18n";

/** The language switch (persisted) and the time zone every date is shown in. */
export function LanguageSwitch() {
  const { t } = useTranslation();
  const { language, setLanguage } = usePreferences();
  return (
    <Select<Language>
      aria-label={t("language")}
      value={language}
      onChange={setLanguage}
      size="small"
      suffixIcon={<GlobalOutlined />}
      style={{ width: 104 }}
      options={[
        { value: "zh-CN", label: "简体中文" },
        { value: "en", label: "English" },
      ]}
    />
  );
}

export function TimeZoneSelect() {
  const { t } = useTranslation();
  const { timeZone, setTimeZone } = usePreferences();
  const zones = TIME_ZONES.includes(timeZone) ? TIME_ZONES : [timeZone, ...TIME_ZONES];
  return (
    <Select
      aria-label={t("timeZone")}
      value={timeZone}
      onChange={setTimeZone}
      size="small"
      style={{ width: 170 }}
      options={zones.map((zone) => ({ value: zone, label: zone }))}
    />
  );
}

export function PreferenceControls() {
  return (
    <Space wrap size="small">
      <LanguageSwitch />
      <TimeZoneSelect />
    </Space>
  );
}
