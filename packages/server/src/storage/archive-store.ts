import type { ArchivedChatRecord, ArchiveFilter, ArchiveStore } from '../core/ports/index.ts';
import { countedCondition } from './archive-counted.ts';
import { CHAT_COLUMNS, chatFromRow } from './chat-row.ts';
import type { SqlDatabase, SqlValue } from './sql.ts';

const COLUMNS = `${CHAT_COLUMNS.map((column) => `chats.${column}`).join(', ')},
  surveys.rating AS survey_rating,
  EXISTS (SELECT 1 FROM quality_cases WHERE quality_cases.chat_id = chats.id) AS forwarded`;
const SELECT_ARCHIVED = `SELECT ${COLUMNS} FROM chats LEFT JOIN surveys ON surveys.chat_id = chats.id`;
// A search walks the full-text index newest first (rowid order is start order) and stops at the
// page's end, so a common word costs no more than a rare one; CROSS JOIN keeps it the outer loop.
const SEARCH_ARCHIVED = `SELECT ${COLUMNS} FROM chat_search
  CROSS JOIN chats ON chats.rowid = chat_search.rowid
  LEFT JOIN surveys ON surveys.chat_id = chats.id`;

/**
 * The words of a search as an FTS5 query: each word a quoted prefix, all of them required, so
 * what a person types never is FTS5 syntax (quotes, `OR`, `NEAR`, stars are just words).
 *
 * @example
 * ftsQuery('genealogy "database'); // '"genealogy"* "database"*'
 */
export function ftsQuery(text: string): string {
  const words = text.match(/[\p{L}\p{N}]+/gu) ?? [];
  return words
    .slice(0, 12)
    .map((word) => `"${word}"*`)
    .join(' ');
}

/**
 * The transcript archive over SQL: filters on indexed columns, full-text search through the
 * `chat_search` FTS5 table (migration 7), keyset pagination newest first.
 *
 * @example
 * const page = createSqlArchiveStore(db).search({ cooperativeId, scope, text: 'genealogy', limit: 50 });
 */
export function createSqlArchiveStore(db: SqlDatabase): ArchiveStore {
  return {
    search(filter) {
      const { where, values, match } = archiveWhere(filter);
      const sql = match
        ? `${SEARCH_ARCHIVED} WHERE chat_search MATCH ? AND ${where.join(' AND ')}
          ORDER BY chat_search.rowid DESC LIMIT ?`
        : `${SELECT_ARCHIVED} WHERE ${where.join(' AND ')}
          ORDER BY chats.created_at DESC, chats.id DESC LIMIT ?`;
      if (match) values.unshift(match);
      return db.all(sql, ...values, filter.limit).map(
        (row): ArchivedChatRecord => ({
          chat: chatFromRow(row),
          rating: typeof row.survey_rating === 'number' ? row.survey_rating : null,
          forwarded: Number(row.forwarded) === 1,
        }),
      );
    },
  };
}

function archiveWhere(filter: ArchiveFilter): {
  where: string[];
  values: SqlValue[];
  match: string;
} {
  const where = ['chats.cooperative_id = ?'];
  const values: SqlValue[] = [filter.cooperativeId];
  const add = (clause: string, ...bound: SqlValue[]) => {
    where.push(clause);
    values.push(...bound);
  };
  if (filter.scope.kind === 'own') {
    add(
      '(chats.library_id = ? OR chats.responder_id = ?)',
      filter.scope.libraryId,
      filter.scope.responderId,
    );
  }
  if (filter.counted) {
    const counted = countedCondition(filter);
    add(counted.sql, ...counted.values);
  } else {
    if (filter.from !== undefined) add('chats.created_at >= ?', filter.from);
    if (filter.to !== undefined) add('chats.created_at < ?', filter.to);
  }
  if (filter.libraryId !== undefined) add('chats.library_id = ?', filter.libraryId);
  if (filter.responderId !== undefined) add('chats.responder_id = ?', filter.responderId);
  if (filter.outcome !== undefined) add('chats.outcome = ?', filter.outcome);
  if (filter.tier !== undefined) add('chats.tier = ?', filter.tier);
  if (filter.rating !== undefined) add('surveys.rating = ?', filter.rating);
  if (filter.forwarded !== undefined) {
    add(
      `${filter.forwarded ? '' : 'NOT '}EXISTS (SELECT 1 FROM quality_cases WHERE quality_cases.chat_id = chats.id)`,
    );
  }
  add('chats.practice = ?', filter.practice === true ? 1 : 0);
  const match = filter.text === undefined ? '' : ftsQuery(filter.text);
  if (filter.before !== undefined && match !== '') {
    add('chat_search.rowid < (SELECT rowid FROM chats WHERE id = ?)', filter.before.id);
  } else if (filter.before !== undefined) {
    const { createdAt, id } = filter.before;
    add(
      '(chats.created_at < ? OR (chats.created_at = ? AND chats.id < ?))',
      createdAt,
      createdAt,
      id,
    );
  }
  return { where, values, match };
}
