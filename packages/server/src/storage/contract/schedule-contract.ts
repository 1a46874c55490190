import { describe, expect, it } from 'vitest';
import type {
  ClosureRecord,
  ShiftChangeRecord,
  ShiftRecord,
} from '../../core/schedules/schedule-records.ts';
import type { SqlDatabase } from '../sql.ts';
import { COOP, ids, LIB, OTHER_COOP, OTHER_LIB, openWithDirectory, RESPONDER } from './fixtures.ts';

const shift = (overrides: Partial<ShiftRecord> = {}): ShiftRecord => ({
  id: 'shift_1',
  cooperativeId: COOP,
  libraryId: LIB,
  responderId: RESPONDER,
  kind: 'weekly',
  day: 1,
  date: null,
  startMinute: 540,
  endMinute: 720,
  timeZone: 'Europe/Berlin',
  createdBy: RESPONDER,
  createdAt: 1_000,
  ...overrides,
});

const closure = (overrides: Partial<ClosureRecord> = {}): ClosureRecord => ({
  id: 'closure_1',
  cooperativeId: COOP,
  libraryId: LIB,
  startDate: '2026-12-24',
  endDate: '2026-12-26',
  timeZone: 'Europe/Berlin',
  reason: 'Holidays',
  startsAt: 10_000,
  endsAt: 20_000,
  createdBy: RESPONDER,
  createdAt: 1_000,
  ...overrides,
});

/**
 * Schedules: settings and tiers, hours owed, shifts and closures.
 *
 * @example
 * scheduleContract(() => openNodeSqlite(':memory:'));
 */
export function scheduleContract(open: () => SqlDatabase): void {
  describe('schedule store', () => {
    it('gives default settings, then the saved ones with tiers by size', () => {
      const { schedules } = openWithDirectory(open);
      expect(schedules.scheduleSettings(COOP)).toEqual({ minStaff: 1, tiers: [] });
      const tiers = [
        { minSize: 50_000, hours: 6 },
        { minSize: 0, hours: 2.5 },
      ];
      schedules.saveScheduleSettings(COOP, { minStaff: 2, tiers });
      schedules.saveScheduleSettings(COOP, { minStaff: 3, tiers });
      expect(schedules.scheduleSettings(COOP)).toEqual({
        minStaff: 3,
        tiers: [tiers[1], tiers[0]],
      });
      expect(schedules.scheduleSettings(OTHER_COOP)).toEqual({ minStaff: 1, tiers: [] });
    });

    it('keeps one hours-owed entry per library, replaced on save', () => {
      const { schedules } = openWithDirectory(open);
      expect(schedules.libraryHours(LIB)).toBeUndefined();
      schedules.saveLibraryHours({ libraryId: LIB, hoursOwed: 4.5, size: null });
      schedules.saveLibraryHours({ libraryId: LIB, hoursOwed: null, size: 30_000 });
      expect(schedules.libraryHours(LIB)).toEqual({
        libraryId: LIB,
        hoursOwed: null,
        size: 30_000,
      });
    });

    it('reads shifts back by cooperative and by responder, and removes them', () => {
      const { schedules } = openWithDirectory(open);
      const weekly = shift();
      const once = shift({ id: 'shift_2', kind: 'once', day: null, date: '2026-12-08' });
      const other = shift({
        id: 'shift_3',
        libraryId: OTHER_LIB,
        responderId: ids.responder('r_bob'),
      });
      for (const s of [other, once, weekly]) schedules.insertShift(s);
      expect(schedules.shift('shift_2')).toEqual(once);
      expect(schedules.shiftsOf(COOP)).toEqual([once, weekly, other]);
      expect(schedules.shiftsOfResponder(RESPONDER)).toEqual([once, weekly]);
      expect(schedules.removeShift('shift_2')).toBe(true);
      expect(schedules.removeShift('shift_2')).toBe(false);
      expect(schedules.shift('shift_2')).toBeUndefined();
    });

    it('lists the closures that end after an instant, by start, and removes them', () => {
      const { schedules } = openWithDirectory(open);
      const past = closure({ id: 'c_past', startsAt: 1_000, endsAt: 5_000 });
      const coop = closure({ id: 'c_coop', libraryId: null, startsAt: 30_000, endsAt: 40_000 });
      const own = closure();
      for (const c of [coop, past, own]) schedules.insertClosure(c);
      expect(schedules.closuresEndingAfter(COOP, 5_000)).toEqual([own, coop]);
      expect(schedules.closuresEndingAfter(OTHER_COOP, 0)).toEqual([]);
      expect(schedules.closure('c_coop')).toEqual(coop);
      expect(schedules.removeClosure('c_coop')).toBe(true);
      expect(schedules.closuresEndingAfter(COOP, 5_000)).toEqual([own]);
    });

    it('records a missed occurrence once, newest first, and the make-up booked for it', () => {
      const { schedules } = openWithDirectory(open);
      const missed = {
        id: 'missed_1',
        cooperativeId: COOP,
        shiftId: 'shift_1',
        libraryId: LIB,
        responderId: RESPONDER,
        startsAt: 10_000,
        endsAt: 20_000,
        detectedAt: 10_600,
        madeUpBy: null,
      };
      const later = { ...missed, id: 'missed_2', startsAt: 90_000, endsAt: 99_000 };
      expect(schedules.insertMissedShift(missed)).toBe(true);
      expect(schedules.insertMissedShift({ ...missed, id: 'missed_again' })).toBe(false);
      expect(schedules.insertMissedShift(later)).toBe(true);
      expect(schedules.missedShiftsOf(COOP)).toEqual([later, missed]);
      expect(schedules.setMadeUpBy('missed_1', 'shift_9')).toBe(true);
      expect(schedules.setMadeUpBy('nope', 'shift_9')).toBe(false);
      expect(schedules.missedShift('missed_1')).toEqual({ ...missed, madeUpBy: 'shift_9' });
      expect(schedules.missedShiftsOf(OTHER_COOP)).toEqual([]);
    });

    it('keeps give-ups and swaps as the history, newest first, and the open ones still to end', () => {
      const { schedules } = openWithDirectory(open);
      const offer: ShiftChangeRecord = {
        id: 'change_1',
        cooperativeId: COOP,
        kind: 'give_up',
        status: 'offered',
        shiftId: 'shift_1',
        startsAt: 10_000,
        endsAt: 20_000,
        libraryId: LIB,
        fromResponderId: RESPONDER,
        toResponderId: null,
        toLibraryId: null,
        swapShiftId: null,
        swapStartsAt: null,
        swapEndsAt: null,
        createdAt: 1_000,
        decidedAt: null,
        decidedBy: null,
      };
      // A swap whose own occurrence ended but whose exchanged one has not.
      const swap: ShiftChangeRecord = {
        ...offer,
        id: 'change_2',
        kind: 'swap',
        status: 'proposed',
        toResponderId: RESPONDER,
        toLibraryId: OTHER_LIB,
        swapShiftId: 'shift_2',
        swapStartsAt: 40_000,
        swapEndsAt: 50_000,
        createdAt: 2_000,
      };
      schedules.insertShiftChange(offer);
      schedules.insertShiftChange(swap);
      expect(schedules.shiftChangesOf(COOP)).toEqual([swap, offer]);
      expect(schedules.shiftChangesEndingAfter(COOP, 30_000)).toEqual([swap]);
      const claimed = {
        ...offer,
        status: 'claimed' as const,
        toResponderId: RESPONDER,
        toLibraryId: LIB,
        decidedAt: 3_000,
        decidedBy: RESPONDER,
      };
      expect(schedules.updateShiftChange(claimed)).toBe(true);
      expect(schedules.updateShiftChange({ ...claimed, id: 'nope' })).toBe(false);
      expect(schedules.shiftChange('change_1')).toEqual(claimed);
      expect(schedules.shiftChangesOf(OTHER_COOP)).toEqual([]);
    });

    it('keeps a library’s swap approval and backup list, off and empty until saved', () => {
      const { schedules } = openWithDirectory(open);
      expect(schedules.libraryScheduleSettings(LIB)).toEqual({
        libraryId: LIB,
        swapApproval: false,
        backups: [],
      });
      const saved = { libraryId: LIB, swapApproval: true, backups: [RESPONDER] };
      schedules.saveLibraryScheduleSettings(saved);
      schedules.saveLibraryScheduleSettings({ ...saved, libraryId: OTHER_LIB, backups: [] });
      expect(schedules.libraryScheduleSettings(LIB)).toEqual(saved);
    });
  });
}
