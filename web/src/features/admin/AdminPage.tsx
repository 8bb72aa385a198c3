import { Tabs, Typography } from "antd";
import { lazy, Suspense } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate, useParams } from "react-router-dom";
import { PageLoading } from "../../app/shell/PageLoading";
import { ns } from "./admin.i18n";

const SECTIONS = {
  users: lazy(() => import("./UsersAdmin")),
  customers: lazy(() => import("./CustomersAdmin")),
  imports: lazy(() => import("./ImportAdmin")),
  lists: lazy(() => import("../lists/ListsAdmin")),
  sla: lazy(() => import("./SlaPoliciesAdmin")),
  calendars: lazy(() => import("./CalendarsAdmin")),
  rosters: lazy(() => import("./RostersAdmin")),
  templates: lazy(() => import("./TemplatesAdmin")),
  tokens: lazy(() => import("./TokensAdmin")),
  operations: lazy(() => import("./OperationsAdmin")),
} as const;
type Section = keyof typeof SECTIONS;

/** Administration: one tab per area, the tab in the URL (/admin/sla), each loaded when opened. */
export default function AdminPage() {
  const { t } = useTranslation(ns);
  const navigate = useNavigate();
  const { section = "users" } = useParams();
  const active: Section = section in SECTIONS ? (section as Section) : "users";
  const Screen = SECTIONS[active];
  return (
    <>
      <Typography.Title level={1} style={{ marginTop: 0 }}>{t("title")}</Typography.Title>
      <Tabs
        activeKey={active}
        onChange={(key) => navigate(`/admin/${key}`)}
        items={(Object.keys(SECTIONS) as Section[]).map((key) => ({ key, label: t(`tabs.${key}`) }))}
      />
      <Suspense fallback={<PageLoading />}>
        <Screen />
      </Suspense>
    </>
  );
}
