// @vitest-environment jsdom
import { cleanup, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { setCsrfToken } from "../../api/client";
import { renderInApp } from "../../test/render";
import { ScreenPopCard } from "./ScreenPop";
import type { ScreenPop } from "./telephony.api";

const pop: ScreenPop = {
  call: { callId: "1733017200.42", direction: "inbound", status: "ringing", from: "010-6611 2233", to: "400-810-8888", number: "+861066112233", extension: null, ringingAt: "2026-11-30T02:00:00Z", answeredAt: null, endedAt: null, durationSeconds: null,
    receivedAt: { first: "2026-11-30T02:00:00Z", ringing: "2026-11-30T02:00:00Z", answered: null, ended: null }, caseId: null, linkedAt: null, summary: null, isActivityLogged: false },
  caller: {
    contacts: [{ id: "c1", name: "李娜", customerId: "k1", customerName: "华北电力", title: "信息中心主任", phone: "010-6611 2233", mobile: null, email: null, isDesignated: true }],
    companies: [{
      id: "k1", name: "华北电力",
      contracts: [{ id: "ct1", contractNo: "HT-2026-001", title: "存储维保", startsOn: "2026-07-01", endsOn: "2027-06-30", serviceHours: "7x24" }],
      openCases: [
        { id: "11111111-1111-1111-1111-111111111111", number: "C2611-000042", subject: "存储阵列硬盘故障", status: "in_progress", faultLevel: "S2", priority: "P2", vendor: "IBM", caseType: "hardware", assigneeName: "王磊", createdAt: "2026-11-29T02:00:00Z" },
        { id: "22222222-2222-2222-2222-222222222222", number: "C2611-000043", subject: "交换机端口闪断", status: "new", faultLevel: "S3", priority: "P3", vendor: "Cisco", caseType: "network", assigneeName: null, createdAt: "2026-11-30T01:00:00Z" },
      ],
    }],
  },
  linkedCase: null,
};

describe(ScreenPopCard.name, () => {
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
    setCsrfToken(null);
  });

  it("shows the caller's number, name, company, contract and open cases with links", () => {
    renderInApp(<ScreenPopCard pop={pop} onNewCase={() => {}} />);
    const card = screen.getByTestId("screen-pop");
    expect(within(card).getByText("+861066112233")).toBeTruthy();
    expect(within(card).getByText(/李娜/)).toBeTruthy();
    expect(within(card).getByText("华北电力")).toBeTruthy();
    expect(within(card).getByText(/HT-2026-001/)).toBeTruthy();
    expect(within(card).getByText("未结工单（2）")).toBeTruthy();
    expect(within(card).getByRole("link", { name: "C2611-000042" }).getAttribute("href")).toBe("/cases/C2611-000042");
    expect(within(card).getByRole("link", { name: "C2611-000043" }).getAttribute("href")).toBe("/cases/C2611-000043");
  });

  it("'add to this case' puts the call on that case through the API, with the CSRF header", async () => {
    const fetchMock = vi.fn(async () => new Response(JSON.stringify({ callId: pop.call.callId, caseId: pop.caller.companies[0]!.openCases[1]!.id }), { status: 200, headers: { "content-type": "application/json" } }));
    vi.stubGlobal("fetch", fetchMock);
    setCsrfToken("csrf-1");
    renderInApp(<ScreenPopCard pop={pop} onNewCase={() => {}} />);
    fireEvent.click(screen.getByRole("button", { name: "把来电关联到 C2611-000043" }));
    await waitFor(() => expect(fetchMock).toHaveBeenCalled());
    const [url, init] = fetchMock.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe("/api/v1/telephony/calls/1733017200.42/link");
    expect(init.method).toBe("POST");
    expect(JSON.parse(String(init.body))).toEqual({ caseId: "22222222-2222-2222-2222-222222222222" });
    expect((init.headers as Record<string, string>)["X-CSRF-Token"]).toBe("csrf-1");
  });

  it("'new case' hands the call to the console; an unknown number says so", () => {
    const onNewCase = vi.fn();
    const unknown: ScreenPop = { ...pop, caller: { contacts: [], companies: [] } };
    renderInApp(<ScreenPopCard pop={unknown} onNewCase={onNewCase} />);
    expect(screen.getByText("客户数据库中没有这个号码")).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: /新建工单/ }));
    expect(onNewCase).toHaveBeenCalledWith(unknown);
  });
});
