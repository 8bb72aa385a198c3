// @vitest-environment jsdom
import { cleanup, fireEvent, screen, waitFor } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { setCsrfToken } from "../../api/client";
import { AuthProvider, useAuth } from "../../app/auth";
import { renderInApp } from "../../test/render";
import OperationsAdmin from "./OperationsAdmin";

const json = (status: number, body: unknown) => new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } });
const admin = { id: "u1", email: "admin@x.cn", name: "马骏", phone: null, role: "admin", customerId: null, language: "zh-CN", isActive: true, version: 1, createdAt: "", updatedAt: "" };

/** The operations API: one of each trouble until it is retried. */
function serve() {
  const retried: string[] = [];
  const fetchMock = vi.fn(async (url: string, init: RequestInit) => {
    const path = new URL(url, "http://localhost").pathname + new URL(url, "http://localhost").search;
    if (init?.method === "POST") {
      retried.push(path);
      return json(200, {});
    }
    if (path.startsWith("/api/v1/auth/me")) return json(200, { user: admin, csrfToken: "csrf" });
    if (path.startsWith("/api/v1/admin/outbox")) {
      return json(200, { items: retried.some((p) => p.includes("/outbox/")) ? [] : [{ id: "n1", channel: "email", toAddress: "wang@hbdl.example.cn", template: "case.assigned", attempts: 8, lastError: "550 mailbox unavailable", createdAt: "2026-11-30T02:00:00.000Z", caseId: null }], nextCursor: null });
    }
    if (path.startsWith("/api/v1/admin/timers")) return json(200, { items: [{ id: "t1", key: "sla:0b5a3f2e-3c1d-4e7a-9f00-1234567890ab:response:1:30m", kind: "sla.response_step", dueAt: "2026-11-30T02:30:00.000Z", attempts: 5, lastError: "boom" }], nextCursor: null });
    if (path.includes("status=failed&status=rejected")) return json(200, { items: [{ id: "m1", source: "smtp", sender: "x@y.cn", subject: "存储告警", status: "rejected", reason: "too_many_parts", detail: "more than 100 MIME parts", receivedAt: "2026-11-30T01:00:00.000Z" }], nextCursor: null });
    return json(404, {});
  });
  vi.stubGlobal("fetch", fetchMock);
  return retried;
}

function SignedIn() {
  return useAuth().user ? <OperationsAdmin /> : null;
}

describe("OperationsAdmin", () => {
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
    setCsrfToken(null);
  });

  it("lists each kind of trouble in Chinese and sends a dead letter again in one click", async () => {
    const retried = serve();
    renderInApp(<AuthProvider><SignedIn /></AuthProvider>);
    // a busy machine renders slowly; the default second is not enough
    await screen.findByText("wang@hbdl.example.cn", {}, { timeout: 10_000 });
    expect(screen.getByText("工单分派给工程师")).toBeTruthy();
    expect(screen.getByText("MIME 部分过多")).toBeTruthy();
    expect(screen.getByText("已拒收")).toBeTruthy();
    expect(screen.getByRole("link", { name: "sla:0b5a3f2e-3c1d-4e7a-9f00-1234567890ab:response:1:30m" }).getAttribute("href")).toBe("/cases/0b5a3f2e-3c1d-4e7a-9f00-1234567890ab");

    fireEvent.click(screen.getByRole("button", { name: "重新发送给 wang@hbdl.example.cn" }));
    await waitFor(() => expect(retried).toEqual(["/api/v1/admin/outbox/n1/retry"]));
    await screen.findByText("没有发送失败的通知", {}, { timeout: 10_000 });
  }, 20_000);
});
