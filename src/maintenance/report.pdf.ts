import { CJK_BOLD, CJK_REGULAR, cjkDocument, finishWithPageNumbers, pdfBytes } from "../shared/pdf/index.js";
import { localTime, metricLabel, RESULT_LABELS, SEVERITY_LABELS } from "./report-labels.js";
import type { ReportSnapshot } from "./tables.js";

export type ReportSignatures = { jobNumber: string; signedOffAt: Date | null; approvedByName: string | null; approvedAt: Date | null; timeZone: string };

const GREY = "#666666";
const SEVERITY_COLOURS = { critical: "#c0392b", warning: "#d68910", info: "#2471a3" } as const;

/** The maintenance report as a PDF: Chinese first, fonts embedded (src/shared/pdf). */
export function renderReportPdf(report: ReportSnapshot, signatures: ReportSignatures): Promise<Buffer> {
  const title = "系统性能分析维护报告";
  const doc = cjkDocument({ title: `${title} ${report.customerName} ${report.period}`, subject: `System performance and maintenance report ${signatures.jobNumber}`, language: "zh-CN" });
  return pdfBytes(doc, (d) => {
    const width = d.page.width - d.page.margins.left - d.page.margins.right;
    d.font(CJK_BOLD).fontSize(20).text(title, { align: "center" });
    d.font(CJK_REGULAR).fontSize(10).fillColor(GREY).text("System performance and maintenance report", { align: "center" }).fillColor("black").moveDown();
    const facts: [string, string][] = [
      ["客户", report.customerName], ["合同编号", report.contractNo], ["设备", report.equipment], ["维护周期", report.period],
      ["报告编号", signatures.jobNumber], ["工程师", report.engineerName ?? "—"], ["生成时间", localTime(report.builtAt, signatures.timeZone)],
    ];
    for (const [label, value] of facts) d.fontSize(11).font(CJK_BOLD).text(`${label}：`, { continued: true }).font(CJK_REGULAR).text(value);

    heading(d, "一、总体结论");
    d.fontSize(11).text(report.summary?.trim() || (report.findings.length ? `本期发现 ${report.findings.length} 项需关注的问题，详见下文及调优建议。` : "本期系统运行正常，各项性能指标均在合理范围内。"));

    heading(d, "二、检查项目");
    for (const entry of report.checklist) {
      const label = RESULT_LABELS[entry.result ?? "open"].zh;
      d.fontSize(11).font(CJK_REGULAR).text(`□ ${entry.zh}`, { continued: true }).font(CJK_BOLD).text(`\u3000${label}`);
      if (entry.note) d.font(CJK_REGULAR).fontSize(9).fillColor(GREY).text(`\u3000\u3000${entry.note}`).fillColor("black");
    }

    heading(d, "三、性能分析发现");
    if (report.findings.length === 0) d.fontSize(11).text("未发现超出阈值的性能问题。");
    report.findings.forEach((finding, index) => {
      d.fontSize(11).font(CJK_BOLD).fillColor(SEVERITY_COLOURS[finding.severity])
        .text(`${index + 1}. 【${SEVERITY_LABELS[finding.severity].zh}】${finding.titleZh}${finding.instance ? `（${finding.instance}）` : ""}`).fillColor("black");
      d.font(CJK_REGULAR).fontSize(10)
        .text(`${metricLabel(finding.metric, finding.instance)}：最高 ${finding.worst}，超过阈值 ${finding.threshold} 持续约 ${finding.minutes} 分钟（${localTime(finding.from, signatures.timeZone)} 起）。`);
    });

    heading(d, "四、调优建议");
    if (report.findings.length === 0) d.fontSize(11).text("系统性能处于良好状态，建议保持现有配置并按月巡检。");
    report.findings.forEach((finding, index) => d.fontSize(10).text(`${index + 1}. ${finding.recommendationZh}`));

    if (report.charts.length) {
      heading(d, "五、性能趋势图");
      for (const chart of report.charts) drawChart(d, chart, width, signatures.timeZone);
    }

    heading(d, "签字确认");
    d.fontSize(11).text(`工程师：${report.engineerName ?? "—"}\u3000\u3000日期：${signatures.signedOffAt ? localTime(signatures.signedOffAt, signatures.timeZone).slice(0, 10) : "—"}`);
    if (signatures.approvedByName) d.text(`专家审核：${signatures.approvedByName}\u3000\u3000日期：${signatures.approvedAt ? localTime(signatures.approvedAt, signatures.timeZone).slice(0, 10) : "—"}`);
    finishWithPageNumbers(d, (page, total) => `${signatures.jobNumber}\u3000第 ${page} 页，共 ${total} 页`);
  });
}

function heading(d: PDFKit.PDFDocument, text: string) {
  d.moveDown(0.8).font(CJK_BOLD).fontSize(14).fillColor("#1f3a5f").text(text).fillColor("black").font(CJK_REGULAR).moveDown(0.3);
}

/** A line chart drawn as vectors: the series, its range and the first and last times. */
function drawChart(d: PDFKit.PDFDocument, chart: ReportSnapshot["charts"][number], width: number, timeZone: string) {
  const height = 110;
  if (d.y + height + 40 > d.page.height - d.page.margins.bottom) d.addPage();
  d.font(CJK_BOLD).fontSize(10).text(`${metricLabel(chart.metric, chart.instance)}${chart.unit ? `（${chart.unit}）` : ""}`);
  const top = d.y + 4;
  const left = d.page.margins.left + 30;
  const plotWidth = width - 30;
  const values = chart.points.map((p) => p[1]);
  const max = Math.max(chart.unit === "%" ? 100 : 0, ...values);
  const min = Math.min(0, ...values);
  const first = chart.points[0]![0];
  const last = chart.points.at(-1)![0];
  const x = (t: number) => left + (last === first ? plotWidth / 2 : ((t - first) / (last - first)) * plotWidth);
  const y = (v: number) => top + height - ((v - min) / (max - min || 1)) * height;
  d.save().lineWidth(0.5).strokeColor("#cccccc").rect(left, top, plotWidth, height).stroke().restore();
  d.font(CJK_REGULAR).fontSize(7).fillColor(GREY).text(String(Math.round(max)), d.page.margins.left, top - 3, { width: 26, align: "right" })
    .text(String(Math.round(min)), d.page.margins.left, top + height - 6, { width: 26, align: "right" });
  d.save().lineWidth(1).strokeColor("#2471a3");
  chart.points.forEach(([t, v], i) => (i === 0 ? d.moveTo(x(t), y(v)) : d.lineTo(x(t), y(v))));
  d.stroke().restore();
  d.fontSize(7).fillColor(GREY).text(localTime(new Date(first), timeZone), left, top + height + 2, { width: plotWidth / 2 })
    .text(localTime(new Date(last), timeZone), left + plotWidth / 2, top + height + 2, { width: plotWidth / 2, align: "right" }).fillColor("black");
  d.x = d.page.margins.left;
  d.y = top + height + 18;
}
