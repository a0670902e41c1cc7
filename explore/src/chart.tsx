import { useEffect, useRef } from 'react';
import { LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';

// Only what the line charts use: the bundle stays a fraction of the full echarts build.
echarts.use([LineChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);

// For tests and for curious portal developers: echarts.getInstanceByDom(element).getOption() in the console.
(window as unknown as { echarts: Pick<typeof echarts, 'getInstanceByDom'> }).echarts = {
  getInstanceByDom: echarts.getInstanceByDom,
};

export type ChartOption = echarts.EChartsCoreOption;

/** One ECharts instance in a div; `onPoint` gets the clicked data item. */
export function Chart({
  option,
  onPoint,
  label,
}: {
  option: ChartOption;
  onPoint?: (item: unknown) => void;
  label: string;
}) {
  const element = useRef<HTMLDivElement>(null);
  const pointHandler = useRef(onPoint);
  pointHandler.current = onPoint;
  useEffect(() => {
    if (!element.current) return;
    const chart = echarts.init(element.current);
    chart.on('click', (params) => pointHandler.current?.((params as { data?: unknown }).data));
    const resize = new ResizeObserver(() => chart.resize());
    resize.observe(element.current);
    return () => {
      resize.disconnect();
      chart.dispose();
    };
  }, []);
  useEffect(() => {
    if (!element.current) return;
    echarts.getInstanceByDom(element.current)?.setOption(option, true);
  }, [option]);
  return <div className="chart" ref={element} role="img" aria-label={label} data-chart={label} />;
}
