import { defineMessages } from "../../app/i18n";

/** The preventive-maintenance screens: plans, jobs, the job page, the board, the portal's reports. */
export const ns = defineMessages("maintenance", {
  "zh-CN": {
    plansTitle: "维护计划", newPlan: "新建维护计划", customer: "客户", contract: "合同", equipment: "覆盖设备", frequency: "周期",
    freq: { monthly: "每月", quarterly: "每季度" }, reportDueDays: "报告期限（天）", engineer: "负责工程师", byRoster: "按值班表", timeZone: "时区",
    asksMonthlyCall: "每月主动回访", checklist: "检查清单", checklistVersion: "版本 {{version}}", active: "启用", inactive: "停用", create: "创建",
    created: "维护计划已创建，本期工单已生成", openPeriod: "按月份生成工单", period: "月份", opened: "已生成 {{count}} 张工单", openedNone: "该月份的工单已存在，未重复生成",
    editChecklist: "编辑检查清单", itemZh: "项目（中文）", itemEn: "项目（英文）", addItem: "添加项目", save: "保存", saved: "已保存",
    jobsTitle: "维护工单", myJobs: "我的维护工单", allJobs: "全部", number: "工单号", status: "状态", dueAt: "报告期限", timeliness: "按时情况",
    statuses: { open: "待处理", in_progress: "处理中", report_submitted: "报告已提交", delivered: "已交付" },
    timely: { due: "未到期", on_time: "按时", late: "逾期" },
    empty: "暂无维护工单",
    jobTitle: "维护工单 {{number}}", back: "返回列表", checklistTitle: "检查清单", note: "说明",
    results: { ok: "正常", issue: "有问题", n_a: "不适用" }, openItems: "还有 {{count}} 项未检查",
    dataTitle: "性能数据", upload: "上传性能数据", uploadHint: "支持 casedesk CSV、Linux sysstat（sadf -d 输出）和 AIX/Linux nmon 文件", uploaded: "已读取 {{count}} 个数据点",
    uploads: "已上传", noData: "尚无性能数据", samples: "{{count}} 个数据点",
    formats: { csv: "casedesk CSV", sysstat: "sysstat", nmon: "nmon", push: "监控系统推送" },
    findingsTitle: "分析发现与调优建议", noFindings: "未发现超出阈值的问题", worst: "最高 {{worst}}，超过阈值 {{threshold}} 约 {{minutes}} 分钟",
    severity: { critical: "严重", warning: "警告", info: "提示" },
    reportTitle: "维护报告", summary: "总体结论", build: "生成报告并签字", built: "报告已生成", approve: "专家审核通过", approved: "已审核",
    deliver: "交付客户", delivered: "报告已发送给客户", pdf: "下载 PDF", print: "打印版", signedOff: "签字：{{at}}", approvedAt: "审核：{{at}}", deliveredAt: "交付：{{at}} → {{to}}",
    metrics: {
      "cpu.busy_pct": "CPU 使用率", "cpu.user_pct": "CPU 用户态", "cpu.sys_pct": "CPU 系统态", "cpu.iowait_pct": "CPU I/O 等待", "mem.used_pct": "内存使用率",
      "swap.used_pct": "交换空间使用率", "disk.busy_pct": "磁盘繁忙度", "disk.await_ms": "磁盘响应时间", "disk.read_kbs": "磁盘读", "disk.write_kbs": "磁盘写", "net.read_kbs": "网络接收", "net.write_kbs": "网络发送",
      "fs.used_pct": "文件系统使用率", "load.1m": "系统负载", "log.errors": "日志错误数",
    },
    filtered: "筛选：{{what}}", clearFilter: "清除筛选", customerCalls: "该客户的主动回访",
    drill: { all: "全部", on_time: "按时交付", delivered_late: "逾期交付", late: "逾期未交", due: "进行中" },
    boardTitle: "维护看板", month: "月份", jobsDue: "应交", deliveredOnTime: "按时交付", deliveredLate: "逾期交付", late: "逾期未交", open: "进行中", calls: "主动回访",
    portalTitle: "维护报告", portalEmpty: "暂无已交付的维护报告", download: "下载报告",
  },
  en: {
    plansTitle: "Maintenance plans", newPlan: "New maintenance plan", customer: "Customer", contract: "Contract", equipment: "Covered systems", frequency: "Period",
    freq: { monthly: "Monthly", quarterly: "Quarterly" }, reportDueDays: "Report due (days)", engineer: "Engineer", byRoster: "By the roster", timeZone: "Time zone",
    asksMonthlyCall: "Monthly proactive call", checklist: "Checklist", checklistVersion: "version {{version}}", active: "Active", inactive: "Off", create: "Create",
    created: "Plan created; this period's jobs are open", openPeriod: "Open a month's jobs", period: "Month", opened: "{{count}} jobs opened", openedNone: "That month's jobs exist already; nothing new opened",
    editChecklist: "Edit the checklist", itemZh: "Item (Chinese)", itemEn: "Item (English)", addItem: "Add an item", save: "Save", saved: "Saved",
    jobsTitle: "Maintenance jobs", myJobs: "My maintenance jobs", allJobs: "All", number: "Job", status: "Status", dueAt: "Report due", timeliness: "On time",
    statuses: { open: "Open", in_progress: "In progress", report_submitted: "Report submitted", delivered: "Delivered" },
    timely: { due: "Not yet due", on_time: "On time", late: "Late" },
    empty: "No maintenance jobs",
    jobTitle: "Maintenance job {{number}}", back: "Back to the list", checklistTitle: "Checklist", note: "Note",
    results: { ok: "OK", issue: "Issue", n_a: "N/A" }, openItems: "{{count}} items still to check",
    dataTitle: "Performance data", upload: "Upload performance data", uploadHint: "casedesk CSV, Linux sysstat (sadf -d output) and AIX/Linux nmon files", uploaded: "{{count}} samples read",
    uploads: "Uploads", noData: "No performance data yet", samples: "{{count}} samples",
    formats: { csv: "casedesk CSV", sysstat: "sysstat", nmon: "nmon", push: "Monitoring push" },
    findingsTitle: "Findings and tuning recommendations", noFindings: "Nothing beyond a threshold", worst: "peak {{worst}}, beyond {{threshold}} for about {{minutes}} min",
    severity: { critical: "Critical", warning: "Warning", info: "Note" },
    reportTitle: "Report", summary: "Summary", build: "Build and sign the report", built: "Report built", approve: "Approve (expert)", approved: "Approved",
    deliver: "Deliver to the customer", delivered: "Report sent to the customer", pdf: "Download PDF", print: "Print page", signedOff: "Signed: {{at}}", approvedAt: "Approved: {{at}}", deliveredAt: "Delivered: {{at}} → {{to}}",
    metrics: {
      "cpu.busy_pct": "CPU busy", "cpu.user_pct": "CPU user", "cpu.sys_pct": "CPU system", "cpu.iowait_pct": "CPU I/O wait", "mem.used_pct": "Memory used",
      "swap.used_pct": "Swap used", "disk.busy_pct": "Disk busy", "disk.await_ms": "Disk response time", "disk.read_kbs": "Disk reads", "disk.write_kbs": "Disk writes", "net.read_kbs": "Network in", "net.write_kbs": "Network out",
      "fs.used_pct": "File system used", "load.1m": "Load", "log.errors": "Errors in logs",
    },
    filtered: "Showing: {{what}}", clearFilter: "Clear the filter", customerCalls: "This customer's proactive calls",
    drill: { all: "all", on_time: "delivered on time", delivered_late: "delivered late", late: "late", due: "in progress" },
    boardTitle: "Maintenance board", month: "Month", jobsDue: "Due", deliveredOnTime: "On time", deliveredLate: "Delivered late", late: "Late", open: "In progress", calls: "Proactive calls",
    portalTitle: "Maintenance reports", portalEmpty: "No maintenance reports delivered yet", download: "Download the report",
  },
});

/** The menu labels, loaded with the route list. */
export const maintenanceNav = defineMessages("maintenanceNav", {
  "zh-CN": { jobs: "预防性维护", plans: "维护计划", board: "维护看板", portal: "维护报告", calls: "主动回访" },
  en: { jobs: "Preventive maintenance", plans: "Maintenance plans", board: "Maintenance board", portal: "Maintenance reports", calls: "Proactive calls" },
});
