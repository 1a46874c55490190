import { AuditActionSchema } from '@refdesk/protocol';
import type { AuditRecord, AuditStore } from '../core/ports/index.ts';
import { createRowReader } from './row-reader.ts';
import type { SqlDatabase, SqlRow, SqlValue } from './sql.ts';
import { insertSql } from './sql-text.ts';

const COLUMNS = [
  'id',
  'at',
  'cooperative_id',
  'library_id',
  'actor_id',
  'actor_name',
  'action',
  'subject_id',
  'subject_email',
  'detail',
];

/**
 * The audit log of account changes over SQL: appended, never updated.
 *
 * @example
 * const recent = createSqlAuditStore(db).auditEntries({ cooperativeId, limit: 50 });
 */
export function createSqlAuditStore(db: SqlDatabase): AuditStore {
  return {
    appendAudit(a) {
      db.run(
        insertSql('audit_log', COLUMNS),
        a.id,
        a.at,
        a.cooperativeId,
        a.libraryId,
        a.actorId,
        a.actorName,
        a.action,
        a.subjectId,
        a.subjectEmail,
        a.detail,
      );
    },
    auditEntries({ cooperativeId, libraryId, before, limit }) {
      const where = ['cooperative_id = ?'];
      const params: SqlValue[] = [cooperativeId];
      if (libraryId !== undefined) {
        where.push('library_id = ?');
        params.push(libraryId);
      }
      if (before !== undefined) {
        where.push('at < ?');
        params.push(before);
      }
      return db
        .all(
          `SELECT ${COLUMNS.join(', ')} FROM audit_log WHERE ${where.join(' AND ')}
           ORDER BY at DESC, rowid DESC LIMIT ?`,
          ...params,
          limit,
        )
        .map(auditFromRow);
    },
  };
}

function auditFromRow(row: SqlRow): AuditRecord {
  const r = createRowReader('audit_log', row, ['id']);
  return {
    id: r.text('id'),
    at: r.number('at'),
    cooperativeId: r.text('cooperative_id'),
    libraryId: r.text('library_id'),
    actorId: r.nullableText('actor_id'),
    actorName: r.text('actor_name'),
    action: r.parse('action', AuditActionSchema),
    subjectId: r.nullableText('subject_id'),
    subjectEmail: r.text('subject_email'),
    detail: r.text('detail'),
  };
}
