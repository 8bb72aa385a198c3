import { defineMessages } from "../../app/i18n";

/** Words of a case's vendor support requests (the panel on the case page and its step dialogs). */
export const vendorNs = defineMessages("vendorRequests", {
  "zh-CN": {
    title: "厂家支持申请",
    state: { requested: "待专家确认", confirmed: "已确认，待报修", rejected: "已驳回", opened: "已向厂家报修", answered: "厂家已答复", done: "已完成" },
    step: { confirm: "确认需要厂家", reject: "驳回", open: "记录厂家报修", answer: "记录厂家答复", complete: "厂家处理完成" },
    done: { confirm: "已确认，可向厂家报修", reject: "已驳回", open: "已记录厂家报修", answer: "已记录厂家答复", complete: "厂家支持已完成" },
    field: {
      reason: "申请理由", requestedAt: "申请时间", vendorCaseRef: "厂家 Case 号", vendorContact: "厂家联系人",
      summary: "厂家答复", finalSummary: "处理结果", rejectReason: "驳回理由", doneAt: "完成时间",
    },
    hint: { vendorContact: "姓名、电话或邮箱（可选）", complete: "写明厂家最终给出的结论或处理结果" },
    required: "请填写此项",
    stale: "这条申请刚被别人更新过，已刷新，请核对后再试",
  },
  en: {
    title: "Vendor support requests",
    state: { requested: "Awaiting an expert", confirmed: "Confirmed; to open with the vendor", rejected: "Declined", opened: "Opened with the vendor", answered: "Vendor answered", done: "Done" },
    step: { confirm: "Confirm vendor needed", reject: "Decline", open: "Record the vendor case", answer: "Record the vendor's answer", complete: "Vendor's part done" },
    done: { confirm: "Confirmed: the vendor case may be opened", reject: "Declined", open: "Vendor case recorded", answer: "Vendor's answer recorded", complete: "Vendor support done" },
    field: {
      reason: "Reason", requestedAt: "Requested", vendorCaseRef: "Vendor case number", vendorContact: "Vendor contact",
      summary: "Vendor's answer", finalSummary: "Outcome", rejectReason: "Reason for declining", doneAt: "Done",
    },
    hint: { vendorContact: "Name, phone or e-mail (optional)", complete: "What the vendor finally concluded or did" },
    required: "Please fill this in",
    stale: "Someone has just updated this request; it is refreshed, please check and try again",
  },
});
