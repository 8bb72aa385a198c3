import type { ReportSignatures } from "./report.pdf.js";
import { localTime, metricLabel, RESULT_LABELS, SEVERITY_LABELS } from "./report-labels.js";
import type { ReportSnapshot } from "./tables.js";

const escape = (value: unknown) => String(value ?? "").replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** A chart as inline SVG: no script, no external file, prints as drawn. */
function svgChart(chart: ReportSnapshot["charts"][number]): string {
  const w = 640;
  const h = 140;
  const values = chart.points.map((p) => p[1]);
  const max = Math.max(chart.unit === "%" ? 100 : 0, ...values);
  const min = Math.min(0, ...values);
  const first = chart.points[0]![0];
  const last = chart.points.at(-1)![0];
  const x = (t: number) => (last === first ? w / 2 : ((t - first) / (last - first)) * w);
  const y = (v: number) => h - ((v - min) / (max - min || 1)) * h;
  const path = chart.points.map(([t, v], i) => `${i ? "L" : "M"}${x(t).toFixed(1)},${y(v).toFixed(1)}`).join(" ");
  return `<svg viewBox="-30 -5 ${w + 35} ${h + 10}" role="img" aria-label="${escape(metricLabel(chart.metric, chart.instance))}">`
    + `<rect x="0" y="0" width="${w}" height="${h}" fill="none" stroke="#ccc"/><text x="-4" y="8" font-size="9" text-anchor="end">${Math.round(max)}</text>`
    + `<text x="-4" y="${h}" font-size="9" text-anchor="end">${Math.round(min)}</text><path d="${path}" fill="none" stroke="#2471a3" stroke-width="1.5"/></svg>`;
}

/** The print-friendly page of a report: the same snapshot as the PDF, A4 margins, no screen chrome. */
export function renderReportHtml(report: ReportSnapshot, signatures: ReportSignatures): string {
  const tz = signatures.timeZone;
  const findings = report.findings.map((f, i) => `<li class="${escape(f.severity)}"><strong>【${escape(SEVERITY_LABELS[f.severity].zh)}】${escape(f.titleZh)}${f.instance ? `（${escape(f.instance)}）` : ""}</strong>`
    + `<br>${escape(metricLabel(f.metric, f.instance))}：最高 ${escape(f.worst)}，超过阈值 ${escape(f.threshold)} 持续约 ${escape(f.minutes)} 分钟（${escape(localTime(f.from, tz))} 起）<p class="rec">建议 ${i + 1}：${escape(f.recommendationZh)}</p></li>`).join("");
  const checklist = report.checklist.map((e) => `<tr><td>${escape(e.zh)}<div class="en">${escape(e.en)}</div></td><td>${escape(RESULT_LABELS[e.result ?? "open"].zh)}</td><td>${escape(e.note ?? "")}</td></tr>`).join("");
  const charts = report.charts.map((c) => `<figure><figcaption>${escape(metricLabel(c.metric, c.instance))}${c.unit ? `（${escape(c.unit)}）` : ""}</figcaption>${svgChart(c)}</figure>`).join("");
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>系统性能分析维护报告 ${escape(report.customerName)} ${escape(report.period)}</title>
<style>
@page { size: A4; margin: 18mm; }
body { font-family: "Noto Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif; color: #222; max-width: 780px; margin: 0 auto; padding: 16px; line-height: 1.5; }
h1 { text-align: center; margin-bottom: 0; } .sub { text-align: center; color: #666; margin-top: 0; }
h2 { color: #1f3a5f; border-bottom: 1px solid #ccd; padding-bottom: 2px; break-after: avoid; }
dl { display: grid; grid-template-columns: max-content 1fr; gap: 2px 12px; } dt { font-weight: bold; }
table { width: 100%; border-collapse: collapse; } td, th { border: 1px solid #ccc; padding: 4px 6px; vertical-align: top; text-align: left; }
.en { color: #777; font-size: 0.85em; } .critical strong { color: #c0392b; } .warning strong { color: #b9770e; } .rec { margin: 2px 0 8px; }
figure { margin: 8px 0; break-inside: avoid; } svg { width: 100%; height: auto; } li { break-inside: avoid; }
@media print { .noprint { display: none; } body { padding: 0; } }
</style></head><body>
<p class="noprint">按 Ctrl+P 打印本页 · Press Ctrl+P to print</p>
<h1>系统性能分析维护报告</h1><p class="sub">System performance and maintenance report · ${escape(signatures.jobNumber)}</p>
<dl><dt>客户</dt><dd>${escape(report.customerName)}</dd><dt>合同编号</dt><dd>${escape(report.contractNo)}</dd><dt>设备</dt><dd>${escape(report.equipment)}</dd>
<dt>维护周期</dt><dd>${escape(report.period)}</dd><dt>工程师</dt><dd>${escape(report.engineerName ?? "—")}</dd><dt>生成时间</dt><dd>${escape(localTime(report.builtAt, tz))}</dd></dl>
<h2>一、总体结论</h2><p>${escape(report.summary?.trim() || (report.findings.length ? `本期发现 ${report.findings.length} 项需关注的问题，详见下文及调优建议。` : "本期系统运行正常，各项性能指标均在合理范围内。"))}</p>
<h2>二、检查项目</h2><table><thead><tr><th>项目</th><th>结果</th><th>说明</th></tr></thead><tbody>${checklist}</tbody></table>
<h2>三、性能分析发现与调优建议</h2>${findings ? `<ol>${findings}</ol>` : "<p>未发现超出阈值的性能问题。</p>"}
${charts ? `<h2>四、性能趋势图</h2>${charts}` : ""}
<h2>签字确认</h2><p>工程师：${escape(report.engineerName ?? "—")}\u3000日期：${escape(signatures.signedOffAt ? localTime(signatures.signedOffAt, tz).slice(0, 10) : "—")}</p>
${signatures.approvedByName ? `<p>专家审核：${escape(signatures.approvedByName)}\u3000日期：${escape(signatures.approvedAt ? localTime(signatures.approvedAt, tz).slice(0, 10) : "—")}</p>` : ""}
</body></html>`;
}
