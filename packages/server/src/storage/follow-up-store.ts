import type { FollowUpNote } from '../core/model.ts';
import type { FollowUpStore } from '../core/ports/index.ts';
import { FOLLOW_UP_COLUMNS, followUpFromRow, followUpValues } from './follow-up-row.ts';
import { createRowReader } from './row-reader.ts';
import type { SqlDatabase, SqlRow } from './sql.ts';
import { insertSql, keyLast, updateSql } from './sql-text.ts';

const SELECT_FOLLOW_UP = `SELECT ${FOLLOW_UP_COLUMNS.join(', ')} FROM follow_ups`;
const NOTE_COLUMNS = ['follow_up_id', 'author_id', 'author_name', 'text', 'at'];

/**
 * Follow-ups and their notes over SQL, for the HTTP layer. `followUpsOf` lists oldest first.
 *
 * @example
 * const followUps = createSqlFollowUpStore(db);
 * followUps.addNote({ followUpId, authorId, authorName, text: 'Emailed the patron.', at: now });
 */
export function createSqlFollowUpStore(db: SqlDatabase): FollowUpStore {
  return {
    followUp(id) {
      const row = db.get(`${SELECT_FOLLOW_UP} WHERE id = ?`, id);
      return row === undefined ? undefined : followUpFromRow(row);
    },
    followUpsOf: (libraryId) =>
      db
        .all(`${SELECT_FOLLOW_UP} WHERE library_id = ? ORDER BY created_at, id`, libraryId)
        .map(followUpFromRow),
    updateFollowUp(followUp) {
      const update = updateSql('follow_ups', FOLLOW_UP_COLUMNS);
      if (db.run(update, ...keyLast(followUpValues(followUp))).changes !== 1) {
        throw new Error(`updateFollowUp: no follow-up ${followUp.id}`);
      }
    },
    insertFollowUp(followUp) {
      db.run(insertSql('follow_ups', FOLLOW_UP_COLUMNS), ...followUpValues(followUp));
    },
    notes: (id) =>
      db
        .all(
          `SELECT ${NOTE_COLUMNS.join(', ')} FROM follow_up_notes WHERE follow_up_id = ? ORDER BY at, id`,
          id,
        )
        .map(noteFromRow),
    addNote(note) {
      db.run(
        insertSql('follow_up_notes', NOTE_COLUMNS),
        note.followUpId,
        note.authorId,
        note.authorName,
        note.text,
        note.at,
      );
    },
  };
}

function noteFromRow(row: SqlRow): FollowUpNote {
  const r = createRowReader('follow_up_notes', row, ['follow_up_id', 'at']);
  return {
    followUpId: r.text('follow_up_id'),
    authorId: r.text('author_id'),
    authorName: r.text('author_name'),
    text: r.text('text'),
    at: r.number('at'),
  };
}
