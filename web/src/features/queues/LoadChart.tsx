import { BarChart } from "echarts/charts";
import { GridComponent, TooltipComponent } from "echarts/components";
import * as echarts from "echarts/core";
import { SVGRenderer } from "echarts/renderers";
import { useEffect, useRef } from "react";

echarts.use([BarChart, GridComponent, TooltipComponent, SVGRenderer]);

/** A horizontal bar chart of open cases per person; loaded only with the overview (ECharts is large). */
export default function LoadChart({ rows, label }: { rows: Array<{ name: string; count: number }>; label: string }) {
  const element = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);
  const height = Math.max(160, rows.length * 28 + 40);
  const key = JSON.stringify(rows);

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
    const data = JSON.parse(key) as Array<{ name: string; count: number }>;
    chart.current?.resize();
    chart.current?.setOption({
      animation: false,
      grid: { left: 8, right: 32, top: 8, bottom: 8, containLabel: true },
      tooltip: { trigger: "axis", axisPointer: { type: "shadow" } },
      xAxis: { type: "value", minInterval: 1 },
      yAxis: { type: "category", inverse: true, data: data.map((r) => r.name) },
      series: [{ type: "bar", data: data.map((r) => r.count), itemStyle: { color: "#1661ab" }, label: { show: true, position: "right" } }],
    }, true);
  }, [key, height]);

  return <div ref={element} role="img" aria-label={`${label}: ${rows.map((r) => `${r.name} ${r.count}`).join(", ")}`} style={{ height, width: "100%" }} />;
}
