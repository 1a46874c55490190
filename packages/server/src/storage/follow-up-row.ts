import { FollowUpSourceSchema, FollowUpStatusSchema } from '@refdesk/protocol';
import type { FollowUpRecord } from '../core/model.ts';
import { createRowReader } from './row-reader.ts';
import type { SqlRow, SqlValue } from './sql.ts';

/** The columns of `follow_ups`, key first, in the order of {@link followUpValues}. */
export const FOLLOW_UP_COLUMNS = [
  'id',
  'library_id',
  'source',
  'chat_id',
  'question',
  'patron_name',
  'contact_email',
  'deadline',
  'status',
  'claimed_by',
  'created_by',
  'created_at',
] as const;

/**
 * A follow-up's values in {@link FOLLOW_UP_COLUMNS} order.
 *
 * @example
 * db.run(insertSql('follow_ups', FOLLOW_UP_COLUMNS), ...followUpValues(followUp));
 */
export function followUpValues(followUp: FollowUpRecord): SqlValue[] {
  return [
    followUp.id,
    followUp.libraryId,
    followUp.source,
    followUp.chatId,
    followUp.question,
    followUp.patronName,
    followUp.contactEmail,
    followUp.deadline,
    followUp.status,
    followUp.claimedBy,
    followUp.createdBy,
    followUp.createdAt,
  ];
}

/**
 * Maps a `follow_ups` row selected with {@link FOLLOW_UP_COLUMNS} back to a record.
 *
 * @example
 * const followUps = rows.map(followUpFromRow);
 */
export function followUpFromRow(row: SqlRow): FollowUpRecord {
  const r = createRowReader('follow_ups', row, ['id']);
  return {
    id: r.text('id'),
    libraryId: r.text('library_id'),
    source: r.parse('source', FollowUpSourceSchema),
    chatId: r.nullableText('chat_id'),
    question: r.text('question'),
    patronName: r.nullableText('patron_name'),
    contactEmail: r.text('contact_email'),
    deadline: r.nullableText('deadline'),
    status: r.parse('status', FollowUpStatusSchema),
    claimedBy: r.nullableText('claimed_by'),
    createdBy: r.nullableText('created_by'),
    createdAt: r.number('created_at'),
  };
}
