import {
  QualityLabelSchema,
  QualitySourceSchema,
  ReviewSchema,
  ReviewStateSchema,
} from '@refdesk/protocol';
import type { QualityStore } from '../core/ports/index.ts';
import type { QualityCaseRecord } from '../core/quality/quality-case.ts';
import { createRowReader } from './row-reader.ts';
import type { SqlDatabase, SqlRow, SqlValue } from './sql.ts';
import { insertSql, keyLast, updateSql } from './sql-text.ts';

export const CASE_COLUMNS = [
  'id',
  'cooperative_id',
  'chat_id',
  'source',
  'label',
  'comment',
  'created_by',
  'created_at',
  'state',
  'assignee_id',
  'due_at',
  'review',
  'reviewed_by',
  'reviewed_at',
  'draw_id',
  'sample_subject',
  'sample_reason',
] as const;
const SELECT_CASE = `SELECT ${CASE_COLUMNS.map((column) => `quality_cases.${column}`).join(', ')} FROM quality_cases`;

export function caseValues(record: QualityCaseRecord): SqlValue[] {
  return [
    record.id,
    record.cooperativeId,
    record.chatId,
    record.source,
    record.label,
    record.comment,
    record.createdBy,
    record.createdAt,
    record.state,
    record.assigneeId,
    record.dueAt,
    record.review === null ? null : JSON.stringify(record.review),
    record.reviewedBy,
    record.reviewedAt,
    record.sample?.drawId ?? null,
    record.sample?.subject ?? null,
    record.sample?.reason ?? null,
  ];
}

export function caseFromRow(row: SqlRow): QualityCaseRecord {
  const r = createRowReader('quality_cases', row, ['id']);
  const review = r.nullableText('review');
  const drawId = r.nullableText('draw_id');
  return {
    id: r.text('id'),
    cooperativeId: r.text('cooperative_id'),
    chatId: r.text('chat_id'),
    source: r.parse('source', QualitySourceSchema),
    label: r.nullableParse('label', QualityLabelSchema),
    comment: r.text('comment'),
    createdBy: r.nullableText('created_by'),
    createdAt: r.number('created_at'),
    state: r.parse('state', ReviewStateSchema),
    assigneeId: r.nullableText('assignee_id'),
    dueAt: r.nullableNumber('due_at'),
    review: review === null ? null : r.json('review', ReviewSchema),
    reviewedBy: r.nullableText('reviewed_by'),
    reviewedAt: r.nullableNumber('reviewed_at'),
    sample:
      drawId === null
        ? null
        : { drawId, subject: r.text('sample_subject'), reason: r.text('sample_reason') },
  };
}

/**
 * Quality cases, their feedback threads and read marks over SQL (migrations 7 and 12).
 *
 * @example
 * const quality = createSqlQualityStore(db);
 * quality.insertCase(createForward({ ... }));
 */
export function createSqlQualityStore(db: SqlDatabase): QualityStore {
  return {
    insertCase(record) {
      db.run(insertSql('quality_cases', CASE_COLUMNS), ...caseValues(record));
    },
    updateCase(record) {
      const { changes } = db.run(
        updateSql('quality_cases', CASE_COLUMNS),
        ...keyLast(caseValues(record)),
      );
      if (changes !== 1) throw new Error(`updateCase: no case ${record.id}`);
    },
    qualityCase(id) {
      const row = db.get(`${SELECT_CASE} WHERE id = ?`, id);
      return row === undefined ? undefined : caseFromRow(row);
    },
    casesOfCooperative: (cooperativeId) =>
      db
        .all(
          `${SELECT_CASE} WHERE cooperative_id = ? ORDER BY created_at DESC, id DESC`,
          cooperativeId,
        )
        .map(caseFromRow),
    casesOfChat: (chatId) =>
      db.all(`${SELECT_CASE} WHERE chat_id = ? ORDER BY created_at, id`, chatId).map(caseFromRow),
    reviewedCasesOfResponder: (responderId) =>
      db
        .all(
          `${SELECT_CASE} JOIN chats ON chats.id = quality_cases.chat_id
          WHERE chats.responder_id = ? AND quality_cases.review IS NOT NULL
          ORDER BY quality_cases.created_at DESC, quality_cases.id DESC`,
          responderId,
        )
        .map(caseFromRow),
    insertMessage(message) {
      db.run(
        'INSERT INTO quality_messages (case_id, author_id, text, at) VALUES (?, ?, ?, ?)',
        message.caseId,
        message.authorId,
        message.text,
        message.at,
      );
    },
    messages: (caseId) =>
      db
        .all(
          'SELECT case_id, author_id, text, at FROM quality_messages WHERE case_id = ? ORDER BY id',
          caseId,
        )
        .map((row) => {
          const r = createRowReader('quality_messages', row, ['case_id', 'at']);
          return {
            caseId: r.text('case_id'),
            authorId: r.text('author_id'),
            text: r.text('text'),
            at: r.number('at'),
          };
        }),
    markRead(caseId, responderId, at) {
      db.run(
        `INSERT INTO quality_reads (case_id, responder_id, read_at) VALUES (?, ?, ?)
        ON CONFLICT (case_id, responder_id) DO UPDATE SET read_at = max(read_at, excluded.read_at)`,
        caseId,
        responderId,
        at,
      );
    },
    readAt: (caseId, responderId) =>
      Number(
        db.get(
          'SELECT read_at FROM quality_reads WHERE case_id = ? AND responder_id = ?',
          caseId,
          responderId,
        )?.read_at ?? 0,
      ),
  };
}
