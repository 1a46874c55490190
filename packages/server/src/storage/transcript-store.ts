import type { ChatId, LibraryId } from '@refdesk/protocol';
import type { ChatRecord, MessageRecord } from '../core/model.ts';
import { chatFromRow, SELECT_CHAT } from './chat-row.ts';
import { MESSAGE_COLUMNS, messageFromRow } from './message-row.ts';
import type { SqlDatabase } from './sql.ts';

/** Chats read after the fact (transcripts, earlier chats, transcript emails), outside any room. */
export interface TranscriptStore {
  chat(id: ChatId): ChatRecord | undefined;
  /** Every message of a chat in order; internal notes only when asked. */
  messages(chatId: ChatId, includeInternal: boolean): MessageRecord[];
  /**
   * Chats of the same patron email (any case) at the same home library that started before
   * `before`, newest first, at most `limit`.
   */
  earlierChats(
    libraryId: LibraryId,
    patronEmail: string,
    before: ChatRecord,
    limit: number,
  ): ChatRecord[];
}

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
