import { EndReasonSchema, OutcomeSchema, TierSchema } from '@refdesk/protocol';
import * as v from 'valibot';
import type { ChatRecord } from '../core/model.ts';
import { createRowReader } from './row-reader.ts';
import type { SqlRow, SqlValue } from './sql.ts';

const ChatStateSchema = v.picklist(['queued', 'active', 'ended']);

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
] as const;

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
  ];
}

/**
 * Maps a `chats` row selected with {@link CHAT_COLUMNS} back to a record.
 *
 * @example
 * const chat = chatFromRow(db.get(`SELECT ${CHAT_COLUMNS.join(', ')} FROM chats WHERE id = ?`, id));
 */
export function chatFromRow(row: SqlRow): ChatRecord {
  const r = createRowReader('chats', row, ['id']);
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
  };
}
