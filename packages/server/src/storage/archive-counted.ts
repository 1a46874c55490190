import type { ArchiveFilter } from '../core/ports/index.ts';
import { COLUMN, FATE, localSql } from './report-tallies.ts';
import type { SqlValue } from './sql.ts';

const prefixed = (sql: string) =>
  sql.replace(/\b(accepted_at|reached_cooperative|told_offline|outcome|ended_at)\b/g, 'r.$1');

/** The group of a library column, from the directory as the route read it (CASE over params). */
function groupOf(column: string, groups: ReadonlyMap<string, string | null>, values: SqlValue[]) {
  if (groups.size === 0) return 'NULL';
  const whens = [...groups].map(([library, group]) => {
    values.push(library, group);
    return 'WHEN ? THEN ?';
  });
  return `CASE ${column} ${whens.join(' ')} END`;
}

/**
 * The archive's condition for a report's drill-down: the chat's `report_chats` row (migration 18)
 * matches what the figure counts, and `from`/`to` bound the time of the request.
 *
 * @example
 * const { sql, values } = countedCondition(filter); // 'EXISTS (SELECT 1 FROM report_chats r ...)'
 */
export function countedCondition(filter: ArchiveFilter): { sql: string; values: SqlValue[] } {
  const counted = filter.counted ?? {};
  const where = ['r.chat_id = chats.id'];
  const values: SqlValue[] = [];
  const add = (clause: string, ...bound: SqlValue[]) => {
    where.push(clause);
    values.push(...bound);
  };
  if (filter.from !== undefined) add('r.requested_at >= ?', filter.from);
  if (filter.to !== undefined) add('r.requested_at < ?', filter.to);
  if (counted.hour) {
    const local = localSql({ offsets: counted.hour.offsets }, 'r.requested_at');
    add(
      `(CAST((${local.sql}) / 3600000 AS INTEGER) + 96) % 168 = ?`,
      ...local.params,
      counted.hour.value,
    );
  }
  if (counted.fate === 'waiting') add('r.accepted_at IS NULL AND r.ended_at IS NULL');
  else if (counted.fate) {
    add(
      `(r.accepted_at IS NOT NULL OR r.ended_at IS NOT NULL) AND ${prefixed(FATE)} = ?`,
      counted.fate,
    );
  }
  if (counted.result) add(`r.ended_at IS NOT NULL AND ${prefixed(COLUMN)} = ?`, counted.result);
  if (counted.wait) {
    const wait = '(coalesce(r.accepted_at, r.ended_at) - r.requested_at)';
    add(`${wait} >= ?`, counted.wait.min * 1000);
    if (Number.isFinite(counted.wait.below)) add(`${wait} < ?`, counted.wait.below * 1000);
  }
  if (counted.acceptedBy !== undefined) add('r.accepted_by_library = ?', counted.acceptedBy);
  if (counted.answeredBy) {
    const { tier, groups } = counted.answeredBy;
    where.push('r.accepted_by_library IS NOT NULL');
    if (tier === 'local') where.push('r.accepted_by_library = r.library_id');
    else {
      where.push('r.accepted_by_library != r.library_id');
      const home = groupOf('r.library_id', groups, values);
      const answering = groupOf('r.accepted_by_library', groups, values);
      where.push(`${tier === 'group' ? '' : 'NOT '}coalesce(${home} = ${answering}, 0)`);
    }
  }
  return { sql: `EXISTS (SELECT 1 FROM report_chats r WHERE ${where.join(' AND ')})`, values };
}
