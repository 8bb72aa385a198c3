import type { Language } from "../db/schema.js";
import { MAINTENANCE_SAMPLE_PARAMS, MAINTENANCE_TEMPLATE_AUDIENCE, MAINTENANCE_TEMPLATES, type MaintenanceTemplateParams } from "./maintenance-templates.js";
import {
  SERVICE_DELIVERY_SAMPLE_PARAMS, SERVICE_DELIVERY_TEMPLATE_AUDIENCE, SERVICE_DELIVERY_TEMPLATES, type ServiceDeliveryTemplateParams,
} from "./service-delivery-templates.js";

/**
 * The catalogue of every message casedesk sends: its parameters, who receives it, its built-in
 * text in zh-CN and en (Liquid, see template-engine.ts) and sample values for the administrator's
 * preview. Each message has a plain-text e-mail (subject and body) and a short text for SMS (at
 * most 70 characters in Chinese where the parameters allow) that is also the in-app notification's
 * body (the subject is its title). An administrator may replace any text (notification_templates).
 */
type Value = string | number | null | undefined;
type Instant = Date | string;
/** a name in both languages (a managed list entry): each recipient reads its own */
type Localized = string | { "zh-CN": string; en: string };

export type TemplateParams = MaintenanceTemplateParams & ServiceDeliveryTemplateParams & {
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
  "vendor.confirmation_requested": { caseNumber: string; vendor: Localized; reason: Value; url?: Value };
  "case.rma_requested": { caseNumber: string; url?: Value };
  "case.resolved_confirm": { caseNumber: string; subject: string; confirmUrl: string; autoCloseDays: number };
  "case.closed": { caseNumber: string };
  // surveys
  "survey.invitation": { caseNumber: string; subject: string; surveyUrl: string; expireDays: number };
  "survey.reminder": { caseNumber: string; subject: string; surveyUrl: string; expiresAt: Instant };
  // e-mail and fax intake
  "intake.acknowledged": { caseNumber: string; subject: string; inReplyTo?: Value };
  // replies by e-mail, and what the customer does that the engineer must hear of
  "case.reply": { caseNumber: string; subject: string; body: string; engineerName: Value };
  "case.customer_wrote": { caseNumber: string; subject: string; customerName: Value; excerpt: Value; url?: Value };
  "case.reopened_by_customer": { caseNumber: string; subject: string; reason: Value; url?: Value };
  "survey.low_score": { caseNumber: string; overall: number; comment: Value; url?: Value };
};

export type TemplateName = keyof TemplateParams;
/** A message's three texts, as Liquid source or rendered. */
export type TemplateText = { subject: string; body: string; sms: string };
export type Channel = "email" | "sms" | "inapp";

/**
 * Typical values of every parameter (case numbers, Chinese names and subjects as the centre
 * writes them): the administrator's preview, and the placeholders each template may use.
 */
export const SAMPLE_PARAMS: { [T in TemplateName]: Required<TemplateParams[T]> } = {
  ...MAINTENANCE_SAMPLE_PARAMS,
  ...SERVICE_DELIVERY_SAMPLE_PARAMS,
  "case.assigned": { caseNumber: "C2611-000042", subject: "存储阵列硬盘故障，业务系统宕机", faultLevel: "S1", customerName: "华北电力信息中心", url: "https://casedesk.example.cn/cases/C2611-000042" },
  "sla.response_reminder": { caseNumber: "C2611-000042", minutesElapsed: 30, minutesLeft: 30, url: "https://casedesk.example.cn/cases/C2611-000042" },
  "sla.response_alert_dispatcher": { caseNumber: "C2611-000042", engineerName: "张伟", minutesElapsed: 45, url: "https://casedesk.example.cn/cases/C2611-000042" },
  "sla.reassigned_new": { caseNumber: "C2611-000042", previousEngineerName: "张伟", url: "https://casedesk.example.cn/cases/C2611-000042" },
  "sla.reassigned_previous": { caseNumber: "C2611-000042", newEngineerName: "李强" },
  "sla.reassigned_dispatcher": { caseNumber: "C2611-000042", previousEngineerName: "张伟", newEngineerName: "李强", url: "https://casedesk.example.cn/cases/C2611-000042" },
  "sla.resolution_warning": { caseNumber: "C2611-000042", dueAt: "2026-11-25T10:00:00.000Z", percent: 75, url: "https://casedesk.example.cn/cases/C2611-000042" },
  "sla.breached": { caseNumber: "C2611-000042", metric: "resolution", dueAt: "2026-11-25T10:00:00.000Z", url: "https://casedesk.example.cn/cases/C2611-000042" },
  "case.escalated": { caseNumber: "C2611-000042", subject: "存储阵列硬盘故障", reason: "阵列重建失败，需要专家分析日志", engineerName: "张伟", url: "https://casedesk.example.cn/cases/C2611-000042" },
  "case.taken_over": { caseNumber: "C2611-000042", newEngineerName: "李强" },
  "vendor.confirmation_requested": { caseNumber: "C2611-000042", vendor: "IBM", reason: "疑似背板故障", url: "https://casedesk.example.cn/cases/C2611-000042" },
  "case.rma_requested": { caseNumber: "C2611-000042", url: "https://casedesk.example.cn/cases/C2611-000042" },
  "case.resolved_confirm": { caseNumber: "C2611-000042", subject: "存储阵列硬盘故障", confirmUrl: "https://cd.example.cn/c/8f3k2", autoCloseDays: 7 },
  "case.closed": { caseNumber: "C2611-000042" },
  "survey.invitation": { caseNumber: "C2611-000042", subject: "存储阵列硬盘故障", surveyUrl: "https://kf.cn/s/AbCdEfGhIjKlMnOpQrStUv", expireDays: 14 },
  "survey.reminder": { caseNumber: "C2611-000042", subject: "存储阵列硬盘故障", surveyUrl: "https://kf.cn/s/AbCdEfGhIjKlMnOpQrStUv", expiresAt: "2026-12-09T02:00:00.000Z" },
  "intake.acknowledged": { caseNumber: "C2611-000042", subject: "存储阵列告警", inReplyTo: "<abc@mail.example.cn>" },
  "case.reply": { caseNumber: "C2611-000042", subject: "存储阵列硬盘故障", body: "您好，更换的硬盘已寄出，预计明天上午送达。\n到货后我们的工程师会上门更换。", engineerName: "张伟" },
  "case.customer_wrote": { caseNumber: "C2611-000042", subject: "存储阵列硬盘故障", customerName: "华北电力信息中心", excerpt: "硬盘已收到，请安排工程师明天上午到场。", url: "https://casedesk.example.cn/cases/C2611-000042" },
  "case.reopened_by_customer": { caseNumber: "C2611-000042", subject: "存储阵列硬盘故障", reason: "更换后故障再次出现", url: "https://casedesk.example.cn/cases/C2611-000042" },
  "survey.low_score": { caseNumber: "C2611-000042", overall: 2, comment: "响应太慢，等了两天", url: "https://casedesk.example.cn/cases/C2611-000042" },
};

const STAFF_ALL: TemplateInfo = { audience: "staff", channels: ["email", "sms", "inapp"] };
const STAFF_MAIL: TemplateInfo = { audience: "staff", channels: ["email", "inapp"] };
export type TemplateInfo = { audience: "staff" | "customer"; channels: Channel[] };

/** Who receives each message and on which channels it can go out (the SLA ladders pick among all three). */
export const TEMPLATE_INFO: Record<TemplateName, TemplateInfo> = {
  "maintenance.report_due": STAFF_ALL,
  "maintenance.report_overdue": STAFF_ALL,
  "maintenance.report_delivered": { audience: MAINTENANCE_TEMPLATE_AUDIENCE["maintenance.report_delivered"], channels: ["email"] },
  "maintenance.call_due": STAFF_MAIL,
  "case.assigned": STAFF_ALL,
  "sla.response_reminder": STAFF_ALL,
  "sla.response_alert_dispatcher": STAFF_ALL,
  "sla.reassigned_new": STAFF_ALL,
  "sla.reassigned_previous": STAFF_ALL,
  "sla.reassigned_dispatcher": STAFF_ALL,
  "sla.resolution_warning": STAFF_ALL,
  "sla.breached": STAFF_ALL,
  "case.escalated": STAFF_ALL,
  "case.taken_over": STAFF_MAIL,
  "vendor.confirmation_requested": STAFF_MAIL,
  "case.rma_requested": STAFF_MAIL,
  "case.resolved_confirm": { audience: "customer", channels: ["email", "inapp"] },
  "case.closed": { audience: "customer", channels: ["email"] },
  "survey.invitation": { audience: "customer", channels: ["email", "sms"] },
  "survey.reminder": { audience: "customer", channels: ["email", "sms"] },
  "intake.acknowledged": { audience: "customer", channels: ["email"] },
  "case.reply": { audience: "customer", channels: ["email"] },
  "case.customer_wrote": STAFF_ALL,
  "case.reopened_by_customer": STAFF_ALL,
  "survey.low_score": STAFF_ALL,
  "inventory.low_stock": STAFF_ALL,
  "rma.step_late": STAFF_ALL,
  "report.monthly": { audience: SERVICE_DELIVERY_TEMPLATE_AUDIENCE["report.monthly"], channels: ["email"] },
  "report.centre": STAFF_MAIL,
};

/**
 * The built-in texts. Placeholders are Liquid: `{{ caseNumber }}`, with the filters of
 * template-engine.ts (`cut: 80`, `datetime`, `datetime: "short"`, `metric`, `block`, `link`).
 */
export const DEFAULT_TEMPLATES: Record<TemplateName, Record<Language, TemplateText>> = {
  ...MAINTENANCE_TEMPLATES,
  ...SERVICE_DELIVERY_TEMPLATES,
  "case.assigned": {
    "zh-CN": {
      subject: `【请立即处理】{{ faultLevel }} 工单 {{ caseNumber }} 已分派给您：{{ subject | cut: 80 }}`,
      body: `工单 {{ caseNumber }} 已分派给您，请立即处理。\n\n客户：{{ customerName }}\n故障级别：{{ faultLevel }}\n问题：{{ subject }}{{ url | link }}`,
      sms: `【casedesk】{{ faultLevel }}工单{{ caseNumber }}已派给您（{{ customerName | cut: 12 }}），请立即处理。`,
    },
    en: {
      subject: `[Act now] {{ faultLevel }} case {{ caseNumber }} assigned to you: {{ subject | cut: 80 }}`,
      body: `Case {{ caseNumber }} has been assigned to you. Please act on it now.\n\nCustomer: {{ customerName }}\nFault level: {{ faultLevel }}\nProblem: {{ subject }}{{ url | link }}`,
      sms: `casedesk: {{ faultLevel }} case {{ caseNumber }} ({{ customerName | cut: 20 }}) is yours. Please act now.`,
    },
  },
  "sla.response_reminder": {
    "zh-CN": {
      subject: `【提醒】工单 {{ caseNumber }} 已 {{ minutesElapsed }} 分钟未回应客户`,
      body: `工单 {{ caseNumber }} 分派给您已 {{ minutesElapsed }} 分钟，仍未记录对客户的回应。\n距回应时限还剩 {{ minutesLeft }} 分钟，超时将自动改派。请立即回应客户。{{ url | link }}`,
      sms: `【casedesk】工单{{ caseNumber }}已{{ minutesElapsed }}分钟未回应客户，剩余{{ minutesLeft }}分钟，请立即回应。`,
    },
    en: {
      subject: `[Reminder] Case {{ caseNumber }}: no response to the customer after {{ minutesElapsed }} minutes`,
      body: `Case {{ caseNumber }} was assigned to you {{ minutesElapsed }} minutes ago and no response to the customer has been recorded.\n{{ minutesLeft }} minutes are left before it is reassigned. Please respond to the customer now.{{ url | link }}`,
      sms: `casedesk: case {{ caseNumber }}: no response after {{ minutesElapsed }} min, {{ minutesLeft }} min left. Respond now.`,
    },
  },
  "sla.response_alert_dispatcher": {
    "zh-CN": {
      subject: `【告警】工单 {{ caseNumber }}：{{ engineerName | cut: 40 }} 已 {{ minutesElapsed }} 分钟未回应客户`,
      body: `工单 {{ caseNumber }} 的工程师 {{ engineerName }} 已 {{ minutesElapsed }} 分钟未回应客户。\n请跟进，必要时改派。{{ url | link }}`,
      sms: `【casedesk】工单{{ caseNumber }}：{{ engineerName | cut: 8 }}已{{ minutesElapsed }}分钟未回应客户，请跟进或改派。`,
    },
    en: {
      subject: `[Alert] Case {{ caseNumber }}: {{ engineerName | cut: 40 }} has not responded for {{ minutesElapsed }} minutes`,
      body: `The engineer on case {{ caseNumber }}, {{ engineerName }}, has not responded to the customer for {{ minutesElapsed }} minutes.\nPlease follow up and reassign if needed.{{ url | link }}`,
      sms: `casedesk: case {{ caseNumber }}: {{ engineerName | cut: 20 }} silent for {{ minutesElapsed }} min. Follow up.`,
    },
  },
  "sla.reassigned_new": {
    "zh-CN": {
      subject: `【立即回应客户】工单 {{ caseNumber }} 已改派给您`,
      body: `工单 {{ caseNumber }} 因 {{ previousEngineerName }} 超时未回应，已自动改派给您。\n回应时限已重新开始计时，请立即回应客户。{{ url | link }}`,
      sms: `【casedesk】工单{{ caseNumber }}因{{ previousEngineerName | cut: 8 }}超时未回应已改派给您，请立即回应客户。`,
    },
    en: {
      subject: `[Respond to the customer now] Case {{ caseNumber }} reassigned to you`,
      body: `Case {{ caseNumber }} has been reassigned to you because {{ previousEngineerName }} did not respond in time.\nThe response clock has restarted: respond to the customer immediately.{{ url | link }}`,
      sms: `casedesk: case {{ caseNumber }} reassigned to you (no response from {{ previousEngineerName | cut: 20 }}). Respond to the customer now.`,
    },
  },
  "sla.reassigned_previous": {
    "zh-CN": {
      subject: `工单 {{ caseNumber }} 已改派给 {{ newEngineerName | cut: 40 }}`,
      body: `工单 {{ caseNumber }} 因超时未回应客户，已自动改派给 {{ newEngineerName }}，您无需再处理。`,
      sms: `【casedesk】工单{{ caseNumber }}因超时未回应已改派给{{ newEngineerName | cut: 8 }}，您无需再处理。`,
    },
    en: {
      subject: `Case {{ caseNumber }} reassigned to {{ newEngineerName | cut: 40 }}`,
      body: `Case {{ caseNumber }} was reassigned to {{ newEngineerName }} because no response was recorded in time. You need not act on it any more.`,
      sms: `casedesk: case {{ caseNumber }} was reassigned to {{ newEngineerName | cut: 20 }} (no response in time).`,
    },
  },
  "sla.reassigned_dispatcher": {
    "zh-CN": {
      subject: `工单 {{ caseNumber }} 已自动改派：{{ previousEngineerName | cut: 30 }} → {{ newEngineerName | cut: 30 }}`,
      body: `工单 {{ caseNumber }} 因 {{ previousEngineerName }} 超时未回应客户，已自动改派给 {{ newEngineerName }}。{{ url | link }}`,
      sms: `【casedesk】工单{{ caseNumber }}超时未回应，已由{{ previousEngineerName | cut: 8 }}改派给{{ newEngineerName | cut: 8 }}。`,
    },
    en: {
      subject: `Case {{ caseNumber }} reassigned automatically: {{ previousEngineerName | cut: 30 }} → {{ newEngineerName | cut: 30 }}`,
      body: `Case {{ caseNumber }} was reassigned from {{ previousEngineerName }} to {{ newEngineerName }} because no response was recorded in time.{{ url | link }}`,
      sms: `casedesk: case {{ caseNumber }} reassigned {{ previousEngineerName | cut: 15 }} -> {{ newEngineerName | cut: 15 }} (no response).`,
    },
  },
  "sla.resolution_warning": {
    "zh-CN": {
      subject: `【预警】工单 {{ caseNumber }} 解决时限已用 {{ percent }}%`,
      body: `工单 {{ caseNumber }} 的解决时限已用去 {{ percent }}%，须于 {{ dueAt | datetime }} 前解决。{{ url | link }}`,
      sms: `【casedesk】工单{{ caseNumber }}解决时限已用{{ percent }}%，须于{{ dueAt | datetime: "short" }}前解决。`,
    },
    en: {
      subject: `[Warning] Case {{ caseNumber }}: {{ percent }}% of the resolution time used`,
      body: `Case {{ caseNumber }} has used {{ percent }}% of its resolution time and must be resolved by {{ dueAt | datetime }}.{{ url | link }}`,
      sms: `casedesk: case {{ caseNumber }} used {{ percent }}% of its resolution time; due {{ dueAt | datetime: "short" }}.`,
    },
  },
  "sla.breached": {
    "zh-CN": {
      subject: `【超时】工单 {{ caseNumber }} {{ metric | metric }}时限已过`,
      body: `工单 {{ caseNumber }} 的{{ metric | metric }}时限（{{ dueAt | datetime }}）已过，已记录为超时。{{ url | link }}`,
      sms: `【casedesk】工单{{ caseNumber }}{{ metric | metric }}已超时（时限{{ dueAt | datetime: "short" }}）。`,
    },
    en: {
      subject: `[Breached] Case {{ caseNumber }}: {{ metric | metric }} target missed`,
      body: `Case {{ caseNumber }} missed its {{ metric | metric }} target ({{ dueAt | datetime }}); the breach has been recorded.{{ url | link }}`,
      sms: `casedesk: case {{ caseNumber }} breached its {{ metric | metric }} target ({{ dueAt | datetime: "short" }}).`,
    },
  },
  "case.escalated": {
    "zh-CN": {
      subject: `工单 {{ caseNumber }} 已升级：{{ subject | cut: 80 }}`,
      body: `{{ engineerName }} 将工单 {{ caseNumber }} 升级，请专家介入。\n\n问题：{{ subject }}\n升级原因：\n{{ reason | block }}{{ url | link }}`,
      sms: `【casedesk】工单{{ caseNumber }}已由{{ engineerName | cut: 8 }}升级：{{ reason | cut: 20 }}，请尽快处理。`,
    },
    en: {
      subject: `Case {{ caseNumber }} escalated: {{ subject | cut: 80 }}`,
      body: `{{ engineerName }} escalated case {{ caseNumber }} for an expert.\n\nProblem: {{ subject }}\nReason:\n{{ reason | block }}{{ url | link }}`,
      sms: `casedesk: case {{ caseNumber }} escalated by {{ engineerName | cut: 20 }}: {{ reason | cut: 40 }}`,
    },
  },
  "case.taken_over": {
    "zh-CN": {
      subject: `工单 {{ caseNumber }} 已由 {{ newEngineerName | cut: 40 }} 接手`,
      body: `工单 {{ caseNumber }} 已由 {{ newEngineerName }} 接手处理。`,
      sms: `【casedesk】工单{{ caseNumber }}已由{{ newEngineerName | cut: 8 }}接手处理。`,
    },
    en: {
      subject: `Case {{ caseNumber }} taken over by {{ newEngineerName | cut: 40 }}`,
      body: `{{ newEngineerName }} has taken over case {{ caseNumber }}.`,
      sms: `casedesk: case {{ caseNumber }} taken over by {{ newEngineerName | cut: 20 }}.`,
    },
  },
  "vendor.confirmation_requested": {
    "zh-CN": {
      subject: `【待确认】工单 {{ caseNumber }} 申请向 {{ vendor | cut: 40 }} 报修`,
      body: `工单 {{ caseNumber }} 申请向厂商 {{ vendor }} 报修，请确认。\n\n原因：\n{{ reason | block }}{{ url | link }}`,
      sms: `【casedesk】工单{{ caseNumber }}申请向{{ vendor | cut: 10 }}报修，请确认。`,
    },
    en: {
      subject: `[Please confirm] Case {{ caseNumber }}: vendor case with {{ vendor | cut: 40 }} requested`,
      body: `Case {{ caseNumber }} asks to open a case with the vendor {{ vendor }}. Please confirm.\n\nReason:\n{{ reason | block }}{{ url | link }}`,
      sms: `casedesk: case {{ caseNumber }} asks for a vendor case with {{ vendor | cut: 20 }}. Please confirm.`,
    },
  },
  "case.rma_requested": {
    "zh-CN": {
      subject: `【备件申请】工单 {{ caseNumber }} 申请 RMA`,
      body: `工单 {{ caseNumber }} 申请备件更换（RMA），请处理。{{ url | link }}`,
      sms: `【casedesk】工单{{ caseNumber }}申请备件更换（RMA），请处理。`,
    },
    en: {
      subject: `[RMA] Case {{ caseNumber }} requests a part`,
      body: `Case {{ caseNumber }} requests a replacement part (RMA). Please handle it.{{ url | link }}`,
      sms: `casedesk: case {{ caseNumber }} requests an RMA. Please handle it.`,
    },
  },
  "case.resolved_confirm": {
    "zh-CN": {
      subject: `您的工单 {{ caseNumber }} 已解决，请确认：{{ subject | cut: 80 }}`,
      body: `您好！\n\n您的工单 {{ caseNumber }}（{{ subject }}）已处理完毕。请打开以下链接确认已解决，或告诉我们问题仍然存在：\n\n{{ confirmUrl }}\n\n如 {{ autoCloseDays }} 天内未确认，工单将自动关闭。`,
      sms: `【casedesk】工单{{ caseNumber }}已解决，请确认：{{ confirmUrl }}（{{ autoCloseDays }}天后自动关闭）`,
    },
    en: {
      subject: `Your case {{ caseNumber }} is resolved; please confirm: {{ subject | cut: 80 }}`,
      body: `Hello,\n\nyour case {{ caseNumber }} ({{ subject }}) has been resolved. Please open this link to confirm, or tell us the problem persists:\n\n{{ confirmUrl }}\n\nWithout an answer within {{ autoCloseDays }} days the case closes by itself.`,
      sms: `casedesk: case {{ caseNumber }} resolved. Confirm: {{ confirmUrl }} (closes in {{ autoCloseDays }} days).`,
    },
  },
  "case.closed": {
    "zh-CN": {
      subject: `您的工单 {{ caseNumber }} 已关闭`,
      body: `您好！\n\n您的工单 {{ caseNumber }} 已关闭。感谢您的配合；如问题再次出现，请联系我们。`,
      sms: `【casedesk】您的工单{{ caseNumber }}已关闭，感谢您的配合。`,
    },
    en: {
      subject: `Your case {{ caseNumber }} is closed`,
      body: `Hello,\n\nyour case {{ caseNumber }} is closed. Thank you; if the problem comes back, please contact us.`,
      sms: `casedesk: your case {{ caseNumber }} is closed. Thank you.`,
    },
  },
  // surveys
  "survey.invitation": {
    "zh-CN": {
      subject: `满意度调查：您的工单 {{ caseNumber }} 已关闭，请为我们的服务评分`,
      body: `您好！\n\n您的工单 {{ caseNumber }}（{{ subject }}）已关闭。请花一分钟为响应速度、专业水平、问题解决和总体满意度打分（1–5 分），并留下您的意见：\n\n{{ surveyUrl }}\n\n链接仅可使用一次，{{ expireDays }} 天内有效。感谢您的支持！`,
      sms: `【casedesk】请评价工单{{ caseNumber }}：{{ surveyUrl }}`,
    },
    en: {
      subject: `Satisfaction survey: your case {{ caseNumber }} is closed; please rate our service`,
      body: `Hello,\n\nyour case {{ caseNumber }} ({{ subject }}) is closed. Please take a minute to rate our response speed, professionalism, resolution and overall service (1–5) and leave a comment:\n\n{{ surveyUrl }}\n\nThe link works once and for {{ expireDays }} days. Thank you!`,
      sms: `casedesk: please rate case {{ caseNumber }}: {{ surveyUrl }}`,
    },
  },
  "survey.reminder": {
    "zh-CN": {
      subject: `【提醒】请为工单 {{ caseNumber }} 的服务评分`,
      body: `您好！\n\n您的工单 {{ caseNumber }}（{{ subject }}）的满意度调查尚未填写。您的意见对我们很重要：\n\n{{ surveyUrl }}\n\n链接有效期至 {{ expiresAt | datetime }}。`,
      sms: `【casedesk】提醒：请评价工单{{ caseNumber }}：{{ surveyUrl }}`,
    },
    en: {
      subject: `[Reminder] Please rate the service on case {{ caseNumber }}`,
      body: `Hello,\n\nthe satisfaction survey of your case {{ caseNumber }} ({{ subject }}) is still open. Your opinion matters to us:\n\n{{ surveyUrl }}\n\nThe link works until {{ expiresAt | datetime }}.`,
      sms: `casedesk: reminder: please rate case {{ caseNumber }}: {{ surveyUrl }}`,
    },
  },
  // e-mail and fax intake: the case number in brackets, so that a reply finds its case
  "intake.acknowledged": {
    "zh-CN": {
      subject: `[{{ caseNumber }}] 已收到您的邮件：{{ subject | cut: 80 }}`,
      body: `您好！\n\n我们已收到您的邮件，并已建立工单 {{ caseNumber }}。值班工程师将尽快与您联系。\n\n回复本邮件即可补充信息，请保留主题中的工单号 [{{ caseNumber }}]。\n\n此邮件为自动回复。`,
      sms: `【casedesk】已收到您的邮件，工单号{{ caseNumber }}。`,
    },
    en: {
      subject: `[{{ caseNumber }}] We have received your e-mail: {{ subject | cut: 80 }}`,
      body: `Hello,\n\nwe have received your e-mail and opened case {{ caseNumber }}. The engineer on duty will contact you shortly.\n\nReply to this e-mail to add information, keeping the case number [{{ caseNumber }}] in the subject.\n\nThis is an automatic reply.`,
      sms: `casedesk: we received your e-mail: case {{ caseNumber }}.`,
    },
  },
  // an engineer's public note, mailed to the caller: the case number in brackets, as in the acknowledgement
  "case.reply": {
    "zh-CN": {
      subject: `回复：[{{ caseNumber }}] {{ subject | cut: 80 }}`,
      body: `您好！\n\n{{ body | block }}\n\n{{ engineerName }}\n工单 {{ caseNumber }}\n\n直接回复本邮件即可补充信息，请保留主题中的工单号 [{{ caseNumber }}]。`,
      sms: `【casedesk】工单{{ caseNumber }}有新回复：{{ body | cut: 40 }}`,
    },
    en: {
      subject: `Re: [{{ caseNumber }}] {{ subject | cut: 80 }}`,
      body: `Hello,\n\n{{ body | block }}\n\n{{ engineerName }}\nCase {{ caseNumber }}\n\nReply to this e-mail to add information, keeping the case number [{{ caseNumber }}] in the subject.`,
      sms: `casedesk: case {{ caseNumber }}: {{ body | cut: 80 }}`,
    },
  },
  "case.customer_wrote": {
    "zh-CN": {
      subject: `【客户来信】工单 {{ caseNumber }}：{{ subject | cut: 80 }}`,
      body: `{{ customerName }} 在工单 {{ caseNumber }}（{{ subject }}）中留言：\n\n{{ excerpt | block }}{{ url | link }}`,
      sms: `【casedesk】客户在工单{{ caseNumber }}留言：{{ excerpt | cut: 30 }}`,
    },
    en: {
      subject: `[Customer wrote] Case {{ caseNumber }}: {{ subject | cut: 80 }}`,
      body: `{{ customerName }} wrote on case {{ caseNumber }} ({{ subject }}):\n\n{{ excerpt | block }}{{ url | link }}`,
      sms: `casedesk: the customer wrote on case {{ caseNumber }}: {{ excerpt | cut: 60 }}`,
    },
  },
  "case.reopened_by_customer": {
    "zh-CN": {
      subject: `【客户重开】工单 {{ caseNumber }}：{{ subject | cut: 80 }}`,
      body: `客户重新打开了工单 {{ caseNumber }}（{{ subject }}），问题仍然存在。\n\n客户说明：\n{{ reason | block }}{{ url | link }}`,
      sms: `【casedesk】客户重开工单{{ caseNumber }}：{{ reason | cut: 30 }}`,
    },
    en: {
      subject: `[Reopened by the customer] Case {{ caseNumber }}: {{ subject | cut: 80 }}`,
      body: `The customer reopened case {{ caseNumber }} ({{ subject }}): the problem persists.\n\nThe customer says:\n{{ reason | block }}{{ url | link }}`,
      sms: `casedesk: the customer reopened case {{ caseNumber }}: {{ reason | cut: 60 }}`,
    },
  },
  "survey.low_score": {
    "zh-CN": {
      subject: `【低分评价】工单 {{ caseNumber }} 总体满意度 {{ overall }} 分`,
      body: `客户对工单 {{ caseNumber }} 的总体满意度评为 {{ overall }} 分（满分 5 分）。\n\n客户意见：\n{{ comment | block }}{{ url | link }}`,
      sms: `【casedesk】工单{{ caseNumber }}客户评分{{ overall }}分：{{ comment | cut: 30 }}`,
    },
    en: {
      subject: `[Low score] Case {{ caseNumber }}: overall satisfaction {{ overall }} of 5`,
      body: `The customer rated the overall service on case {{ caseNumber }} {{ overall }} of 5.\n\nThe customer's comment:\n{{ comment | block }}{{ url | link }}`,
      sms: `casedesk: case {{ caseNumber }} rated {{ overall }}/5: {{ comment | cut: 60 }}`,
    },
  },
};

export const TEMPLATE_NAMES = Object.keys(DEFAULT_TEMPLATES) as TemplateName[];

export const isTemplateName = (name: string): name is TemplateName => Object.hasOwn(DEFAULT_TEMPLATES, name);

/**
 * Parameters that are someone's key (a one-time link): never shown in the outbox, and dropped
 * from an e-mail or SMS row once it is sent (an in-app row keeps them: its reader is the recipient).
 */
export const SECRET_PARAMS: Partial<Record<TemplateName, string[]>> = {
  "case.resolved_confirm": ["confirmUrl"],
  "survey.invitation": ["surveyUrl"],
  "survey.reminder": ["surveyUrl"],
};

export const secretParamsOf = (name: string): string[] => (isTemplateName(name) ? SECRET_PARAMS[name] ?? [] : []);

/** The placeholders a template may use: its parameters. */
export const placeholdersOf = (name: TemplateName): string[] => Object.keys(SAMPLE_PARAMS[name]);
