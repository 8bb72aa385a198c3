import { defineMessages } from "../../app/i18n";

/** Words of editing master data, its change history and the spreadsheet import. */
export const masterDataNs = defineMessages("masterData", {
  "zh-CN": {
    edit: "编辑", editCustomer: "编辑客户", editContact: "编辑联系人", editSite: "编辑站点", editContract: "编辑合同", editEquipment: "编辑设备",
    addEquipment: "添加设备", saved: "已保存", history: "变更记录", historyOf: "变更记录：{{name}}", noHistory: "暂无变更记录",
    created: "创建", updated: "修改", fromImport: "导入", system: "系统",
    field: "字段", before: "修改前", after: "修改后",
    calendar: "业务日历", policyCalendar: "按服务级别策略（默认 7×24）", calendarHint: "此合同新建工单的响应与解决时限按此日历计算；已在处理的工单不受影响。",
    targets: "各级别目标（分钟）", response: "响应", resolution: "解决", level: "级别", warrantyEndsOn: "保修截止", description: "描述",
    expired: "已过期", endsOnLabel: "到期 {{date}}",
    fields: {
      name: "名称", shortName: "简称", phone: "电话", mobile: "手机", email: "邮箱", address: "地址", notes: "备注", title: "职务/名称",
      isDesignated: "指定联系人", city: "城市", contractNo: "合同号", startsOn: "开始日期", endsOn: "结束日期", serviceHours: "服务时间",
      calendarId: "业务日历", targets: "目标时间", contractId: "合同", siteId: "站点", vendor: "厂商", model: "型号", serial: "序列号",
      description: "描述", warrantyEndsOn: "保修截止",
    },
    yes: "是", no: "否", targetText: "{{level}} 响应 {{response}} 分钟 / 解决 {{resolution}} 分钟",
    import: {
      intro: "从 Excel 导入客户、联系人、合同和设备：下载模板，填好后先试导入，逐行检查错误；没有错误后再导入，全部数据在一个事务中写入。",
      template: "下载导入模板", pick: "选择文件（.xlsx 或 .csv）", dryRun: "试导入", apply: "导入", fileLabel: "导入文件",
      checked: "检查通过：没有错误，可以导入。", hasIssues: "发现 {{count}} 处错误，未做任何更改。请修改文件后重新试导入。",
      applied: "导入完成。", kind: "数据", created: "新增", updated: "更新", unchanged: "无变化",
      kinds: { customers: "客户", contacts: "联系人", contracts: "合同", equipment: "设备" },
      sheet: "工作表", line: "行", column: "列", problem: "问题",
    },
  },
  en: {
    edit: "Edit", editCustomer: "Edit customer", editContact: "Edit contact", editSite: "Edit site", editContract: "Edit contract", editEquipment: "Edit equipment",
    addEquipment: "Add equipment", saved: "Saved", history: "History", historyOf: "History: {{name}}", noHistory: "No changes recorded yet",
    created: "Created", updated: "Changed", fromImport: "Import", system: "System",
    field: "Field", before: "Before", after: "After",
    calendar: "Business calendar", policyCalendar: "The service-level policy's (7×24 by default)", calendarHint: "The response and resolution deadlines of this contract's new cases count in this calendar; open cases keep theirs.",
    targets: "Targets per level (minutes)", response: "Response", resolution: "Resolution", level: "Level", warrantyEndsOn: "Warranty ends", description: "Description",
    expired: "Expired", endsOnLabel: "ends {{date}}",
    fields: {
      name: "Name", shortName: "Short name", phone: "Phone", mobile: "Mobile", email: "E-mail", address: "Address", notes: "Notes", title: "Title",
      isDesignated: "Designated contact", city: "City", contractNo: "Contract number", startsOn: "Starts on", endsOn: "Ends on", serviceHours: "Service hours",
      calendarId: "Business calendar", targets: "Targets", contractId: "Contract", siteId: "Site", vendor: "Vendor", model: "Model", serial: "Serial number",
      description: "Description", warrantyEndsOn: "Warranty ends",
    },
    yes: "Yes", no: "No", targetText: "{{level}} response {{response}} min / resolution {{resolution}} min",
    import: {
      intro: "Import customers, contacts, contracts and equipment from Excel: download the template, fill it in, dry-run it to see every bad line, then import: everything is written in one transaction.",
      template: "Download the template", pick: "Choose a file (.xlsx or .csv)", dryRun: "Dry run", apply: "Import", fileLabel: "File to import",
      checked: "No problems found: ready to import.", hasIssues: "{{count}} problems found; nothing was changed. Fix the file and dry-run it again.",
      applied: "Import done.", kind: "Kind", created: "New", updated: "Updated", unchanged: "Unchanged",
      kinds: { customers: "Customers", contacts: "Contacts", contracts: "Contracts", equipment: "Equipment" },
      sheet: "Sheet", line: "Line", column: "Column", problem: "Problem",
    },
  },
});
