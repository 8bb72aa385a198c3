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

/**
 * The brand colour, and antd's greys darkened to a 4.5:1 contrast on white (WCAG AA): its defaults
 * for secondary text, placeholders and empty states are lighter than that.
 */
const READABLE_TOKENS = {
  colorPrimary: "#1661ab",
  colorLink: "#1661ab",
  colorError: "#c41d1f",
  colorWarning: "#8f5400",
  colorInfo: "#1661ab",
  colorSuccess: "#2b7a0b",
  borderRadius: 6,
  // each screen's title is its one h1 and its sections h2, h3 (a screen reader's outline), at the
  // sizes they had as h3, h4, h5
  fontSizeHeading1: 24,
  fontSizeHeading2: 20,
  fontSizeHeading3: 16,
  colorTextSecondary: "rgba(0, 0, 0, 0.62)",
  colorTextTertiary: "rgba(0, 0, 0, 0.6)",
  colorTextDescription: "rgba(0, 0, 0, 0.6)",
  colorTextPlaceholder: "rgba(0, 0, 0, 0.56)",
  colorTextQuaternary: "rgba(0, 0, 0, 0.56)",
};

function Localised({ children }: { children: React.ReactNode }) {
  const { language } = usePreferences();
  const reducedMotion = usePrefersReducedMotion();
  return (
    <ConfigProvider locale={language === "zh-CN" ? zhCN : enUS} theme={{ token: { ...READABLE_TOKENS, motion: !reducedMotion } }}
      // "保存", not "保 存": the spaced form is what screen readers and the buttons' labels would say
      button={{ autoInsertSpace: false }}>
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
