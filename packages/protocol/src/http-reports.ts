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
});
export type ReportResponse = v.InferOutput<typeof ReportResponseSchema>;
