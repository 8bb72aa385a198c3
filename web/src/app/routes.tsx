import { DashboardOutlined, MobileOutlined } from "@ant-design/icons";
import { lazy, type ComponentType, type LazyExoticComponent, type ReactNode } from "react";
import { matchPath } from "react-router-dom";
import type { Role } from "../api/types";

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
