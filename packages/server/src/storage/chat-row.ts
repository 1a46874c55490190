import { ChatStateSchema, EndReasonSchema, OutcomeSchema, TierSchema } from '@refdesk/protocol';
import type { ChatRecord } from '../core/model.ts';
import { createRowReader } from './row-reader.ts';
import type { SqlRow, SqlValue } from './sql.ts';

/** The columns of `chats`, key first, in the order of {@link chatValues}. */
export const CHAT_COLUMNS = [
  'id',
  'cooperative_id',
  'library_id',
  'state',
  'tier',
  'practice',
  'question',
  'patron_name',
  'patron_email',
  'page_url',
  'resume_token_hash',
  'created_at',
  'waiting_since',
  'responder_id',
  'assigned_at',
  'ended_at',
  'end_reason',
  'outcome',
  'last_seq',
  'patron_seen_at',
  'patron_left_at',
] as const;

// Storing a message does not rewrite its chat's row (one write less per message): the row's
// last_seq is as of the chat's latest update, and its messages say whether one came since.
const LAST_SEQ =
  'MAX(last_seq, COALESCE((SELECT MAX(seq) FROM messages WHERE messages.chat_id = chats.id), 0)) AS last_seq';

/**
 * The one way to read chats: {@link CHAT_COLUMNS} with `last_seq` counting messages stored since
 * the row was last written. Append `WHERE ...`; map rows with {@link chatFromRow}.
 *
 * @example
 * const chat = chatFromRow(db.get(`${SELECT_CHAT} WHERE id = ?`, id));
 */
export const SELECT_CHAT = `SELECT ${CHAT_COLUMNS.map((column) => (column === 'last_seq' ? LAST_SEQ : column)).join(', ')} FROM chats`;

/**
 * A chat's values in {@link CHAT_COLUMNS} order.
 *
 * @example
 * db.run(insertSql('chats', CHAT_COLUMNS), ...chatValues(chat));
 */
export function chatValues(chat: ChatRecord): SqlValue[] {
  return [
    chat.id,
    chat.cooperativeId,
    chat.libraryId,
    chat.state,
    chat.tier,
    chat.practice ? 1 : 0,
    chat.question,
    chat.patronName,
    chat.patronEmail,
    chat.pageUrl,
    chat.resumeTokenHash,
    chat.createdAt,
    chat.waitingSince,
    chat.responderId,
    chat.assignedAt,
    chat.endedAt,
    chat.endReason,
    chat.outcome,
    chat.lastSeq,
    chat.patronSeenAt,
    chat.patronLeftAt ?? null,
  ];
}

/**
 * Maps a `chats` row selected with {@link SELECT_CHAT} back to a record.
 *
 * @example
 * const chats = db.all(`${SELECT_CHAT} WHERE library_id = ?`, libraryId).map(chatFromRow);
 */
export function chatFromRow(row: SqlRow): ChatRecord {
  const r = createRowReader('chats', row, ['id']);
  const patronLeftAt = r.nullableNumber('patron_left_at');
  return {
    id: r.text('id'),
    cooperativeId: r.text('cooperative_id'),
    libraryId: r.text('library_id'),
    state: r.parse('state', ChatStateSchema),
    tier: r.parse('tier', TierSchema),
    practice: r.bool('practice'),
    question: r.text('question'),
    patronName: r.nullableText('patron_name'),
    patronEmail: r.nullableText('patron_email'),
    pageUrl: r.nullableText('page_url'),
    resumeTokenHash: r.text('resume_token_hash'),
    createdAt: r.number('created_at'),
    waitingSince: r.number('waiting_since'),
    responderId: r.nullableText('responder_id'),
    assignedAt: r.nullableNumber('assigned_at'),
    endedAt: r.nullableNumber('ended_at'),
    endReason: r.nullableParse('end_reason', EndReasonSchema),
    outcome: r.nullableParse('outcome', OutcomeSchema),
    lastSeq: r.number('last_seq'),
    patronSeenAt: r.number('patron_seen_at'),
    ...(patronLeftAt !== null ? { patronLeftAt } : {}),
  };
}
