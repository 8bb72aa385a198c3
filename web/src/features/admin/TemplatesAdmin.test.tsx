// @vitest-environment jsdom
import { cleanup, fireEvent, screen, waitFor } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { setCsrfToken } from "../../api/client";
import { renderInApp } from "../../test/render";
import type { TemplateDetail } from "./admin-api";
import { TemplateEditor } from "./TemplatesAdmin";

const texts = {
  subject: "【请立即处理】{{ faultLevel }} 工单 {{ caseNumber }} 已分派给您",
  body: "工单 {{ caseNumber }} 已分派给您，请立即处理。{{ url | link }}",
  sms: "【casedesk】工单{{ caseNumber }}已派给您，请立即处理。",
};
const template: TemplateDetail = {
  name: "case.assigned", language: "zh-CN", ...texts, customised: false, version: 3, updatedAt: null, updatedBy: null,
  placeholders: ["caseNumber", "subject", "faultLevel", "customerName", "url"], audience: "staff", channels: ["email", "sms", "inapp"],
  defaults: texts,
};

// version 3 is in force (the built-in text restored), 2 an edit, 1 the first edit
const VERSIONS = [
  { version: 3, subject: null, body: null, sms: null, createdAt: "2026-11-30T04:00:00.000Z", createdBy: { id: "u1", name: "马骏" } },
  { version: 2, subject: "【华北】{{ caseNumber }} 请处理", body: "工单 {{ caseNumber }}", sms: "【华北】{{ caseNumber }}", createdAt: "2026-11-29T04:00:00.000Z", createdBy: { id: "u1", name: "马骏" } },
  { version: 1, subject: "v1 {{ caseNumber }}", body: "v1", sms: "v1", createdAt: "2026-11-28T04:00:00.000Z", createdBy: null },
];

const json = (status: number, body: unknown) => new Response(JSON.stringify(body), { status, headers: { "content-type": status >= 400 ? "application/problem+json" : "application/json" } });

const unknownPlaceholder = (path: string) => json(422, {
  type: "about:blank", title: "请求数据无效", status: 422, code: "validation_failed",
  errors: [{ path, code: "unknown_placeholder", message: "此模板没有这些占位符: nope" }],
});

/**
 * The template API: the template, a preview of whatever is sent (refused with `{{ nope }}` in
 * it; never answered for a changed subject when the server is slow), and `put` for a save.
 */
function serve(put: () => Response, { slowPreview = false } = {}) {
  const fetchMock = vi.fn(async (url: string, init: RequestInit) => {
    if (url.endsWith("/preview")) {
      const sent = JSON.parse(String(init.body)) as typeof texts;
      if (slowPreview && sent.subject !== texts.subject) return new Promise<Response>(() => {});
      if (sent.body.includes("nope")) return unknownPlaceholder("body.body");
      return json(200, { subject: sent.subject, body: sent.body, sms: sent.sms, smsLength: sent.sms.length });
    }
    if (init.method === "PUT") return put();
    if (url.endsWith("/versions")) return json(200, { items: VERSIONS });
    return json(200, template);
  });
  vi.stubGlobal("fetch", fetchMock);
  return fetchMock;
}

const field = (label: string) => screen.getByRole("textbox", { name: label }) as HTMLInputElement;
const openEditor = async () => {
  renderInApp(<TemplateEditor name="case.assigned" language="zh-CN" canEdit onLanguage={() => {}} onBack={() => {}} />);
  await waitFor(() => expect(field("邮件主题").value).toBe(texts.subject), { timeout: 5000 });
};

describe(TemplateEditor.name, () => {
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
    setCsrfToken(null);
  });

  it("inserts a placeholder at the cursor of the field last focused", async () => {
    serve(() => json(500, {}));
    await openEditor();
    const subject = field("邮件主题");
    subject.focus();
    subject.setSelectionRange(7, 7);
    fireEvent.click(screen.getByRole("button", { name: "插入 {{ caseNumber }}（工单号）" }));
    await waitFor(() => expect(subject.value).toBe(`【请立即处理】{{ caseNumber }}${texts.subject.slice(7)}`));
    // the other fields are left alone
    expect(field("短信与站内通知").value).toBe(texts.sms);
    expect(field("邮件正文").value).toBe(texts.body);
  }, 20_000);

  it("counts the SMS's characters as rendered while it is typed and warns past one Chinese segment of 70", async () => {
    serve(() => json(500, {}));
    await openEditor();
    const count = () => screen.getByTestId("sms-count").textContent;
    await waitFor(() => expect(count()).toBe(`示例渲染后 ${texts.sms.length} / 70 字`), { timeout: 5000 });
    expect(screen.queryByText(/短信将拆成多条发送/)).toBeNull();
    fireEvent.change(field("短信与站内通知"), { target: { value: "工".repeat(70) } });
    await waitFor(() => expect(count()).toBe("示例渲染后 70 / 70 字"), { timeout: 5000 });
    expect(screen.queryByText(/短信将拆成多条发送/)).toBeNull();
    fireEvent.change(field("短信与站内通知"), { target: { value: "工".repeat(71) } });
    await waitFor(() => expect(count()).toBe("示例渲染后 71 / 70 字"), { timeout: 5000 });
    expect(screen.getByRole("status").textContent).toBe("超过 70 字，短信将拆成多条发送（含中文时每条 70 字，纯英文 160 字）");
    // plain English fits 160 characters in one segment
    fireEvent.change(field("短信与站内通知"), { target: { value: "x".repeat(100) } });
    await waitFor(() => expect(count()).toBe("示例渲染后 100 / 160 字"), { timeout: 5000 });
    expect(screen.queryByRole("status")).toBeNull();
  }, 20_000);

  it("saves with If-Match of the version it loaded, and puts a 422's message beside its field", async () => {
    const fetchMock = serve(() => unknownPlaceholder("body.subject"), { slowPreview: true });
    setCsrfToken("csrf-1");
    await openEditor();
    fireEvent.change(field("邮件主题"), { target: { value: "工单 {{ nope }}" } });
    fireEvent.click(screen.getByRole("button", { name: /^保\s?存$/ }));
    await waitFor(() => expect(screen.getByText("此模板没有这些占位符: nope")).toBeTruthy(), { timeout: 5000 });
    const item = screen.getByText("此模板没有这些占位符: nope").closest(".ant-form-item");
    await waitFor(() => expect(item?.classList.contains("ant-form-item-has-error")).toBe(true));
    expect(item?.contains(field("邮件主题"))).toBe(true);

    const [url, init] = fetchMock.mock.calls.find(([, init]) => init.method === "PUT") as unknown as [string, RequestInit];
    expect(url).toBe("/api/v1/notification-templates/case.assigned/zh-CN");
    expect((init.headers as Record<string, string>)["If-Match"]).toBe('"3"');
    expect(JSON.parse(String(init.body))).toEqual({ ...texts, subject: "工单 {{ nope }}" });
  }, 20_000);

  it("shows the preview's errors beside their field while the last text that rendered stays on view", async () => {
    serve(() => json(500, {}));
    await openEditor();
    await waitFor(() => expect(screen.getByTestId("template-preview").textContent).toContain(texts.body), { timeout: 5000 });
    fireEvent.change(field("邮件正文"), { target: { value: "工单 {{ nope }}" } });
    await waitFor(() => expect(screen.getByText("此模板没有这些占位符: nope")).toBeTruthy(), { timeout: 5000 });
    await waitFor(() => expect(field("邮件正文").closest(".ant-form-item")?.classList.contains("ant-form-item-has-error")).toBe(true));
    expect(screen.getByText("此模板没有这些占位符: nope").closest(".ant-form-item")?.contains(field("邮件正文"))).toBe(true);
    expect(screen.getByText("模板有错误，预览未更新。")).toBeTruthy();
    expect(screen.getByTestId("template-preview").textContent).toContain(texts.body);
    fireEvent.change(field("邮件正文"), { target: { value: "工单 {{ caseNumber }}" } });
    await waitFor(() => expect(screen.getByTestId("template-preview").textContent).toContain("工单 {{ caseNumber }}"), { timeout: 5000 });
    await waitFor(() => expect(field("邮件正文").closest(".ant-form-item")?.classList.contains("ant-form-item-has-error")).toBe(false));
  }, 20_000);

  it("lists the saved versions, and loads an earlier one into the fields to be saved again", async () => {
    serve(() => json(500, {}));
    await openEditor();
    await screen.findByText("第 2 版");
    expect(screen.getByText("2026-11-29 12:00 · 马骏")).toBeTruthy();
    // the version in force offers nothing to load
    expect(screen.queryByRole("button", { name: "把第 3 版载入编辑框" })).toBeNull();
    fireEvent.click(screen.getByRole("button", { name: "把第 2 版载入编辑框" }));
    await waitFor(() => expect(field("邮件主题").value).toBe("【华北】{{ caseNumber }} 请处理"));
    expect(field("短信与站内通知").value).toBe("【华北】{{ caseNumber }}");
    // the form sees the loaded text as a change once it has re-rendered
    await waitFor(() => expect(screen.getByRole("button", { name: "撤销修改" }).hasAttribute("disabled")).toBe(false));
  }, 20_000);
});
