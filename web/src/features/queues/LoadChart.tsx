import { BarChart } from "echarts/charts";
import { GridComponent, TooltipComponent } from "echarts/components";
import * as echarts from "echarts/core";
import { CanvasRenderer } from "echarts/renderers";
import { useEffect, useRef } from "react";

echarts.use([BarChart, GridComponent, TooltipComponent, CanvasRenderer]);

/** A horizontal bar chart of open cases per person; loaded only with the overview (ECharts is large). */
export default function LoadChart({ rows, label }: { rows: Array<{ name: string; count: number }>; label: string }) {
  const element = useRef<HTMLDivElement>(null);
  const height = Math.max(160, rows.length * 28 + 40);
  useEffect(() => {
    if (!element.current) return;
    const chart = echarts.init(element.current);
    chart.setOption({
      grid: { left: 8, right: 32, top: 8, bottom: 8, containLabel: true },
      tooltip: { trigger: "axis", axisPointer: { type: "shadow" } },
      xAxis: { type: "value", minInterval: 1 },
      yAxis: { type: "category", inverse: true, data: rows.map((r) => r.name) },
      series: [{ type: "bar", data: rows.map((r) => r.count), itemStyle: { color: "#1661ab" }, label: { show: true, position: "right" } }],
    });
    const resize = () => chart.resize();
    window.addEventListener("resize", resize);
    return () => {
      window.removeEventListener("resize", resize);
      chart.dispose();
    };
  }, [rows]);
  return <div ref={element} role="img" aria-label={`${label}: ${rows.map((r) => `${r.name} ${r.count}`).join(", ")}`} style={{ height, width: "100%" }} />;
}
