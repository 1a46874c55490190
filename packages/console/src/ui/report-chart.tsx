import { useEffect, useRef } from 'preact/hooks';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';

export interface ReportChartProps {
  /** Names the chart for screen readers; the data table next to it carries the numbers. */
  label: string;
  /** x values, then one array per series. */
  data: uPlot.AlignedData;
  series: { label: string; colour: string }[];
  kind: 'line' | 'bars';
  xLabels?: string[];
  yLabel: string;
}

/** A small uPlot chart; its data table and summary are rendered beside it by the caller. */
export function ReportChart({ label, data, series, kind, xLabels, yLabel }: ReportChartProps) {
  const host = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const element = host.current;
    if (!element) return undefined;
    const bars = kind === 'bars' ? uPlot.paths.bars?.({ size: [0.6, 60] }) : undefined;
    const plot = new uPlot(
      {
        width: Math.max(320, Math.min(720, element.clientWidth || 640)),
        height: 240,
        scales: { x: { time: false } },
        axes: [
          { values: (_u, ticks) => ticks.map((tick) => xLabels?.[tick] ?? String(tick)) },
          { label: yLabel },
        ],
        series: [
          {},
          ...series.map((s) => ({
            label: s.label,
            stroke: s.colour,
            ...(kind === 'bars' ? { fill: `${s.colour}99` } : {}),
            width: 2,
            ...(bars ? { paths: bars } : {}),
          })),
        ],
      },
      data,
      element,
    );
    return () => plot.destroy();
  }, [data, series, kind, xLabels, yLabel]);
  return <div class="report-chart" ref={host} role="img" aria-label={label} />;
}
