import type { ReportResponse } from '@refdesk/protocol/responder';
import { useMemo } from 'preact/hooks';
import { type ChartMark, ReportChart } from './report-chart.tsx';
import { DrillLink, ReportTable } from './report-table.tsx';

const COLOURS = ['#1d4ed8', '#b45309', '#047857', '#7c3aed', '#be123c', '#0e7490', '#4d7c0f'];
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const WAIT_SERIES = [
  { label: 'answered', colour: COLOURS[0] ?? '#000' },
  { label: 'abandoned', colour: COLOURS[1] ?? '#000' },
  { label: 'missed', colour: COLOURS[4] ?? '#000' },
];
const percent = (value: unknown) => (typeof value === 'number' ? `${value}%` : 'no requests');

/** Contribution Percentage per library, and its trend month by month. */
export function ContributionSection({ report }: { report: ReportResponse }) {
  const months = report.months ?? [];
  const trend = useMemo(() => {
    const monthNames = [...new Set(months.map((row) => String(row.month)))].sort();
    const libraries = report.rows.map((row) => String(row.library));
    const data = [
      monthNames.map((_, i) => i),
      ...libraries.map((name) =>
        monthNames.map((month) => {
          const row = months.find((m) => m.library === name && m.month === month);
          return typeof row?.contribution_percentage === 'number'
            ? row.contribution_percentage
            : null;
        }),
      ),
    ] as [number[], ...(number | null)[][]];
    const series = libraries.map((label, i) => ({
      label,
      colour: COLOURS[i % COLOURS.length] ?? '#000',
    }));
    // A point drills into the chats the library accepted that month (the percentage's numerator).
    const marks = libraries.map((name) =>
      monthNames.map((month): ChartMark | undefined => {
        const i = months.findIndex((m) => m.library === name && m.month === month);
        const row = months[i];
        if (!row) return undefined;
        return {
          name: `${name}, ${month}: ${percent(row.contribution_percentage)}, ${row.accepted} accepted of ${row.requested} requested; list the ${row.accepted} accepted`,
          query: Number(row.accepted) > 0 ? report.drill?.months?.[i]?.accepted : undefined,
        };
      }),
    );
    return { monthNames, data, series, marks };
  }, [report]);
  const coop = report.cooperative;
  return (
    <>
      <h2 class="panel-title">Contribution Percentage</h2>
      <p class="report-summary">
        {report.rows
          .map(
            (row) =>
              `${row.library}: ${percent(row.contribution_percentage)} (${row.accepted} accepted of ${row.requested} requested)`,
          )
          .join('; ')}
        {coop && `. Cooperative: ${coop.accepted} of ${coop.requested} chats answered.`}
      </p>
      <ReportTable
        report={report}
        caption={`Chats accepted ÷ chats requested by the library’s own patrons, ${report.from} to ${report.to}`}
      />
      {trend.monthNames.length > 0 && (
        <>
          <h3>Trend by month</h3>
          <ReportChart
            label="Contribution Percentage by month, per library; the table below has the numbers"
            data={trend.data}
            series={trend.series}
            kind="line"
            xLabels={trend.monthNames}
            yLabel="%"
            marks={trend.marks}
          />
          <ReportTable
            report={{
              columns: ['month', 'library', 'requested', 'accepted', 'contribution_percentage'],
              rows: months,
              cooperative: null,
            }}
            drill={report.drill?.months && { rows: report.drill.months, cooperative: null }}
            caption="Contribution Percentage per library per month"
          />
        </>
      )}
    </>
  );
}

/** Chats by weekday and hour: the table is the heatmap (cells shaded by count). */
export function HeatmapSection({ report }: { report: ReportResponse }) {
  const max = Math.max(1, ...report.rows.map((row) => Number(row.requested)));
  const index = (day: number, hour: number) =>
    report.rows.findIndex((row) => row.weekday === day && row.hour === hour);
  const count = (day: number, hour: number) =>
    Number(report.rows[index(day, hour)]?.requested ?? 0);
  const { busiest_weekday: day, busiest_hour: hour, requested } = report.summary;
  return (
    <>
      <h2 class="panel-title">Chats by day and hour ({report.tz})</h2>
      <p class="report-summary">
        {requested} chats requested.
        {typeof day === 'number' &&
          typeof hour === 'number' &&
          ` Busiest: ${DAYS[day]} ${hour}:00–${hour + 1}:00.`}
      </p>
      <div class="report-table-wrap">
        <table class="report-heatmap">
          <caption>Chats requested by weekday and hour</caption>
          <thead>
            <tr>
              <th scope="col">Day</th>
              {Array.from({ length: 24 }, (_, h) => (
                <th key={h} scope="col">
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {DAYS.map((name, d) => (
              <tr key={name}>
                <th scope="row">{name}</th>
                {Array.from({ length: 24 }, (_, h) => {
                  const n = count(d, h);
                  const level = n === 0 ? 0 : Math.ceil((n / max) * 4);
                  return (
                    <td key={h} class={`heat-${level}`}>
                      <DrillLink
                        query={n > 0 ? report.drill?.rows[index(d, h)]?.requested : undefined}
                      >
                        {String(n)}
                      </DrillLink>
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

/** Wait-time histogram with p50 and p90, and abandonment by wait. */
export function WaitSection({ report }: { report: ReportResponse }) {
  const chart = useMemo(() => {
    const labels = report.rows.map((row) => String(row.wait));
    const column = (name: string) => report.rows.map((row) => Number(row[name] ?? 0));
    const marks = WAIT_SERIES.map(({ label }) =>
      report.rows.map((row, i) => ({
        name: `${label}, waited ${row.wait}: ${Number(row[label] ?? 0)} chats`,
        query: report.drill?.rows[i]?.[label],
      })),
    );
    return {
      labels,
      data: [labels.map((_, i) => i), ...WAIT_SERIES.map(({ label }) => column(label))] as [
        number[],
        ...number[][],
      ],
      marks,
    };
  }, [report]);
  const s = report.summary;
  const seconds = (value: unknown) => (typeof value === 'number' ? `${value} s` : '—');
  return (
    <>
      <h2 class="panel-title">Wait and abandonment</h2>
      <p class="report-summary">
        {s.answered} answered, {s.abandoned} abandoned, {s.missed} missed. Wait to answer: p50{' '}
        {seconds(s.p50_seconds)}, p90 {seconds(s.p90_seconds)}.
        {report.cooperative &&
          ` Cooperative: p50 ${seconds(report.cooperative.p50_seconds)}, p90 ${seconds(report.cooperative.p90_seconds)}.`}
      </p>
      <ReportChart
        label="Chats by wait: answered, abandoned and missed; the table below has the numbers"
        data={chart.data}
        series={WAIT_SERIES}
        kind="bars"
        xLabels={chart.labels}
        yLabel="chats"
        marks={chart.marks}
      />
      <ReportTable
        report={{ ...report, cooperative: null }}
        caption="Chats by how long the patron waited"
      />
    </>
  );
}
