import type { FollowUpRecord } from '../model.ts';
import type { ReportLibrary } from './chat-facts.ts';
import { answeredBy } from './chat-facts.ts';
import type { ChatTally } from './chat-tallies.ts';
import { percentage, type ReportResult, type ReportRow } from './report-result.ts';

function libraryRows(
  libraries: ReadonlyMap<string, ReportLibrary>,
  scope: string | null,
  empty: () => ReportRow,
): Map<string, ReportRow> {
  const rows = new Map<string, ReportRow>();
  const sorted = [...libraries.values()].sort((a, b) => a.name.localeCompare(b.name));
  for (const library of sorted) {
    if (scope === null || library.id === scope) {
      rows.set(library.id, { library: library.name, library_id: library.id, ...empty() });
    }
  }
  return rows;
}

function add(row: ReportRow | undefined, field: string, count = 1): void {
  if (row) row[field] = Number(row[field] ?? 0) + count;
}

function withShares(row: ReportRow): ReportRow {
  const answered = Number(row.local) + Number(row.group) + Number(row.cooperative);
  return {
    ...row,
    answered,
    local_share: percentage(Number(row.local), answered),
    group_share: percentage(Number(row.group), answered),
    cooperative_share: percentage(Number(row.cooperative), answered),
  };
}

/**
 * Who answered each library's patrons: its own responders, its group, or the cooperative, with
 * shares in percent of the answered chats.
 *
 * @example
 * whoAnsweredReport(tallies('answers'), libraries, null).rows; // [{ library: 'Springfield', local: 3, group: 0, cooperative: 2, ... }]
 */
export function whoAnsweredReport(
  answers: readonly ChatTally[],
  libraries: ReadonlyMap<string, ReportLibrary>,
  scope: string | null,
): ReportResult {
  const empty = () => ({ local: 0, group: 0, cooperative: 0 });
  const rows = libraryRows(libraries, scope, empty);
  const total: ReportRow = { library: 'Cooperative', ...empty() };
  for (const { libraryId, key, count } of answers) {
    const who = answeredBy({ libraryId, acceptedByLibrary: key }, libraries);
    if (!who) continue;
    add(rows.get(libraryId), who, count);
    add(total, who, count);
  }
  return {
    name: 'who-answered',
    columns: [
      'library',
      'local',
      'group',
      'cooperative',
      'answered',
      'local_share',
      'group_share',
      'cooperative_share',
    ],
    rows: [...rows.values()].map(withShares),
    cooperative: withShares(total),
    summary: withShares(total),
  };
}

const OUTCOME_COLUMNS = [
  'answered',
  'follow_up_by_me',
  'follow_up_by_home_library',
  'referred',
  'lost',
  'none',
  'abandoned',
  'missed',
] as const;

/**
 * Outcomes of each library's patrons' ended chats (answered chats by recorded outcome, unanswered ones
 * as abandoned or missed) and its follow-ups now: open (not closed) and overdue (open, deadline
 * before `today`, a `YYYY-MM-DD` in the report's time zone, or past the library's promise).
 *
 * @example
 * outcomesReport(tallies('ends'), libraries, followUps, '2026-06-30', null);
 */
export function outcomesReport(
  ends: readonly ChatTally[],
  libraries: ReadonlyMap<string, ReportLibrary>,
  followUps: readonly FollowUpRecord[],
  today: string,
  scope: string | null,
  promisePassed: (id: FollowUpRecord['id']) => boolean = () => false,
): ReportResult {
  const empty = (): ReportRow => ({
    ...Object.fromEntries(OUTCOME_COLUMNS.map((column) => [column, 0])),
    follow_ups_open: 0,
    follow_ups_overdue: 0,
  });
  const rows = libraryRows(libraries, scope, empty);
  const total: ReportRow = { library: 'Cooperative', ...empty() };
  for (const { libraryId, key: column, count } of ends) {
    add(rows.get(libraryId), column, count);
    add(total, column, count);
  }
  for (const followUp of followUps) {
    if (followUp.status === 'closed') continue;
    const overdue =
      (followUp.deadline !== null && followUp.deadline < today) || promisePassed(followUp.id);
    for (const row of [rows.get(followUp.libraryId), total]) {
      add(row, 'follow_ups_open');
      if (overdue) add(row, 'follow_ups_overdue');
    }
  }
  return {
    name: 'outcomes',
    columns: ['library', ...OUTCOME_COLUMNS, 'follow_ups_open', 'follow_ups_overdue'],
    rows: [...rows.values()],
    cooperative: total,
    summary: total,
  };
}
