import { AuthorRoleSchema, SystemLineSchema } from '@refdesk/protocol';
import type { MessageRecord } from '../core/model.ts';
import { createRowReader } from './row-reader.ts';
import type { SqlRow, SqlValue } from './sql.ts';

/** The columns of `messages`, in the order of {@link messageValues}. */
export const MESSAGE_COLUMNS = [
  'chat_id',
  'seq',
  'id',
  'author_role',
  'author_id',
  'display_name',
  'text',
  'internal',
  'client_message_id',
  'sent_at',
  'system_line',
] as const;

/**
 * A message's values in {@link MESSAGE_COLUMNS} order.
 *
 * @example
 * db.run(insertSql('messages', MESSAGE_COLUMNS), ...messageValues(message));
 */
export function messageValues(message: MessageRecord): SqlValue[] {
  return [
    message.chatId,
    message.seq,
    message.id,
    message.authorRole,
    message.authorId,
    message.displayName,
    message.text,
    message.internal ? 1 : 0,
    message.clientMessageId,
    message.sentAt,
    message.systemLine ? JSON.stringify(message.systemLine) : null,
  ];
}

/**
 * Maps a `messages` row selected with {@link MESSAGE_COLUMNS} back to a record.
 *
 * @example
 * const messages = rows.map(messageFromRow);
 */
export function messageFromRow(row: SqlRow): MessageRecord {
  const r = createRowReader('messages', row, ['chat_id', 'seq']);
  const message: MessageRecord = {
    chatId: r.text('chat_id'),
    seq: r.number('seq'),
    id: r.text('id'),
    authorRole: r.parse('author_role', AuthorRoleSchema),
    authorId: r.nullableText('author_id'),
    displayName: r.text('display_name'),
    text: r.text('text'),
    internal: r.bool('internal'),
    clientMessageId: r.nullableText('client_message_id'),
    sentAt: r.number('sent_at'),
  };
  if (row.system_line != null) message.systemLine = r.json('system_line', SystemLineSchema);
  return message;
}
