import { Button, Result } from "antd";
import { lazy, Suspense } from "react";
import { useTranslation } from "react-i18next";
import { Link, Navigate, Route, Routes, useLocation } from "react-router-dom";
import { useAuth } from "./auth";
import { homeFor, routes, type AppRoute } from "./routes";
import { ConsoleLayout } from "./shell/ConsoleLayout";
import { PageLoading } from "./shell/PageLoading";
import { PortalLayout } from "./shell/PortalLayout";

const LoginPage = lazy(() => import("./LoginPage"));

/** Sends visitors without a session to /login, and users to pages their role may open. */
function Guarded({ route }: { route: AppRoute }) {
  const { user, hasSignedOut } = useAuth();
  const location = useLocation();
  // in the address, so a reload of the sign-in page still knows where to go back to; after a
  // sign-out the next user starts at their own home, not at the page the last one left
  if (!user) return <Navigate to={hasSignedOut ? "/login" : `/login?next=${encodeURIComponent(location.pathname + location.search)}`} replace />;
  if (!route.roles.includes(user.role)) return <NotFound />;
  const Screen = route.component;
  const Frame = route.layout === "portal" ? PortalLayout : ConsoleLayout;
  return (
    <Frame>
      <Screen />
    </Frame>
  );
}

function Home() {
  const { user } = useAuth();
  if (!user) return <Navigate to="/login" replace />;
  const home = homeFor(user.role);
  if (home) return <Navigate to={home} replace />;
  const Frame = user.role === "customer" ? PortalLayout : ConsoleLayout;
  return (
    <Frame>
      <NotFound />
    </Frame>
  );
}

function NotFound() {
  const { t } = useTranslation();
  return <Result status="404" title={t("notFound")} extra={<Link to="/"><Button type="primary">{t("backHome")}</Button></Link>} />;
}

export function AppRoutes() {
  const { isLoading } = useAuth();
  if (isLoading) return <PageLoading />;
  return (
    <Suspense fallback={<PageLoading />}>
      <Routes>
        <Route path="/login" element={<LoginPage />} />
        <Route path="/" element={<Home />} />
        {routes.map((route) => (
          <Route key={route.path} path={route.path} element={<Guarded route={route} />} />
        ))}
        <Route path="*" element={<NotFound />} />
      </Routes>
    </Suspense>
  );
}
