import type { ReportResponse, ReportRowView } from '@refdesk/protocol/responder';

const label = (column: string) => column.replaceAll('_', ' ');
const cell = (value: ReportRowView[string] | undefined) =>
  value === null || value === undefined ? '—' : String(value);

export interface ReportTableProps {
  report: Pick<ReportResponse, 'columns' | 'rows' | 'cooperative'>;
  caption: string;
}

/** A report's rows as a data table (also the text alternative of its chart), totals in the foot. */
export function ReportTable({ report, caption }: ReportTableProps) {
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
                  <td key={column}>{cell(row[column])}</td>
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
                  <td key={column}>{cell(report.cooperative?.[column])}</td>
                ),
              )}
            </tr>
          </tfoot>
        )}
      </table>
    </div>
  );
}
