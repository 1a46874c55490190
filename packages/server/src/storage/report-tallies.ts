import type { CooperativeId } from '@refdesk/protocol';
import {
  type ChatTally,
  compareTallies,
  type TallyPart,
  type TallyWindow,
} from '../core/reports/chat-tallies.ts';
import type { SqlDatabase, SqlValue } from './sql.ts';

// A chat's fate and outcome column, as core/reports/chat-facts.ts decides them.
export const FATE = `CASE WHEN accepted_at IS NOT NULL THEN 'answered'
  WHEN reached_cooperative = 1 OR told_offline = 1 THEN 'missed' ELSE 'abandoned' END`;
export const COLUMN = `CASE WHEN accepted_at IS NOT NULL THEN coalesce(outcome, 'none')
  WHEN reached_cooperative = 1 OR told_offline = 1 THEN 'missed' ELSE 'abandoned' END`;

interface PartSql {
  library: string;
  key: string;
  /** `LOCAL` stands for the request's local wall-clock instant. */
  value: string;
  where: string;
}

const DAY = 'CAST((LOCAL) / 86400000 AS INTEGER)';
const PARTS: Record<TallyPart, PartSql> = {
  requested: { library: 'library_id', key: "''", value: DAY, where: '' },
  accepted: {
    library: 'accepted_by_library',
    key: "''",
    value: DAY,
    where: 'AND accepted_by_library IS NOT NULL',
  },
  hours: {
    library: 'library_id',
    key: "''",
    value: '(CAST((LOCAL) / 3600000 AS INTEGER) + 96) % 168',
    where: '',
  },
  answers: {
    library: 'library_id',
    key: 'accepted_by_library',
    value: '0',
    where: 'AND accepted_by_library IS NOT NULL',
  },
  ends: { library: 'library_id', key: COLUMN, value: '0', where: 'AND ended_at IS NOT NULL' },
  waits: {
    library: 'library_id',
    key: FATE,
    value: 'CAST((coalesce(accepted_at, ended_at) - requested_at) / 500 AS INTEGER)',
    where: 'AND (accepted_at IS NOT NULL OR ended_at IS NOT NULL)',
  },
};

/** `column` (default `requested_at`) in local wall-clock time: the offset of the last change at or before it. */
export function localSql(
  window: Pick<TallyWindow, 'offsets'>,
  column = 'requested_at',
): { sql: string; params: SqlValue[] } {
  const [first, ...changes] = window.offsets;
  if (changes.length === 0) return { sql: `${column} + ?`, params: [first?.offset ?? 0] };
  const params: SqlValue[] = [];
  const whens = [...changes]
    .reverse()
    .map((change) => {
      params.push(change.from, change.offset);
      return `WHEN ${column} >= ? THEN ?`;
    })
    .join(' ');
  params.push(first?.offset ?? 0);
  return { sql: `${column} + CASE ${whens} ELSE ? END`, params };
}

/**
 * The statement `readChatTallies` runs for one tally (also what `pnpm bench:reports` explains).
 *
 * @example
 * const { sql, params } = chatTalliesSql(cooperativeId, window, 'hours');
 */
export function chatTalliesSql(
  cooperativeId: CooperativeId,
  window: TallyWindow,
  part: TallyPart,
): { sql: string; params: SqlValue[] } {
  const spec = PARTS[part];
  const usesLocal = spec.value.includes('LOCAL');
  const local = localSql(window);
  const sql = `SELECT ${spec.library} AS library_id, ${spec.key} AS key,
  ${spec.value.replace('LOCAL', local.sql)} AS value, count(*) AS count
FROM report_chats
WHERE cooperative_id = ? AND requested_at >= ? AND requested_at < ? AND practice = 0
  AND library_id IS NOT NULL ${spec.where}
GROUP BY 1, 2, 3`;
  const params = [...(usesLocal ? local.params : []), cooperativeId, window.start, window.end];
  return { sql, params };
}

/**
 * Counts one tally of the chats requested in a window from `report_chats` (migration 18), through
 * its `(cooperative_id, requested_at)` index: one pass over the period's rows, grouped in SQL.
 *
 * @example
 * readChatTallies(db, cooperativeId, window, 'hours');
 */
export function readChatTallies(
  db: SqlDatabase,
  cooperativeId: CooperativeId,
  window: TallyWindow,
  part: TallyPart,
): ChatTally[] {
  const { sql, params } = chatTalliesSql(cooperativeId, window, part);
  return db
    .all(sql, ...params)
    .map((row) => ({
      libraryId: String(row.library_id),
      key: String(row.key),
      value: Number(row.value),
      count: Number(row.count),
    }))
    .sort(compareTallies);
}
