import type { Language } from "../db/schema.js";

/** The messages of spare parts, RMA and reports (src/inventory, src/rma, src/reports): parameters, samples, texts. */
type Value = string | number | null | undefined;
type Instant = Date | string;
type Text = { subject: string; body: string; sms: string };

export type ServiceDeliveryTemplateParams = {
  // spare parts and RMA
  "inventory.low_stock": { partNumber: string; description: string; depotName: string; available: number; minLevel: number; url?: Value };
  "rma.step_late": { rmaNumber: string; caseNumber: string; stepZh: string; stepEn: string; dueAt: Instant; url?: Value };
  // reports: the monthly report to a customer's designated contact, and the centre report to the managers
  "report.monthly": { customerName: string; month: string; opened: number; closed: number; firstResponsePercent: Value };
  "report.centre": { month: string; opened: number; closed: number; breaches: number; url?: Value };
};

type Name = keyof ServiceDeliveryTemplateParams;

export const SERVICE_DELIVERY_SAMPLE_PARAMS: { [T in Name]: Required<ServiceDeliveryTemplateParams[T]> } = {
  "inventory.low_stock": { partNumber: "00AR312", description: "600GB 10K SAS 硬盘", depotName: "华北电力一号机房备件库", available: 1, minLevel: 2, url: "https://casedesk.example.cn/rma/low-stock" },
  "rma.step_late": { rmaNumber: "R2611-000007", caseNumber: "C2611-000042", stepZh: "等待厂家批准", stepEn: "waiting for the vendor's approval", dueAt: "2026-11-26T02:00:00.000Z", url: "https://casedesk.example.cn/rma/R2611-000007" },
  "report.monthly": { customerName: "华北电力信息中心", month: "2026-11", opened: 42, closed: 40, firstResponsePercent: 97.6 },
  "report.centre": { month: "2026-11", opened: 1250, closed: 1198, breaches: 17, url: "https://casedesk.example.cn/reports" },
};

export const SERVICE_DELIVERY_TEMPLATE_AUDIENCE: Record<Name, "staff" | "customer"> = {
  "inventory.low_stock": "staff", "rma.step_late": "staff", "report.monthly": "customer", "report.centre": "staff",
};

export const SERVICE_DELIVERY_TEMPLATES: Record<Name, Record<Language, Text>> = {
  "inventory.low_stock": {
    "zh-CN": {
      subject: `【库存低于下限】{{ depotName | cut: 40 }}：{{ partNumber }} 仅剩 {{ available }} 件`,
      body: `备件库 {{ depotName }} 的备件 {{ partNumber }}（{{ description }}）可用数量为 {{ available }}，低于下限 {{ minLevel }}，请安排补货。{{ url | link }}`,
      sms: `【casedesk】{{ depotName | cut: 12 }}备件{{ partNumber }}仅剩{{ available }}件，低于下限{{ minLevel }}，请补货。`,
    },
    en: {
      subject: `[Low stock] {{ depotName | cut: 40 }}: {{ partNumber }} down to {{ available }}`,
      body: `Depot {{ depotName }} has {{ available }} of part {{ partNumber }} ({{ description }}) available, below its minimum of {{ minLevel }}. Please replenish it.{{ url | link }}`,
      sms: `casedesk: {{ depotName | cut: 20 }} has {{ available }} of {{ partNumber }} left (minimum {{ minLevel }}).`,
    },
  },
  "rma.step_late": {
    "zh-CN": {
      subject: `【RMA 超时】{{ rmaNumber }}（工单 {{ caseNumber }}）{{ stepZh }}已超时`,
      body: `RMA {{ rmaNumber }}（工单 {{ caseNumber }}）{{ stepZh }}，目标时间 {{ dueAt | datetime }} 已过，请跟进。{{ url | link }}`,
      sms: `【casedesk】工单{{ caseNumber }}的RMA{{ rmaNumber }}{{ stepZh | cut: 14 }}已超时。`,
    },
    en: {
      subject: `[RMA late] {{ rmaNumber }} (case {{ caseNumber }}): {{ stepEn }} is late`,
      body: `RMA {{ rmaNumber }} (case {{ caseNumber }}) is {{ stepEn }}; its target of {{ dueAt | datetime }} has passed. Please follow it up.{{ url | link }}`,
      sms: `casedesk: RMA {{ rmaNumber }} of case {{ caseNumber }} is late ({{ stepEn }}).`,
    },
  },
  "report.monthly": {
    "zh-CN": {
      subject: `{{ customerName }} {{ month }} 月度服务报告`,
      body: `您好：\n\n附件是贵单位 {{ month }} 的月度服务报告（PDF）。本月新建 Case {{ opened }} 个，关闭 {{ closed }} 个，首次响应达标率 {{ firstResponsePercent }}%。\n\n如有疑问，请回复本邮件或致电服务中心。`,
      sms: `【casedesk】{{ month }}月度服务报告已发送至您的邮箱`,
    },
    en: {
      subject: `{{ customerName }}: monthly service report {{ month }}`,
      body: `Hello,\n\nAttached is your monthly service report for {{ month }} (PDF). Cases opened: {{ opened }}; closed: {{ closed }}; first responses in time: {{ firstResponsePercent }}%.\n\nReply to this e-mail or call the service centre with any question.`,
      sms: `casedesk: your monthly service report for {{ month }} is in your mailbox`,
    },
  },
  "report.centre": {
    "zh-CN": {
      subject: `服务中心 {{ month }} 月度报告`,
      body: `服务中心 {{ month }} 的月度报告见附件（Excel）。新建 Case {{ opened }} 个，关闭 {{ closed }} 个，超时 {{ breaches }} 次。各客户的月度报告已发送给其指定联系人。{{ url | link }}`,
      sms: `【casedesk】{{ month }}中心报告：新建{{ opened }}，关闭{{ closed }}，超时{{ breaches }}`,
    },
    en: {
      subject: `Service centre report {{ month }}`,
      body: `The centre's report for {{ month }} is attached (Excel). Cases opened: {{ opened }}; closed: {{ closed }}; breaches: {{ breaches }}. Each customer's monthly report has gone to its designated contacts.{{ url | link }}`,
      sms: `casedesk: centre report {{ month }}: {{ opened }} opened, {{ closed }} closed, {{ breaches }} breaches`,
    },
  },
};
