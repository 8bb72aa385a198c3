import { defineMessages } from "../app/i18n";

/** The menu labels of the web-screens features, loaded with the route list (the screens themselves load later). */
export const screensNav = defineMessages("screensNav", {
  "zh-CN": { search: "工单查询", escalations: "升级与厂家", expertDesk: "专家工作台", overview: "运营概览", portal: "我的工单", admin: "系统管理", reports: "服务报告", portalReports: "月度报告" },
  en: { search: "Search", escalations: "Escalations & vendors", expertDesk: "Expert desk", overview: "Overview", portal: "My cases", admin: "Administration", reports: "Reports", portalReports: "Monthly reports" },
});
