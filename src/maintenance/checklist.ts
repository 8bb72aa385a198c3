import type { ChecklistEntry, ChecklistItem } from "./tables.js";

/** The seed's checklist (§7), item by item, in zh-CN and en: every plan starts with it. */
export const DEFAULT_CHECKLIST: readonly ChecklistItem[] = [
  { key: "diagnosis", zh: "系统的全面诊断", en: "Full system diagnosis" },
  { key: "error_logs", zh: "检查错误记录及历史记录", en: "Check the error logs and history" },
  { key: "microcode", zh: "微码、补丁检查及免费升级（如需要）", en: "Check microcode and patches; free upgrade if needed" },
  { key: "components", zh: "主要功能部件的检查与建议", en: "Check the main components, with advice" },
  { key: "usage", zh: "使用记录检查", en: "Check the usage records" },
  { key: "report", zh: "针对检查结果提供报告", en: "Report on what the checks found" },
  { key: "other_support", zh: "客户要求的其他一般技术支持", en: "Other general technical support the customer asks for" },
];

/** A job's lines for a checklist version: every item, nothing checked yet. */
export const entriesOf = (items: readonly ChecklistItem[]): ChecklistEntry[] => items.map((item) => ({ ...item, result: null, note: null }));

/** The items still to check: what blocks delivering the report. */
export const openItems = (entries: readonly ChecklistEntry[]): ChecklistEntry[] => entries.filter((entry) => entry.result === null);

/** Gives each item a key (kept when given), unique within the list. */
export function keyItems(items: readonly { key?: string; zh: string; en: string }[]): ChecklistItem[] {
  const used = new Set<string>();
  return items.map((item, index) => {
    let key = item.key ?? `item${index + 1}`;
    while (used.has(key)) key = `${key}_${index + 1}`;
    used.add(key);
    return { key, zh: item.zh, en: item.en };
  });
}
