import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { App as AntApp, ConfigProvider } from "antd";
import enUS from "antd/locale/en_US";
import zhCN from "antd/locale/zh_CN";
import { BrowserRouter } from "react-router-dom";
import { ApiError } from "../api/client";
import { AuthProvider } from "./auth";
import { PreferencesProvider, usePreferences } from "./preferences";
import { usePrefersReducedMotion } from "./reduced-motion";
import { AppRoutes } from "./router";
import { LiveUpdates } from "../features/live/LiveUpdates";
import { ErrorBoundary } from "./shell/ErrorBoundary";

function makeQueryClient() {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 5_000,
        refetchOnWindowFocus: true,
        // a 4xx will not get better by asking again
        retry: (count, error) => !(error instanceof ApiError && error.status < 500) && count < 2,
      },
    },
  });
}

function Localised({ children }: { children: React.ReactNode }) {
  const { language } = usePreferences();
  const reducedMotion = usePrefersReducedMotion();
  return (
    <ConfigProvider locale={language === "zh-CN" ? zhCN : enUS} theme={{ token: { colorPrimary: "#1661ab", borderRadius: 6, motion: !reducedMotion } }}>
      <AntApp>{children}</AntApp>
    </ConfigProvider>
  );
}

/** The whole UI: router → preferences → antd locale (its messages can hold links) → data → session → routes. */
export function App({ queryClient = makeQueryClient() }: { queryClient?: QueryClient }) {
  return (
    <BrowserRouter>
      <PreferencesProvider>
        <Localised>
          <QueryClientProvider client={queryClient}>
            <AuthProvider>
              <LiveUpdates />
              <ErrorBoundary>
                <AppRoutes />
              </ErrorBoundary>
            </AuthProvider>
          </QueryClientProvider>
        </Localised>
      </PreferencesProvider>
    </BrowserRouter>
  );
}
