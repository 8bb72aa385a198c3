import { describe, expect, it } from "vitest";
import { checkTemplate, renderTemplate } from "./template-engine.js";
import { DEFAULT_TEMPLATES, SAMPLE_PARAMS, TEMPLATE_NAMES } from "./templates.js";

const tz = { timeZone: "Asia/Shanghai" };

const EXAMPLES = SAMPLE_PARAMS;

describe(renderTemplate.name, () => {
  it.each(TEMPLATE_NAMES)("renders %s in both languages, with a Chinese SMS of at most 70 characters", (name) => {
    const zh = renderTemplate(name, "zh-CN", EXAMPLES[name] as Record<string, unknown>, tz);
    const en = renderTemplate(name, "en", EXAMPLES[name] as Record<string, unknown>, tz);
    // a case's messages name the case, preventive maintenance's the customer, the monthly reports the month (the low-stock alert none of them)
    const example = EXAMPLES[name] as Record<string, unknown>;
    const names = "caseNumber" in example ? "C2611-000042" : name.startsWith("maintenance.") ? "华北电力信息中心" : "month" in example ? "2026-11" : null;
    for (const rendered of [zh, en]) {
      expect(rendered.subject).not.toMatch(/[\r\n]/);
      if (names) {
        expect(rendered.subject).toContain(names);
        expect(rendered.body).toContain(names);
        expect(rendered.sms).toContain(names);
      }
      expect(`${rendered.subject}${rendered.body}${rendered.sms}`).not.toMatch(/undefined|null|NaN|\[object/);
    }
    expect(zh.subject).toMatch(/[\u4e00-\u9fff]/);
    expect(en.subject).not.toMatch(/工单|请/);
    expect([...zh.sms].length).toBeLessThanOrEqual(70);
  });

  it("says 'act now' where the case-flow needs it", () => {
    expect(renderTemplate("case.assigned", "zh-CN", EXAMPLES["case.assigned"], tz).subject).toContain("请立即处理");
    expect(renderTemplate("sla.reassigned_new", "zh-CN", EXAMPLES["sla.reassigned_new"], tz).subject).toContain("立即回应客户");
    expect(renderTemplate("sla.reassigned_new", "zh-CN", EXAMPLES["sla.reassigned_new"], tz).sms).toContain("请立即回应客户");
  });

  it("renders instants in the display time zone", () => {
    const zh = renderTemplate("sla.resolution_warning", "zh-CN", EXAMPLES["sla.resolution_warning"], tz);
    expect(zh.body).toContain("须于 2026-11-25 18:00 前解决");
    expect(zh.sms).toContain("11-25 18:00");
    expect(renderTemplate("sla.breached", "en", EXAMPLES["sla.breached"], tz).body).toContain("resolution target (2026-11-25 18:00 (UTC+08:00))");
    expect(renderTemplate("sla.breached", "zh-CN", EXAMPLES["sla.breached"], { timeZone: "UTC" }).body).toContain("解决时限（2026-11-25 10:00）");
  });

  it("strips CR, LF and other control characters from the subject, keeps lines in bodies", () => {
    const rendered = renderTemplate("case.escalated", "zh-CN", {
      caseNumber: "C2611-000042\r\nBcc: x@example.com", subject: "硬盘\u2028故障\u0000", reason: "第一行\r\n第二行", engineerName: "张伟",
    }, tz);
    expect(rendered.subject).toBe("工单 C2611-000042 Bcc: x@example.com 已升级：硬盘 故障");
    expect(rendered.body).toContain("第一行\n第二行");
    expect(rendered.sms).not.toMatch(/[\r\n]/);
  });

  it("shows a dash for a missing name and cuts long ones in the SMS", () => {
    const rendered = renderTemplate("case.assigned", "zh-CN", { caseNumber: "C2611-000042", subject: "故障", faultLevel: "S2", customerName: "中华人民共和国某某省某某市某某区信息中心机房" }, tz);
    expect(rendered.sms).toContain("（中华人民共和国某某省某…）");
    expect(renderTemplate("case.taken_over", "zh-CN", { caseNumber: "C2611-000042", newEngineerName: null }, tz).subject).toBe("工单 C2611-000042 已由 — 接手");
  });
});

describe("Message-IDs", () => {
  it("are RFC 5322 ids, distinct for distinct keys", async () => {
    const { messageIdOf } = await import("./notification.js");
    const atext = /^<[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*@casedesk>$/;
    expect(messageIdOf("sla:case-1:response:1:step00:email:u1")).toMatch(atext);
    expect(messageIdOf("a:b")).not.toBe(messageIdOf("a=3Ab"));
  });
});

describe("an administrator's text", () => {
  const custom = { subject: "{{ caseNumber }} · {{ subject }}", body: "{{ reason | block }}{{ url | link }}", sms: "{{ nobody }}{{ caseNumber | cut: 5 }}" };
  const params = { caseNumber: "C2611-000042", subject: "第一行\r\n第二行", reason: "原因一\r\n原因二", engineerName: "张伟" };

  it("renders with the same rules as the built-in ones: one line per placeholder, a dash for nothing", () => {
    expect(renderTemplate("case.escalated", "zh-CN", params, { ...tz, custom })).toEqual({
      subject: "C2611-000042 · 第一行 第二行", body: "原因一\n原因二", sms: "—C261…",
    });
  });

  it("gives way to the built-in text when it fails while rendering", () => {
    const runaway = { ...custom, body: "{% for i in (1..100000000) %}{{ caseNumber }}{% endfor %}" };
    expect(renderTemplate("case.escalated", "zh-CN", params, { ...tz, custom: runaway }).subject).toBe("工单 C2611-000042 已升级：第一行 第二行");
  });

  it("is checked against the template's parameters, the render's own context out of reach", () => {
    expect(checkTemplate("case.closed", "zh-CN", { subject: "{{ caseNumber }}", body: "{{ render }}{{ timeZone }}", sms: "{{ caseNumber | nofilter }}" })).toEqual([
      { path: "body.body", code: "unknown_placeholder", params: { values: ["render", "timeZone"] } },
      { path: "body.sms", code: "template_syntax", params: { detail: expect.stringContaining("nofilter"), line: 1 } },
    ]);
    expect(checkTemplate("case.closed", "en", DEFAULT_TEMPLATES["case.closed"].en)).toEqual([]);
  });
});
