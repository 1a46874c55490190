import { type ReportResponse, ReportResponseSchema } from '@refdesk/protocol/responder';
import type { HttpClient } from './http-client.ts';

/** What a report is asked for: its name and period, in a time zone, maybe for one library. */
export interface ReportQuery {
  name: string;
  from: string;
  to: string;
  tz: string;
  library?: string | null;
}

/** The query string of a report, shared by the JSON call and the CSV link. */
export function reportPath(query: ReportQuery, format?: 'csv'): string {
  const params = new URLSearchParams({ from: query.from, to: query.to, tz: query.tz });
  if (query.library) params.set('library', query.library);
  if (format) params.set('format', format);
  return `/api/reports/${encodeURIComponent(query.name)}?${params}`;
}

export interface ReportApi {
  report(query: ReportQuery): Promise<ReportResponse>;
}

/**
 * The reports (docs/reports.md).
 *
 * @example
 * const contribution = await reportApi(http).report({ name: 'contribution', from, to, tz });
 */
export function reportApi(http: HttpClient): ReportApi {
  return { report: (query) => http.get(reportPath(query), ReportResponseSchema) };
}
