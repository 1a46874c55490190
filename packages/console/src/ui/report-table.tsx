import type { ReportResponse, ReportRowView } from '@refdesk/protocol/responder';
import type { ComponentChildren, CSSProperties } from 'preact';
import { BASE } from '../state/router.ts';

const label = (column: string) => column.replaceAll('_', ' ');
const cell = (value: ReportRowView[string] | undefined) =>
  value === null || value === undefined ? '—' : String(value);

type Drill = Pick<NonNullable<ReportResponse['drill']>, 'rows' | 'cooperative'>;

export interface ReportTableProps {
  report: Pick<ReportResponse, 'columns' | 'rows' | 'cooperative'> & { drill?: Drill | undefined };
  caption: string;
  /** Drill-downs of other rows than `report.rows` (the months of the contribution trend). */
  drill?: Drill | undefined;
}

/**
 * A figure linked to the transcript archive listing the chats it counts (the drill-down), or the
 * figure alone when it counts no chats. A chart's mark uses it too, named by `label` and placed
 * by `style` over the mark it stands for.
 */
export function DrillLink({
  query,
  children,
  label,
  style,
}: {
  query: string | undefined;
  children?: ComponentChildren;
  label?: string;
  style?: CSSProperties;
}) {
  if (!query) return <>{children}</>;
  return (
    <a class="report-drill" href={`${BASE}transcripts?${query}`} aria-label={label} style={style}>
      {children}
    </a>
  );
}

/**
 * A report's rows as a data table (also the text alternative of its chart), totals in the foot;
 * each figure that counts chats links to their transcript list.
 */
export function ReportTable({ report, caption, drill = report.drill }: ReportTableProps) {
  return (
    <div class="report-table-wrap">
      <table class="report-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            {report.columns.map((column) => (
              <th key={column} scope="col">
                {label(column)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {report.rows.map((row, i) => (
            <tr key={i}>
              {report.columns.map((column, j) =>
                j === 0 ? (
                  <th key={column} scope="row">
                    {cell(row[column])}
                  </th>
                ) : (
                  <td key={column}>
                    <DrillLink query={drill?.rows[i]?.[column]}>{cell(row[column])}</DrillLink>
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
        {report.cooperative && (
          <tfoot>
            <tr>
              {report.columns.map((column, j) =>
                j === 0 ? (
                  <th key={column} scope="row">
                    Cooperative
                  </th>
                ) : (
                  <td key={column}>
                    <DrillLink query={drill?.cooperative?.[column]}>
                      {cell(report.cooperative?.[column])}
                    </DrillLink>
                  </td>
                ),
              )}
            </tr>
          </tfoot>
        )}
      </table>
    </div>
  );
}
