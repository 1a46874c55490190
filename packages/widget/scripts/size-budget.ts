// The budgets of `pnpm size` and the report it prints: pure, so a test can show they fail.

export const KB = 1024;

/** What a page view may download for the widget, compressed as served. */
export const PAGE_VIEW_BUDGET = 4 * KB;
/** What opening the chat and its first exchange may download on top of the page view. */
export const AFTER_OPENING_BUDGET = 16 * KB;

/** One response the browser received from the Refdesk server. */
export interface ServedFile {
  /** The path requested, e.g. `/widget/panel-abc.js`. */
  path: string;
  /** Its body as it came over the wire, in its Content-Encoding: what the budgets count. */
  bytes: number;
  /** That Content-Encoding: `br`, `gzip`, or `identity`. */
  encoding: string;
  /** Its body gzipped at level 9: what a server without brotli would send, for comparison. */
  gzipBytes: number;
}

/**
 * Interim ceiling where the budget is not met yet (issue #17): the measured size of today, which
 * may not grow while the cuts that reach the budget are made. `pnpm size --strict` ignores it.
 * Lower it with every cut; remove it once the budget holds. After opening with a librarian online
 * the budget holds (16,382 B with brotli) and is enforced; the leave-a-question form's path still
 * downloads 17,177 B: the chat's own screens come with the app, and the form's chunk on top.
 */
// 18.75 KB (gzip -9, before the server sent brotli and the app became one file).
export const AFTER_OPENING_OFFLINE_CEILING = 16.8 * KB;

/** One measured moment: what the browser downloaded during it, checked against a budget. */
export interface Phase {
  name: string;
  files: ServedFile[];
  budget: number;
  /** Enforced instead of the budget while the budget is not met (not with `strict`). */
  ceiling?: number;
}

export interface PhaseResult extends Phase {
  /** What the phase downloaded. */
  total: number;
  /** The same files gzipped at level 9. */
  gzipTotal: number;
  /** Within the budget. */
  ok: boolean;
  /** Over the limit in force: the ceiling, or the budget where there is none or `strict` is set. */
  failed: boolean;
}

/**
 * Sums each phase and compares it with its budget (a total equal to the budget is within it) and
 * with the limit in force.
 *
 * @example
 * checkBudgets([{ name: 'page view', files, budget: PAGE_VIEW_BUDGET }])[0].ok;
 */
export function checkBudgets(phases: readonly Phase[], strict = false): PhaseResult[] {
  return phases.map((phase) => {
    const total = phase.files.reduce((sum, file) => sum + file.bytes, 0);
    const gzipTotal = phase.files.reduce((sum, file) => sum + file.gzipBytes, 0);
    const limit = strict || phase.ceiling === undefined ? phase.budget : phase.ceiling;
    return { ...phase, total, gzipTotal, ok: total <= phase.budget, failed: total > limit };
  });
}

const kb = (bytes: number) => `${(bytes / KB).toFixed(2)} KB`;

function verdict(result: PhaseResult): string {
  if (result.ok) return 'ok';
  if (result.failed) return 'OVER BUDGET';
  return `OVER BUDGET by ${result.total - result.budget} B (within the interim ceiling of ${kb(result.ceiling ?? 0)})`;
}

/**
 * The report: each phase's total as downloaded against its budget (and gzip -9 beside it), then
 * its files, largest first.
 *
 * @example
 * console.log(formatReport(checkBudgets(phases)).join('\n'));
 */
export function formatReport(results: readonly PhaseResult[]): string[] {
  return results.flatMap((result) => [
    `widget: ${result.name}: ${kb(result.total)} downloaded (${result.total} B; budget ${kb(result.budget)}; gzip -9 ${result.gzipTotal} B) ${verdict(result)}`,
    ...[...result.files]
      .sort((a, b) => b.bytes - a.bytes)
      .map(
        (file) =>
          `  ${String(file.bytes).padStart(6)} B ${file.encoding.padEnd(8)} ${String(file.gzipBytes).padStart(6)} B gzip -9  ${file.path}`,
      ),
  ]);
}
