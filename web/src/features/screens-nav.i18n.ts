import { defineMessages } from "../app/i18n";

/** The menu labels of the web-screens features, loaded with the route list (the screens themselves load later). */
export const screensNav = defineMessages("screensNav", {
  "zh-CN": { search: "工单查询", escalations: "升级与厂家", overview: "运营概览", portal: "我的工单", admin: "系统管理" },
  en: { search: "Search", escalations: "Escalations & vendors", overview: "Overview", portal: "My cases", admin: "Administration" },
});
