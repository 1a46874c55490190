import { describe, expect, it } from 'vitest';
import { closure, SHELBYVILLE, shift } from './schedule-fixtures.ts';
import { shiftOccurrences, weeklyBookedHours } from './shift-occurrences.ts';

const DAY = 24 * 3_600_000;
const starts = (list: { startsAt: number }[]) => list.map((o) => o.startsAt);

describe('shiftOccurrences', () => {
  it('keeps a weekly New York shift at 09:00 local across the March DST change', () => {
    const from = Date.UTC(2026, 2, 1);
    const got = shiftOccurrences([shift()], [], from, from + 14 * DAY);
    // Monday 2 March 09:00 EST = 14:00 UTC; Monday 9 March 09:00 EDT = 13:00 UTC.
    expect(starts(got)).toEqual([Date.UTC(2026, 2, 2, 14), Date.UTC(2026, 2, 9, 13)]);
    expect(got[1]?.endsAt).toBe(Date.UTC(2026, 2, 9, 16));
  });

  it('keeps a weekly Paris shift at 09:00 local across both DST changes', () => {
    const paris = shift({ timeZone: 'Europe/Paris' });
    const march = shiftOccurrences([paris], [], Date.UTC(2026, 2, 22), Date.UTC(2026, 3, 1));
    expect(starts(march)).toEqual([Date.UTC(2026, 2, 23, 8), Date.UTC(2026, 2, 30, 7)]);
    const october = shiftOccurrences([paris], [], Date.UTC(2026, 9, 18), Date.UTC(2026, 9, 28));
    expect(starts(october)).toEqual([Date.UTC(2026, 9, 19, 7), Date.UTC(2026, 9, 26, 8)]);
  });

  it('gives a one-off shift once, on its date', () => {
    const once = shift({ kind: 'once', day: null, date: '2026-12-08' });
    const got = shiftOccurrences([once], [], Date.UTC(2026, 11, 1), Date.UTC(2026, 11, 31));
    expect(starts(got)).toEqual([Date.UTC(2026, 11, 8, 14)]);
  });

  it('leaves out occurrences on days the library or the cooperative is closed', () => {
    const from = Date.UTC(2026, 11, 1);
    const to = from + 21 * DAY;
    const closures = [
      closure('2026-12-07', '2026-12-07'),
      closure('2026-12-21', '2026-12-21', { id: 'c2', libraryId: null }),
      closure('2026-12-14', '2026-12-14', { id: 'c3', libraryId: SHELBYVILLE }),
    ];
    expect(starts(shiftOccurrences([shift()], closures, from, to))).toEqual([
      Date.UTC(2026, 11, 14, 14),
    ]);
  });

  it('sums the weekly hours booked, leaving one-off shifts out', () => {
    const once = shift({ id: 'o', kind: 'once', day: null, date: '2026-12-08' });
    expect(
      weeklyBookedHours([shift(), shift({ id: 's2', startMinute: 0, endMinute: 90 }), once]),
    ).toBe(4.5);
  });

  it('ends a shift across midnight the next day, a Paris night an hour shorter when the clocks spring forward', () => {
    // Saturdays 23:00 to 06:00 in Paris; on Sunday 29 March 2026 02:00 becomes 03:00.
    const night = shift({
      day: 6,
      startMinute: 23 * 60,
      endMinute: 30 * 60,
      timeZone: 'Europe/Paris',
    });
    const got = shiftOccurrences([night], [], Date.UTC(2026, 2, 21), Date.UTC(2026, 3, 1));
    expect(got.map((o) => [o.startsAt, o.endsAt])).toEqual([
      [Date.UTC(2026, 2, 21, 22), Date.UTC(2026, 2, 22, 5)],
      [Date.UTC(2026, 2, 28, 22), Date.UTC(2026, 2, 29, 4)],
    ]);
    expect(weeklyBookedHours([night])).toBe(7);
  });

  it('finds an occurrence that started the local day before the range', () => {
    const night = shift({ day: 0, startMinute: 22 * 60, endMinute: 26 * 60 });
    // Sunday 6 December 2026 22:00 EST is 03:00 UTC on Monday 7 December.
    const got = shiftOccurrences([night], [], Date.UTC(2026, 11, 7, 5), Date.UTC(2026, 11, 7, 6));
    expect(starts(got)).toEqual([Date.UTC(2026, 11, 7, 3)]);
  });
});
