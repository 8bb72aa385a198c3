import type { Language } from "../db/schema.js";
import type { CaseStatus } from "./case.js";

/** What a person reads for a status or a channel, in files and messages casedesk writes (the web client has its own). */
export const STATUS_NAMES: Record<Language, Record<CaseStatus, string>> = {
  "zh-CN": {
    new: "新建", assigned: "已分配", in_progress: "处理中", escalated: "已升级", waiting_customer: "等待客户",
    waiting_vendor: "等待厂商", waiting_parts: "等待备件", resolved: "已解决", closed: "已关闭",
  },
  en: {
    new: "New", assigned: "Assigned", in_progress: "In progress", escalated: "Escalated", waiting_customer: "Waiting for customer",
    waiting_vendor: "Waiting for vendor", waiting_parts: "Waiting for parts", resolved: "Resolved", closed: "Closed",
  },
};

export const CHANNEL_NAMES: Record<Language, Record<string, string>> = {
  "zh-CN": { phone: "电话", email: "邮件", web: "网页", fax: "传真" },
  en: { phone: "Phone", email: "E-mail", web: "Web", fax: "Fax" },
};
