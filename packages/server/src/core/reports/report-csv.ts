import type { Cell, ReportResult } from './report-result.ts';

/** One CSV field (RFC 4180): quoted when it holds a comma, a quote or a line break. */
export function csvField(value: Cell): string {
  if (value === null) return '';
  const text = String(value);
  // A leading =, +, - or @ would run as a formula in a spreadsheet: prefix a quote mark.
  const safe = /^[=+\-@\t\r]/.test(text) && typeof value === 'string' ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/**
 * A report as CSV: its columns as the header, one line per row, CRLF line ends.
 *
 * @example
 * reportCsv(contributionReport(...)); // "library,requested,accepted,contribution_percentage\r\n..."
 */
export function reportCsv(report: Pick<ReportResult, 'columns' | 'rows'>): string {
  const lines = [report.columns.map(csvField).join(',')];
  for (const row of report.rows) {
    lines.push(report.columns.map((column) => csvField(row[column] ?? null)).join(','));
  }
  return `${lines.join('\r\n')}\r\n`;
}
