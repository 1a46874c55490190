import type { TranscriptStore } from '../core/ports/index.ts';
import { chatFromRow, SELECT_CHAT } from './chat-row.ts';
import { MESSAGE_COLUMNS, messageFromRow } from './message-row.ts';
import type { SqlDatabase } from './sql.ts';

const SELECT_MESSAGES = `SELECT ${MESSAGE_COLUMNS.join(', ')} FROM messages WHERE chat_id = ?`;
// Matches the index of migration 2 (library_id, patron_email COLLATE NOCASE, created_at).
const EARLIER = `${SELECT_CHAT}
  WHERE library_id = ? AND patron_email = ? COLLATE NOCASE AND id <> ?
    AND (created_at < ? OR (created_at = ? AND id < ?))
  ORDER BY created_at DESC, id DESC LIMIT ?`;

/**
 * Read-only access to stored chats and messages over SQL.
 *
 * @example
 * const transcripts = createSqlTranscriptStore(db);
 * const messages = transcripts.messages(chatId, false); // what the patron saw
 */
export function createSqlTranscriptStore(db: SqlDatabase): TranscriptStore {
  return {
    chat(id) {
      const row = db.get(`${SELECT_CHAT} WHERE id = ?`, id);
      return row === undefined ? undefined : chatFromRow(row);
    },
    messages: (chatId, includeInternal) =>
      db
        .all(`${SELECT_MESSAGES}${includeInternal ? '' : ' AND internal = 0'} ORDER BY seq`, chatId)
        .map(messageFromRow),
    earlierChats: (libraryId, patronEmail, before, limit) =>
      db
        .all(
          EARLIER,
          libraryId,
          patronEmail,
          before.id,
          before.createdAt,
          before.createdAt,
          before.id,
          limit,
        )
        .map(chatFromRow),
  };
}
