import { Spin } from "antd";
import { useTranslation } from "react-i18next";

export function PageLoading() {
  const { t } = useTranslation();
  return (
    <div role="status" style={{ padding: 48, textAlign: "center" }}>
      <Spin />
      <div>{t("loading")}</div>
    </div>
  );
}
