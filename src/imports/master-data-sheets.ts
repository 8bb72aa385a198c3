/**
 * The master-data import's four kinds and their columns: the template's sheets, the headers a
 * file is read by (Chinese or English, any order), and what each cell must hold.
 */
export const KINDS = ["customers", "contacts", "contracts", "equipment"] as const;
export type Kind = (typeof KINDS)[number];

export type CellType = "text" | "date" | "minutes" | "yesNo" | "phone" | "email" | "contractNo";
export type Column = { key: string; zh: string; en: string; required?: boolean; type?: CellType; max?: number; hintZh?: string; hintEn?: string };
export type SheetSpec = { kind: Kind; zh: string; en: string; naturalKeyZh: string; naturalKeyEn: string; columns: Column[] };

const minutes = (level: string, what: "response" | "resolution"): Column => ({
  key: `${level}.${what}Minutes`,
  zh: `${level} ${what === "response" ? "响应" : "解决"}（分钟）`,
  en: `${level} ${what} (minutes)`,
  type: "minutes",
});

export const SHEETS: readonly SheetSpec[] = [
  {
    kind: "customers", zh: "客户", en: "Customers", naturalKeyZh: "客户名称", naturalKeyEn: "customer name",
    columns: [
      { key: "name", zh: "客户名称", en: "Customer name", required: true, max: 200 },
      { key: "shortName", zh: "简称", en: "Short name", max: 200 },
      { key: "phone", zh: "总机", en: "Phone", max: 40 },
      { key: "email", zh: "邮箱", en: "E-mail", max: 254, type: "email" },
      { key: "address", zh: "地址", en: "Address", max: 500 },
      { key: "notes", zh: "备注", en: "Notes", max: 20_000 },
    ],
  },
  {
    kind: "contacts", zh: "联系人", en: "Contacts", naturalKeyZh: "客户名称 + 姓名", naturalKeyEn: "customer name + name",
    columns: [
      { key: "customer", zh: "客户名称", en: "Customer name", required: true, max: 200 },
      { key: "name", zh: "姓名", en: "Name", required: true, max: 200 },
      { key: "phone", zh: "电话", en: "Phone", max: 40, type: "phone" },
      { key: "mobile", zh: "手机", en: "Mobile", max: 40, type: "phone" },
      { key: "email", zh: "邮箱", en: "E-mail", max: 254, type: "email" },
      { key: "title", zh: "职务", en: "Job title", max: 200 },
      { key: "address", zh: "地址", en: "Address", max: 500 },
      { key: "isDesignated", zh: "指定联系人", en: "Designated contact", type: "yesNo", hintZh: "是 / 否", hintEn: "yes / no" },
    ],
  },
  {
    kind: "contracts", zh: "合同", en: "Contracts", naturalKeyZh: "合同编号", naturalKeyEn: "contract number",
    columns: [
      { key: "contractNo", zh: "合同编号", en: "Contract number", required: true, max: 64, type: "contractNo" },
      { key: "customer", zh: "客户名称", en: "Customer name", required: true, max: 200 },
      { key: "title", zh: "合同名称", en: "Title", max: 500 },
      { key: "startsOn", zh: "开始日期", en: "Starts on", type: "date", hintZh: "YYYY-MM-DD", hintEn: "YYYY-MM-DD" },
      { key: "endsOn", zh: "结束日期", en: "Ends on", type: "date", hintZh: "YYYY-MM-DD", hintEn: "YYYY-MM-DD" },
      { key: "calendar", zh: "业务日历", en: "Business calendar", max: 200, hintZh: "日历名称；空：7×24", hintEn: "calendar name; empty: 7×24" },
      ...["S1", "S2", "S3", "S4"].flatMap((level) => [minutes(level, "response"), minutes(level, "resolution")]),
    ],
  },
  {
    kind: "equipment", zh: "设备", en: "Equipment", naturalKeyZh: "序列号", naturalKeyEn: "serial number",
    columns: [
      { key: "contractNo", zh: "合同编号", en: "Contract number", required: true, max: 64, type: "contractNo" },
      { key: "vendor", zh: "厂商", en: "Vendor", required: true, max: 200 },
      { key: "model", zh: "型号", en: "Model", required: true, max: 200 },
      { key: "serial", zh: "序列号", en: "Serial number", max: 200 },
      { key: "site", zh: "站点", en: "Site", max: 200, hintZh: "站点名称；没有则新建", hintEn: "site name; added if new" },
      { key: "warrantyEndsOn", zh: "保修截止", en: "Warranty ends on", type: "date", hintZh: "YYYY-MM-DD", hintEn: "YYYY-MM-DD" },
      { key: "description", zh: "描述", en: "Description", max: 500 },
    ],
  },
];

export const sheetOf = (kind: Kind): SheetSpec => SHEETS.find((sheet) => sheet.kind === kind)!;

const normalise = (header: string) => header.replace(/[\s*＊]/g, "").replace(/（/g, "(").replace(/）/g, ")").toLowerCase();

/**
 * Which kind a header row belongs to, and the column each header names: every required column
 * must be there, and the kind whose columns it matches most wins. Undefined when none fits.
 */
export function matchHeaders(headers: string[]): { spec: SheetSpec; keys: (string | null)[] } | undefined {
  const seen = headers.map(normalise);
  let best: { spec: SheetSpec; keys: (string | null)[]; hits: number } | undefined;
  for (const spec of SHEETS) {
    const keys = seen.map((header) => spec.columns.find((c) => normalise(c.zh) === header || normalise(c.en) === header)?.key ?? null);
    const hits = keys.filter(Boolean).length;
    const complete = spec.columns.filter((c) => c.required).every((c) => keys.includes(c.key));
    if (complete && (!best || hits > best.hits)) best = { spec, keys, hits };
  }
  return best && { spec: best.spec, keys: best.keys };
}
