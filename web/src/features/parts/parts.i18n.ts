import { defineMessages } from "../../app/i18n";

const RMA_STATUS_ZH = { requested: "已申请", vendor_approved: "厂家已批准", replacement_dispatched: "替换件已发出", faulty_returned: "故障件已寄回", closed: "已关闭", rejected: "已拒绝" };
const RMA_STATUS_EN = { requested: "Requested", vendor_approved: "Approved by the vendor", replacement_dispatched: "Replacement dispatched", faulty_returned: "Faulty part returned", closed: "Closed", rejected: "Rejected" };

/** Words of spare parts and RMA: the parts panel on the case page, the phone view, the RMA admin's workspace, the portal's RMA card. */
export const partsNs = defineMessages("parts", {
  "zh-CN": {
    panel: "备件", noParts: "本工单尚未预留备件", reserve: "预留备件", part: "备件", depot: "备件库", quantity: "数量", autoDepot: "自动选择（本站点优先）",
    suggestions: "有货的备件库", caseSite: "本站点", customerDepot: "客户备件库", available: "可用 {{n}}", reserveDone: "已预留", noStock: "没有备件库有此备件可用",
    state: { reserved: "已预留", issued: "已出库", released: "已释放" },
    issue: "出库", issueOnSite: "现场出库（手机）", release: "释放", returnFaulty: "故障件退回", openRma: "申请 RMA",
    serial: "序列号", serialN: "第 {{n}} 件序列号", scan: "扫码", scanning: "对准条码…", stopScan: "停止扫码", serials: "序列号：{{list}}", faulty: "故障件：{{list}}",
    issueDone: "已出库", releaseDone: "已释放", faultyDone: "故障件已登记", rmaDone: "已申请 RMA {{number}}",
    faultySerial: "故障件序列号", vendor: "厂商", faultDescription: "故障描述", warrantyTerm: "三包方式", note: "备注",
    term: { repair: "修理", replace: "更换", refund: "退货" },
    phoneTitle: "现场出库 · {{number}}", phoneHint: "输入或扫描备件上的序列号后点“出库”。", nothingReserved: "没有待出库的预留备件", backToCase: "返回工单",
    required: "请填写此项",
    rmaStatus: RMA_STATUS_ZH,
    kind: { "part.reserved": "预留备件", "part.issued": "备件出库", "part.released": "释放备件", "part.faulty_returned": "故障件退回", "rma.opened": "申请 RMA", "rma.advanced": "RMA 进展", "rma.late": "RMA 超时" },
    entry: { part: "{{partNumber}} {{description}} × {{quantity}}", rma: "{{number}}：{{status}}", rmaReplacement: "RMA {{number}} 的替换件，从 {{depot}} 发出" },
  },
  en: {
    panel: "Spare parts", noParts: "No part reserved for this case", reserve: "Reserve a part", part: "Part", depot: "Depot", quantity: "Quantity", autoDepot: "Choose for me (this site first)",
    suggestions: "Depots that have it", caseSite: "This site", customerDepot: "Customer's depot", available: "{{n}} available", reserveDone: "Reserved", noStock: "No depot has this part available",
    state: { reserved: "Reserved", issued: "Issued", released: "Released" },
    issue: "Issue", issueOnSite: "Issue on site (phone)", release: "Release", returnFaulty: "Return faulty part", openRma: "Request an RMA",
    serial: "Serial", serialN: "Serial of unit {{n}}", scan: "Scan", scanning: "Point at the barcode…", stopScan: "Stop scanning", serials: "Serials: {{list}}", faulty: "Faulty: {{list}}",
    issueDone: "Issued", releaseDone: "Released", faultyDone: "Faulty part recorded", rmaDone: "RMA {{number}} requested",
    faultySerial: "Faulty part's serial", vendor: "Vendor", faultDescription: "Fault", warrantyTerm: "Warranty term (三包)", note: "Note",
    term: { repair: "Repair", replace: "Replace", refund: "Refund" },
    phoneTitle: "Issue on site · {{number}}", phoneHint: "Type or scan the serial on the part, then press Issue.", nothingReserved: "No reserved part to issue", backToCase: "Back to the case",
    required: "Please fill this in",
    rmaStatus: RMA_STATUS_EN,
    kind: { "part.reserved": "Part reserved", "part.issued": "Part issued", "part.released": "Part released", "part.faulty_returned": "Faulty part returned", "rma.opened": "RMA requested", "rma.advanced": "RMA progress", "rma.late": "RMA late" },
    entry: { part: "{{partNumber}} {{description}} × {{quantity}}", rma: "{{number}}: {{status}}", rmaReplacement: "the replacement under RMA {{number}}, sent from {{depot}}" },
  },
});

// the case timeline's and the portal history's names for the entries these modules write
defineMessages("cases", {
  "zh-CN": { kind: { "part.reserved": "预留备件", "part.issued": "备件出库", "part.released": "释放备件", "part.faulty_returned": "故障件退回", "rma.opened": "申请 RMA", "rma.advanced": "RMA 进展", "rma.late": "RMA 超时" } },
  en: { kind: { "part.reserved": "Part reserved", "part.issued": "Part issued", "part.released": "Part released", "part.faulty_returned": "Faulty part returned", "rma.opened": "RMA requested", "rma.advanced": "RMA progress", "rma.late": "RMA late" } },
});
defineMessages("portal", {
  "zh-CN": { kind: { "rma.opened": "故障件返厂（RMA）", "rma.advanced": "RMA 进展" }, rmas: "RMA（故障件返厂）", rmaStatus: RMA_STATUS_ZH, rmaNumber: "RMA 编号", rmaState: "状态", rmaUpdated: "更新时间" },
  en: { kind: { "rma.opened": "Faulty part sent back (RMA)", "rma.advanced": "RMA progress" }, rmas: "RMAs (faulty parts sent back)", rmaStatus: RMA_STATUS_EN, rmaNumber: "RMA number", rmaState: "State", rmaUpdated: "Updated" },
});
