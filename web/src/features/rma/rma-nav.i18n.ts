import { defineMessages } from "../../app/i18n";

/** The RMA workspace's menu label, loaded with the route list (the workspace itself loads later). */
export const rmaNav = defineMessages("rmaNav", { "zh-CN": { rma: "RMA 与备件" }, en: { rma: "RMA & parts" } });
