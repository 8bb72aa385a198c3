import { AreaChartOutlined, BarChartOutlined, CalendarOutlined, DashboardOutlined, InboxOutlined, ExperimentOutlined, FileTextOutlined, FundOutlined, MobileOutlined, PhoneOutlined, RiseOutlined, SafetyCertificateOutlined, SearchOutlined, SettingOutlined, ToolOutlined } from "@ant-design/icons";
import { lazy, type ComponentType, type LazyExoticComponent, type ReactNode } from "react";
import { matchPath } from "react-router-dom";
import type { Role } from "../api/types";
import "../features/screens-nav.i18n";
import "../features/rma/rma-nav.i18n";
import "../features/maintenance/maintenance.i18n";

/**
 * Every screen of the UI, in one list that features append to. `layout` picks the frame
 * (staff console or customer portal), `roles` who may open it (the server stays the authority),
 * `nav` puts it in the menu: `label` is an i18n key ("namespace:key"), `order` sorts the menu,
 * and the first menu entry a role may open is its home page.
 */
export type AppRoute = {
  path: string;
  layout: "console" | "portal";
  roles: readonly Role[];
  component: LazyExoticComponent<ComponentType>;
  nav?: { label: string; icon?: ReactNode; order: number };
};

export const STAFF: readonly Role[] = ["dispatcher", "engineer", "expert", "rma_admin", "manager", "admin"];

export const routes: AppRoute[] = [
  // web-core: dispatcher console, case page, engineer workspace
  {
    path: "/console", layout: "console", roles: ["dispatcher", "manager", "admin"],
    component: lazy(() => import("../features/dispatch/DispatchConsole")),
    nav: { label: "common:nav.console", icon: <DashboardOutlined />, order: 10 },
  },
  {
    path: "/my-cases", layout: "console", roles: ["engineer", "expert", "manager", "admin"],
    component: lazy(() => import("../features/workspace/EngineerWorkspace")),
    nav: { label: "common:nav.myCases", icon: <MobileOutlined />, order: 20 },
  },
  { path: "/cases/:id", layout: "console", roles: STAFF, component: lazy(() => import("../features/cases/CasePage")) },
  // web-screens: search, escalation and vendor queues, the manager's overview, the customer portal, administration
  {
    path: "/overview", layout: "console", roles: ["manager", "admin"],
    component: lazy(() => import("../features/queues/ManagerOverview")),
    nav: { label: "screensNav:overview", icon: <BarChartOutlined />, order: 30 },
  },
  {
    path: "/search", layout: "console", roles: STAFF,
    component: lazy(() => import("../features/search/CaseSearch")),
    nav: { label: "screensNav:search", icon: <SearchOutlined />, order: 40 },
  },
  {
    path: "/expert", layout: "console", roles: ["expert"],
    component: lazy(() => import("../features/queues/ExpertDesk")),
    nav: { label: "screensNav:expertDesk", icon: <ExperimentOutlined />, order: 15 },
  },
  {
    path: "/escalations", layout: "console", roles: ["expert", "engineer", "manager", "admin"],
    component: lazy(() => import("../features/queues/EscalationQueues")),
    nav: { label: "screensNav:escalations", icon: <RiseOutlined />, order: 50 },
  },
  {
    path: "/portal", layout: "portal", roles: ["customer"],
    component: lazy(() => import("../features/portal/PortalCases")),
    nav: { label: "screensNav:portal", icon: <FileTextOutlined />, order: 10 },
  },
  { path: "/portal/cases/:id", layout: "portal", roles: ["customer"], component: lazy(() => import("../features/portal/PortalCase")) },
  // reports: the manager's reports screen and the customer's monthly reports
  {
    path: "/reports", layout: "console", roles: ["manager", "admin"],
    component: lazy(() => import("../features/reports/ReportsPage")),
    nav: { label: "screensNav:reports", icon: <AreaChartOutlined />, order: 35 },
  },
  {
    path: "/portal/reports", layout: "portal", roles: ["customer"],
    component: lazy(() => import("../features/reports/PortalReports")),
    nav: { label: "screensNav:portalReports", icon: <AreaChartOutlined />, order: 20 },
  },
  {
    path: "/admin", layout: "console", roles: ["manager", "admin"],
    component: lazy(() => import("../features/admin/AdminPage")),
    nav: { label: "screensNav:admin", icon: <SettingOutlined />, order: 90 },
  },
  { path: "/admin/:section", layout: "console", roles: ["manager", "admin"], component: lazy(() => import("../features/admin/AdminPage")) },
  // spare parts and RMA: the RMA admin's workspace, an RMA, the engineer's phone view for issuing parts on site
  {
    path: "/rma", layout: "console", roles: ["rma_admin", "manager", "admin"],
    component: lazy(() => import("../features/rma/RmaWorkspace")),
    nav: { label: "rmaNav:rma", icon: <InboxOutlined />, order: 12 },
  },
  { path: "/rma/:id", layout: "console", roles: ["rma_admin", "manager", "admin"], component: lazy(() => import("../features/rma/RmaPage")) },
  { path: "/cases/:id/issue-parts", layout: "console", roles: STAFF, component: lazy(() => import("../features/parts/IssuePartsOnSite")) },
  // preventive maintenance: jobs, plans, the manager's board, the customer's reports
  {
    path: "/maintenance", layout: "console", roles: ["engineer", "expert", "manager", "admin"],
    component: lazy(() => import("../features/maintenance/MaintenanceJobs")),
    nav: { label: "maintenanceNav:jobs", icon: <ToolOutlined />, order: 60 },
  },
  { path: "/maintenance/jobs/:id", layout: "console", roles: ["engineer", "expert", "manager", "admin"], component: lazy(() => import("../features/maintenance/MaintenanceJobPage")) },
  {
    path: "/maintenance/plans", layout: "console", roles: ["manager", "admin"],
    component: lazy(() => import("../features/maintenance/MaintenancePlans")),
    nav: { label: "maintenanceNav:plans", icon: <CalendarOutlined />, order: 61 },
  },
  {
    path: "/maintenance/board", layout: "console", roles: ["manager", "admin"],
    component: lazy(() => import("../features/maintenance/MaintenanceBoard")),
    nav: { label: "maintenanceNav:board", icon: <FundOutlined />, order: 62 },
  },
  {
    path: "/maintenance/calls", layout: "console", roles: ["dispatcher", "engineer", "expert", "manager", "admin"],
    component: lazy(() => import("../features/maintenance/ProactiveCalls")),
    nav: { label: "maintenanceNav:calls", icon: <PhoneOutlined />, order: 63 },
  },
  {
    path: "/portal/maintenance", layout: "portal", roles: ["customer"],
    component: lazy(() => import("../features/maintenance/PortalReports")),
    nav: { label: "maintenanceNav:portal", icon: <SafetyCertificateOutlined />, order: 20 },
  },
];

/** The screens a role may open, and its menu in order. */
export function routesFor(role: Role): AppRoute[] {
  return routes.filter((route) => route.roles.includes(role));
}

export function navFor(role: Role): Array<AppRoute & { nav: NonNullable<AppRoute["nav"]> }> {
  return routesFor(role)
    .filter((route): route is AppRoute & { nav: NonNullable<AppRoute["nav"]> } => Boolean(route.nav))
    .sort((a, b) => a.nav.order - b.nav.order);
}

/** Whether a role may open a path (for going back where a sign-in began; the previous user's page may not be this one's). */
export function mayOpen(role: Role, pathname: string): boolean {
  return routesFor(role).some((route) => matchPath(route.path, pathname) !== null);
}

/** Where a role lands after signing in. */
export function homeFor(role: Role): string | null {
  return navFor(role)[0]?.path ?? null;
}
