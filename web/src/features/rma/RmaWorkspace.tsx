import { Tabs, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router-dom";
import { DepotsTab, StockTab } from "./DepotsAndStock";
import { ImportTab, LowStockTab, MovementsTab } from "./MovementsTab";
import { rmaNs } from "./rma.i18n";
import { RmaQueue } from "./RmaQueue";
import { StepTargetsTab } from "./StepTargets";

const TABS = ["queue", "depots", "stock", "movements", "low", "import", "targets"] as const;

/** The RMA admin's workspace: the RMA queue by state and lateness, depots, stock, movements, low stock, the catalogue import and the steps' targets. */
export default function RmaWorkspace() {
  const { t } = useTranslation(rmaNs);
  const [search, setSearch] = useSearchParams();
  const tab = TABS.find((key) => key === search.get("tab")) ?? "queue";
  const content = { queue: <RmaQueue />, depots: <DepotsTab />, stock: <StockTab />, movements: <MovementsTab />, low: <LowStockTab />, import: <ImportTab />, targets: <StepTargetsTab /> };
  return (
    <>
      <Typography.Title level={1} style={{ marginTop: 0 }}>{t("title")}</Typography.Title>
      <Tabs activeKey={tab} onChange={(key) => setSearch({ tab: key })} destroyOnHidden items={TABS.map((key) => ({ key, label: t(`tab.${key}`), children: content[key] }))} />
    </>
  );
}
