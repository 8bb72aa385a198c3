import { MenuOutlined } from "@ant-design/icons";
import { Button, Drawer, Grid, Layout, Menu } from "antd";
import { Suspense, useState, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Link, useLocation } from "react-router-dom";
import { useUser } from "../auth";
import { navFor } from "../routes";
import { PageLoading } from "./PageLoading";
import { UserMenu } from "./UserMenu";
import { NotificationBell } from "../../features/notifications/NotificationBell";

/** The staff frame: menu from the routes list by role, a header with the user menu. On a phone the menu is a drawer. */
export function ConsoleLayout({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const user = useUser();
  const location = useLocation();
  const screens = Grid.useBreakpoint();
  const [drawerOpen, setDrawerOpen] = useState(false);
  const isNarrow = !screens.md;
  const items = navFor(user.role).map((route) => ({
    key: route.path,
    icon: route.nav.icon,
    label: <Link to={route.path} onClick={() => setDrawerOpen(false)}>{t(route.nav.label)}</Link>,
  }));
  const selected = items.filter((item) => location.pathname.startsWith(item.key)).map((item) => item.key);
  const menu = <Menu mode="inline" theme="dark" selectedKeys={selected} items={items} aria-label={t("mainNavigation")} />;

  return (
    <Layout style={{ minHeight: "100vh" }}>
      <a className="cd-skip-link" href="#main">{t("skipToContent")}</a>
      {!isNarrow && (
        <Layout.Sider width={200} theme="dark">
          <div className="cd-brand">casedesk</div>
          <nav aria-label={t("mainNavigation")}>{menu}</nav>
        </Layout.Sider>
      )}
      {isNarrow && (
        <Drawer placement="left" open={drawerOpen} onClose={() => setDrawerOpen(false)} size={240} styles={{ body: { padding: 0, background: "#001529" } }} title="casedesk">
          <nav aria-label={t("mainNavigation")}>{menu}</nav>
        </Drawer>
      )}
      <Layout>
        <Layout.Header className="cd-header">
          {isNarrow && <Button type="text" icon={<MenuOutlined />} aria-label={t("openMenu")} onClick={() => setDrawerOpen(true)} style={{ color: "inherit" }} />}
          <span className="cd-header-title">{t("appName")}</span>
          <NotificationBell />
          <UserMenu />
        </Layout.Header>
        <Layout.Content id="main" tabIndex={-1} className="cd-content">
          <Suspense fallback={<PageLoading />}>{children}</Suspense>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
