import type { ChatId, ClientMessageId } from '@refdesk/protocol';
import { ResponderStatusSchema } from '@refdesk/protocol';
import type { ChatRecord, MessageRecord } from '../core/model.ts';
import type { RoomStore } from '../core/ports/index.ts';
import { CHAT_COLUMNS, chatFromRow, chatValues, SELECT_CHAT } from './chat-row.ts';
import { FOLLOW_UP_COLUMNS, followUpValues } from './follow-up-row.ts';
import { MESSAGE_COLUMNS, messageFromRow, messageValues } from './message-row.ts';
import { createRowReader } from './row-reader.ts';
import type { SqlDatabase } from './sql.ts';
import { insertSql, keyLast, updateSql } from './sql-text.ts';

const LIVE_CHATS = `${SELECT_CHAT} WHERE cooperative_id = ? AND state IN ('queued', 'active') ORDER BY waiting_since, id`;
const SELECT_MESSAGE = `SELECT ${MESSAGE_COLUMNS.join(', ')} FROM messages`;
// Only a repeated client message id is an expected duplicate; a repeated seq is a bug and throws.
const INSERT_MESSAGE = `${insertSql('messages', MESSAGE_COLUMNS)} ON CONFLICT (chat_id, client_message_id) DO NOTHING`;
const MESSAGES_AFTER = `${SELECT_MESSAGE} WHERE chat_id = ? AND seq > ? ORDER BY seq`;
const PUBLIC_MESSAGES_AFTER = `${SELECT_MESSAGE} WHERE chat_id = ? AND seq > ? AND internal = 0 ORDER BY seq`;
const UPSERT_STATUS = `INSERT INTO responder_status (responder_id, status, at) VALUES (?, ?, ?)
  ON CONFLICT (responder_id) DO UPDATE SET status = excluded.status, at = excluded.at`;

/**
 * The cooperative room's persistence over SQL: chats, messages, events, follow-ups it creates, and
 * responder statuses. Synchronous, so it runs inside the room's turn.
 *
 * @example
 * const store = createSqlRoomStore(db);
 * store.transaction(() => {
 *   store.insertMessage(message);
 *   store.updateChat({ ...chat, lastSeq: message.seq });
 * });
 */
export function createSqlRoomStore(db: SqlDatabase): RoomStore {
  const chatWhere = (where: string, value: string): ChatRecord | undefined => {
    const row = db.get(`${SELECT_CHAT} WHERE ${where} = ?`, value);
    return row === undefined ? undefined : chatFromRow(row);
  };
  const messageByClientId = (
    chatId: ChatId,
    clientMessageId: ClientMessageId,
  ): MessageRecord | undefined => {
    const row = db.get(
      `${SELECT_MESSAGE} WHERE chat_id = ? AND client_message_id = ?`,
      chatId,
      clientMessageId,
    );
    return row === undefined ? undefined : messageFromRow(row);
  };
  return {
    liveChats: (cooperativeId) => db.all(LIVE_CHATS, cooperativeId).map(chatFromRow),
    chat: (id) => chatWhere('id', id),
    chatByResumeTokenHash: (hash) => chatWhere('resume_token_hash', hash),
    insertChat(chat) {
      db.run(insertSql('chats', CHAT_COLUMNS), ...chatValues(chat));
    },
    updateChat(chat) {
      const { changes } = db.run(updateSql('chats', CHAT_COLUMNS), ...keyLast(chatValues(chat)));
      if (changes !== 1) throw new Error(`updateChat: no chat ${chat.id}`);
    },
    insertMessage(message) {
      if (db.run(INSERT_MESSAGE, ...messageValues(message)).changes === 1) return { stored: true };
      const existing =
        message.clientMessageId === null
          ? undefined
          : messageByClientId(message.chatId, message.clientMessageId);
      if (existing === undefined) throw new Error(`insertMessage: ${message.id} was not stored`);
      return { stored: false, existing };
    },
    messageByClientId,
    messagesAfter: (chatId, afterSeq, includeInternal) =>
      db
        .all(includeInternal ? MESSAGES_AFTER : PUBLIC_MESSAGES_AFTER, chatId, afterSeq)
        .map(messageFromRow),
    appendEvent(event) {
      db.run(
        'INSERT INTO events (cooperative_id, chat_id, kind, actor_id, data, at) VALUES (?, ?, ?, ?, ?, ?)',
        event.cooperativeId,
        event.chatId,
        event.kind,
        event.actorId,
        JSON.stringify(event.data),
        event.at,
      );
    },
    insertFollowUp(followUp) {
      db.run(insertSql('follow_ups', FOLLOW_UP_COLUMNS), ...followUpValues(followUp));
    },
    responderStatus(id) {
      const row = db.get(
        'SELECT responder_id, status FROM responder_status WHERE responder_id = ?',
        id,
      );
      if (row === undefined) return undefined;
      return createRowReader('responder_status', row, ['responder_id']).parse(
        'status',
        ResponderStatusSchema,
      );
    },
    setResponderStatus(id, status, at) {
      db.run(UPSERT_STATUS, id, status, at);
    },
    transaction: (work) => db.transaction(work),
  };
}
