import { defineMessages } from "../../app/i18n";

/** Proactive calls (R32): logging a call with no case, the lists per engineer and per customer, the calls plans wait for. */
export const callsNs = defineMessages("maintenanceCalls", {
  "zh-CN": {
    title: "主动回访", log: "记录回访", logTitle: "记录主动回访", logged: "回访已记录",
    byEngineer: "按工程师", byCustomer: "按客户", engineer: "工程师", everyone: "全部工程师", customer: "客户", pickCustomer: "请选择客户",
    contact: "联系人", noContacts: "该客户还没有联系人", direction: "方向", directions: { outbound: "去电", inbound: "来电" },
    calledAt: "通话时间", summary: "通话内容", followUpOn: "跟进日期", save: "保存",
    empty: "暂无回访记录", followUp: "跟进 {{date}}", followUpDue: "跟进已到期 {{date}}", followUpsDue: "{{count}} 个跟进已到期",
    dueTitle: "本期待回访", dueHint: "以下客户的维护计划要求每月主动回访，本期尚未记录", dueBy: "截止 {{date}}", overdue: "已逾期", callNow: "记录",
    by: "{{name}} 记录",
  },
  en: {
    title: "Proactive calls", log: "Log a call", logTitle: "Log a proactive call", logged: "Call logged",
    byEngineer: "By engineer", byCustomer: "By customer", engineer: "Engineer", everyone: "All engineers", customer: "Customer", pickCustomer: "Pick a customer",
    contact: "Contact", noContacts: "This customer has no contacts yet", direction: "Direction", directions: { outbound: "Outgoing", inbound: "Incoming" },
    calledAt: "Called at", summary: "What was said", followUpOn: "Follow up on", save: "Save",
    empty: "No calls logged", followUp: "Follow up {{date}}", followUpDue: "Follow-up due {{date}}", followUpsDue: "{{count}} follow-ups due",
    dueTitle: "Calls due this period", dueHint: "These customers' plans ask for a monthly call and none is logged yet this period", dueBy: "due {{date}}", overdue: "Overdue", callNow: "Log",
    by: "logged by {{name}}",
  },
});
