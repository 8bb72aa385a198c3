import { DateTime } from "luxon";
import type { Language } from "../db/schema.js";

/**
 * Every message casedesk sends, in zh-CN and en: a plain-text e-mail (subject and body), a short
 * text for SMS (at most 70 characters in Chinese where the parameters allow) and the in-app
 * notification (the subject as title, the short text as body). Parameters are rendered when the
 * message is delivered or read, dates in the display time zone.
 */
type Value = string | number | null | undefined;
type Instant = Date | string;

export type TemplateParams = {
  "case.assigned": { caseNumber: string; subject: string; faultLevel: string; customerName: Value; url?: Value };
  "sla.response_reminder": { caseNumber: string; minutesElapsed: number; minutesLeft: number; url?: Value };
  "sla.response_alert_dispatcher": { caseNumber: string; engineerName: Value; minutesElapsed: number; url?: Value };
  "sla.reassigned_new": { caseNumber: string; previousEngineerName: Value; url?: Value };
  "sla.reassigned_previous": { caseNumber: string; newEngineerName: Value };
  "sla.reassigned_dispatcher": { caseNumber: string; previousEngineerName: Value; newEngineerName: Value; url?: Value };
  "sla.resolution_warning": { caseNumber: string; dueAt: Instant; percent: number; url?: Value };
  "sla.breached": { caseNumber: string; metric: string; dueAt: Instant; url?: Value };
  "case.escalated": { caseNumber: string; subject: string; reason: Value; engineerName: Value; url?: Value };
  "case.taken_over": { caseNumber: string; newEngineerName: Value };
  "vendor.confirmation_requested": { caseNumber: string; vendor: string; reason: Value; url?: Value };
  "case.rma_requested": { caseNumber: string; url?: Value };
  "case.resolved_confirm": { caseNumber: string; subject: string; confirmUrl: string; autoCloseDays: number };
  "case.closed": { caseNumber: string };
  // surveys
  "survey.invitation": { caseNumber: string; subject: string; surveyUrl: string; expireDays: number };
  "survey.reminder": { caseNumber: string; subject: string; surveyUrl: string; expiresAt: Instant };
  // e-mail and fax intake
  "intake.acknowledged": { caseNumber: string; subject: string; inReplyTo?: Value };
};

export type TemplateName = keyof TemplateParams;
export type Rendered = { subject: string; body: string; sms: string };
export type RenderOptions = { timeZone: string };

/** What a template sees: each parameter as safe text. */
type Fmt = {
  /** one line: control characters (CR, LF, tab …) become spaces; optionally cut to `max` characters */
  v(name: string, max?: number): string;
  /** several lines kept (CRLF → LF), other control characters removed; for e-mail bodies */
  block(name: string): string;
  /** an instant in the display time zone: 2026-11-25 18:00; `short` drops the year */
  date(name: string, short?: boolean): string;
  metric(name: string): string;
  /** "\n\n<url>" when a url parameter was given */
  link(name?: string): string;
};

type Template = Record<Language, (f: Fmt) => Rendered>;

const SIGN_ZH = "【casedesk】";
const SIGN_EN = "casedesk: ";

const METRICS: Record<string, Record<Language, string>> = {
  response: { "zh-CN": "响应", en: "response" },
  first_response: { "zh-CN": "首次响应", en: "first response" },
  resolution: { "zh-CN": "解决", en: "resolution" },
};

const TEMPLATES: Record<TemplateName, Template> = {
  "case.assigned": {
    "zh-CN": (f) => ({
      subject: `【请立即处理】${f.v("faultLevel")} 工单 ${f.v("caseNumber")} 已分派给您：${f.v("subject", 80)}`,
      body: `工单 ${f.v("caseNumber")} 已分派给您，请立即处理。\n\n客户：${f.v("customerName")}\n故障级别：${f.v("faultLevel")}\n问题：${f.v("subject")}${f.link()}`,
      sms: `${SIGN_ZH}${f.v("faultLevel")}工单${f.v("caseNumber")}已派给您（${f.v("customerName", 12)}），请立即处理。`,
    }),
    en: (f) => ({
      subject: `[Act now] ${f.v("faultLevel")} case ${f.v("caseNumber")} assigned to you: ${f.v("subject", 80)}`,
      body: `Case ${f.v("caseNumber")} has been assigned to you. Please act on it now.\n\nCustomer: ${f.v("customerName")}\nFault level: ${f.v("faultLevel")}\nProblem: ${f.v("subject")}${f.link()}`,
      sms: `${SIGN_EN}${f.v("faultLevel")} case ${f.v("caseNumber")} (${f.v("customerName", 20)}) is yours. Please act now.`,
    }),
  },
  "sla.response_reminder": {
    "zh-CN": (f) => ({
      subject: `【提醒】工单 ${f.v("caseNumber")} 已 ${f.v("minutesElapsed")} 分钟未回应客户`,
      body: `工单 ${f.v("caseNumber")} 分派给您已 ${f.v("minutesElapsed")} 分钟，仍未记录对客户的回应。\n距回应时限还剩 ${f.v("minutesLeft")} 分钟，超时将自动改派。请立即回应客户。${f.link()}`,
      sms: `${SIGN_ZH}工单${f.v("caseNumber")}已${f.v("minutesElapsed")}分钟未回应客户，剩余${f.v("minutesLeft")}分钟，请立即回应。`,
    }),
    en: (f) => ({
      subject: `[Reminder] Case ${f.v("caseNumber")}: no response to the customer after ${f.v("minutesElapsed")} minutes`,
      body: `Case ${f.v("caseNumber")} was assigned to you ${f.v("minutesElapsed")} minutes ago and no response to the customer has been recorded.\n${f.v("minutesLeft")} minutes are left before it is reassigned. Please respond to the customer now.${f.link()}`,
      sms: `${SIGN_EN}case ${f.v("caseNumber")}: no response after ${f.v("minutesElapsed")} min, ${f.v("minutesLeft")} min left. Respond now.`,
    }),
  },
  "sla.response_alert_dispatcher": {
    "zh-CN": (f) => ({
      subject: `【告警】工单 ${f.v("caseNumber")}：${f.v("engineerName", 40)} 已 ${f.v("minutesElapsed")} 分钟未回应客户`,
      body: `工单 ${f.v("caseNumber")} 的工程师 ${f.v("engineerName")} 已 ${f.v("minutesElapsed")} 分钟未回应客户。\n请跟进，必要时改派。${f.link()}`,
      sms: `${SIGN_ZH}工单${f.v("caseNumber")}：${f.v("engineerName", 8)}已${f.v("minutesElapsed")}分钟未回应客户，请跟进或改派。`,
    }),
    en: (f) => ({
      subject: `[Alert] Case ${f.v("caseNumber")}: ${f.v("engineerName", 40)} has not responded for ${f.v("minutesElapsed")} minutes`,
      body: `The engineer on case ${f.v("caseNumber")}, ${f.v("engineerName")}, has not responded to the customer for ${f.v("minutesElapsed")} minutes.\nPlease follow up and reassign if needed.${f.link()}`,
      sms: `${SIGN_EN}case ${f.v("caseNumber")}: ${f.v("engineerName", 20)} silent for ${f.v("minutesElapsed")} min. Follow up.`,
    }),
  },
  "sla.reassigned_new": {
    "zh-CN": (f) => ({
      subject: `【立即回应客户】工单 ${f.v("caseNumber")} 已改派给您`,
      body: `工单 ${f.v("caseNumber")} 因 ${f.v("previousEngineerName")} 超时未回应，已自动改派给您。\n回应时限已重新开始计时，请立即回应客户。${f.link()}`,
      sms: `${SIGN_ZH}工单${f.v("caseNumber")}因${f.v("previousEngineerName", 8)}超时未回应已改派给您，请立即回应客户。`,
    }),
    en: (f) => ({
      subject: `[Respond to the customer now] Case ${f.v("caseNumber")} reassigned to you`,
      body: `Case ${f.v("caseNumber")} has been reassigned to you because ${f.v("previousEngineerName")} did not respond in time.\nThe response clock has restarted: respond to the customer immediately.${f.link()}`,
      sms: `${SIGN_EN}case ${f.v("caseNumber")} reassigned to you (no response from ${f.v("previousEngineerName", 20)}). Respond to the customer now.`,
    }),
  },
  "sla.reassigned_previous": {
    "zh-CN": (f) => ({
      subject: `工单 ${f.v("caseNumber")} 已改派给 ${f.v("newEngineerName", 40)}`,
      body: `工单 ${f.v("caseNumber")} 因超时未回应客户，已自动改派给 ${f.v("newEngineerName")}，您无需再处理。`,
      sms: `${SIGN_ZH}工单${f.v("caseNumber")}因超时未回应已改派给${f.v("newEngineerName", 8)}，您无需再处理。`,
    }),
    en: (f) => ({
      subject: `Case ${f.v("caseNumber")} reassigned to ${f.v("newEngineerName", 40)}`,
      body: `Case ${f.v("caseNumber")} was reassigned to ${f.v("newEngineerName")} because no response was recorded in time. You need not act on it any more.`,
      sms: `${SIGN_EN}case ${f.v("caseNumber")} was reassigned to ${f.v("newEngineerName", 20)} (no response in time).`,
    }),
  },
  "sla.reassigned_dispatcher": {
    "zh-CN": (f) => ({
      subject: `工单 ${f.v("caseNumber")} 已自动改派：${f.v("previousEngineerName", 30)} → ${f.v("newEngineerName", 30)}`,
      body: `工单 ${f.v("caseNumber")} 因 ${f.v("previousEngineerName")} 超时未回应客户，已自动改派给 ${f.v("newEngineerName")}。${f.link()}`,
      sms: `${SIGN_ZH}工单${f.v("caseNumber")}超时未回应，已由${f.v("previousEngineerName", 8)}改派给${f.v("newEngineerName", 8)}。`,
    }),
    en: (f) => ({
      subject: `Case ${f.v("caseNumber")} reassigned automatically: ${f.v("previousEngineerName", 30)} → ${f.v("newEngineerName", 30)}`,
      body: `Case ${f.v("caseNumber")} was reassigned from ${f.v("previousEngineerName")} to ${f.v("newEngineerName")} because no response was recorded in time.${f.link()}`,
      sms: `${SIGN_EN}case ${f.v("caseNumber")} reassigned ${f.v("previousEngineerName", 15)} -> ${f.v("newEngineerName", 15)} (no response).`,
    }),
  },
  "sla.resolution_warning": {
    "zh-CN": (f) => ({
      subject: `【预警】工单 ${f.v("caseNumber")} 解决时限已用 ${f.v("percent")}%`,
      body: `工单 ${f.v("caseNumber")} 的解决时限已用去 ${f.v("percent")}%，须于 ${f.date("dueAt")} 前解决。${f.link()}`,
      sms: `${SIGN_ZH}工单${f.v("caseNumber")}解决时限已用${f.v("percent")}%，须于${f.date("dueAt", true)}前解决。`,
    }),
    en: (f) => ({
      subject: `[Warning] Case ${f.v("caseNumber")}: ${f.v("percent")}% of the resolution time used`,
      body: `Case ${f.v("caseNumber")} has used ${f.v("percent")}% of its resolution time and must be resolved by ${f.date("dueAt")}.${f.link()}`,
      sms: `${SIGN_EN}case ${f.v("caseNumber")} used ${f.v("percent")}% of its resolution time; due ${f.date("dueAt", true)}.`,
    }),
  },
  "sla.breached": {
    "zh-CN": (f) => ({
      subject: `【超时】工单 ${f.v("caseNumber")} ${f.metric("metric")}时限已过`,
      body: `工单 ${f.v("caseNumber")} 的${f.metric("metric")}时限（${f.date("dueAt")}）已过，已记录为超时。${f.link()}`,
      sms: `${SIGN_ZH}工单${f.v("caseNumber")}${f.metric("metric")}已超时（时限${f.date("dueAt", true)}）。`,
    }),
    en: (f) => ({
      subject: `[Breached] Case ${f.v("caseNumber")}: ${f.metric("metric")} target missed`,
      body: `Case ${f.v("caseNumber")} missed its ${f.metric("metric")} target (${f.date("dueAt")}); the breach has been recorded.${f.link()}`,
      sms: `${SIGN_EN}case ${f.v("caseNumber")} breached its ${f.metric("metric")} target (${f.date("dueAt", true)}).`,
    }),
  },
  "case.escalated": {
    "zh-CN": (f) => ({
      subject: `工单 ${f.v("caseNumber")} 已升级：${f.v("subject", 80)}`,
      body: `${f.v("engineerName")} 将工单 ${f.v("caseNumber")} 升级，请专家介入。\n\n问题：${f.v("subject")}\n升级原因：\n${f.block("reason")}${f.link()}`,
      sms: `${SIGN_ZH}工单${f.v("caseNumber")}已由${f.v("engineerName", 8)}升级：${f.v("reason", 20)}，请尽快处理。`,
    }),
    en: (f) => ({
      subject: `Case ${f.v("caseNumber")} escalated: ${f.v("subject", 80)}`,
      body: `${f.v("engineerName")} escalated case ${f.v("caseNumber")} for an expert.\n\nProblem: ${f.v("subject")}\nReason:\n${f.block("reason")}${f.link()}`,
      sms: `${SIGN_EN}case ${f.v("caseNumber")} escalated by ${f.v("engineerName", 20)}: ${f.v("reason", 40)}`,
    }),
  },
  "case.taken_over": {
    "zh-CN": (f) => ({
      subject: `工单 ${f.v("caseNumber")} 已由 ${f.v("newEngineerName", 40)} 接手`,
      body: `工单 ${f.v("caseNumber")} 已由 ${f.v("newEngineerName")} 接手处理。`,
      sms: `${SIGN_ZH}工单${f.v("caseNumber")}已由${f.v("newEngineerName", 8)}接手处理。`,
    }),
    en: (f) => ({
      subject: `Case ${f.v("caseNumber")} taken over by ${f.v("newEngineerName", 40)}`,
      body: `${f.v("newEngineerName")} has taken over case ${f.v("caseNumber")}.`,
      sms: `${SIGN_EN}case ${f.v("caseNumber")} taken over by ${f.v("newEngineerName", 20)}.`,
    }),
  },
  "vendor.confirmation_requested": {
    "zh-CN": (f) => ({
      subject: `【待确认】工单 ${f.v("caseNumber")} 申请向 ${f.v("vendor", 40)} 报修`,
      body: `工单 ${f.v("caseNumber")} 申请向厂商 ${f.v("vendor")} 报修，请确认。\n\n原因：\n${f.block("reason")}${f.link()}`,
      sms: `${SIGN_ZH}工单${f.v("caseNumber")}申请向${f.v("vendor", 10)}报修，请确认。`,
    }),
    en: (f) => ({
      subject: `[Please confirm] Case ${f.v("caseNumber")}: vendor case with ${f.v("vendor", 40)} requested`,
      body: `Case ${f.v("caseNumber")} asks to open a case with the vendor ${f.v("vendor")}. Please confirm.\n\nReason:\n${f.block("reason")}${f.link()}`,
      sms: `${SIGN_EN}case ${f.v("caseNumber")} asks for a vendor case with ${f.v("vendor", 20)}. Please confirm.`,
    }),
  },
  "case.rma_requested": {
    "zh-CN": (f) => ({
      subject: `【备件申请】工单 ${f.v("caseNumber")} 申请 RMA`,
      body: `工单 ${f.v("caseNumber")} 申请备件更换（RMA），请处理。${f.link()}`,
      sms: `${SIGN_ZH}工单${f.v("caseNumber")}申请备件更换（RMA），请处理。`,
    }),
    en: (f) => ({
      subject: `[RMA] Case ${f.v("caseNumber")} requests a part`,
      body: `Case ${f.v("caseNumber")} requests a replacement part (RMA). Please handle it.${f.link()}`,
      sms: `${SIGN_EN}case ${f.v("caseNumber")} requests an RMA. Please handle it.`,
    }),
  },
  "case.resolved_confirm": {
    "zh-CN": (f) => ({
      subject: `您的工单 ${f.v("caseNumber")} 已解决，请确认：${f.v("subject", 80)}`,
      body: `您好！\n\n您的工单 ${f.v("caseNumber")}（${f.v("subject")}）已处理完毕。请打开以下链接确认已解决，或告诉我们问题仍然存在：\n\n${f.v("confirmUrl")}\n\n如 ${f.v("autoCloseDays")} 天内未确认，工单将自动关闭。`,
      sms: `${SIGN_ZH}工单${f.v("caseNumber")}已解决，请确认：${f.v("confirmUrl")}（${f.v("autoCloseDays")}天后自动关闭）`,
    }),
    en: (f) => ({
      subject: `Your case ${f.v("caseNumber")} is resolved; please confirm: ${f.v("subject", 80)}`,
      body: `Hello,\n\nyour case ${f.v("caseNumber")} (${f.v("subject")}) has been resolved. Please open this link to confirm, or tell us the problem persists:\n\n${f.v("confirmUrl")}\n\nWithout an answer within ${f.v("autoCloseDays")} days the case closes by itself.`,
      sms: `${SIGN_EN}case ${f.v("caseNumber")} resolved. Confirm: ${f.v("confirmUrl")} (closes in ${f.v("autoCloseDays")} days).`,
    }),
  },
  "case.closed": {
    "zh-CN": (f) => ({
      subject: `您的工单 ${f.v("caseNumber")} 已关闭`,
      body: `您好！\n\n您的工单 ${f.v("caseNumber")} 已关闭。感谢您的配合；如问题再次出现，请联系我们。`,
      sms: `${SIGN_ZH}您的工单${f.v("caseNumber")}已关闭，感谢您的配合。`,
    }),
    en: (f) => ({
      subject: `Your case ${f.v("caseNumber")} is closed`,
      body: `Hello,\n\nyour case ${f.v("caseNumber")} is closed. Thank you; if the problem comes back, please contact us.`,
      sms: `${SIGN_EN}your case ${f.v("caseNumber")} is closed. Thank you.`,
    }),
  },
  // surveys
  "survey.invitation": {
    "zh-CN": (f) => ({
      subject: `满意度调查：您的工单 ${f.v("caseNumber")} 已关闭，请为我们的服务评分`,
      body: `您好！\n\n您的工单 ${f.v("caseNumber")}（${f.v("subject")}）已关闭。请花一分钟为响应速度、专业水平、问题解决和总体满意度打分（1–5 分），并留下您的意见：\n\n${f.v("surveyUrl")}\n\n链接仅可使用一次，${f.v("expireDays")} 天内有效。感谢您的支持！`,
      sms: `${SIGN_ZH}请评价工单${f.v("caseNumber")}：${f.v("surveyUrl")}`,
    }),
    en: (f) => ({
      subject: `Satisfaction survey: your case ${f.v("caseNumber")} is closed; please rate our service`,
      body: `Hello,\n\nyour case ${f.v("caseNumber")} (${f.v("subject")}) is closed. Please take a minute to rate our response speed, professionalism, resolution and overall service (1–5) and leave a comment:\n\n${f.v("surveyUrl")}\n\nThe link works once and for ${f.v("expireDays")} days. Thank you!`,
      sms: `${SIGN_EN}please rate case ${f.v("caseNumber")}: ${f.v("surveyUrl")}`,
    }),
  },
  "survey.reminder": {
    "zh-CN": (f) => ({
      subject: `【提醒】请为工单 ${f.v("caseNumber")} 的服务评分`,
      body: `您好！\n\n您的工单 ${f.v("caseNumber")}（${f.v("subject")}）的满意度调查尚未填写。您的意见对我们很重要：\n\n${f.v("surveyUrl")}\n\n链接有效期至 ${f.date("expiresAt")}。`,
      sms: `${SIGN_ZH}提醒：请评价工单${f.v("caseNumber")}：${f.v("surveyUrl")}`,
    }),
    en: (f) => ({
      subject: `[Reminder] Please rate the service on case ${f.v("caseNumber")}`,
      body: `Hello,\n\nthe satisfaction survey of your case ${f.v("caseNumber")} (${f.v("subject")}) is still open. Your opinion matters to us:\n\n${f.v("surveyUrl")}\n\nThe link works until ${f.date("expiresAt")}.`,
      sms: `${SIGN_EN}reminder: please rate case ${f.v("caseNumber")}: ${f.v("surveyUrl")}`,
    }),
  },
  // e-mail and fax intake: the case number in brackets, so that a reply finds its case
  "intake.acknowledged": {
    "zh-CN": (f) => ({
      subject: `[${f.v("caseNumber")}] 已收到您的邮件：${f.v("subject", 80)}`,
      body: `您好！\n\n我们已收到您的邮件，并已建立工单 ${f.v("caseNumber")}。值班工程师将尽快与您联系。\n\n回复本邮件即可补充信息，请保留主题中的工单号 [${f.v("caseNumber")}]。\n\n此邮件为自动回复。`,
      sms: `${SIGN_ZH}已收到您的邮件，工单号${f.v("caseNumber")}。`,
    }),
    en: (f) => ({
      subject: `[${f.v("caseNumber")}] We have received your e-mail: ${f.v("subject", 80)}`,
      body: `Hello,\n\nwe have received your e-mail and opened case ${f.v("caseNumber")}. The engineer on duty will contact you shortly.\n\nReply to this e-mail to add information, keeping the case number [${f.v("caseNumber")}] in the subject.\n\nThis is an automatic reply.`,
      sms: `${SIGN_EN}we received your e-mail: case ${f.v("caseNumber")}.`,
    }),
  },
};

export const TEMPLATE_NAMES = Object.keys(TEMPLATES) as TemplateName[];

export const isTemplateName = (name: string): name is TemplateName => Object.hasOwn(TEMPLATES, name);

// C0 and C1 controls (CR, LF, tab, NUL, DEL …) and the Unicode line and paragraph separators
const CONTROLS = /[\p{Cc}\p{Zl}\p{Zp}]/gu;
const CONTROLS_BUT_NEWLINE = /(?!\n)[\p{Cc}\p{Zl}\p{Zp}]/gu;

/** One line of header-safe text: no CR, LF or other control character survives. */
export const oneLine = (text: string) => text.replace(CONTROLS, " ").replace(/ {2,}/g, " ").trim();

const cut = (text: string, max?: number) => {
  const chars = [...text];
  return max !== undefined && chars.length > max ? `${chars.slice(0, Math.max(1, max - 1)).join("")}…` : text;
};

function formatter(language: Language, params: Record<string, unknown>, options: RenderOptions): Fmt {
  const raw = (name: string) => {
    const value = params[name];
    if (value === null || value === undefined || value === "") return "—";
    if (value instanceof Date) return value.toISOString();
    return typeof value === "object" ? JSON.stringify(value) : String(value);
  };
  return {
    v: (name, max) => cut(oneLine(raw(name)), max),
    block: (name) => raw(name).replace(/\r\n?/g, "\n").replace(CONTROLS_BUT_NEWLINE, " ").trim(),
    date(name, short) {
      const value = params[name];
      const at = value instanceof Date ? DateTime.fromJSDate(value) : DateTime.fromISO(String(value ?? ""));
      if (!at.isValid) return oneLine(raw(name));
      const local = at.setZone(options.timeZone);
      if (short) return local.toFormat("MM-dd HH:mm");
      return language === "en" ? `${local.toFormat("yyyy-MM-dd HH:mm")} (UTC${local.toFormat("ZZ")})` : local.toFormat("yyyy-MM-dd HH:mm");
    },
    metric: (name) => METRICS[String(params[name])]?.[language] ?? oneLine(raw(name)),
    link: (name = "url") => {
      const value = params[name];
      return typeof value === "string" && value !== "" ? `\n\n${oneLine(value)}` : "";
    },
  };
}

/**
 * Renders a template in the recipient's language. The subject is one line whatever the
 * parameters hold, so no parameter can add a header to an e-mail.
 */
export function renderTemplate(template: TemplateName, language: Language, params: Record<string, unknown>, options: RenderOptions): Rendered {
  const rendered = TEMPLATES[template][language](formatter(language, params, options));
  return { subject: oneLine(rendered.subject), body: rendered.body, sms: oneLine(rendered.sms) };
}
