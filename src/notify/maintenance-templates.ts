import type { Language } from "../db/schema.js";

/** The messages of preventive maintenance (src/maintenance): parameters, samples, texts. */
type Value = string | number | null | undefined;
type Instant = Date | string;
type Text = { subject: string; body: string; sms: string };

export type MaintenanceTemplateParams = {
  "maintenance.report_due": { jobNumber: string; customerName: string; equipment: string; period: string; dueAt: Instant; url?: Value };
  "maintenance.report_overdue": { jobNumber: string; customerName: string; equipment: string; period: string; dueAt: Instant; engineerName: Value; url?: Value };
  "maintenance.report_delivered": { jobNumber: string; customerName: string; equipment: string; period: string; findingCount: number; url?: Value };
  "maintenance.call_due": { customerName: string; period: string; dueAt: Instant; url?: Value };
};

type Name = keyof MaintenanceTemplateParams;

export const MAINTENANCE_SAMPLE_PARAMS: { [T in Name]: Required<MaintenanceTemplateParams[T]> } = {
  "maintenance.report_due": { jobNumber: "PM2612-00042", customerName: "华北电力信息中心", equipment: "IBM Power S924 (78D1234)", period: "2026-12", dueAt: "2026-12-07T16:00:00.000Z", url: "https://casedesk.example.cn/maintenance/jobs/1" },
  "maintenance.report_overdue": { jobNumber: "PM2612-00042", customerName: "华北电力信息中心", equipment: "IBM Power S924 (78D1234)", period: "2026-12", dueAt: "2026-12-07T16:00:00.000Z", engineerName: "张伟", url: "https://casedesk.example.cn/maintenance/jobs/1" },
  "maintenance.report_delivered": { jobNumber: "PM2612-00042", customerName: "华北电力信息中心", equipment: "IBM Power S924 (78D1234)", period: "2026-12", findingCount: 2, url: "https://casedesk.example.cn/portal/maintenance" },
  "maintenance.call_due": { customerName: "华北电力信息中心", period: "2026-12", dueAt: "2026-12-14T16:00:00.000Z", url: "https://casedesk.example.cn/maintenance" },
};

export const MAINTENANCE_TEMPLATE_AUDIENCE: Record<Name, "staff" | "customer"> = {
  "maintenance.report_due": "staff", "maintenance.report_overdue": "staff", "maintenance.report_delivered": "customer", "maintenance.call_due": "staff",
};

export const MAINTENANCE_TEMPLATES: Record<Name, Record<Language, Text>> = {
  "maintenance.report_due": {
    "zh-CN": {
      subject: `【维护报告将到期】{{ customerName }} {{ period }} 巡检报告 {{ jobNumber }}`,
      body: `{{ customerName }} 的设备 {{ equipment }} 的 {{ period }} 预防性维护报告须在 {{ dueAt | datetime }} 前交给客户。\n请尽快完成检查清单、上传性能数据并生成报告。{{ url | link }}`,
      sms: `【casedesk】{{ customerName | cut: 12 }}{{ period }}维护报告{{ dueAt | datetime: "short" }}到期，请尽快提交。`,
    },
    en: {
      subject: `[Report due soon] {{ customerName }} {{ period }} maintenance report {{ jobNumber }}`,
      body: `The {{ period }} preventive maintenance report for {{ customerName }}'s {{ equipment }} is due to the customer by {{ dueAt | datetime }}.\nPlease finish the checklist, upload the performance data and build the report.{{ url | link }}`,
      sms: `casedesk: {{ customerName | cut: 20 }} {{ period }} maintenance report due {{ dueAt | datetime: "short" }}.`,
    },
  },
  "maintenance.report_overdue": {
    "zh-CN": {
      subject: `【维护报告逾期】{{ customerName }} {{ period }} 巡检报告 {{ jobNumber }} 未按时提交`,
      body: `{{ customerName }} 的设备 {{ equipment }} 的 {{ period }} 预防性维护报告已于 {{ dueAt | datetime }} 到期，仍未交给客户。\n负责工程师：{{ engineerName }}{{ url | link }}`,
      sms: `【casedesk】{{ customerName | cut: 12 }}{{ period }}维护报告已逾期，工程师{{ engineerName }}。`,
    },
    en: {
      subject: `[Report overdue] {{ customerName }} {{ period }} maintenance report {{ jobNumber }} is late`,
      body: `The {{ period }} preventive maintenance report for {{ customerName }}'s {{ equipment }} was due by {{ dueAt | datetime }} and has not reached the customer.\nEngineer: {{ engineerName }}{{ url | link }}`,
      sms: `casedesk: {{ customerName | cut: 20 }} {{ period }} maintenance report is overdue ({{ engineerName }}).`,
    },
  },
  "maintenance.report_delivered": {
    "zh-CN": {
      subject: `{{ customerName }} {{ period }} 系统性能分析维护报告（{{ equipment }}）`,
      body: `您好：\n\n附件是{{ customerName }}设备 {{ equipment }} 的 {{ period }} 系统性能分析维护报告（{{ jobNumber }}），本期发现 {{ findingCount }} 项需关注的问题，报告中附有调优建议。\n您也可以在客户门户中查看和下载历次报告。{{ url | link }}`,
      sms: `【casedesk】{{ customerName | cut: 12 }}{{ period }}性能分析维护报告已发至您的邮箱，也可在客户门户下载。`,
    },
    en: {
      subject: `{{ customerName }} {{ period }} system performance and maintenance report ({{ equipment }})`,
      body: `Hello,\n\nAttached is the {{ period }} system performance and maintenance report ({{ jobNumber }}) for {{ customerName }}'s {{ equipment }}. It lists {{ findingCount }} points to look at, with tuning recommendations.\nEvery report can also be read and downloaded in the customer portal.{{ url | link }}`,
      sms: `casedesk: {{ customerName | cut: 20 }} {{ period }} maintenance report e-mailed; also in the portal.`,
    },
  },
  "maintenance.call_due": {
    "zh-CN": {
      subject: `【主动回访】请在 {{ dueAt | datetime }} 前致电 {{ customerName }}`,
      body: `按维护计划，{{ period }} 须主动致电 {{ customerName }} 的工程师了解系统运行情况，目前尚无通话记录。\n请在 {{ dueAt | datetime }} 前完成并记录。{{ url | link }}`,
      sms: `【casedesk】请主动致电{{ customerName | cut: 12 }}并记录（{{ period }}）。`,
    },
    en: {
      subject: `[Proactive call] Please call {{ customerName }} by {{ dueAt | datetime }}`,
      body: `The maintenance plan asks for a call to {{ customerName }}'s engineers in {{ period }}; none is logged yet.\nPlease call and log it by {{ dueAt | datetime }}.{{ url | link }}`,
      sms: `casedesk: please call {{ customerName | cut: 20 }} and log it ({{ period }}).`,
    },
  },
};
