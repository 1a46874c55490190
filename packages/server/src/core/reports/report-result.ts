/** One cell of a report: text, a number, or empty. */
export type Cell = string | number | null;
export type ReportRow = Record<string, Cell>;

/**
 * What every report answers: a table (the CSV has exactly these columns and rows), the
 * cooperative's totals for comparison, and a few headline figures for the text summary.
 */
export interface ReportResult {
  name: ReportName;
  columns: string[];
  rows: ReportRow[];
  /** The same figures over the whole cooperative (null when the rows already are the cooperative). */
  cooperative: ReportRow | null;
  summary: ReportRow;
  /** The contribution report's rows per library per month, for the trend chart. */
  months?: ReportRow[];
}

export const REPORT_NAMES = [
  'contribution',
  'heatmap',
  'wait',
  'who-answered',
  'outcomes',
  'hours-staffed',
] as const;
export type ReportName = (typeof REPORT_NAMES)[number];

export function isReportName(name: string): name is ReportName {
  return (REPORT_NAMES as readonly string[]).includes(name);
}

/** `part / whole × 100` to one decimal, or null when there is no whole. */
export function percentage(part: number, whole: number): number | null {
  return whole === 0 ? null : Math.round((part / whole) * 1000) / 10;
}

/** Nearest-rank percentile of sorted numbers, or null for none. */
export function percentile(sorted: readonly number[], p: number): number | null {
  if (sorted.length === 0) return null;
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1] ?? null;
}
