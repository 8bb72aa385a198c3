import type { ErrorCode } from "../shared/errors.js";

export type Locale = "zh-CN" | "en";

/** Picks zh-CN (the default) or en from an Accept-Language header, honouring q-values. */
export function pickLocale(header: string | undefined): Locale {
  if (!header) return "zh-CN";
  const ranked = header
    .split(",")
    .map((part) => {
      const [tag = "", ...params] = part.trim().split(";");
      const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
      return { tag: tag.toLowerCase(), q: q ? Number(q.slice(2)) || 0 : 1 };
    })
    .filter((entry) => entry.q > 0)
    .sort((a, b) => b.q - a.q);
  for (const { tag } of ranked) {
    if (tag.startsWith("zh")) return "zh-CN";
    if (tag.startsWith("en")) return "en";
  }
  return "zh-CN";
}

type Message = { title: string; detail: (params: Record<string, unknown>) => string };

const zh: Record<ErrorCode, Message> = {
  validation_failed: { title: "输入有误", detail: () => "请求中有字段不符合要求，未做任何更改。" },
  unauthenticated: { title: "未登录", detail: () => "请先登录，或提供有效的 API 令牌。" },
  forbidden: { title: "无权操作", detail: () => "您的角色不允许执行此操作。" },
  not_found: { title: "未找到", detail: () => "所请求的记录不存在，或您无权查看。" },
  conflict: { title: "冲突", detail: () => "该操作与当前状态冲突。" },
  version_conflict: { title: "版本冲突", detail: () => "记录已被他人修改，请刷新后重试。" },
  rate_limited: { title: "请求过于频繁", detail: (p) => `尝试次数过多，请在 ${Math.ceil(Number(p.retryAfterSeconds ?? 60) / 60)} 分钟后重试。` },
  invalid_credentials: { title: "登录失败", detail: () => "邮箱或密码不正确。" },
  account_disabled: { title: "账号已停用", detail: () => "该账号已被停用，请联系管理员。" },
  csrf_failed: { title: "安全校验失败", detail: () => "缺少或错误的 X-CSRF-Token 请求头，请刷新页面后重试。" },
  illegal_transition: { title: "不允许的状态变更", detail: (p) => `工单当前状态为「${statusZh(p.from)}」，不能执行「${String(p.action ?? "")}」。` },
  case_closed: { title: "工单已关闭", detail: () => "已关闭的工单只能添加注示；如需继续处理请先重新打开。" },
  duplicate: { title: "重复", detail: (p) => `字段 ${String(p.field ?? "")} 的值已存在。` },
  idempotency_mismatch: { title: "幂等键冲突", detail: () => "同一个 Idempotency-Key 已用于内容不同的请求。" },
  payload_too_large: { title: "请求体过大", detail: (p) => `请求体不能超过 ${String(p.limit ?? "")} 字节。` },
  invalid_encoding: { title: "编码错误", detail: () => "请求体不是有效的 UTF-8 JSON。" },
  malformed_request: { title: "请求格式错误", detail: () => "无法读取该请求（网址、请求头或请求体的格式有误），未做任何更改。" },
  unsupported_media_type: { title: "不支持的内容类型", detail: () => "请使用 Content-Type: application/json。" },
  reopen_window_passed: { title: "已超过重新打开期限", detail: (p) => `工单解决或关闭已超过 ${String(p.days ?? "")} 天，不能重新打开；请新建工单并引用原工单号。` },
  link_expired: { title: "链接已过期", detail: () => "该确认链接已过期，请联系技术服务中心。" },
  link_used: { title: "链接已使用", detail: () => "该确认链接已经使用过。" },
  // attachments
  attachment_too_large: { title: "附件过大", detail: (p) => `附件「${String(p.filename ?? "")}」超过单个文件上限 ${mib(p.limit)}，未做任何更改。` },
  case_attachments_full: { title: "工单附件总量已满", detail: (p) => `该工单的附件总量不能超过 ${mib(p.limit)}（已用 ${mib(p.used)}），未做任何更改。` },
  attachment_type_mismatch: { title: "附件类型不符", detail: (p) => `附件「${String(p.filename ?? "")}」声明为 ${String(p.declared ?? "")}，但内容实际是 ${String(p.sniffed ?? "")}，已拒绝。请以正确的类型上传。` },
  multipart_required: { title: "需要 multipart/form-data", detail: () => "上传附件请使用 Content-Type: multipart/form-data。" },
  // telephony and surveys
  call_linked: { title: "通话已关联其他工单", detail: (p) => `该通话已记录在工单 ${String(p.caseNumber ?? "")} 上。` },
  survey_answered: { title: "已评价", detail: () => "该工单的满意度调查已经提交过，感谢您的反馈。" },
  survey_expired: { title: "调查链接已过期", detail: () => "该满意度调查链接已过期，如有意见请联系技术服务中心。" },
  // spare parts and RMA
  insufficient_stock: { title: "库存不足", detail: (p) => `该备件库可用数量为 ${String(p.available ?? 0)}，不够 ${String(p.requested ?? "")} 件，未做任何更改。` },
  reservation_not_open: { title: "预留已结束", detail: () => "该备件预留已出库或已释放，不能再出库或释放。" },
  rma_step_not_allowed: { title: "RMA 步骤不允许", detail: (p) => `RMA 当前为「${rmaStatusZh(p.from)}」，不能改为「${rmaStatusZh(p.to)}」。` },
  database_unavailable: { title: "服务暂时不可用", detail: () => "数据库暂时无法访问，请求可能未完成。请稍后重试；重试新建工单时请带上相同的 Idempotency-Key。" },
};

const en: Record<ErrorCode, Message> = {
  validation_failed: { title: "Invalid input", detail: () => "Some fields of the request are not acceptable; nothing was changed." },
  unauthenticated: { title: "Not signed in", detail: () => "Sign in first, or send a valid API token." },
  forbidden: { title: "Forbidden", detail: () => "Your role may not do this." },
  not_found: { title: "Not found", detail: () => "The record does not exist, or you may not see it." },
  conflict: { title: "Conflict", detail: () => "The request conflicts with the current state." },
  version_conflict: { title: "Version conflict", detail: () => "Someone else changed this record; reload and try again." },
  rate_limited: { title: "Too many requests", detail: (p) => `Too many attempts; try again in ${Math.ceil(Number(p.retryAfterSeconds ?? 60) / 60)} minutes.` },
  invalid_credentials: { title: "Sign-in failed", detail: () => "The e-mail address or password is wrong." },
  account_disabled: { title: "Account disabled", detail: () => "This account is disabled; ask an administrator." },
  csrf_failed: { title: "Security check failed", detail: () => "The X-CSRF-Token header is missing or wrong; reload the page and try again." },
  illegal_transition: { title: "Not allowed in this state", detail: (p) => `The case is ${String(p.from ?? "")}; "${String(p.action ?? "")}" is not possible now.` },
  case_closed: { title: "Case closed", detail: () => "A closed case takes only notes; reopen it to work on it again." },
  duplicate: { title: "Already exists", detail: (p) => `The value of ${String(p.field ?? "")} is already taken.` },
  idempotency_mismatch: { title: "Idempotency key reused", detail: () => "This Idempotency-Key was used for a different request." },
  payload_too_large: { title: "Request too large", detail: (p) => `The body may not exceed ${String(p.limit ?? "")} bytes.` },
  invalid_encoding: { title: "Bad encoding", detail: () => "The body is not valid UTF-8 JSON." },
  malformed_request: { title: "Malformed request", detail: () => "The request cannot be read (its URL, headers or body are malformed); nothing was changed." },
  unsupported_media_type: { title: "Unsupported content type", detail: () => "Send Content-Type: application/json." },
  reopen_window_passed: { title: "Too late to reopen", detail: (p) => `The case was resolved or closed more than ${String(p.days ?? "")} days ago; open a new case that refers to it.` },
  link_expired: { title: "Link expired", detail: () => "This confirmation link has expired; please contact the support centre." },
  link_used: { title: "Link already used", detail: () => "This confirmation link has already been used." },
  // attachments
  attachment_too_large: { title: "Attachment too large", detail: (p) => `The attachment "${String(p.filename ?? "")}" exceeds the limit of ${mib(p.limit)} per file; nothing was changed.` },
  case_attachments_full: { title: "Case attachment limit reached", detail: (p) => `The attachments of one case may not exceed ${mib(p.limit)} in total (${mib(p.used)} used); nothing was changed.` },
  attachment_type_mismatch: { title: "Attachment type mismatch", detail: (p) => `The attachment "${String(p.filename ?? "")}" was declared as ${String(p.declared ?? "")} but its content is ${String(p.sniffed ?? "")}; refused. Upload it with its real type.` },
  multipart_required: { title: "multipart/form-data required", detail: () => "Upload attachments with Content-Type: multipart/form-data." },
  // telephony and surveys
  call_linked: { title: "Call linked to another case", detail: (p) => `This call is already recorded on case ${String(p.caseNumber ?? "")}.` },
  survey_answered: { title: "Already answered", detail: () => "The satisfaction survey of this case has already been answered. Thank you." },
  survey_expired: { title: "Survey link expired", detail: () => "This survey link has expired; please contact the support centre with any comments." },
  // spare parts and RMA
  insufficient_stock: { title: "Insufficient stock", detail: (p) => `The depot has ${String(p.available ?? 0)} available, not enough for ${String(p.requested ?? "")}; nothing was changed.` },
  reservation_not_open: { title: "Reservation ended", detail: () => "This reservation was already issued or released." },
  rma_step_not_allowed: { title: "RMA step not allowed", detail: (p) => `The RMA is ${rmaStatusEn(p.from)}; it cannot move to ${rmaStatusEn(p.to)}.` },
  database_unavailable: { title: "Service temporarily unavailable", detail: () => "The database cannot be reached just now; the request may not have completed. Try again shortly; when retrying the opening of a case, send the same Idempotency-Key." },
};

function mib(bytes: unknown): string {
  const value = Number(bytes ?? 0) / (1024 * 1024);
  return `${Number.isInteger(value) ? value : value.toFixed(1)} MiB`;
}

const STATUS_ZH: Record<string, string> = {
  new: "新建", assigned: "已分配", in_progress: "处理中", escalated: "已升级", waiting_customer: "等待客户",
  waiting_vendor: "等待厂商", waiting_parts: "等待备件", resolved: "已解决", closed: "已关闭",
};
const RMA_STATUS: Record<string, [string, string]> = {
  requested: ["已申请", "requested"], vendor_approved: ["厂家已批准", "approved by the vendor"], replacement_dispatched: ["替换件已发出", "replacement dispatched"],
  faulty_returned: ["故障件已寄回", "faulty part returned"], closed: ["已关闭", "closed"], rejected: ["已拒绝", "rejected"],
};
const rmaStatusZh = (status: unknown) => RMA_STATUS[String(status)]?.[0] ?? String(status ?? "");
const rmaStatusEn = (status: unknown) => RMA_STATUS[String(status)]?.[1] ?? String(status ?? "");
function statusZh(status: unknown): string {
  return STATUS_ZH[String(status)] ?? String(status ?? "");
}

export function errorMessage(locale: Locale, code: ErrorCode, params: Record<string, unknown>) {
  const message = (locale === "en" ? en : zh)[code];
  return { title: message.title, detail: message.detail(params) };
}

const FIELD_ZH: Record<string, string> = {
  required: "必填",
  invalid_type: "类型不正确",
  too_small: "太短或太小",
  too_big: "太长或太大",
  invalid_value: "取值不在允许范围内",
  invalid_format: "格式不正确",
  unrecognized_keys: "包含不允许的字段",
  invalid_text: "包含无效字符（如 NUL 或不成对的代理项）",
  invalid_cursor: "分页游标无效",
  customer_role_mismatch: "客户用户必须属于一个客户公司，员工不能属于客户公司",
  unknown_contact: "联系人不存在",
  unknown_contract: "合同不存在",
  invalid_phone: "电话号码无效",
  range_order: "起始时间晚于结束时间",
  not_assignable: "该用户不能被分配工单",
  unknown_site: "站点不存在或不属于该客户",
  unknown_code: "不在列表中或已停用（请从系统管理 → 列表维护中选择）",
  invalid_time_zone: "不是有效的 IANA 时区（如 Asia/Shanghai）",
  date_outside_year: "日期不在所加载的年份内",
  duplicate_date: "同一日期出现了两次",
  overlapping_windows: "工作时段互相重叠",
  invalid_window: "工作时段无效（开始须早于结束，格式 HH:mm）",
  invalid_date: "不是有效的日期（YYYY-MM-DD）",
  no_working_time: "日历没有任何工作时间",
  invalid_duration: "不是有效的 ISO 8601 时长（如 PT30M、PT1H、P1D）",
  ambiguous_duration: "不能使用年或月（长度不固定）",
  zero_duration: "时长必须大于零",
  negative_duration: "时长不能为负",
  duration_too_long: "时长过长（最多十年）",
  not_sorted: "须按时间（或百分比）升序排列",
  duplicate_step: "同一阶梯中此动作只能出现一次",
  duplicate_value: "包含重复的值",
  unknown_user: "用户不存在",
  unknown_pattern: "班次模式不存在",
  unknown_shift: "该班次模式中没有这个班次",
  not_rosterable: "该用户不能排班（已停用，或不是座席、工程师或专家）",
  role_mismatch: "用户的角色与要求不符",
  duplicate_shift: "班次名称重复",
  // attachments
  not_a_fax_image: "传真图像必须是 PDF 或 TIFF",
  too_many_files: "文件太多",
  invalid_json: "不是有效的 JSON",
  unknown_field: "不认识的字段",
  unreadable_part: "有无法读取的部分（名称或文件名含换行符，或缺少 form-data 的 Content-Disposition）",
  case_or_case_id: "须提供 caseId（已有工单）或 case（新工单）之一，且只能提供一个",
  custom: "不符合要求",
  // web screens
  range_too_long: "时间范围过长（最多一年）",
  // notification templates
  template_syntax: "模板语法错误",
  unknown_placeholder: "此模板没有这些占位符",
  // master data
  unknown_calendar: "业务日历不存在",
  unknown_equipment: "设备不存在或不属于该客户",
  equipment_not_on_contract: "该设备不在本工单的合同下",
  // master-data import
  unknown_customer: "客户不存在（系统和文件的客户表中都没有）",
  contract_of_other_customer: "该合同编号已属于另一个客户",
  serial_of_other_customer: "该序列号的设备已属于另一个客户",
  duplicate_in_file: "在文件中重复出现",
  invalid_minutes: "须为 1 到 525600 之间的整数（分钟）",
  invalid_yes_no: "须填“是”或“否”",
  no_known_sheet: "文件中没有可识别的工作表：请使用导入模板（第一行为列名）",
  unreadable_file: "无法读取文件：请上传 .xlsx 或 .csv 文件",
  too_many_rows: "文件行数过多（最多 20000 行）",
  rejected_by_database: "数据库拒绝了这一行",
  duplicate: "已存在",
  // spare parts and RMA
  unknown_part: "备件不存在",
  unknown_depot: "备件库不存在",
  serial_not_in_depot: "该序列号不在此备件库的可用库存中",
  serials_required: "序列号管理的备件须逐件填写序列号（数量与序列号个数一致）",
  serials_not_allowed: "该备件不按序列号管理，不能填写序列号",
  serial_exists: "该序列号已在库存记录中",
  same_depot: "调入库不能与调出库相同",
  not_in_transit: "该调拨不在途",
  serial_not_issued: "该序列号不是本预留出库的",
  quantity_below_reserved: "调整后的在库数量不能少于已预留数量",
  not_rma_step: "不是 RMA 的步骤",
  // preventive maintenance
  equipment_outside_contract: "该设备不在此维护计划的合同下",
  unknown_checklist_item: "检查清单中没有这一项",
  checklist_open: "检查清单还有未完成的项目",
  report_not_built: "尚未生成维护报告",
  unknown_metrics_format: "无法识别的性能数据格式（支持：casedesk CSV、sysstat sadf -d、nmon）",
  no_timestamps: "性能数据中没有时间戳",
  unparseable_metrics: "无法解析的性能数据",
  no_designated_contact: "客户没有带邮箱的指定联系人",
};
const FIELD_EN: Record<string, string> = {
  required: "is required",
  invalid_type: "has the wrong type",
  too_small: "is too short or too small",
  too_big: "is too long or too large",
  invalid_value: "is not one of the allowed values",
  invalid_format: "has the wrong format",
  unrecognized_keys: "contains fields that are not allowed",
  invalid_text: "contains invalid characters (NUL or a lone surrogate)",
  invalid_cursor: "is not a valid page cursor",
  customer_role_mismatch: "customer users belong to one company; staff belong to none",
  unknown_contact: "names no contact",
  unknown_contract: "names no contract",
  invalid_phone: "is not a valid phone number",
  range_order: "starts after it ends",
  not_assignable: "names a user who cannot take cases",
  unknown_site: "names no site of this customer",
  unknown_code: "is not in the list, or is no longer active (choose one kept under Administration → Lists)",
  invalid_time_zone: "is not a valid IANA time zone (such as Asia/Shanghai)",
  date_outside_year: "is not in the year being loaded",
  duplicate_date: "names the same date twice",
  overlapping_windows: "has working windows that overlap",
  invalid_window: "is not a valid working window (HH:mm, start before end)",
  invalid_date: "is not a valid date (YYYY-MM-DD)",
  no_working_time: "leaves the calendar with no working time at all",
  invalid_duration: "is not an ISO 8601 duration (such as PT30M, PT1H, P1D)",
  ambiguous_duration: "may not use years or months (their length varies)",
  zero_duration: "must be longer than zero",
  negative_duration: "may not be negative",
  duration_too_long: "is too long (ten years at most)",
  not_sorted: "must be in ascending order (of time or percentage)",
  duplicate_step: "may appear only once in a ladder",
  duplicate_value: "contains a value twice",
  unknown_user: "names no user",
  unknown_pattern: "names no shift pattern",
  unknown_shift: "names no shift of this pattern",
  not_rosterable: "names a user who cannot be rostered (disabled, or not a dispatcher, engineer or expert)",
  role_mismatch: "names a user whose role does not fit",
  duplicate_shift: "repeats a shift name",
  // attachments
  not_a_fax_image: "must be a PDF or TIFF fax image",
  too_many_files: "has too many files",
  invalid_json: "is not valid JSON",
  unknown_field: "is not a field this request takes",
  unreadable_part: "has a part that cannot be read (a line break in its name or file name, or no form-data Content-Disposition)",
  case_or_case_id: "needs exactly one of caseId (an existing case) or case (a new one)",
  custom: "is not acceptable",
  // web screens
  range_too_long: "covers too long a period (a year at most)",
  // notification templates
  template_syntax: "is not a valid template",
  unknown_placeholder: "uses placeholders this template does not have",
  // master data
  unknown_calendar: "names no business calendar",
  unknown_equipment: "names no equipment of this customer",
  equipment_not_on_contract: "names equipment that is not on the case's contract",
  // master-data import
  unknown_customer: "names no customer (neither in casedesk nor on the file's customers sheet)",
  contract_of_other_customer: "is the number of another customer's contract",
  serial_of_other_customer: "is the serial of another customer's equipment",
  duplicate_in_file: "appears twice in the file",
  invalid_minutes: "must be a whole number of minutes from 1 to 525600",
  invalid_yes_no: "must be yes or no",
  no_known_sheet: "holds no sheet casedesk can read: use the import template (headers in the first row)",
  unreadable_file: "cannot be read: upload an .xlsx or .csv file",
  too_many_rows: "has too many rows (20000 at most)",
  rejected_by_database: "was refused by the database",
  duplicate: "already exists",
  // spare parts and RMA
  unknown_part: "names no part",
  unknown_depot: "names no depot",
  serial_not_in_depot: "is not a serial in stock at this depot",
  serials_required: "must list one serial per unit of a serialised part",
  serials_not_allowed: "may not be given for a part that is counted, not serialised",
  serial_exists: "is a serial already in the stock records",
  same_depot: "must be another depot than the one stock leaves",
  not_in_transit: "is not a transfer in transit",
  serial_not_issued: "is not a serial issued under this reservation",
  quantity_below_reserved: "would leave less on hand than is reserved",
  not_rma_step: "is not an RMA step",
  // preventive maintenance
  equipment_outside_contract: "names equipment that is not on this plan's contract",
  unknown_checklist_item: "names no item of this job's checklist",
  checklist_open: "has checklist items still open",
  report_not_built: "has no report built yet",
  unknown_metrics_format: "is in a format casedesk does not read (casedesk CSV, sysstat sadf -d, nmon)",
  no_timestamps: "holds no timestamps",
  unparseable_metrics: "cannot be parsed",
  no_designated_contact: "has no designated contact with an e-mail address",
};

export function fieldMessage(locale: Locale, code: string, params: Record<string, unknown> = {}): string {
  const base = (locale === "en" ? FIELD_EN : FIELD_ZH)[code] ?? (locale === "en" ? FIELD_EN.custom : FIELD_ZH.custom)!;
  const limit = params.maximum ?? params.minimum;
  if (limit !== undefined) return locale === "en" ? `${base} (limit ${String(limit)})` : `${base}（限制 ${String(limit)}）`;
  if (Array.isArray(params.keys)) return `${base}: ${params.keys.join(", ")}`;
  if (Array.isArray(params.values)) return `${base}: ${params.values.join(", ")}`;
  if (typeof params.detail === "string") {
    const where = params.line === undefined ? "" : locale === "en" ? ` (line ${String(params.line)})` : `（第 ${String(params.line)} 行）`;
    return `${base}${where}: ${params.detail}`;
  }
  return base;
}
