import type { ReportLibrary } from './chat-facts.ts';
import type { ChatTally } from './chat-tallies.ts';
import { percentage, type ReportResult, type ReportRow } from './report-result.ts';
import { monthOfDay } from './zone-offsets.ts';

interface Counts {
  requested: number;
  accepted: number;
}

function bump(map: Map<string, Counts>, key: string, field: keyof Counts, n: number): void {
  const counts = map.get(key) ?? { requested: 0, accepted: 0 };
  counts[field] += n;
  map.set(key, counts);
}

function row(library: ReportLibrary | undefined, id: string, counts: Counts): ReportRow {
  return {
    library: library?.name ?? id,
    library_id: id,
    requested: counts.requested,
    accepted: counts.accepted,
    contribution_percentage: percentage(counts.accepted, counts.requested),
  };
}

/**
 * Contribution Percentage per library (over the period and per month, in the period's time zone):
 * chats accepted by the library's responders ÷ chats requested by its own patrons × 100.
 * `scope` narrows the rows to one library; the cooperative's totals come along for comparison.
 *
 * @example
 * contributionReport(tallies('requested'), tallies('accepted'), libraries, null).rows; // one row per library
 */
export function contributionReport(
  requestedTallies: readonly ChatTally[],
  acceptedTallies: readonly ChatTally[],
  libraries: ReadonlyMap<string, ReportLibrary>,
  scope: string | null,
): ReportResult {
  const total = new Map<string, Counts>();
  const monthly = new Map<string, Counts>();
  for (const library of libraries.values()) total.set(library.id, { requested: 0, accepted: 0 });
  let requested = 0;
  let accepted = 0;
  for (const [tallies, field] of [
    [requestedTallies, 'requested'],
    [acceptedTallies, 'accepted'],
  ] as const) {
    for (const { libraryId, value, count } of tallies) {
      if (field === 'requested') requested += count;
      else accepted += count;
      bump(total, libraryId, field, count);
      bump(monthly, `${libraryId}\n${monthOfDay(value)}`, field, count);
    }
  }
  const inScope = (id: string) => scope === null || id === scope;
  const byName = (a: ReportRow, b: ReportRow) => String(a.library).localeCompare(String(b.library));
  const rows = [...total]
    .filter(([id]) => inScope(id))
    .map(([id, counts]) => row(libraries.get(id), id, counts))
    .sort(byName);
  const months = [...monthly]
    .map(([key, counts]): ReportRow => {
      const [id = '', month = ''] = key.split('\n');
      return { month, ...row(libraries.get(id), id, counts) };
    })
    .filter((item) => inScope(String(item.library_id)))
    .sort((a, b) => String(a.month).localeCompare(String(b.month)) || byName(a, b));
  const cooperative: ReportRow = {
    library: 'Cooperative',
    requested,
    accepted,
    contribution_percentage: percentage(accepted, requested),
  };
  return {
    name: 'contribution',
    columns: ['library', 'requested', 'accepted', 'contribution_percentage'],
    rows,
    cooperative,
    summary: cooperative,
    months,
  };
}
