import { CooperativeIdSchema, LibraryIdSchema, ResponderIdSchema } from '@refdesk/protocol';
import type { MissedShiftRecord } from '../core/schedules/schedule-records.ts';
import { createRowReader } from './row-reader.ts';
import type { SqlDatabase, SqlRow } from './sql.ts';
import { insertSql } from './sql-text.ts';

const COLUMNS = [
  'id',
  'cooperative_id',
  'shift_id',
  'library_id',
  'responder_id',
  'starts_at',
  'ends_at',
  'detected_at',
  'made_up_by',
];
const SELECT = `SELECT ${COLUMNS.join(', ')} FROM missed_shifts`;

/**
 * The missed-shift part of the schedule store (createSqlScheduleStore spreads it in).
 *
 * @example
 * const missed = missedShiftRows(db).missedShiftsOf(cooperativeId);
 */
export function missedShiftRows(db: SqlDatabase) {
  return {
    insertMissedShift(missed: MissedShiftRecord): boolean {
      const inserted = db.run(
        `${insertSql('missed_shifts', COLUMNS)} ON CONFLICT (shift_id, starts_at) DO NOTHING`,
        missed.id,
        missed.cooperativeId,
        missed.shiftId,
        missed.libraryId,
        missed.responderId,
        missed.startsAt,
        missed.endsAt,
        missed.detectedAt,
        missed.madeUpBy,
      );
      return inserted.changes === 1;
    },
    missedShiftsOf: (cooperativeId: string): MissedShiftRecord[] =>
      db
        .all(`${SELECT} WHERE cooperative_id = ? ORDER BY starts_at DESC, id`, cooperativeId)
        .map(missedFromRow),
    missedShift(id: string): MissedShiftRecord | undefined {
      const row = db.get(`${SELECT} WHERE id = ?`, id);
      return row && missedFromRow(row);
    },
    setMadeUpBy: (id: string, shiftId: string): boolean =>
      db.run('UPDATE missed_shifts SET made_up_by = ? WHERE id = ?', shiftId, id).changes === 1,
  };
}

function missedFromRow(row: SqlRow): MissedShiftRecord {
  const r = createRowReader('missed_shifts', row, ['id']);
  return {
    id: r.text('id'),
    cooperativeId: r.parse('cooperative_id', CooperativeIdSchema),
    shiftId: r.text('shift_id'),
    libraryId: r.parse('library_id', LibraryIdSchema),
    responderId: r.parse('responder_id', ResponderIdSchema),
    startsAt: r.number('starts_at'),
    endsAt: r.number('ends_at'),
    detectedAt: r.number('detected_at'),
    madeUpBy: r.nullableText('made_up_by'),
  };
}
