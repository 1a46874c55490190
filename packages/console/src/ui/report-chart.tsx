import { useEffect, useRef, useState } from 'preact/hooks';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import { DrillLink } from './report-table.tsx';

/** One mark of a chart (a bar, a point): what it says and the transcript list it counts. */
export interface ChartMark {
  /** The mark read out in full, e.g. "answered, under 30 s: 2 chats". */
  name: string;
  /** The drill-down's archive query; the mark is not a link without one. */
  query: string | undefined;
}

export interface ReportChartProps {
  /** Names the chart for screen readers; the data table next to it carries the numbers. */
  label: string;
  /** x values, then one array per series. */
  data: uPlot.AlignedData;
  series: { label: string; colour: string }[];
  kind: 'line' | 'bars';
  xLabels?: string[];
  yLabel: string;
  /** marks[series][x]: each drawn mark's drill-down, a link over the mark. */
  marks?: (ChartMark | undefined)[][];
}

/** Bars of one x value share this much of its column, side by side, one per series. */
const GROUP_WIDTH = 0.8;
/** A link over a mark is never smaller than this (WCAG 2.2 target size), in CSS pixels. */
const MIN_TARGET = 24;

interface PlacedMark extends ChartMark {
  left: number;
  top: number;
  width: number;
  height: number;
}

/** Where the bar or point of `series` at x index `i` lies, in CSS pixels of the plotting area. */
function markBox(plot: uPlot, kind: ReportChartProps['kind'], series: number, i: number) {
  const value = Number(plot.data[series + 1]?.[i] ?? 0);
  const top = plot.valToPos(value, 'y');
  if (kind === 'line') {
    const x = plot.valToPos(i, 'x');
    return {
      left: x - MIN_TARGET / 2,
      top: top - MIN_TARGET / 2,
      width: MIN_TARGET,
      height: MIN_TARGET,
    };
  }
  const barWidth = GROUP_WIDTH / (plot.series.length - 1);
  const x0 = i - GROUP_WIDTH / 2 + series * barWidth;
  const left = plot.valToPos(x0, 'x');
  const width = Math.max(MIN_TARGET, plot.valToPos(x0 + barWidth, 'x') - left);
  const base = plot.valToPos(0, 'y');
  const height = Math.max(MIN_TARGET, base - top);
  return { left, top: base - height, width, height };
}

/** Bars side by side: series s of n at x - GROUP_WIDTH/2 + s * GROUP_WIDTH/n. */
function groupedBars(count: number) {
  const width = GROUP_WIDTH / count;
  return uPlot.paths.bars?.({
    disp: {
      x0: {
        unit: 1,
        values: (u, s) => Array.from(u.data[0], (x) => x - GROUP_WIDTH / 2 + (s - 1) * width),
      },
      size: { unit: 1, values: (u) => Array.from(u.data[0], () => width) },
    },
  });
}

/**
 * A small uPlot chart; its data table and summary are rendered beside it by the caller. The
 * canvas is hidden from assistive technology; each mark with a drill-down is a real link laid
 * over it, named in words, reached by Tab like any other link.
 */
export function ReportChart({
  label,
  data,
  series,
  kind,
  xLabels,
  yLabel,
  marks,
}: ReportChartProps) {
  const frame = useRef<HTMLElement>(null);
  const host = useRef<HTMLDivElement>(null);
  const [placed, setPlaced] = useState<PlacedMark[]>([]);
  useEffect(() => {
    const element = host.current;
    if (!element) return undefined;
    const bars = kind === 'bars' ? groupedBars(series.length) : undefined;
    const count = data[0].length;
    const plot = new uPlot(
      {
        width: Math.max(320, Math.min(720, element.clientWidth || 640)),
        height: 240,
        // Scales are set on the first draw: the marks are placed then, and again on each redraw.
        hooks: { draw: [(u) => setPlaced(placeMarks(u, kind, marks, frame.current))] },
        scales: { x: { time: false, ...(bars ? { range: [-0.5, count - 0.5] } : {}) } },
        axes: [
          {
            values: (_u, ticks) => ticks.map((tick) => xLabels?.[tick] ?? ''),
            ...(bars ? { splits: () => Array.from(data[0], Number) } : {}),
          },
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
  }, [data, series, kind, xLabels, yLabel, marks]);
  return (
    <figure class="report-chart" ref={frame} aria-label={label}>
      <div ref={host} aria-hidden="true" />
      {placed.length > 0 && (
        <ul class="report-chart-marks">
          {placed.map((mark) => (
            <li key={mark.name}>
              <DrillLink
                query={mark.query}
                label={mark.name}
                style={{
                  left: `${mark.left}px`,
                  top: `${mark.top}px`,
                  width: `${mark.width}px`,
                  height: `${mark.height}px`,
                }}
              />
            </li>
          ))}
        </ul>
      )}
    </figure>
  );
}

/** The marks with a drill-down and a count above zero, placed relative to the chart's frame. */
function placeMarks(
  plot: uPlot,
  kind: ReportChartProps['kind'],
  marks: ReportChartProps['marks'],
  frame: HTMLElement | null,
): PlacedMark[] {
  if (!marks || !frame) return [];
  const area = plot.over.getBoundingClientRect();
  const origin = frame.getBoundingClientRect();
  const placed: PlacedMark[] = [];
  marks.forEach((row, s) => {
    row.forEach((mark, i) => {
      const value = plot.data[s + 1]?.[i];
      if (!mark?.query || value === null || value === undefined || (kind === 'bars' && value === 0))
        return;
      const box = markBox(plot, kind, s, i);
      placed.push({
        ...mark,
        ...box,
        left: box.left + area.left - origin.left,
        top: box.top + area.top - origin.top,
      });
    });
  });
  return placed;
}
