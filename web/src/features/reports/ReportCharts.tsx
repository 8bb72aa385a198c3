import { BarChart, LineChart } from "echarts/charts";
import { GridComponent, LegendComponent, TooltipComponent } from "echarts/components";
import * as echarts from "echarts/core";
import { SVGRenderer } from "echarts/renderers";
import { Card, Col, Row } from "antd";
import { useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import type { MonthlyReport } from "./report-types";
import { ns } from "./reports.i18n";

echarts.use([BarChart, LineChart, GridComponent, LegendComponent, TooltipComponent, SVGRenderer]);

/** One ECharts chart in SVG, resized with its box; `summary` is what a screen reader hears. */
function Chart({ option, summary, height = 260 }: { option: echarts.EChartsCoreOption; summary: string; height?: number }) {
  const element = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);
  const key = JSON.stringify(option);
  useEffect(() => {
    if (!element.current) return;
    const instance = echarts.init(element.current, undefined, { renderer: "svg" });
    chart.current = instance;
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(element.current);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);
  useEffect(() => {
    chart.current?.setOption({ animation: false, ...(JSON.parse(key) as object) }, true);
  }, [key]);
  return <div ref={element} role="img" aria-label={summary} style={{ height, width: "100%" }} />;
}

const BLUE = "#1661ab";
const RED = "#cf1322";
const GREEN = "#389e0d";

/** The report's charts: the 12-month trend, compliance by fault level, cases by vendor and by type. Loaded only with a report screen. */
export default function ReportCharts({ report }: { report: MonthlyReport }) {
  const { t } = useTranslation([ns, "common"]);
  const trend = report.backlog.trend;
  const levels = ["S1", "S2", "S3", "S4"].filter((level) => report.compliance.some((c) => c.faultLevel === level));
  const percentOf = (metric: string, level: string) => report.compliance.find((c) => c.metric === metric && c.faultLevel === level)?.percent ?? null;
  const bars = (rows: { key: string; count: number }[], label: (key: string) => string) => ({
    grid: { left: 8, right: 32, top: 8, bottom: 8, containLabel: true },
    tooltip: { trigger: "axis", axisPointer: { type: "shadow" } },
    xAxis: { type: "value", minInterval: 1 },
    yAxis: { type: "category", inverse: true, data: rows.map((r) => label(r.key)) },
    series: [{ type: "bar", data: rows.map((r) => r.count), itemStyle: { color: BLUE }, label: { show: true, position: "right" } }],
  });
  const typeLabel = (key: string) => t(`common:caseType.${key}`, { defaultValue: key });
  return (
    <Row gutter={[12, 12]}>
      <Col xs={24} lg={12}>
        <Card size="small" title={t("trend")}>
          <Chart
            summary={`${t("trend")}: ${trend.map((m) => `${m.month} ${m.open}`).join(", ")}`}
            option={{
              grid: { left: 8, right: 8, top: 32, bottom: 8, containLabel: true },
              legend: { top: 0 },
              tooltip: { trigger: "axis" },
              xAxis: { type: "category", data: trend.map((m) => m.month.slice(2)) },
              yAxis: { type: "value", minInterval: 1 },
              series: [
                { name: t("opened"), type: "bar", data: trend.map((m) => m.opened), itemStyle: { color: BLUE } },
                { name: t("closed"), type: "bar", data: trend.map((m) => m.closed), itemStyle: { color: GREEN } },
                { name: t("openAtEnd"), type: "line", data: trend.map((m) => m.open), itemStyle: { color: RED } },
              ],
            }}
          />
        </Card>
      </Col>
      <Col xs={24} lg={12}>
        <Card size="small" title={t("compliance")}>
          <Chart
            summary={`${t("compliance")}: ${levels.map((l) => `${l} ${percentOf("first_response", l) ?? "—"}% / ${percentOf("resolution", l) ?? "—"}%`).join(", ")}`}
            option={{
              grid: { left: 8, right: 8, top: 32, bottom: 8, containLabel: true },
              legend: { top: 0 },
              tooltip: { trigger: "axis", valueFormatter: (v: unknown) => (v === null || v === undefined ? "—" : `${String(v)}%`) },
              xAxis: { type: "category", data: levels.map((l) => t(`common:faultLevel.${l}`)) },
              yAxis: { type: "value", max: 100, axisLabel: { formatter: "{value}%" } },
              series: (["first_response", "resolution"] as const).map((metric, i) => ({
                name: t(`metric.${metric}`), type: "bar", data: levels.map((l) => percentOf(metric, l)), itemStyle: { color: i === 0 ? BLUE : GREEN },
              })),
            }}
          />
        </Card>
      </Col>
      <Col xs={24} lg={12}>
        <Card size="small" title={t("byVendor")}>
          <Chart summary={`${t("byVendor")}: ${report.opened.vendor.map((v) => `${v.key} ${v.count}`).join(", ")}`} option={bars(report.opened.vendor, (k) => k)} height={Math.max(160, report.opened.vendor.length * 28 + 40)} />
        </Card>
      </Col>
      <Col xs={24} lg={12}>
        <Card size="small" title={t("byType")}>
          <Chart summary={`${t("byType")}: ${report.opened.caseType.map((v) => `${typeLabel(v.key)} ${v.count}`).join(", ")}`} option={bars(report.opened.caseType, typeLabel)} height={Math.max(160, report.opened.caseType.length * 28 + 40)} />
        </Card>
      </Col>
    </Row>
  );
}
