import type { CooperativeId, LibraryId, ResponderId } from '@refdesk/protocol';
import { describe, expect, it } from 'vitest';
import { createRoomHarness } from '../../../test/support/room-harness.ts';
import type { ShiftRecord } from '../schedules/schedule-records.ts';

const MINUTE = 60_000;
// The harness starts on Monday 30 November 2026 at 15:00 UTC: 09:00 in Chicago.
const START = Date.UTC(2026, 10, 30, 15);

function watchedRoom() {
  const h = createRoomHarness({ responderIdleMs: 24 * 60 * MINUTE });
  h.library('springfield');
  const ana = h.responder('ana', 'springfield');
  const ben = h.responder('ben', 'springfield');
  h.room.start();
  const book = (responderId: ResponderId, id: string) => {
    const shift: ShiftRecord = {
      id,
      cooperativeId: h.room.context.cooperative.id as CooperativeId,
      libraryId: 'springfield' as LibraryId,
      responderId,
      kind: 'weekly',
      day: 1,
      date: null,
      startMinute: 9 * 60 + 30,
      endMinute: 11 * 60,
      timeZone: 'America/Chicago',
      createdBy: responderId,
      createdAt: START,
    };
    h.stores.schedules.insertShift(shift);
  };
  return { h, ana, ben, book };
}

describe('missed shifts on the clock', () => {
  it('records a librarian not online at start + 10 minutes, and not one who is', () => {
    const { h, ana, ben, book } = watchedRoom();
    book(ana.id, 'shift_ana');
    book(ben.id, 'shift_ben');
    h.room.settingsChanged();
    h.online(ana);
    const due = START + 40 * MINUTE;
    expect(h.room.context.scheduler.armedAt()).toBe(due);
    h.clock.advance(due - START - 1);
    const cooperativeId = h.room.context.cooperative.id as CooperativeId;
    expect(h.stores.schedules.missedShiftsOf(cooperativeId)).toEqual([]);
    h.clock.advance(1);
    expect(h.stores.schedules.missedShiftsOf(cooperativeId)).toEqual([
      expect.objectContaining({
        shiftId: 'shift_ben',
        responderId: ben.id,
        startsAt: START + 30 * MINUTE,
        detectedAt: due,
        madeUpBy: null,
      }),
    ]);
    // Nothing else is due today: it reads the coming day's shifts again a day on.
    expect(h.room.context.scheduler.armedAt()).toBe(START + 24 * 60 * MINUTE);
  });

  it('keeps no timer while no shift is booked', () => {
    const { h } = watchedRoom();
    expect(h.room.context.scheduler.armedAt()).toBeUndefined();
  });
});
