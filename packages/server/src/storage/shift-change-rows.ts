import {
  CooperativeIdSchema,
  LibraryIdSchema,
  ResponderIdSchema,
  ShiftChangeKindSchema,
  ShiftChangeStatusSchema,
} from '@refdesk/protocol';
import * as v from 'valibot';
import type {
  LibraryScheduleSettingsRecord,
  ShiftChangeRecord,
} from '../core/schedules/schedule-records.ts';
import { createRowReader } from './row-reader.ts';
import type { SqlDatabase, SqlRow } from './sql.ts';
import { insertSql } from './sql-text.ts';

const COLUMNS = [
  'id',
  'cooperative_id',
  'kind',
  'status',
  'shift_id',
  'starts_at',
  'ends_at',
  'library_id',
  'from_responder_id',
  'to_responder_id',
  'to_library_id',
  'swap_shift_id',
  'swap_starts_at',
  'swap_ends_at',
  'created_at',
  'decided_at',
  'decided_by',
];
const SELECT = `SELECT ${COLUMNS.join(', ')} FROM shift_changes`;
const BackupsSchema = v.array(ResponderIdSchema);

/**
 * Give-ups, swaps and the libraries' swap approval and backups (migration 13); the schedule
 * store spreads it in.
 *
 * @example
 * shiftChangeRows(db).shiftChangesOf(cooperativeId);
 */
export function shiftChangeRows(db: SqlDatabase) {
  return {
    insertShiftChange(change: ShiftChangeRecord): void {
      db.run(
        insertSql('shift_changes', [...COLUMNS, 'last_ends_at']),
        change.id,
        change.cooperativeId,
        change.kind,
        change.status,
        change.shiftId,
        change.startsAt,
        change.endsAt,
        change.libraryId,
        change.fromResponderId,
        change.toResponderId,
        change.toLibraryId,
        change.swapShiftId,
        change.swapStartsAt,
        change.swapEndsAt,
        change.createdAt,
        change.decidedAt,
        change.decidedBy,
        Math.max(change.endsAt, change.swapEndsAt ?? 0),
      );
    },
    shiftChange(id: string): ShiftChangeRecord | undefined {
      const row = db.get(`${SELECT} WHERE id = ?`, id);
      return row && changeFromRow(row);
    },
    updateShiftChange: (change: ShiftChangeRecord): boolean =>
      db.run(
        `UPDATE shift_changes SET status = ?, to_responder_id = ?, to_library_id = ?,
         decided_at = ?, decided_by = ? WHERE id = ?`,
        change.status,
        change.toResponderId,
        change.toLibraryId,
        change.decidedAt,
        change.decidedBy,
        change.id,
      ).changes === 1,
    shiftChangesOf: (cooperativeId: string): ShiftChangeRecord[] =>
      db
        .all(`${SELECT} WHERE cooperative_id = ? ORDER BY created_at DESC, id DESC`, cooperativeId)
        .map(changeFromRow),
    shiftChangesEndingAfter: (cooperativeId: string, at: number): ShiftChangeRecord[] =>
      db
        .all(
          `${SELECT} WHERE cooperative_id = ? AND last_ends_at > ? ORDER BY created_at, id`,
          cooperativeId,
          at,
        )
        .map(changeFromRow),
    libraryScheduleSettings(libraryId: string): LibraryScheduleSettingsRecord {
      const row = db.get(
        'SELECT library_id, swap_approval, backups FROM library_schedule_settings WHERE library_id = ?',
        libraryId,
      );
      if (!row)
        return { libraryId: v.parse(LibraryIdSchema, libraryId), swapApproval: false, backups: [] };
      const r = createRowReader('library_schedule_settings', row, ['library_id']);
      return {
        libraryId: r.parse('library_id', LibraryIdSchema),
        swapApproval: r.bool('swap_approval'),
        backups: r.json('backups', BackupsSchema),
      };
    },
    saveLibraryScheduleSettings(settings: LibraryScheduleSettingsRecord): void {
      db.run(
        `${insertSql('library_schedule_settings', ['library_id', 'swap_approval', 'backups'])}
         ON CONFLICT (library_id) DO UPDATE SET swap_approval = excluded.swap_approval,
         backups = excluded.backups`,
        settings.libraryId,
        settings.swapApproval ? 1 : 0,
        JSON.stringify(settings.backups),
      );
    },
  };
}

function changeFromRow(row: SqlRow): ShiftChangeRecord {
  const r = createRowReader('shift_changes', row, ['id']);
  return {
    id: r.text('id'),
    cooperativeId: r.parse('cooperative_id', CooperativeIdSchema),
    kind: r.parse('kind', ShiftChangeKindSchema),
    status: r.parse('status', ShiftChangeStatusSchema),
    shiftId: r.text('shift_id'),
    startsAt: r.number('starts_at'),
    endsAt: r.number('ends_at'),
    libraryId: r.parse('library_id', LibraryIdSchema),
    fromResponderId: r.parse('from_responder_id', ResponderIdSchema),
    toResponderId: r.nullableParse('to_responder_id', ResponderIdSchema),
    toLibraryId: r.nullableParse('to_library_id', LibraryIdSchema),
    swapShiftId: r.nullableText('swap_shift_id'),
    swapStartsAt: r.nullableNumber('swap_starts_at'),
    swapEndsAt: r.nullableNumber('swap_ends_at'),
    createdAt: r.number('created_at'),
    decidedAt: r.nullableNumber('decided_at'),
    decidedBy: r.nullableParse('decided_by', ResponderIdSchema),
  };
}
