import type { ChatFact, ReportLibrary } from './chat-facts.ts';
import { localMonth, type ReportPeriod } from './report-period.ts';
import { percentage, type ReportResult, type ReportRow } from './report-result.ts';

interface Counts {
  requested: number;
  accepted: number;
}

function bump(map: Map<string, Counts>, key: string, field: keyof Counts): void {
  const counts = map.get(key) ?? { requested: 0, accepted: 0 };
  counts[field] += 1;
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
 * contributionReport(facts, libraries, period, null).rows; // one row per library
 */
export function contributionReport(
  facts: readonly ChatFact[],
  libraries: ReadonlyMap<string, ReportLibrary>,
  period: ReportPeriod,
  scope: string | null,
): ReportResult {
  const total = new Map<string, Counts>();
  const monthly = new Map<string, Counts>();
  for (const library of libraries.values()) total.set(library.id, { requested: 0, accepted: 0 });
  let requested = 0;
  let accepted = 0;
  for (const fact of facts) {
    const month = localMonth(fact.requestedAt, period.timeZone);
    requested += 1;
    bump(total, fact.libraryId, 'requested');
    bump(monthly, `${fact.libraryId}\n${month}`, 'requested');
    if (fact.acceptedByLibrary !== null) {
      accepted += 1;
      bump(total, fact.acceptedByLibrary, 'accepted');
      bump(monthly, `${fact.acceptedByLibrary}\n${month}`, 'accepted');
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
