import { Layout, Menu } from "antd";
import { Suspense, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Link, useLocation } from "react-router-dom";
import { useUser } from "../auth";
import { navFor } from "../routes";
import { PageLoading } from "./PageLoading";
import { UserMenu } from "./UserMenu";

/** The customer portal's frame: a light top bar with the customer's menu. */
export function PortalLayout({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const user = useUser();
  const location = useLocation();
  const items = navFor(user.role).map((route) => ({ key: route.path, label: <Link to={route.path}>{t(route.nav.label)}</Link> }));
  return (
    <Layout style={{ minHeight: "100vh" }}>
      <a className="cd-skip-link" href="#main">{t("skipToContent")}</a>
      <Layout.Header className="cd-header cd-header-light">
        <span className="cd-header-title">{t("appName")}</span>
        <nav aria-label={t("mainNavigation")} style={{ flex: 1, minWidth: 0 }}>
          <Menu mode="horizontal" selectedKeys={items.filter((item) => location.pathname.startsWith(item.key)).map((item) => item.key)} items={items} />
        </nav>
        <UserMenu />
      </Layout.Header>
      <Layout.Content id="main" tabIndex={-1} className="cd-content">
        <Suspense fallback={<PageLoading />}>{children}</Suspense>
      </Layout.Content>
    </Layout>
  );
}
