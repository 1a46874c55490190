import type { CooperativeId, LibraryId, ResponderId } from '@refdesk/protocol';
import { describe, expect, it } from 'vitest';
import { createRoomHarness } from '../../../test/support/room-harness.ts';

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

/** A room from `start` with Ana's weekly shift (day, local start and end) in `timeZone`, nobody online. */
function weeklyShift(start: number, timeZone: string, day: number, from: number, to: number) {
  const h = createRoomHarness({ responderIdleMs: 60 * DAY }, { start });
  h.library('springfield', { timezone: timeZone });
  const ana = h.responder('ana', 'springfield');
  const cooperativeId = h.room.context.cooperative.id as CooperativeId;
  h.stores.schedules.insertShift({
    id: 'shift_ana',
    cooperativeId,
    libraryId: 'springfield' as LibraryId,
    responderId: ana.id,
    kind: 'weekly',
    day,
    date: null,
    startMinute: from,
    endMinute: to,
    timeZone,
    createdBy: 'r_admin' as ResponderId,
    createdAt: start,
  });
  h.room.start();
  h.room.settingsChanged();
  const missed = () =>
    h.stores.schedules.missedShiftsOf(cooperativeId).sort((a, b) => a.startsAt - b.startsAt);
  const missedAt = () => missed().map((m) => m.detectedAt);
  return { h, missed, missedAt };
}

describe('missed shifts across daylight-saving changes, on the fake clock', () => {
  it('keeps a Sunday 09:00 New York shift at 09:10 local when the clocks spring forward', () => {
    // Saturday 6 March 2027; New York moves to EDT on Sunday 14 March.
    const { h, missedAt } = weeklyShift(Date.UTC(2027, 2, 6), 'America/New_York', 0, 540, 720);
    h.clock.advance(9 * DAY);
    expect(missedAt()).toEqual([Date.UTC(2027, 2, 7, 14, 10), Date.UTC(2027, 2, 14, 13, 10)]);
  });

  it('keeps a Sunday 09:00 Paris shift at 09:10 local when the clocks spring forward and fall back', () => {
    const spring = weeklyShift(Date.UTC(2027, 2, 20), 'Europe/Paris', 0, 540, 720);
    spring.h.clock.advance(9 * DAY);
    // Sunday 21 March 09:10 CET, Sunday 28 March 09:10 CEST.
    expect(spring.missedAt()).toEqual([Date.UTC(2027, 2, 21, 8, 10), Date.UTC(2027, 2, 28, 7, 10)]);
    const autumn = weeklyShift(Date.UTC(2027, 9, 23), 'Europe/Paris', 0, 540, 720);
    autumn.h.clock.advance(9 * DAY);
    // Sunday 24 October 09:10 CEST, Sunday 31 October 09:10 CET.
    expect(autumn.missedAt()).toEqual([Date.UTC(2027, 9, 24, 7, 10), Date.UTC(2027, 9, 31, 8, 10)]);
  });

  it('checks a Saturday night shift across midnight on the night New York falls back', () => {
    // Saturday 22:00 to Sunday 02:00; the night of 6 to 7 November 2027 has an hour more.
    const { h, missed } = weeklyShift(Date.UTC(2027, 9, 30), 'America/New_York', 6, 1320, 1560);
    h.clock.advance(17 * DAY);
    // 22:00 EDT is 02:00 UTC; 22:00 EST is 03:00 UTC. 02:00 EST on 7 November is 07:00 UTC.
    expect(missed().map((m) => [m.startsAt, m.endsAt, m.detectedAt])).toEqual([
      [Date.UTC(2027, 9, 31, 2), Date.UTC(2027, 9, 31, 6), Date.UTC(2027, 9, 31, 2, 10)],
      [Date.UTC(2027, 10, 7, 2), Date.UTC(2027, 10, 7, 7), Date.UTC(2027, 10, 7, 2, 10)],
      [Date.UTC(2027, 10, 14, 3), Date.UTC(2027, 10, 14, 7), Date.UTC(2027, 10, 14, 3, 10)],
    ]);
  });
});
