import { defineMessages } from "../../app/i18n";

/** Words of the engineer's workspace. */
export const workspaceNs = defineMessages("workspace", {
  "zh-CN": {
    title: "我的工单",
    subtitle: "按紧急程度排列",
    empty: "您手上没有未结的工单",
    open: "打开",
    respond: "响应客户",
    recordVisit: "记录现场服务",
    call: "致电 {{name}} {{phone}}",
    responded: "已响应 {{number}}",
    waiting: "等待中",
    count: "共 {{count}} 单",
  },
  en: {
    title: "My cases",
    subtitle: "most urgent first",
    empty: "You hold no open case",
    open: "Open",
    respond: "Respond",
    recordVisit: "Record on-site visit",
    call: "Call {{name}} {{phone}}",
    responded: "Responded to {{number}}",
    waiting: "Waiting",
    count: "{{count}} cases",
  },
});
