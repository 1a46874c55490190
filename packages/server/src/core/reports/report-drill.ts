import { localMidnight, type ReportPeriod } from './report-period.ts';
import type { ReportResult, ReportRow } from './report-result.ts';
import { WAIT_BUCKETS } from './traffic-reports.ts';

/** For each column of a row, the archive query (`GET /api/transcripts?...`) of what it counts. */
export type DrillRow = Record<string, string>;

export interface ReportDrill {
  rows: DrillRow[];
  cooperative: DrillRow | null;
  months?: DrillRow[];
}

type Params = Record<string, string | number | undefined>;

const OUTCOME_COLUMNS = [
  'answered',
  'follow_up_by_me',
  'follow_up_by_home_library',
  'referred',
  'lost',
  'none',
  'abandoned',
  'missed',
];

function queryString(params: Params): string {
  return Object.entries(params)
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) => `${key}=${encodeURIComponent(String(value))}`)
    .join('&');
}

/** The columns of one row that count chats, with the filters that list those chats. */
function rowFilters(
  name: ReportResult['name'],
  row: ReportRow,
  library: string | undefined,
  whole: boolean,
) {
  const filters: Record<string, Params> = {};
  switch (name) {
    case 'contribution':
      filters.requested = { libraryId: library };
      if (library !== undefined) filters.accepted = { acceptedBy: library };
      break;
    case 'heatmap': {
      const hour = Number(row.weekday) * 24 + Number(row.hour);
      filters.requested = { libraryId: library, hour };
      // A library admin's archive holds their own library's chats only.
      if (whole) filters.cooperative_requested = { hour };
      break;
    }
    case 'wait': {
      const wait = WAIT_BUCKETS.findIndex((bucket) => bucket.label === row.wait);
      for (const fate of ['answered', 'abandoned', 'missed']) {
        filters[fate] = { libraryId: library, fate, wait };
      }
      break;
    }
    case 'who-answered':
      for (const tier of ['local', 'group', 'cooperative']) {
        filters[tier] = { libraryId: library, answeredBy: tier };
      }
      filters.answered = { libraryId: library, fate: 'answered' };
      break;
    case 'outcomes':
      for (const result of OUTCOME_COLUMNS) filters[result] = { libraryId: library, result };
      break;
    case 'hours-staffed':
      break;
  }
  return filters;
}

function drillRow(
  report: ReportResult,
  row: ReportRow,
  library: string | undefined,
  base: Params,
  whole: boolean,
): DrillRow {
  const drill: DrillRow = {};
  for (const [column, filters] of Object.entries(rowFilters(report.name, row, library, whole))) {
    drill[column] = queryString({ counted: 'true', ...base, ...filters });
  }
  return drill;
}

/**
 * The drill-downs of a report: for every figure that counts chats, the transcript archive's query
 * listing exactly those chats (docs/reports.md). The cooperative's totals drill down only for
 * coordinators (a library admin's archive holds their own library's chats).
 *
 * @example
 * reportDrill(report, period, null, true).rows[0]; // { requested: 'counted=true&from=...&libraryId=...', ... }
 */
export function reportDrill(
  report: ReportResult,
  period: ReportPeriod,
  scope: string | null,
  wholeCooperative: boolean,
): ReportDrill {
  const base: Params = { from: period.start, to: period.end, tz: period.timeZone };
  const libraryOf = (row: ReportRow) =>
    typeof row.library_id === 'string' ? row.library_id : (scope ?? undefined);
  const drill: ReportDrill = {
    rows: report.rows.map((row) => drillRow(report, row, libraryOf(row), base, wholeCooperative)),
    cooperative:
      wholeCooperative && report.cooperative
        ? drillRow(report, report.cooperative, undefined, base, true)
        : null,
  };
  if (report.months) {
    drill.months = report.months.map((row) => {
      const [year = 0, month = 0] = String(row.month).split('-').map(Number);
      const from = Math.max(period.start, localMidnight(year, month, 1, period.timeZone));
      const to = Math.min(period.end, localMidnight(year, month + 1, 1, period.timeZone));
      return drillRow(report, row, libraryOf(row), { ...base, from, to }, wholeCooperative);
    });
  }
  return drill;
}
