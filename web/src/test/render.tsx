import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { render } from "@testing-library/react";
import { App as AntApp, ConfigProvider } from "antd";
import zhCN from "antd/locale/zh_CN";
import type { ReactElement } from "react";
import { MemoryRouter } from "react-router-dom";
import "../app/i18n";
import { PreferencesProvider } from "../app/preferences";

// jsdom has no matchMedia; antd's responsive pieces ask for it
if (typeof window !== "undefined" && !window.matchMedia) {
  Object.defineProperty(window, "matchMedia", {
    writable: true,
    value: (query: string) => ({ matches: false, media: query, onchange: null, addListener() {}, removeListener() {}, addEventListener() {}, removeEventListener() {}, dispatchEvent: () => false }),
  });
}

// nor ResizeObserver (antd's ellipsis measures with it)
if (typeof window !== "undefined" && !("ResizeObserver" in window)) {
  Object.defineProperty(window, "ResizeObserver", {
    writable: true,
    value: class { observe() {} unobserve() {} disconnect() {} },
  });
}

/**
 * Renders a component inside the providers the app gives it (zh-CN, Asia/Shanghai, a fresh query
 * cache), at the address `at` (default `/`).
 */
export function renderInApp(element: ReactElement, { at = "/" }: { at?: string } = {}) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(
    <PreferencesProvider>
      <ConfigProvider locale={zhCN}>
        <AntApp>
          <QueryClientProvider client={queryClient}>
            <MemoryRouter initialEntries={[at]}>{element}</MemoryRouter>
          </QueryClientProvider>
        </AntApp>
      </ConfigProvider>
    </PreferencesProvider>,
  );
}
