import * as v from 'valibot';

/** One cell of a report table: text, a number, or empty. */
export const ReportCellSchema = v.union([v.string(), v.number(), v.null()]);
export const ReportRowSchema = v.record(v.string(), ReportCellSchema);
export type ReportRowView = v.InferOutput<typeof ReportRowSchema>;

/**
 * `GET /api/reports/<name>`: a report table (the CSV has the same columns and rows), the
 * cooperative's totals for comparison, headline figures, and the period it covers
 * (definitions in docs/reports.md).
 */
export const ReportResponseSchema = v.object({
  name: v.string(),
  columns: v.array(v.string()),
  rows: v.array(ReportRowSchema),
  cooperative: v.nullable(ReportRowSchema),
  summary: ReportRowSchema,
  months: v.optional(v.array(ReportRowSchema)),
  from: v.string(),
  to: v.string(),
  tz: v.string(),
  library: v.nullable(v.string()),
  libraries: v.array(v.object({ id: v.string(), name: v.string() })),
  /**
   * Drill-downs: for each row (and the cooperative's, and each month), the transcript archive's
   * query string (`GET /api/transcripts?...`) listing the chats a figure counts, by column.
   */
  drill: v.optional(
    v.object({
      rows: v.array(v.record(v.string(), v.string())),
      cooperative: v.nullable(v.record(v.string(), v.string())),
      months: v.optional(v.array(v.record(v.string(), v.string()))),
    }),
  ),
});
export type ReportResponse = v.InferOutput<typeof ReportResponseSchema>;
