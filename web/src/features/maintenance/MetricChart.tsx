import { LineChart } from "echarts/charts";
import { GridComponent, TooltipComponent } from "echarts/components";
import * as echarts from "echarts/core";
import { SVGRenderer } from "echarts/renderers";
import { useEffect, useRef } from "react";

echarts.use([LineChart, GridComponent, TooltipComponent, SVGRenderer]);

/** One performance series as a line over time; ECharts loads only with the job page. */
export default function MetricChart({ title, unit, points, timeZoneLabel }: { title: string; unit: string; points: [number, number][]; timeZoneLabel: (ms: number) => string }) {
  const element = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);
  const key = JSON.stringify(points);

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
    const data = JSON.parse(key) as [number, number][];
    chart.current?.setOption({
      animation: false,
      grid: { left: 8, right: 16, top: 16, bottom: 8, containLabel: true },
      tooltip: { trigger: "axis", valueFormatter: (v: unknown) => `${String(v)} ${unit}`.trim() },
      xAxis: { type: "time", axisLabel: { formatter: (ms: number) => timeZoneLabel(ms) } },
      yAxis: { type: "value", max: unit === "%" ? 100 : undefined, name: unit },
      series: [{ type: "line", name: title, showSymbol: data.length < 30, data, lineStyle: { color: "#1661ab" }, itemStyle: { color: "#1661ab" } }],
    }, true);
  }, [key, unit, title, timeZoneLabel]);

  return <div ref={element} role="img" aria-label={title} style={{ width: "100%", height: 200 }} />;
}
