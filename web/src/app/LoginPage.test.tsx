// @vitest-environment jsdom
import { cleanup, fireEvent, screen, waitFor } from "@testing-library/react";
import { Route, Routes, useLocation } from "react-router-dom";
import { afterEach, describe, expect, it, vi } from "vitest";
import { renderInApp } from "../test/render";
import { AuthProvider } from "./auth";
import LoginPage from "./LoginPage";

const dispatcher = { id: "u1", email: "d@casedesk.test", name: "座席", phone: null, role: "dispatcher", customerId: null, language: "zh-CN", isActive: true, version: 1, createdAt: "2026-01-01T00:00:00Z", updatedAt: "2026-01-01T00:00:00Z" };
const json = (status: number, body: unknown) => new Response(JSON.stringify(body), { status, headers: { "content-type": status < 400 ? "application/json" : "application/problem+json" } });

function WhereAmI() {
  const location = useLocation();
  return <p data-testid="where">{location.pathname + location.search}</p>;
}

/** Signs in from `/login?next=…` and says where the page went. */
async function signInFrom(next: string) {
  vi.stubGlobal("fetch", vi.fn(async (url: string) => (url.endsWith("/auth/me")
    ? json(401, { title: "未登录", status: 401, code: "unauthenticated" })
    : json(200, { user: dispatcher, csrfToken: "t" }))));
  renderInApp(
    <AuthProvider>
      <Routes>
        <Route path="/login" element={<LoginPage />} />
        <Route path="*" element={<WhereAmI />} />
      </Routes>
    </AuthProvider>,
    { at: `/login?next=${encodeURIComponent(next)}` },
  );
  fireEvent.change(await screen.findByLabelText("电子邮件", {}, { timeout: 5000 }), { target: { value: "d@casedesk.test" } });
  fireEvent.change(screen.getByLabelText("密码"), { target: { value: "secret" } });
  fireEvent.click(screen.getByRole("button", { name: /登\s*录/ }));
  await waitFor(() => expect(screen.getByTestId("where")).toBeTruthy(), { timeout: 5000 });
  return screen.getByTestId("where").textContent;
}

describe(LoginPage.name, () => {
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
  });

  it("goes back to the page asked for, query and all", async () => {
    expect(await signInFrom("/cases/C2611-000042?tab=files")).toBe("/cases/C2611-000042?tab=files");
  }, 20_000);

  it.each(["//evil.example", "/\\evil.example", "https://evil.example/console"])("goes to the user's home, never off-site, for next=%s", async (next) => {
    expect(await signInFrom(next)).toBe("/console");
  }, 20_000);
});
