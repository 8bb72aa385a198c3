import { describe, expect, it } from "vitest";
import { renderTemplate, TEMPLATE_NAMES, type TemplateName, type TemplateParams } from "./templates.js";

const tz = { timeZone: "Asia/Shanghai" };

/** Typical parameters of every template (case numbers, Chinese names and subjects as the centre writes them). */
const EXAMPLES: { [T in TemplateName]: TemplateParams[T] } = {
  "case.assigned": { caseNumber: "C2611-000042", subject: "存储阵列硬盘故障，业务系统宕机", faultLevel: "S1", customerName: "华北电力信息中心", url: "https://casedesk.example.cn/cases/C2611-000042" },
  "sla.response_reminder": { caseNumber: "C2611-000042", minutesElapsed: 30, minutesLeft: 30 },
  "sla.response_alert_dispatcher": { caseNumber: "C2611-000042", engineerName: "张伟", minutesElapsed: 45 },
  "sla.reassigned_new": { caseNumber: "C2611-000042", previousEngineerName: "张伟" },
  "sla.reassigned_previous": { caseNumber: "C2611-000042", newEngineerName: "李强" },
  "sla.reassigned_dispatcher": { caseNumber: "C2611-000042", previousEngineerName: "张伟", newEngineerName: "李强" },
  "sla.resolution_warning": { caseNumber: "C2611-000042", dueAt: new Date("2026-11-25T10:00:00Z"), percent: 75 },
  "sla.breached": { caseNumber: "C2611-000042", metric: "resolution", dueAt: "2026-11-25T10:00:00.000Z" },
  "case.escalated": { caseNumber: "C2611-000042", subject: "存储阵列硬盘故障", reason: "阵列重建失败，需要专家分析日志", engineerName: "张伟" },
  "case.taken_over": { caseNumber: "C2611-000042", newEngineerName: "李强" },
  "vendor.confirmation_requested": { caseNumber: "C2611-000042", vendor: "IBM", reason: "疑似背板故障" },
  "case.rma_requested": { caseNumber: "C2611-000042" },
  "case.resolved_confirm": { caseNumber: "C2611-000042", subject: "存储阵列硬盘故障", confirmUrl: "https://cd.example.cn/c/8f3k2", autoCloseDays: 7 },
  "case.closed": { caseNumber: "C2611-000042" },
  "survey.invitation": { caseNumber: "C2611-000042", subject: "存储阵列硬盘故障", surveyUrl: "https://kf.cn/s/AbCdEfGhIjKlMnOpQrStUv", expireDays: 14 },
  "survey.reminder": { caseNumber: "C2611-000042", subject: "存储阵列硬盘故障", surveyUrl: "https://kf.cn/s/AbCdEfGhIjKlMnOpQrStUv", expiresAt: "2026-12-09T02:00:00.000Z" },
  // e-mail and fax intake
  "intake.acknowledged": { caseNumber: "C2611-000042", subject: "存储阵列告警", inReplyTo: "<abc@mail.example.cn>" },
};

describe(renderTemplate.name, () => {
  it.each(TEMPLATE_NAMES)("renders %s in both languages, with a Chinese SMS of at most 70 characters", (name) => {
    const zh = renderTemplate(name, "zh-CN", EXAMPLES[name] as Record<string, unknown>, tz);
    const en = renderTemplate(name, "en", EXAMPLES[name] as Record<string, unknown>, tz);
    for (const rendered of [zh, en]) {
      expect(rendered.subject).not.toMatch(/[\r\n]/);
      expect(rendered.subject).toContain("C2611-000042");
      expect(rendered.body).toContain("C2611-000042");
      expect(rendered.sms).toContain("C2611-000042");
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
