import {
  type CooperativeId,
  CooperativeIdSchema,
  HoursTierSchema,
  LibraryIdSchema,
  ResponderIdSchema,
  ShiftKindSchema,
} from '@refdesk/protocol';
import * as v from 'valibot';
import type { ScheduleStore } from '../core/ports/index.ts';
import type { ClosureRecord, ShiftRecord } from '../core/schedules/schedule-records.ts';
import { missedShiftRows } from './missed-shift-rows.ts';
import { createRowReader } from './row-reader.ts';
import { shiftChangeRows } from './shift-change-rows.ts';
import type { SqlDatabase, SqlRow } from './sql.ts';
import { insertSql } from './sql-text.ts';

const SHIFT_COLUMNS = [
  'id',
  'cooperative_id',
  'library_id',
  'responder_id',
  'kind',
  'day',
  'date',
  'start_minute',
  'end_minute',
  'time_zone',
  'created_by',
  'created_at',
];
const CLOSURE_COLUMNS = [
  'id',
  'cooperative_id',
  'library_id',
  'start_date',
  'end_date',
  'time_zone',
  'reason',
  'starts_at',
  'ends_at',
  'created_by',
  'created_at',
];
const SHIFTS = `SELECT ${SHIFT_COLUMNS.join(', ')} FROM shifts`;
const SHIFT_ORDER = 'ORDER BY library_id, kind, day, date, start_minute, id';
const CLOSURES = `SELECT ${CLOSURE_COLUMNS.join(', ')} FROM closures`;
const TiersSchema = v.array(HoursTierSchema);

/**
 * Hours owed, shifts, closures and missed shifts over SQL (migration 9); give-ups, swaps, swap
 * approval and backups (migration 13).
 *
 * @example
 * createSqlScheduleStore(db).shiftsOf(cooperativeId);
 */
export function createSqlScheduleStore(db: SqlDatabase): ScheduleStore {
  return {
    ...missedShiftRows(db),
    ...shiftChangeRows(db),
    scheduleSettings(cooperativeId) {
      const row = db.get(
        'SELECT cooperative_id, min_staff, tiers FROM schedule_settings WHERE cooperative_id = ?',
        cooperativeId,
      );
      if (!row) return { minStaff: 1, tiers: [] };
      const r = createRowReader('schedule_settings', row, ['cooperative_id']);
      return { minStaff: r.number('min_staff'), tiers: r.json('tiers', TiersSchema) };
    },
    saveScheduleSettings(cooperativeId, settings) {
      db.run(
        `${insertSql('schedule_settings', ['cooperative_id', 'min_staff', 'tiers'])}
         ON CONFLICT (cooperative_id) DO UPDATE SET min_staff = excluded.min_staff, tiers = excluded.tiers`,
        cooperativeId,
        settings.minStaff,
        JSON.stringify([...settings.tiers].sort((a, b) => a.minSize - b.minSize)),
      );
    },
    libraryHours(libraryId) {
      const row = db.get(
        'SELECT library_id, hours_owed, size FROM library_hours WHERE library_id = ?',
        libraryId,
      );
      if (!row) return undefined;
      const r = createRowReader('library_hours', row, ['library_id']);
      return {
        libraryId: r.parse('library_id', LibraryIdSchema),
        hoursOwed: r.nullableNumber('hours_owed'),
        size: r.nullableNumber('size'),
      };
    },
    saveLibraryHours(record) {
      db.run(
        `${insertSql('library_hours', ['library_id', 'hours_owed', 'size'])}
         ON CONFLICT (library_id) DO UPDATE SET hours_owed = excluded.hours_owed, size = excluded.size`,
        record.libraryId,
        record.hoursOwed,
        record.size,
      );
    },
    insertShift(shift) {
      db.run(
        insertSql('shifts', SHIFT_COLUMNS),
        shift.id,
        shift.cooperativeId,
        shift.libraryId,
        shift.responderId,
        shift.kind,
        shift.day,
        shift.date,
        shift.startMinute,
        shift.endMinute,
        shift.timeZone,
        shift.createdBy,
        shift.createdAt,
      );
    },
    shift(id) {
      const row = db.get(`${SHIFTS} WHERE id = ?`, id);
      return row && shiftFromRow(row);
    },
    shiftsOf: (cooperativeId) =>
      db.all(`${SHIFTS} WHERE cooperative_id = ? ${SHIFT_ORDER}`, cooperativeId).map(shiftFromRow),
    shiftsOfResponder: (responderId) =>
      db.all(`${SHIFTS} WHERE responder_id = ? ${SHIFT_ORDER}`, responderId).map(shiftFromRow),
    removeShift: (id) => db.run('DELETE FROM shifts WHERE id = ?', id).changes === 1,
    insertClosure(closure) {
      db.run(
        insertSql('closures', CLOSURE_COLUMNS),
        closure.id,
        closure.cooperativeId,
        closure.libraryId,
        closure.startDate,
        closure.endDate,
        closure.timeZone,
        closure.reason,
        closure.startsAt,
        closure.endsAt,
        closure.createdBy,
        closure.createdAt,
      );
    },
    closure(id) {
      const row = db.get(`${CLOSURES} WHERE id = ?`, id);
      return row && closureFromRow(row);
    },
    closuresEndingAfter: (cooperativeId: CooperativeId, at) =>
      db
        .all(
          `${CLOSURES} WHERE cooperative_id = ? AND ends_at > ? ORDER BY starts_at, id`,
          cooperativeId,
          at,
        )
        .map(closureFromRow),
    removeClosure: (id) => db.run('DELETE FROM closures WHERE id = ?', id).changes === 1,
  };
}

function shiftFromRow(row: SqlRow): ShiftRecord {
  const r = createRowReader('shifts', row, ['id']);
  return {
    id: r.text('id'),
    cooperativeId: r.parse('cooperative_id', CooperativeIdSchema),
    libraryId: r.parse('library_id', LibraryIdSchema),
    responderId: r.parse('responder_id', ResponderIdSchema),
    kind: r.parse('kind', ShiftKindSchema),
    day: r.nullableNumber('day'),
    date: r.nullableText('date'),
    startMinute: r.number('start_minute'),
    endMinute: r.number('end_minute'),
    timeZone: r.text('time_zone'),
    createdBy: r.parse('created_by', ResponderIdSchema),
    createdAt: r.number('created_at'),
  };
}

function closureFromRow(row: SqlRow): ClosureRecord {
  const r = createRowReader('closures', row, ['id']);
  return {
    id: r.text('id'),
    cooperativeId: r.parse('cooperative_id', CooperativeIdSchema),
    libraryId: r.nullableParse('library_id', LibraryIdSchema),
    startDate: r.text('start_date'),
    endDate: r.text('end_date'),
    timeZone: r.text('time_zone'),
    reason: r.text('reason'),
    startsAt: r.number('starts_at'),
    endsAt: r.number('ends_at'),
    createdBy: r.parse('created_by', ResponderIdSchema),
    createdAt: r.number('created_at'),
  };
}
