/** The words of the report files (XLSX, PDF, e-mail) in the reader's language; no code reaches a reader raw. */
export type ReportLanguage = "zh-CN" | "en";

const zh = {
  title: "月度服务报告", centreTitle: "服务中心报告", customer: "客户", contract: "合同", centre: "全中心", period: "统计期间", timeZone: "时区",
  summary: "概览", opened: "新建 Case", closed: "关闭 Case", backlogAtEnd: "期末未结 Case", byDimension: "分类统计",
  dimension: "维度", item: "项目", count: "数量",
  dimensions: { vendor: "厂商", caseType: "Case 类型", faultLevel: "故障级别", channel: "渠道" },
  times: "响应与解决时间（合同日历工作时间）", metricCol: "指标", faultLevel: "故障级别", all: "全部",
  measured: "计量数", median: "中位数", p90: "90 分位", max: "最大值", minutesUnit: "（分钟）",
  metrics: { first_response: "首次响应", resolution: "解决", response: "派单后响应" } as Record<string, string>,
  compliance: "SLA 达成率", met: "达标", breached: "超时", percent: "达成率 %",
  breaches: "超时明细", caseNumber: "Case 号", subject: "主题", dueAt: "应完成时间", breachedAt: "超时时间", cycle: "周期",
  backlog: "未结趋势（近 12 个月）", month: "月份", openAtEnd: "月末未结",
  satisfaction: "客户满意度", sent: "已发调查", answered: "已回复", responseSpeed: "响应速度", professionalism: "专业程度",
  resolutionScore: "解决效果", overall: "总体评价", comments: "客户意见", comment: "意见", answeredAt: "回复时间",
  visits: "现场服务", visitCount: "上门次数", visitCases: "涉及 Case", hoursOnSite: "现场工时（小时）",
  maintenance: "预防性维护", due: "应做", deliveredOnTime: "按时交付", late: "逾期",
  rma: "备件返修（RMA）", rmaOpened: "新建 RMA", rmaClosed: "关闭 RMA", turnaroundMedian: "周转中位数", turnaroundMax: "周转最长",
  notAvailable: "暂无数据（该功能尚未启用）", none: "无",
  byEngineer: "按工程师", engineer: "工程师", resolved: "已解决", visitsCol: "上门次数", responseMedian: "派单后响应中位数（分钟）",
  firstResponseMedian: "首次响应中位数（分钟）", surveys: "调查回复", overallAvg: "总体评价均值",
  byVendor: "按厂商", vendor: "厂商", vendorRequests: "厂商支持请求", rmaTurnaround: "RMA 周转中位数（小时）",
  byDispatcher: "按调度员", dispatcher: "调度员", firstResponseMet: "首次响应达标率 %",
  page: (n: number, total: number) => `第 ${n} 页 / 共 ${total} 页`,
  hours: "小时", minutes: "分钟",
  caseTypes: { hardware: "硬件", software: "软件", network: "网络", consultation: "咨询", maintenance: "维护" } as Record<string, string>,
  channels: { phone: "电话", email: "电子邮件", web: "网页", fax: "传真" } as Record<string, string>,
  faultLevels: { S1: "S1 系统宕机", S2: "S2 严重降级", S3: "S3 一般故障", S4: "S4 咨询/请求" } as Record<string, string>,
  mailSubject: (customer: string, month: string) => `${customer} ${month} 月度服务报告`,
};

type Labels = typeof zh;

const en: Labels = {
  title: "Monthly service report", centreTitle: "Service centre report", customer: "Customer", contract: "Contract", centre: "Whole centre", period: "Period", timeZone: "Time zone",
  summary: "Summary", opened: "Cases opened", closed: "Cases closed", backlogAtEnd: "Open at period end", byDimension: "Cases by category",
  dimension: "Category", item: "Item", count: "Count",
  dimensions: { vendor: "Vendor", caseType: "Case type", faultLevel: "Fault level", channel: "Channel" },
  times: "Response and resolution times (business time of the contract's calendar)", metricCol: "Measure", faultLevel: "Fault level", all: "All",
  measured: "Measured", median: "Median", p90: "90th percentile", max: "Maximum", minutesUnit: " (minutes)",
  metrics: { first_response: "First response", resolution: "Resolution", response: "Response after assignment" },
  compliance: "SLA compliance", met: "Met", breached: "Breached", percent: "Compliance %",
  breaches: "Breaches", caseNumber: "Case number", subject: "Subject", dueAt: "Due", breachedAt: "Breached at", cycle: "Cycle",
  backlog: "Open cases (last 12 months)", month: "Month", openAtEnd: "Open at month end",
  satisfaction: "Customer satisfaction", sent: "Surveys sent", answered: "Answered", responseSpeed: "Response speed", professionalism: "Professionalism",
  resolutionScore: "Resolution", overall: "Overall", comments: "Comments", comment: "Comment", answeredAt: "Answered at",
  visits: "On-site visits", visitCount: "Visits", visitCases: "Cases visited", hoursOnSite: "Hours on site",
  maintenance: "Preventive maintenance", due: "Due", deliveredOnTime: "Delivered on time", late: "Late",
  rma: "Returns (RMA)", rmaOpened: "RMAs opened", rmaClosed: "RMAs closed", turnaroundMedian: "Median turnaround", turnaroundMax: "Longest turnaround",
  notAvailable: "Not available (the feature is not enabled yet)", none: "None",
  byEngineer: "By engineer", engineer: "Engineer", resolved: "Resolved", visitsCol: "Visits", responseMedian: "Median response after assignment (min)",
  firstResponseMedian: "Median first response (min)", surveys: "Survey answers", overallAvg: "Average overall",
  byVendor: "By vendor", vendor: "Vendor", vendorRequests: "Vendor requests", rmaTurnaround: "Median RMA turnaround (h)",
  byDispatcher: "By dispatcher", dispatcher: "Dispatcher", firstResponseMet: "First response met %",
  page: (n: number, total: number) => `Page ${n} of ${total}`,
  hours: "h", minutes: "min",
  caseTypes: { hardware: "Hardware", software: "Software", network: "Network", consultation: "Consultation", maintenance: "Maintenance" },
  channels: { phone: "Phone", email: "E-mail", web: "Web", fax: "Fax" },
  faultLevels: { S1: "S1 System down", S2: "S2 Severely degraded", S3: "S3 General fault", S4: "S4 Question/request" },
  mailSubject: (customer: string, month: string) => `${customer}: monthly service report ${month}`,
};

export const reportLabels = (language: ReportLanguage): Labels => (language === "en" ? en : zh);

/** A dimension's item as a reader names it (vendors are names already). */
export function itemLabel(labels: Labels, dimension: "vendor" | "caseType" | "faultLevel" | "channel", key: string): string {
  if (dimension === "caseType") return labels.caseTypes[key] ?? key;
  if (dimension === "channel") return labels.channels[key] ?? key;
  if (dimension === "faultLevel") return labels.faultLevels[key] ?? key;
  return key;
}

/** Milliseconds as whole minutes with one decimal (what the spreadsheet holds as a number). */
export const minutesOf = (ms: number | null): number | null => (ms === null ? null : Math.round(ms / 6_000) / 10);

/** A duration for reading: "2 h 05 min" / "2 小时 05 分钟". */
export function readableDuration(labels: Labels, ms: number | null): string {
  if (ms === null) return "—";
  const totalMinutes = Math.round(ms / 60_000);
  const hours = Math.floor(totalMinutes / 60);
  const minutes = String(totalMinutes % 60).padStart(hours ? 2 : 1, "0");
  return hours ? `${hours} ${labels.hours} ${minutes} ${labels.minutes}` : `${minutes} ${labels.minutes}`;
}
